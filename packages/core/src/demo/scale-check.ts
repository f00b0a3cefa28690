/**
 * Scale check (not a test): generate a large demo shop into a temp dir and print time, rows,
 * file sizes and peak RSS, to confirm streaming keeps memory bounded.
 *
 *   npx tsx packages/core/src/demo/scale-check.ts [customers=100000] [--shopify] [--keep]
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { generateDemoShop } from "./index.ts";

const args = process.argv.slice(2);
const customers = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const dir = await mkdtemp(join(tmpdir(), "laoke-scale-"));
const started = performance.now();
let peakHeap = 0;
const result = await generateDemoShop({
  customers,
  seed: 1,
  outDir: dir,
  shopify: args.includes("--shopify"),
  onProgress: (done, total) => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    if (done % Math.max(1, Math.floor(total / 10)) === 0) {
      const s = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`  ${done.toLocaleString()} / ${total.toLocaleString()} customers, ${s}s`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
console.log(`customers     ${result.customers.toLocaleString()}`);
console.log(
  `orders        ${result.orders.toLocaleString()} (${(result.orders / seconds).toFixed(0)} rows/s)`,
);
console.log(`items         ${result.items.toLocaleString()}`);
console.log(
  `buyers        ${result.buyers.toLocaleString()}, repeat ${(result.repeatBuyers / result.buyers).toFixed(3)}`,
);
for (const f of result.files) console.log(`file          ${basename(f)} ${mb((await stat(f)).size)}`);
console.log(`time          ${seconds.toFixed(1)} s`);
console.log(`peak RSS      ${mb(process.resourceUsage().maxRSS * 1024)} (peak heap seen ${mb(peakHeap)})`);
if (args.includes("--keep")) console.log(`kept in       ${dir}`);
else await rm(dir, { recursive: true, force: true });
