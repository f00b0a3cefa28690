#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader, so `npx laoke` needs no build step.
//
// Memory: a streaming import allocates fast and keeps little, and V8 then lets the heap grow to
// hundreds of MB of garbage before collecting. A cap on the old generation makes it collect
// early (RSS stays ~250 MB on any file size). V8 reads that flag only at start-up, so when it
// is missing we run ourselves again with it (LAOKE_MAX_OLD_SPACE_MB, default 320).
import { spawn } from "node:child_process";
import { constants } from "node:os";
import { fileURLToPath } from "node:url";

const hasHeapFlag = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((a) =>
  a.includes("--max-old-space-size"),
);
if (!hasHeapFlag) {
  const mb = Number(process.env.LAOKE_MAX_OLD_SPACE_MB) || 320;
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${mb}`,
      ...process.execArgv,
      fileURLToPath(import.meta.url),
      ...process.argv.slice(2),
    ],
    { stdio: "inherit" },
  );
  // The child gets Ctrl-C from the terminal itself; ignore it here and wait for the child to finish.
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
  });
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/main.ts");
}
