/**
 * bench/api: the customer API under load on a demo shop, with autocannon against a running
 * `laoke serve` (a separate process, as in production). Target (issue 5): customer list, search by
 * phone and by nick, and customer detail at 500 requests/s each: p99 ≤ 50 ms, 0 errors.
 * Baseline measured in the same run: GET /healthz at the same rate (no database), so the ratio
 * says what the customer endpoints add over the bare server on this machine.
 *
 *   npm run bench:api -- [--customers 1000000] [--home DIR] [--rate 500] [--seconds 30]
 *
 * The demo shop is generated, imported and analysed once into --home (default: a folder in the
 * system temp directory) and reused by later runs with the same --customers (bench/api/shop.ts).
 */
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createApiKey, createStaffMember, OPERATOR, PERMISSIONS, type Shop } from "@laoke/core";
import { type DatabaseHandle, openDatabase } from "@laoke/db";
import autocannon from "autocannon";
import { benchHome, log, prepareBenchShop, startBenchServer } from "./shop.ts";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "1000000" },
    home: { type: "string" },
    rate: { type: "string", default: "500" },
    seconds: { type: "string", default: "30" },
    port: { type: "string", default: "3917" },
  },
});
const customers = Number(values.customers);
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const port = Number(values.port);
const home = values.home ?? benchHome(customers);

/** Sample values to look up, and an API key with every permission. */
async function fixtures(handle: DatabaseHandle, shop: Shop) {
  const q = async (text: string) => (await handle.pool.query(text, [shop.id])).rows.map((r) => String(r.v));
  const phones = await q(
    "select phone as v from customers where shop_id = $1 and phone is not null and not phone_masked and merged_into_id is null order by random() limit 2000",
  );
  const nicks = await q(
    "select value as v from customer_identities where shop_id = $1 and kind = 'nick' order by random() limit 2000",
  );
  const ids = await q(
    "select id as v from customers where shop_id = $1 and merged_into_id is null order by random() limit 2000",
  );
  const email = `bench-${Date.now()}@example.com`;
  const member = await createStaffMember(handle.db, OPERATOR, shop.id, {
    email,
    password: "bench-password-1",
    role: "owner",
  });
  const actor = {
    kind: "staff" as const,
    shopId: shop.id,
    memberId: member.id,
    accountId: member.accountId,
    name: "bench",
    role: "owner" as const,
    permissions: new Set(PERMISSIONS),
  };
  const key = await createApiKey(handle.db, actor, shop.id, {
    name: "bench",
    permissions: ["customers:read"],
  });
  return { phones, nicks, ids, token: key.token as string };
}

interface Figures {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  achievedPerSecond: number;
  errors: number;
  non2xx: number;
}

/**
 * Drive `paths` round-robin at the target rate for the set duration. autocannon's rate limit lets
 * each connection send its quota for the second at once, and all connections' seconds start
 * together, so one instance at 500/s sends bursts of 500 at the top of each second. To offer a
 * steady 500 requests/s, INSTANCES instances share the rate and start evenly spread over a second;
 * latencies are recorded per response (no coordinated-omission fill-in) and the achieved rate is
 * reported, so a server that cannot keep up shows it.
 */
async function load(paths: string[], token: string): Promise<Figures> {
  const INSTANCES = 10;
  let next = 0;
  const latencies: number[] = [];
  const runs: Promise<autocannon.Result>[] = [];
  for (let k = 0; k < INSTANCES; k++) {
    await new Promise((r) => setTimeout(r, 1000 / INSTANCES));
    let done: (r: autocannon.Result) => void = () => {};
    let failed: (e: unknown) => void = () => {};
    runs.push(
      new Promise<autocannon.Result>((resolve, reject) => {
        done = resolve;
        failed = reject;
      }),
    );
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: 4,
        overallRate: rate / INSTANCES,
        duration: seconds,
        ignoreCoordinatedOmission: true,
        headers: { authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: (req) => {
              req.path = paths[next++ % paths.length] as string;
              return req;
            },
          },
        ],
      },
      (error, result) => (error ? failed(error) : done(result)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  }
  const results = await Promise.all(runs);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  const sum = (f: (r: autocannon.Result) => number) => results.reduce((t, r) => t + f(r), 0);
  return {
    p50: at(0.5),
    p90: at(0.9),
    p99: at(0.99),
    max: at(1),
    requests: latencies.length,
    achievedPerSecond: Math.round(latencies.length / seconds),
    errors: sum((r) => r.errors + r.timeouts),
    non2xx: sum((r) => r.non2xx),
  };
}

async function main() {
  fs.mkdirSync(home, { recursive: true });
  // As root the embedded server runs as `postgres`, which must traverse this directory.
  fs.chmodSync(home, 0o755);
  const handle = await openDatabase({ home, poolSize: 2 });
  let server: ChildProcess | undefined;
  try {
    const shop = await prepareBenchShop(handle, customers, home);
    const f = await fixtures(handle, shop);
    server = await startBenchServer(home, port);
    const enc = encodeURIComponent;
    const scenarios: Record<string, string[]> = {
      healthz: ["/healthz"],
      // The list as the dashboard asks for it (default page of 20), and at 50 rows a page.
      list: ["last_order", "spend", "clv"].map((s) => `/api/v1/customers?sort=${s}`),
      list50: ["last_order", "spend", "clv"].map((s) => `/api/v1/customers?limit=50&sort=${s}`),
      searchPhone: f.phones.map((p) => `/api/v1/customers?q=${enc(p)}&limit=20`),
      searchNick: f.nicks.map((n) => `/api/v1/customers?q=${enc(n)}&limit=20`),
      detail: f.ids.map((id) => `/api/v1/customers/${id}`),
    };
    // Warm the caches once before measuring, as a running shop's server would be.
    for (const paths of Object.values(scenarios))
      await load(paths.slice(0, 200), f.token).catch(() => undefined);
    const figures: Record<string, Figures & { p99RatioToHealthz?: number }> = {};
    for (const [name, paths] of Object.entries(scenarios)) {
      log(`${name}: ${rate} req/s for ${seconds} s…`);
      figures[name] = await load(paths, f.token);
    }
    const base = figures.healthz?.p99 || 1;
    for (const [name, fig] of Object.entries(figures))
      if (name !== "healthz") fig.p99RatioToHealthz = Math.round((fig.p99 / base) * 10) / 10;
    const shopCustomers = Number(
      (await handle.pool.query("select count(*) as n from customers where shop_id = $1", [shop.id])).rows[0]
        .n,
    );
    console.log(
      JSON.stringify(
        { customers: shopCustomers, rate, seconds, figures, target: { p99Ms: 50, errors: 0, rate: 500 } },
        null,
        2,
      ),
    );
  } finally {
    server?.kill("SIGTERM");
    await handle.close();
  }
}

await main();
