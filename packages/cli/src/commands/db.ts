/** `laoke db migrate`. */
import { migrateToLatest, openDatabase } from "@laoke/db";
import type { CliContext } from "../context.ts";

/** Apply pending migrations and say which ran. */
export async function runDbMigrate(ctx: CliContext, opts: { json?: boolean }): Promise<void> {
  const handle = await openDatabase();
  try {
    const outcome = await migrateToLatest(handle.db);
    if (outcome.error) throw outcome.error;
    if (opts.json) ctx.json({ applied: outcome.applied });
    else if (outcome.applied.length > 0)
      ctx.say(ctx.t("cli.db.migrated", { names: outcome.applied.join(", ") }));
    else ctx.say(ctx.t("cli.db.upToDate"));
  } finally {
    await handle.close();
  }
}
