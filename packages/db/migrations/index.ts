/** Every migration, in order. Add one file per change and list it here; never edit a landed one. */
import type { Migration } from "kysely";
import * as m0001 from "./0001_initial_schema.ts";
import * as m0002 from "./0002_analytics.ts";
import * as m0003 from "./0003_accounts_audit.ts";
import * as m0004 from "./0004_import_job_options.ts";
import * as m0005 from "./0005_customer_list_indexes.ts";
import * as m0006 from "./0006_identity_platform_index.ts";
import * as m0007 from "./0007_report_cache.ts";
import * as m0008 from "./0008_archive_segments.ts";
import * as m0009 from "./0009_customer_products.ts";
import * as m0010 from "./0010_customer_inferences.ts";
import * as m0011 from "./0011_reviews_groups.ts";
import * as m0012 from "./0012_expression_statistics.ts";
import * as m0013 from "./0013_orders_by_batch.ts";

export const migrations: Record<string, Migration> = {
  "0001_initial_schema": m0001,
  "0002_analytics": m0002,
  "0003_accounts_audit": m0003,
  "0004_import_job_options": m0004,
  "0005_customer_list_indexes": m0005,
  "0006_identity_platform_index": m0006,
  "0007_report_cache": m0007,
  "0008_archive_segments": m0008,
  "0009_customer_products": m0009,
  "0010_customer_inferences": m0010,
  "0011_reviews_groups": m0011,
  "0012_expression_statistics": m0012,
  "0013_orders_by_batch": m0013,
};
