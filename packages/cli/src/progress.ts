/**
 * The import progress bar on stderr (so stdout stays clean for pipes): rows, rows/s and ETA from
 * bytes read. Only when stderr is a terminal; otherwise silent.
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
  let phase: ImportProgress["phase"] | undefined;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ctx.t("cli.import.progress"),
      hideCursor: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  let started_ = false;
  return {
    update(p) {
      if (!started_) {
        bar.start(Math.max(1, p.totalBytes), 0, { rows: 0, speed: 0 });
        started_ = true;
      }
      const seconds = (Date.now() - started) / 1000;
      bar.update(Math.min(p.bytesRead, p.totalBytes), {
        rows: p.rows,
        speed: Math.round(p.rows / Math.max(seconds, 0.001)),
      });
      if (p.phase !== phase && (p.phase === "resolving" || p.phase === "writing")) {
        phase = p.phase;
        bar.update(p.totalBytes);
        process.stderr.write(
          `\n${ctx.t(p.phase === "resolving" ? "cli.import.resolving" : "cli.import.writing")}`,
        );
      }
    },
    stop() {
      if (started_) bar.stop();
    },
  };
}
