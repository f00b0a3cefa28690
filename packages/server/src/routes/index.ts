/** Every feature's routes, registered under /api/v1. Add a feature's module here. */
import type { App, AppDeps } from "../deps.ts";
import { authRoutes } from "./auth.routes.ts";

/** Register all /api/v1 routes. */
export async function registerRoutes(app: App, deps: AppDeps): Promise<void> {
  await authRoutes(app, deps);
}
