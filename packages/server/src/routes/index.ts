/** Every feature's routes, registered under /api/v1. Add a feature's module here. */
import type { App, AppDeps } from "../deps.ts";
import { analyticsRoutes } from "./analytics.routes.ts";
import { apiKeyRoutes } from "./api-keys.routes.ts";
import { auditRoutes } from "./audit.routes.ts";
import { authRoutes } from "./auth.routes.ts";
import { behaviourRoutes } from "./behaviour.routes.ts";
import { customerRoutes } from "./customers.routes.ts";
import { followUpRoutes } from "./follow-ups.routes.ts";
import { groupRoutes } from "./groups.routes.ts";
import { importRoutes } from "./imports.routes.ts";
import { noteRoutes } from "./notes.routes.ts";
import { orderRoutes } from "./orders.routes.ts";
import { productRoutes } from "./products.routes.ts";
import { reviewRoutes } from "./reviews.routes.ts";
import { segmentRoutes } from "./segments.routes.ts";
import { shopRoutes } from "./shop.routes.ts";
import { staffRoutes } from "./staff.routes.ts";
import { tagRoutes } from "./tags.routes.ts";

/** Register all /api/v1 routes. */
export async function registerRoutes(app: App, deps: AppDeps): Promise<void> {
  await authRoutes(app, deps);
  await staffRoutes(app, deps);
  await apiKeyRoutes(app, deps);
  await auditRoutes(app, deps);
  await shopRoutes(app, deps);
  await analyticsRoutes(app, deps);
  await importRoutes(app, deps);
  await customerRoutes(app, deps);
  await orderRoutes(app, deps);
  await productRoutes(app, deps);
  await tagRoutes(app, deps);
  await noteRoutes(app, deps);
  await followUpRoutes(app, deps);
  await segmentRoutes(app, deps);
  await behaviourRoutes(app, deps);
  await reviewRoutes(app, deps);
  await groupRoutes(app, deps);
}
