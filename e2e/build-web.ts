/**
 * vitest global setup for the browser tests: build the web app when packages/web/dist is
 * missing or older than its sources, so `npm test` always tests the current UI.
 * LAOKE_SKIP_WEB_BUILD=1 skips it (running only unit tests while the UI is being edited).
 */
import { buildWebApp, webBuildIsStale } from "../packages/web/build-state.ts";

export default async function setup(): Promise<void> {
  if (process.env.LAOKE_SKIP_WEB_BUILD === "1") return;
  if (webBuildIsStale()) await buildWebApp();
}
