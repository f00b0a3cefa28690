/**
 * importReviews: review exports (Taobao/Tmall 评价 or a generic sheet; CSV in UTF-8 or GB18030, or
 * XLSX) into customers' archives. One transaction: read → stage → match customers and products
 * → upsert → audit; a fatal error leaves the database as it was. Rows whose buyer is not a live
 * customer of the shop come back as rejects, like the order importer's.
 */
import type { Database } from "@laoke/db";
import type { Kysely } from "kysely";
import { recordAudit } from "../audit/index.ts";
import {
  type ImportFile,
  type RowReject,
  readSheets,
  type SheetRow,
  UnrecognisedSheet,
} from "../importing/index.ts";
import type { Actor } from "../shared/actor.ts";
import { authorize } from "../shared/authorize.ts";
import { DomainError } from "../shared/errors.ts";
import type { Shop } from "../shops/index.ts";
import { REVIEW_SHEET, type ReviewRecord } from "./review-columns.ts";
import * as repo from "./review-import.repository.ts";

/** At most this many rejects are returned (all are counted); the rest of a bad file says the same. */
export const MAX_RETURNED_REJECTS = 1000;

/** What a review import did. */
export interface ReviewImportResult {
  /** New reviews. */
  inserted: number;
  /** Known reviews the export said something new about (an edited text, a reply, a 追评). */
  updated: number;
  /** Rows already imported as they are. */
  unchanged: number;
  rejected: number;
  /** The first MAX_RETURNED_REJECTS rejected rows, in file and row order. */
  rejects: RowReject[];
}

/** Import review exports into the shop; needs `customers:write`; audited as `reviews.imported`. */
export async function importReviews(
  db: Kysely<Database>,
  actor: Actor,
  input: { shop: Shop; files: readonly ImportFile[] },
): Promise<ReviewImportResult> {
  const { shop, files } = input;
  authorize(actor, "customers:write", shop.id);
  const read = await readReviewFiles(files, shop.timeZone);
  const staged = read.rows.map((r, seq) => toStaged(r, seq));
  return db.transaction().execute(async (trx) => {
    await repo.stageReviews(trx, staged);
    const unmatched = await repo.matchStagedReviews(trx, shop.id);
    const counts = await repo.upsertStagedReviews(trx, shop.id);
    const rejects = [...read.rejects, ...unmatched.map((seq) => unmatchedReject(read.rows[seq]))].sort(
      (a, b) =>
        files.findIndex((f) => f.name === a.file) - files.findIndex((f) => f.name === b.file) ||
        a.row - b.row,
    );
    const result: ReviewImportResult = {
      inserted: counts.inserted,
      updated: counts.updated,
      unchanged: staged.length - unmatched.length - counts.inserted - counts.updated,
      rejected: rejects.length,
      rejects: rejects.slice(0, MAX_RETURNED_REJECTS),
    };
    await recordAudit(trx, actor, {
      shopId: shop.id,
      action: "reviews.imported",
      targetType: "review",
      data: {
        files: files.map((f) => f.name),
        inserted: result.inserted,
        updated: result.updated,
        unchanged: result.unchanged,
        rejected: result.rejected,
      },
    });
    return result;
  });
}

async function readReviewFiles(files: readonly ImportFile[], timeZone: string) {
  try {
    return await readSheets(files, timeZone, REVIEW_SHEET);
  } catch (e) {
    if (e instanceof UnrecognisedSheet) {
      throw new DomainError("review_columns_missing", { file: e.file, header: e.header });
    }
    throw e;
  }
}

function toStaged(r: SheetRow<ReviewRecord>, seq: number): repo.StagedReview {
  const { matchField: _field, ...record } = r.value;
  return { seq, ...record };
}

function unmatchedReject(r: SheetRow<ReviewRecord> | undefined): RowReject {
  const row = r as SheetRow<ReviewRecord>;
  return {
    file: row.file,
    row: row.row,
    field: row.value.matchField,
    code: "unmatched_customer",
    message: "unmatched_customer",
    raw: row.raw,
  };
}
