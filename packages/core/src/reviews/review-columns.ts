/**
 * How a review export's rows are read: the header aliases of Taobao/Tmall 评价 exports (千牛 评价管理,
 * 生意参谋) and of a generic sheet (order id, buyer, content, rating, time), and the row mapper.
 * Stars come from a 评分/星级 column, else from 评价结果: 好评 5, 中评 3, 差评 1.
 */
import { createHash } from "node:crypto";
import {
  type AliasGroups,
  CellError,
  type CellReader,
  type ColRef,
  type Columns,
  cellText,
  headerKey,
  type SheetRowMapper,
  type SheetSpec,
  yesNo,
} from "../importing/index.ts";

/** Renamed columns across review exports; the first name of each group is the one read below. */
export const REVIEW_ALIASES: AliasGroups = [
  ["评价ID", "评论ID", "评价编号", "review id", "review_id"],
  ["订单编号", "订单号", "主订单编号", "父订单编号", "order id", "order_id", "order number", "order"],
  ["子订单编号", "子订单号", "子订单ID"],
  ["买家会员名", "买家昵称", "买家", "会员名", "昵称", "buyer", "buyer nick", "nickname", "customer"],
  ["宝贝ID", "商品ID", "product id", "product_id"],
  ["宝贝名称", "宝贝标题", "商品", "商品名称", "商品标题", "product", "product title", "product name"],
  ["评价内容", "初评内容", "评论内容", "评价", "content", "review", "comment", "body"],
  ["评价结果", "评价类型", "评价等级"],
  ["评分", "星级", "评价星级", "商品评分", "rating", "stars", "score"],
  [
    "评价时间",
    "初评时间",
    "评论时间",
    "reviewed at",
    "reviewed_at",
    "review time",
    "date",
    "time",
    "created at",
  ],
  ["卖家回复", "解释", "卖家解释", "商家回复", "回复内容", "seller reply", "reply", "response"],
  ["追评内容", "追加评论", "追评", "follow up", "follow-up"],
  ["追评时间", "追加评论时间", "follow up at", "follow-up at"],
  ["是否有图", "有图", "是否晒图", "has images", "with images"],
  ["评价图片", "图片", "晒图", "images", "photos"],
];

/** Headers only Taobao/Tmall exports have: their rows are the `taobao` platform's. */
const TAOBAO_HEADERS = [
  "买家会员名",
  "买家昵称",
  "宝贝名称",
  "宝贝ID",
  "评价结果",
  "子订单编号",
  "初评内容",
  "追评内容",
];

/** One review as read from an export row, before its customer is found. */
export interface ReviewRecord {
  /** `taobao` for Taobao/Tmall exports; null for a generic sheet (the matched order's platform). */
  platform: string | null;
  externalId: string | null;
  /** Identifies a row without an external id across re-imports: order, product, time, first text. */
  contentHash: string | null;
  orderExternalId: string | null;
  nick: string | null;
  productExternalId: string | null;
  productTitle: string | null;
  rating: number | null;
  content: string;
  hasImages: boolean;
  reviewedAt: Date;
  sellerReply: string | null;
  followUp: string | null;
  followUpAt: Date | null;
  /** Column names as written, for the reject of a row whose buyer is not found. */
  matchField: string;
}

const RESULT_STARS: [RegExp, number][] = [
  [/差评/, 1],
  [/中评/, 3],
  [/好评/, 5],
];

/** Stars from `5`, `5星`, `4.0分`, `★★★★☆`; throws CellError("invalid_rating") otherwise. */
export function parseStars(raw: string | undefined): number | undefined {
  const s = cellText(raw);
  if (s === undefined) return undefined;
  const filled = [...s].filter((ch) => ch === "★").length;
  if (filled > 0 && /^[★☆\s]+$/.test(s)) return filled;
  const m = /^([1-5])(?:\.0+)?\s*(?:星|分|stars?)?$/i.exec(s);
  if (!m) throw new CellError("invalid_rating", s);
  return Number(m[1]);
}

/** Stars from 好评/中评/差评 (also 默认好评); throws CellError("invalid_rating") for other text. */
export function resultStars(raw: string | undefined): number | undefined {
  const s = cellText(raw);
  if (s === undefined) return undefined;
  const hit = RESULT_STARS.find(([re]) => re.test(s));
  if (!hit) throw new CellError("invalid_rating", s);
  return hit[1];
}

/** The review export spec for readSheets. */
export const REVIEW_SHEET: SheetSpec<ReviewRecord> = {
  aliases: REVIEW_ALIASES,
  prepare: (columns, table) => {
    const has = (name: string) => columns.has(name);
    const readable =
      (has("订单编号") || has("买家会员名")) &&
      (has("评价内容") || has("评分") || has("评价结果")) &&
      has("评价时间");
    if (!readable) return undefined;
    const keys = new Set(table.header.map((h) => h.toLowerCase()));
    const platform = TAOBAO_HEADERS.some((h) => keys.has(headerKey(h))) ? "taobao" : null;
    return reviewRowMapper(columns, platform);
  },
};

function reviewRowMapper(columns: Columns, platform: string | null): SheetRowMapper<ReviewRecord> {
  // Columns are resolved once per table; each row only reads cells.
  const refs = new Map(REVIEW_ALIASES.map(([name]) => [name as string, columns.ref(name as string)]));
  const col = (name: string) => refs.get(name) as ColRef;
  const matchField = columns.has("买家会员名") ? col("买家会员名").name : col("订单编号").name;
  return (r: CellReader) => {
    const orderExternalId = r.id(col("订单编号")) ?? null;
    const nickCell = r.masked(col("买家会员名"));
    // A masked nick (`t**1`) names nobody: it can never match an identity.
    const nick = nickCell && !nickCell.masked ? nickCell.value : null;
    if (!orderExternalId && !nickCell) {
      r.field = columns.has("买家会员名") ? col("买家会员名") : col("订单编号");
      throw new CellError("missing_field", "");
    }
    const content = (r.text(col("评价内容")) ?? "").slice(0, 10_000);
    const rating = r.with(col("评分"), parseStars) ?? r.with(col("评价结果"), resultStars) ?? null;
    if (content === "" && rating === null) {
      r.field = col("评价内容");
      throw new CellError("missing_field", "");
    }
    const reviewedAt = r.requiredDate(col("评价时间"));
    const productExternalId = r.id(col("宝贝ID")) ?? null;
    const productTitle = r.text(col("宝贝名称")) ?? null;
    const externalId = r.id(col("评价ID")) ?? r.id(col("子订单编号")) ?? null;
    const imagesFlag = r.with(col("是否有图"), yesNo);
    return {
      platform,
      externalId,
      contentHash: externalId
        ? null
        : hashOf([
            orderExternalId,
            nick,
            productExternalId ?? productTitle,
            reviewedAt.toISOString(),
            content,
          ]),
      orderExternalId,
      nick,
      productExternalId,
      productTitle,
      rating,
      content,
      hasImages: imagesFlag ?? r.text(col("评价图片")) !== undefined,
      reviewedAt,
      sellerReply: r.text(col("卖家回复")) ?? null,
      followUp: r.text(col("追评内容")) ?? null,
      followUpAt: r.date(col("追评时间")) ?? null,
      matchField,
    };
  };
}

function hashOf(parts: (string | null)[]): string {
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 32);
}
