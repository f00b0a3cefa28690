/**
 * Whether the built dashboard (dist/) is older than its sources; the demo and the browser tests
 * rebuild it then. Plain Node (no DOM), so the CLI can import it.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The web package's folder. */
export const WEB_DIR = fileURLToPath(new URL(".", import.meta.url));

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when dist/index.html is missing or older than any source, the page or the build config. */
export function webBuildIsStale(webDir = WEB_DIR): boolean {
  const built = join(webDir, "dist", "index.html");
  if (!existsSync(built)) return true;
  const sources = ["src", "index.html", "vite.config.ts", "package.json"].map((p) => join(webDir, p));
  const newestSource = Math.max(...sources.filter(existsSync).map(newestMtime));
  return newestSource > statSync(built).mtimeMs;
}

/**
 * Build the app with Vite into a fresh folder, then swap it in for dist/ in one rename, so a
 * server (or a second build) running meanwhile never sees a half-written dist/.
 */
export async function buildWebApp(webDir = WEB_DIR): Promise<void> {
  const { build } = await import("vite");
  const next = join(webDir, `dist.next-${process.pid}`);
  const old = join(webDir, `dist.old-${process.pid}`);
  // Vite (and the React plugin's JSX transform) follow NODE_ENV, which a test run sets to "test":
  // a build is always a production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({
      root: webDir,
      mode: "production",
      logLevel: "warn",
      build: { outDir: next, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  if (existsSync(join(webDir, "dist"))) renameSync(join(webDir, "dist"), old);
  renameSync(next, join(webDir, "dist"));
  rmSync(old, { recursive: true, force: true });
}
