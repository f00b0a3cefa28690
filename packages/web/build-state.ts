/**
 * Whether the built dashboard (dist/) is older than its sources; the demo and the browser tests
 * rebuild it then. Plain Node (no DOM), so the CLI can import it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
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
