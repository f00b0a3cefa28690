/**
 * Opaque keyset-pagination cursors: the sort key of the last row of a page, base64url-encoded
 * JSON. A cursor that does not decode is a client error (`invalid_cursor`), never a 500.
 */
import { DomainError } from "./errors.ts";

type CursorPart = Date | number | string | null;
type PartKind =
  | "date"
  | "number"
  | "string"
  | "timestamp"
  | "nullable-number"
  | "nullable-string"
  | "nullable-date"
  | "nullable-timestamp";

// A timestamptz as PostgreSQL prints it (`2026-11-27 12:53:59.123456+00`): exact to the
// microsecond, so keyset pages neither skip nor repeat rows. Checked here so a forged cursor is a
// 400, not a database error.
const PG_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

function isPgTimestamp(v: string): boolean {
  const m = PG_TIMESTAMP.exec(v);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
  // Date.UTC rolls 2026-02-30 over to March: a real date comes back unchanged.
  return (
    t.getUTCMonth() === mo - 1 &&
    t.getUTCDate() === d &&
    t.getUTCHours() === h &&
    t.getUTCMinutes() === mi &&
    t.getUTCSeconds() === sec
  );
}

/** Encode the sort key of a row. Dates travel as ISO strings. */
export function encodeCursor(parts: CursorPart[]): string {
  const plain = parts.map((p) => (p instanceof Date ? p.toISOString() : p));
  return Buffer.from(JSON.stringify(plain)).toString("base64url");
}

/** Decode a cursor whose parts have the given kinds; throws `invalid_cursor` otherwise. */
export function decodeCursor(cursor: string, kinds: PartKind[]): CursorPart[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new DomainError("invalid_cursor");
  }
  if (!Array.isArray(parsed) || parsed.length !== kinds.length) throw new DomainError("invalid_cursor");
  return kinds.map((kind, i) => {
    const v: unknown = parsed[i];
    if (v === null && kind.startsWith("nullable-")) return null;
    const base = kind.replace("nullable-", "");
    if (base === "number" && typeof v === "number" && Number.isFinite(v)) return v;
    if (base === "string" && typeof v === "string") return v;
    if (base === "timestamp" && typeof v === "string" && isPgTimestamp(v)) return v;
    if (base === "date" && typeof v === "string" && !Number.isNaN(Date.parse(v))) return new Date(v);
    throw new DomainError("invalid_cursor");
  });
}
