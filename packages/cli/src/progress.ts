/**
 * The import progress bar on stderr (so stdout stays clean for pipes): bytes read drive the
 * percentage and ETA, with rows and rows/s beside them. After reading, the set-based steps print
 * one line each. Only when stderr is a terminal; otherwise silent.
 */
import type { ImportProgress } from "@laoke/core";
import cliProgress from "cli-progress";
import type { CliContext } from "./context.ts";

/** A bar that follows ImportProgress updates. */
export interface ProgressBar {
  update(p: ImportProgress): void;
  stop(): void;
}

/** Create the bar; a no-op bar when stderr is not a TTY. */
export function createProgress(ctx: CliContext): ProgressBar {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: ctx.t("cli.import.progress"), hideCursor: true, etaBuffer: 50, fps: 5 },
    cliProgress.Presets.shades_classic,
  );
  let state: "idle" | "reading" | "after" = "idle";
  const stopBar = () => {
    if (state === "reading") bar.stop();
    state = "after";
  };
  return {
    update(p) {
      const speed = Math.round(p.rows / Math.max((Date.now() - started) / 1000, 0.001));
      if (p.phase === "reading") {
        if (state === "idle") {
          bar.start(Math.max(1, p.totalBytes), 0, { rows: 0, speed: 0 });
          state = "reading";
        }
        if (state === "reading") bar.update(Math.min(p.bytesRead, p.totalBytes), { rows: p.rows, speed });
        return;
      }
      if (state === "reading") bar.update(p.totalBytes, { rows: p.rows, speed });
      stopBar();
      if (p.phase === "resolving") process.stderr.write(`${ctx.t("cli.import.resolving")}\n`);
      if (p.phase === "writing") process.stderr.write(`${ctx.t("cli.import.writing")}\n`);
    },
    stop: stopBar,
  };
}
