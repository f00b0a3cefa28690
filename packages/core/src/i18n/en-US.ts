/** English catalogue. Same keys as zh-CN.ts. */
import type { Catalogue } from "./index.ts";

export const enUS: Catalogue = {
  errors: {
    shop_not_found:
      'No shop "{{slug}}". Create it first: `laoke shop create --slug {{slug}} --name "Shop name"`.',
    shop_exists: 'Shop "{{slug}}" already exists.',
    invalid_input: 'Invalid value "{{value}}" for {{field}}.',
    file_unreadable: "Cannot read {{file}}: it does not exist, is a directory, or is not readable.",
    file_empty: "{{file}} is empty.",
    file_encoding:
      'Cannot tell the text encoding of {{file}} (neither UTF-8 nor GBK/GB18030). Save it from Excel as "CSV UTF-8" and import again.',
    unknown_format:
      "Cannot recognise the format of {{file}} (header starts: {{header}}). Name the platform with --format, or import a custom sheet with --format csv --mapping FILE.",
    format_mismatch:
      "The header of {{file}} does not fit the {{format}} format. Check --format, or drop it to detect automatically.",
    mapping_invalid: "Invalid column mapping {{file}}: {{field}}",
    mapping_required: "--format csv needs a column mapping: --mapping FILE.",
    xlsx_unreadable:
      "Cannot read the spreadsheet {{file}}. Save legacy .xls files as .xlsx or CSV from Excel and import again.",
    database_unavailable: "Cannot reach the database: {{message}}",
    database_home_unreachable:
      "Running as root, the embedded database runs as the 'postgres' user, which cannot reach {{home}} (no search permission on {{blocked}}). Set LAOKE_HOME elsewhere, or run laoke as a normal user.",
    database_url_invalid: "DATABASE_URL must start with postgres:// or postgresql://.",
    database_too_old:
      "The database server is too old (server_version_num={{version}}); PostgreSQL 14 or newer is needed.",
    merge_not_found: "No merge {{id}}.",
    merge_already_undone: "Merge {{id}} was already split.",
    clv_no_customers:
      "No customer made a first purchase by {{calibrationEnd}}, nothing to fit. Check --calibration-end.",
    clv_not_enough_data: "Not enough data to fit the {{model}} model: {{detail}}",
    file_bad_line: "Line {{line}} of {{file}} is malformed.",
    not_found: "Not found (or it does not belong to this shop).",
    forbidden: "You do not have permission to do this (needs {{permission}}).",
    unauthenticated: "Please sign in first.",
    csrf_failed: "The request has no valid CSRF token (X-CSRF-Token header); reload the page and try again.",
    invalid_credentials: "Wrong login or password.",
    account_locked:
      "Too many failed sign-ins: the account is locked. Try again in {{minutes}} minutes, or ask the owner to reset your password.",
    login_taken: "The login {{login}} is already in use.",
    last_owner: "A shop needs at least one active owner; the last owner cannot be removed.",
    invitation_invalid: "This invitation link is invalid, used or expired; ask the owner for a new one.",
    reset_invalid: "This password-reset link is invalid, used or expired.",
    invalid_cursor: "Invalid page cursor; start again from the first page.",
    rate_limited: "Too many requests; try again in {{seconds}} seconds.",
    payload_too_large: "The upload is too large (limit {{limit}}).",
    upload_invalid: "Invalid upload: {{detail}}",
    import_interrupted:
      "The import did not finish: the background process running it stopped or timed out, and retrying did not help. Please upload the files again.",
    invalid_rule: "The segment rule is invalid at {{path}}: $t(ruleReasons.{{reason}}).",
    segment_name_taken: 'A segment named "{{name}}" already exists; choose another name.',
    segment_static:
      "A static segment is a snapshot of who matched at one moment: its rule cannot change and it is not refreshed. Create a new segment instead.",
    tag_exists: 'A tag named "{{name}}" already exists.',
    tag_is_automatic:
      'The tag "{{name}}" is applied and removed by its rule; it cannot be added or removed by hand.',
    follow_up_closed: "This follow-up is already done or cancelled and cannot be changed.",
    assignee_invalid: "Assignee {{memberId}} is not an active staff member of this shop.",
    review_imported:
      "This review was imported from the platform's export and cannot be deleted; it follows the export.",
    review_columns_missing:
      "{{file}} does not look like a review export (header starts: {{header}}). It needs an order number or buyer nick, the review text or a rating (or 好评/中评/差评), and the review time.",
    roster_columns_missing:
      "{{file}} does not look like a group roster (header starts: {{header}}). It needs a nickname or a phone column.",
    group_exists: 'A group named "{{name}}" exists already; choose another name.',
    internal_error: "Internal error: {{message}}",
  },
  ruleReasons: {
    not_object: "expected a condition or a group",
    group_keys: "a group has exactly one of all or any",
    too_deep: "groups are nested more than 5 levels deep",
    empty_group: "the group is empty",
    too_many_conditions: "more than 40 conditions",
    unknown_key: "unknown property",
    unknown_field: "no such field",
    operator_not_allowed: "this comparison is not allowed on this field",
    value_required: "the value to compare with is missing",
    value_not_expected: "this comparison takes no value",
    bad_value: "the value has the wrong type or is out of range",
  },
  rejects: {
    header: ["file", "row", "field", "code", "reason", "raw"],
    missing_field: "Required field {{field}} is missing",
    invalid_number: "{{field}} is not a valid number",
    scientific_notation:
      "{{field}} was turned into scientific notation by Excel (e.g. 1.93068E+15) and its digits are lost; export again from the platform and do not save it with Excel",
    invalid_date: "{{field}} is not a valid date/time",
    invalid_status: "{{field}}: unknown order status",
    invalid_id: "{{field}} is not a valid id",
    orphan_item: "No order for this line, neither in this import nor in the database",
    conflicting_row: "This row contradicts other rows of the same order",
    malformed_row: "Malformed row (wrong number of columns or unbalanced quotes)",
    invalid_rating: "Field {{field}} is not a rating (1–5 stars, or 好评/中评/差评)",
    unmatched_customer:
      "No customer of the shop placed this review: neither its order nor its buyer nick ({{field}}) is known",
  },
  exports: {
    customers: {
      id: "Customer ID",
      name: "Name",
      phone: "Phone",
      email: "Email",
      province: "Province",
      city: "City",
      district: "District",
      address: "Street address",
      platforms: "Platforms",
      firstOrderAt: "First order",
      lastOrderAt: "Last order",
      paidOrders: "Paid orders",
      totalSpent: "Total spent (yuan)",
      aov: "Average order value (yuan)",
      churnStatus: "Churn status",
      rScore: "R score",
      fScore: "F score",
      mScore: "M score",
      aovTier: "AOV tier",
      pAlive: "P(alive)",
      clv: "Predicted value CLV (yuan)",
    },
    churn: { none: "No purchase", active: "Active", at_risk: "At risk", churned: "Churned" },
  },
  cli: {
    description:
      "laoke (老客): retention CRM for online shops — customer archive, repeat-purchase analytics, loyalty and care",
    lang: "Language: zh-CN (default) or en",
    json: "Print JSON (last line) and no progress bar",
    db: {
      description: "Database administration",
      migrate: "Upgrade the database schema to the newest version",
      migrated: "Applied migrations: {{names}}",
      upToDate: "The database is up to date",
    },
    user: {
      description: "Staff logins",
      create: "Create a staff login",
      list: "List a shop's staff",
      email: "Login email",
      phone: "Login mobile number",
      password: "Password (at least 10 characters)",
      role: "Role: owner | admin | presale | aftersale | analyst",
      name: "Display name",
      badRole: 'Unknown role "{{role}}"; choose one of {{roles}}',
      created: "Created staff login {{login}} (role {{role}}, shop {{shop}}, id {{id}})",
    },
    shop: {
      description: "Shops",
      create: "Create a shop",
      slug: "Shop slug (lower-case letters, digits and -)",
      name: "Shop name",
      timezone: "Time zone (default Asia/Shanghai)",
      currency: "Currency (default CNY)",
      created: "Created shop {{name}} ({{slug}}, id {{id}})",
    },
    import: {
      analysisFailed:
        "The orders were imported, but recomputing customer metrics failed: {{message}}. Run `npx laoke analyze --shop <shop>` to retry.",
      noAnalyze: "Do not recompute customer metrics after the import (run laoke analyze later)",
      description:
        "Import order/customer exports (detects Taobao/Tmall, Qianniu, JD, Pinduoduo, Shopify, WooCommerce, CDNOW)",
      shop: "Shop slug",
      format:
        "File format: auto (default), taobao, taobao-qianniu, jd, pdd, shopify, woocommerce, cdnow, csv",
      mapping: "Column mapping (JSON) for a custom sheet, with --format csv",
      dryRun: "Check without writing: run the whole import, then roll back",
      progress: "Importing |{bar}| {percentage}% | {rows} rows | {speed} rows/s | ETA {eta_formatted}",
      resolving: "Matching customers and merging profiles…",
      writing: "Writing orders…",
      summary:
        "Import finished{{dry}}: format {{format}}; orders inserted {{inserted}}, updated {{updated}}, unchanged {{unchanged}}; {{items}} lines; customers created {{created}}, matched {{matched}}, merged {{merged}}; {{rejected}} rows rejected; {{seconds}} s",
      dryTag: " (dry run, nothing written)",
      rejectsAt: "Rejected rows were written to {{file}}; fix them in Excel and import again",
      badFormat: 'Unknown format "{{format}}"; choose one of: {{formats}}',
    },
    stats: {
      description: "Show the shop summary",
      title: "{{name}} summary",
      customers: "Customers",
      buyers: "Buyers",
      orders: "Orders",
      paidOrders: "Paid orders",
      revenue: "Revenue",
      repeatRate: "Repeat rate",
    },
    segment: {
      description: "Customer segments: try a rule, export a segment's members",
      count: "Count the customers a rule matches",
      export: "Export a saved segment's members as CSV (clear data; the export is audited)",
      rule: "Rule: JSON text or the path of a JSON file",
      id: "Segment id",
      out: "Path of the CSV file to write",
      badJson: "The rule is not valid JSON: {{message}}",
      ruleUnreadable: "Cannot read the rule file {{file}}.",
      badId: 'Invalid segment id "{{id}}".',
      countLine: "Customers matching: {{count}} (query took {{ms}} ms)",
      exported: 'Exported the {{customers}} customers of segment "{{segment}}" to {{file}}',
    },
    reviews: {
      description: "Product reviews: import the platforms' review exports",
      import:
        "Import review exports (Taobao/Tmall 评价 exports, or a sheet with order id, buyer, content, rating, time; CSV or XLSX), matched to customers by order or buyer nick; importing again records nothing twice",
      summary:
        "Reviews imported: {{inserted}} new, {{updated}} updated, {{unchanged}} unchanged; {{rejected}} rows rejected",
      rejectLine: "  {{file}} row {{row}}: {{reason}}",
      moreRejects: "  {{count}} more rows rejected (--json lists the first 1000)",
    },
    groups: {
      description: "Customer groups (WeChat/QQ groups): import member lists, find lurkers",
      import:
        "Import a group's member list (a group export or a hand-made sheet: nickname, phone, joined, last active), replacing its roster",
      group: "Group name (created when the shop has no group of that name)",
      created: 'Created group "{{group}}".',
      summary:
        'Roster of "{{group}}" updated: {{members}} members ({{inserted}} new, {{updated}} updated, {{unchanged}} unchanged, {{removed}} removed); {{matched}} matched to customers, {{unmatched}} unmatched; {{rejected}} rows rejected',
    },
    customers: {
      description: "Customer archive",
      merges: "List automatic customer merges (cross-platform, on phone/email)",
      limit: "How many to show (default 100)",
      splitCommand:
        "Undo an automatic merge: move the merged identities and their orders back to a customer of their own",
      mergeId: "Merge id (see customers merges)",
      noMerges: "No automatic merges yet.",
      mergeLine: "#{{id}} merged into customer {{survivor}}: {{reason}} {{value}} ({{at}})",
      mergeUndone: "#{{id}} split: was merged into customer {{survivor}} ({{reason}} {{value}}, {{at}})",
      split: "Undid merge #{{id}}; the split-off customer is {{customer}}",
      top: "List the most valuable customers by predicted value (CLV), chance of being active, or spend",
      by: "Order by: clv (predicted value, default), p-alive (chance still active), spend (total spent)",
      topLimit: "How many to show (default 20)",
      badOrder: "Unsupported order “{{by}}”; choose one of: {{orders}}",
      noMetrics: "No customer metrics yet. Run `npx laoke analyze --shop {{slug}}` first.",
      topHeader: "Rank  Customer  Name  Purchase days  Spent  P(active)  Predicted value (range)",
      topLine: "{{rank}}. #{{id}} {{name}}  {{days}} days  {{spend}}  {{pAlive}}  {{clv}} {{range}}",
      reason: { phone: "same phone", email: "same email" },
    },
    analyze: {
      description:
        "Recompute customer metrics (RFM, order-value tiers, churn status, repeat-purchase predictions and CLV)",
      full: "Recompute everyone (default: only customers changed since the last analysis)",
      asOf: "Analysis date (default: the time of the shop's latest order)",
      badDate: "Unrecognised date “{{value}}”; use YYYY-MM-DD",
      progress: "{phase} |{bar}| {percentage}% | {value}/{total}",
      phase: { reading: "Reading orders", fitting: "Fitting models", writing: "Writing metrics" },
      mode: { full: "full", incremental: "incremental" },
      done: "Analysed {{customers}} customers ({{mode}}, as of {{asOf}}, {{seconds}} s)",
    },
    clv: {
      shop: "Fit on a shop's own orders instead (in place of --input)",
      inputOrShop: "Give either an --input file or a --shop, not both",
      calibrationEndRequired: "--calibration-end is required with --input",
      description: "Customer lifetime value (CLV) models: fit and validate (file-based, no database)",
      fit: "Fit the BG/NBD, Pareto/NBD or Gamma-Gamma model to a transaction file",
      validate:
        "Fit on the calibration period, check on the holdout: weekly cumulative repeat transactions, actual vs predicted",
      input: "Transaction file",
      format: "File format: cdnow",
      calibrationEnd: "Last day of the calibration period (YYYY-MM-DD, inclusive)",
      holdoutEnd: "Last day of the holdout period (YYYY-MM-DD, inclusive)",
      model: "Model: bgnbd (default), pareto-nbd, gamma-gamma",
      validateModel: "Model: bgnbd (default) or pareto-nbd",
      penalty: "L2 penalty on the log-parameters (default 0; 0.01–1 steadies small shops)",
      badFormat: 'Unsupported format "{{format}}"; choose one of: {{formats}}',
      badModel: 'Unsupported model "{{model}}"; choose one of: {{models}}',
      badDate: 'Unrecognised date "{{value}}" for {{option}}; use YYYY-MM-DD',
      badPenalty: '--penalty must be a number of at least 0, got "{{value}}"',
      badHoldout: "--holdout-end must be after --calibration-end",
      fitted: "{{model}}: {{customers}} customers, log-likelihood {{logLikelihood}}, {{converged}}",
      converged: "converged",
      notConverged: "not converged ({{message}})",
      param: "  {{name}} = {{value}} (standard error {{se}})",
      trust: {
        ok: "The fit is trustworthy.",
        too_few_customers:
          "Too few customers for a reliable fit; use the simple estimate (repeat rate × average order value).",
        too_few_repeat_buyers:
          "Too few repeat buyers for a reliable fit; use the simple estimate (repeat rate × average order value).",
        history_too_short:
          "The history is too short for a reliable fit; use the simple estimate (repeat rate × average order value).",
        not_converged: "The optimiser did not converge; the fit is unreliable. Try --penalty.",
        unstable_estimates:
          "The parameters' standard errors are too large; the fit is unstable. Try --penalty or wait for more data.",
      },
      validated:
        "{{model}}, {{weeks}}-week holdout: {{actual}} repeat transactions, {{predicted}} predicted (error {{errorPercent}}%); weekly cumulative MAPE {{mape}}%",
      weekHeader: "Week  Actual (cumulative)  Predicted (cumulative)",
      weekLine: "{{week}}  {{actual}}  {{predicted}}",
    },
    report: {
      description:
        "Shop reports (JSON): repeat-rate, churn, cohorts, gaps (time between purchases), reorder (reorder curves), breakdown, traffic-cost",
      badKind: "No report “{{kind}}”; choose one of: {{kinds}}",
      from: "First day YYYY-MM-DD (shop time zone, inclusive; default: all history)",
      to: "Last day YYYY-MM-DD (inclusive)",
      platform: "One platform only (taobao, jd, pdd, shopify, woocommerce…)",
      granularity: "Period: month (default), week, day",
      churnDays:
        "Days without a purchase that make a buyer churned (default: the shop's setting or derived from its data)",
      metric:
        "Cohort cell: retention (default), activeCustomers, revenueFen, cumulativeRevenuePerCustomerFen",
      bucketDays: "Histogram bucket width for time between purchases (days, default 30)",
      by: "Dimension: aovTier, province, city, product, platform",
      limit: "Most rows",
      minRepeatBuyers: "Reorder curves: minimum repeat buyers of a product (default 5)",
      maxDays: "Reorder curves: last day (default 365)",
      share: "Traffic cost as a share of sales (default: the shop's setting, 0.2)",
    },
    settings: {
      description:
        "Show or change the shop's analytics settings (RFM cut points, 客单价 bands, churn days, traffic cost share, CLV model and horizon…)",
      analytics:
        'Settings to change, as JSON or a JSON file, e.g. \'{"churnDays": 120, "clv": {"horizonDays": 180}}\'; null restores the default',
      current: "Analytics settings in force for shop {{slug}}:",
      saved: "Saved. Analytics settings now in force for shop {{slug}}:",
      nullMeansDerived:
        "Thresholds shown as null are derived from the shop's own data. After a change, run `npx laoke analyze --shop <shop> --full` so every customer is rescored.",
      unreadable: "Cannot read the settings file “{{value}}”",
      badJson: "Settings must be a JSON object: {{value}}",
    },
    serve: {
      description:
        "Start the API server (by default with the background jobs in the same process: uploaded imports, analytics recomputes, the nightly full recompute)",
      port: "Port to listen on (default 3000, or LAOKE_PORT)",
      host: "Address to listen on (default 127.0.0.1, or LAOKE_HOST)",
      noWorker: "Do not run background jobs in this process (run `npx laoke worker` in another terminal)",
      badPort: 'The port must be an integer from 0 to 65535, got "{{value}}"',
      listening: "laoke is running, open it in your browser: {{url}}",
      webMissing: "The web app is not built, serving the API only. Build it with: npm run build:web",
      docs: "API documentation: {{url}}",
      workerHere: "Background jobs run in this process.",
      workerElsewhere:
        "This process runs no background jobs: uploaded imports wait until `npx laoke worker` is running.",
      stopHint: "Press Ctrl-C to stop.",
      stopping: "Stopping: waiting for requests and jobs in progress to finish (Ctrl-C again exits at once)…",
      stopped: "Stopped.",
    },
    worker: {
      description:
        "Run only the background jobs (uploaded imports, analytics recomputes, the nightly full recompute) until Ctrl-C or a stop signal",
      started: "Background jobs are running. Press Ctrl-C to stop.",
    },
    demo: {
      buildingWeb: "Building the web app (only when its sources changed; about half a minute)…",
      noServe: "Only generate, import and analyse the demo data; do not start the server (for tests and CI)",
      port: "Server port (default 3000, or LAOKE_PORT)",
      loginsTitle:
        "Logins of the demo shop (a fixed demo password, for trying laoke on this machine only; never use it for a real shop):",
      login: "  {{role}}: {{email}}  password {{password}}",
      loginKept: "  {{role}}: {{email}} (the account already exists; its password was not changed)",
      roleOwner: "owner",
      roleAftersale: "after-sale staff",
      serving: "Starting the server (add --no-serve to only look at the data)…",
      topTitle: "The 5 customers with the highest predicted value (CLV):",
      description:
        "Generate a demo shop (Taobao export files), import it through the real importer, and show its summary",
      customers: "Number of customers (default 5000)",
      seed: "Random seed (same seed, same data)",
      generating: "Generating demo orders for {{customers}} customers…",
      generated: "Generated {{orders}} orders and {{items}} lines: {{files}}",
      importing: "Importing the demo files…",
      done: 'Demo shop "{{name}}" is ready. Next, try `npx laoke customers top --shop {{slug}} --by p-alive` (who will buy again), `npx laoke report cohorts --shop {{slug}}` (cohorts), or import your own exports: `npx laoke import --shop {{slug}} FILE…`',
      shopName: "laoke demo shop",
    },
    usage: "Usage error: {{message}}",
    failed: "Failed: {{message}}",
  },
};
