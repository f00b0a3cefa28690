/**
 * All table parsers and the choice among them: the highest detect() score wins, so a more
 * specific fingerprint beats a looser one. A column mapping (or `--format csv`) always means
 * the generic mapped parser.
 */
import { DomainError } from "../../shared/errors.ts";
import type { Table } from "../source/table.ts";
import { cdnowParsers } from "./cdnow.ts";
import { jdParsers } from "./jd.ts";
import { mappingParser } from "./mapping.ts";
import { pddParsers } from "./pdd.ts";
import { qianniuParsers } from "./qianniu.ts";
import { shopifyParsers } from "./shopify.ts";
import { taobaoParsers } from "./taobao.ts";
import type { ColumnMapping, ImportFormat, TableParser } from "./types.ts";
import { woocommerceParsers } from "./woocommerce.ts";

/** Every auto-detectable parser. */
export const ALL_PARSERS: TableParser[] = [
  ...taobaoParsers,
  ...qianniuParsers,
  ...jdParsers,
  ...pddParsers,
  ...shopifyParsers,
  ...woocommerceParsers,
  ...cdnowParsers,
];

/** Qianniu exports are Taobao exports: forcing either format accepts both kinds of table. */
const RELATED_FORMATS: Partial<Record<ImportFormat, readonly ImportFormat[]>> = {
  taobao: ["taobao", "taobao-qianniu"],
  "taobao-qianniu": ["taobao-qianniu", "taobao"],
};

/**
 * Pick the parser of a table. `mapping` or forced "csv" → the mapped parser (mapping_required
 * when "csv" comes without one); otherwise the best-scoring parser, among the forced format's
 * parsers when one is given. Throws unknown_format (auto) or format_mismatch (forced).
 */
export function detectParser(table: Table, forced?: ImportFormat, mapping?: ColumnMapping): TableParser {
  const where: Record<string, string> =
    table.sheet === undefined ? { file: table.file } : { file: table.file, sheet: table.sheet };
  if (mapping || forced === "csv") {
    if (!mapping) throw new DomainError("mapping_required", where);
    return mappingParser;
  }
  const formats = forced ? (RELATED_FORMATS[forced] ?? [forced]) : undefined;
  let best: TableParser | undefined;
  let bestScore = 0;
  for (const parser of ALL_PARSERS) {
    if (formats && !formats.includes(parser.format)) continue;
    const score = parser.detect(table.header);
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  if (best) return best;
  if (forced) throw new DomainError("format_mismatch", { ...where, format: forced });
  throw new DomainError("unknown_format", { ...where, header: table.rawHeader.slice(0, 8).join(",") });
}
