/** Segments (分群/人群): rules over the customer archive, live counts, saved members and their history. */
export { type CompileContext, type CompiledRule, compileRule } from "./compile.ts";
export { describeFields, FIELDS, type FieldName, type FieldType, OPERATORS } from "./fields.ts";
export { type Condition, conditionsOf, parseRule, RULE_LIMITS, type Rule } from "./rule.ts";
export type { RefreshCounts } from "./segments.repository.ts";
export {
  archiveSegment,
  CreateSegmentInput,
  countSegment,
  createSegment,
  getSegment,
  listSegmentEvents,
  listSegments,
  refreshSegment,
  refreshShopSegments,
  type Segment,
  type ShopRefresh,
  segmentTrend,
  setTagRule,
  UpdateSegmentInput,
  updateSegment,
} from "./segments.service.ts";
