/**
 * importRoster: a group's member list (a WeChat/QQ group export or a hand-made sheet; CSV in
 * UTF-8 or GB18030, or XLSX) replaces the group's roster, in one transaction with the group row
 * locked. Lines are matched to customers by phone or exact name; the rest are kept unmatched for
 * staff to match by hand. Importing the same roster again changes nothing.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import { type ImportFile, type RowReject, readSheets, UnrecognisedSheet } from "../importing/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import { findGroupHead } from "./groups.repository.ts";
import { memberKeys, rosterSheet } from "./roster-columns.ts";
import * as repo from "./roster-import.repository.ts";

/** At most this many rejects are returned (all are counted). */
const MAX_RETURNED_REJECTS = 1000;

/** What a roster import did. */
export interface RosterImportResult {
  groupId: number;
  /** Lines in the roster now. */
  members: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Lines of the old roster not in the new one. */
  removed: number;
  /** Lines matched to a customer (by phone, name or earlier by staff). */
  matched: number;
  /** Lines kept without a customer, for staff to match. */
  unmatched: number;
  rejected: number;
  rejects: RowReject[];
}

/** Replace a group's roster with the file's; needs `customers:write`; audited as `group.roster_imported`. */
export async function importRoster(
  db: Kysely<Database>,
  actor: Actor,
  input: { shop: Shop; groupId: number; file: ImportFile },
): Promise<RosterImportResult> {
  const { shop, groupId, file } = input;
  authorize(actor, "customers:write", shop.id);
  if (!(await findGroupHead(db, shop.id, groupId))) throw new DomainError("not_found");
  const read = await readRoster(file, shop.timeZone);
  const lines = memberKeys(read.rows).map(({ key, row }) => ({ key, ...row.value }));
  return db.transaction().execute(async (trx) => {
    const group = await findGroupHead(trx, shop.id, groupId, true);
    if (!group) throw new DomainError("not_found");
    await repo.stageRoster(
      trx,
      shop.id,
      lines.map(({ key, name, phone, joinedAt, lastActiveAt }, seq) => ({
        seq,
        key,
        name,
        phone,
        joinedAt,
        lastActiveAt,
      })),
    );
    const counts = await repo.replaceRoster(trx, shop.id, groupId);
    const matched = await repo.countMatched(trx, shop.id, groupId);
    await repo.touchRosterImported(trx, shop.id, groupId);
    const result: RosterImportResult = {
      groupId,
      members: lines.length,
      ...counts,
      unchanged: lines.length - counts.inserted - counts.updated,
      matched,
      unmatched: lines.length - matched,
      rejected: read.rejects.length,
      rejects: read.rejects.slice(0, MAX_RETURNED_REJECTS),
    };
    const { rejects: _rejects, ...summary } = result;
    await recordAudit(trx, actor, {
      shopId: shop.id,
      action: "group.roster_imported",
      targetType: "group",
      targetIds: [groupId],
      data: { name: group.name, file: file.name, ...summary },
    });
    return result;
  });
}

async function readRoster(file: ImportFile, timeZone: string) {
  try {
    return await readSheets([file], timeZone, rosterSheet(timeZone));
  } catch (e) {
    if (e instanceof UnrecognisedSheet) {
      throw new DomainError("roster_columns_missing", { file: e.file, header: e.header });
    }
    throw e;
  }
}
