/**
 * A minimal reader of the CDNOW purchase log (`customer_id id_in_master yyyymmdd cds dollars`,
 * whitespace-separated, no header) into transactions, for the file-based `laoke clv` commands.
 * The importer's CDNOW parser (importing/formats/cdnow.ts) is internal to the importing feature
 * (its index exports only importOrders, which writes to the database), so this stays a tiny
 * separate reader rather than a deep import. Values stay in dollars, the unit of the published
 * Gamma-Gamma γ.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DomainError } from "../shared/errors.ts";
import type { Transaction } from "./summary.ts";

const LINE = /^(\S+)\s+\S+\s+(\d{4})(\d{2})(\d{2})\s+\S+\s+(-?\d+(?:\.\d+)?)$/;

/** Parse CDNOW text; a malformed line throws file_bad_line with its number. */
export function parseCdnow(text: string, file = "CDNOW"): Transaction[] {
  const out: Transaction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (line === "") continue;
    const m = LINE.exec(line);
    const at = m ? new Date(Date.UTC(Number(m[2]), Number(m[3]) - 1, Number(m[4]))) : undefined;
    if (!m || !at || at.getUTCDate() !== Number(m[4])) {
      throw new DomainError("file_bad_line", { file, line: i + 1 });
    }
    out.push({ customerId: m[1] as string, at, value: Number(m[5]) });
  }
  if (out.length === 0) throw new DomainError("file_empty", { file });
  return out;
}

/** Read a CDNOW file; I/O failures become file_unreadable. */
export async function readCdnowTransactions(filePath: string): Promise<Transaction[]> {
  const file = path.basename(filePath);
  let text: string;
  try {
    text = await readFile(filePath, "utf8");
  } catch (e) {
    throw new DomainError("file_unreadable", { file }, { cause: e });
  }
  return parseCdnow(text, file);
}
