/**
 * vitest global setup for the browser tests: build the web app when packages/web/dist is
 * missing or older than its sources, so `npm test` always tests the current UI.
 */
import { buildWebApp, webBuildIsStale } from "../packages/web/build-state.ts";

export default async function setup(): Promise<void> {
  if (webBuildIsStale()) await buildWebApp();
}
