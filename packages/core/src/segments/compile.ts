/**
 * Compile a checked rule (rule.ts) to one SQL condition over `customers c` and, when a condition
 * needs it, `customer_metrics m` (decision 0010). Column expressions come only from the field
 * catalogue; every value the user typed is a bound parameter, never SQL text.
 *
 * Semantics: a condition never matches a customer without a value for its field (not analysed
 * yet, no birthday…) except `is_not_set`; days are the shop's calendar days; "paid" purchases
 * are orders paid, shipped or completed (closed and unpaid ones never count).
 */
import { type RawBuilder, sql } from "kysely";
import { lurkerCondition } from "../groups/index.ts";
import { FIELDS, type FieldSpec } from "./fields.ts";
import { type Condition, conditionsOf, type Rule } from "./rule.ts";

/** What a compiled rule needs from its surroundings. */
export interface CompileContext {
  /** The shop's IANA time zone: "before 2025-01-01" means before that day starts there. */
  timeZone: string;
}

/** A rule as SQL: the condition and whether it reads customer_metrics (alias m). */
export interface CompiledRule {
  where: RawBuilder<boolean>;
  needsMetrics: boolean;
}

const PAID = sql`('paid', 'shipped', 'completed')`;

/** Compile a checked rule. */
export function compileRule(rule: Rule, ctx: CompileContext): CompiledRule {
  return {
    where: compileNode(rule, ctx),
    needsMetrics: conditionsOf(rule).some((c) => FIELDS[c.field].source === "metrics"),
  };
}

function compileNode(rule: Rule, ctx: CompileContext): RawBuilder<boolean> {
  if ("all" in rule)
    return sql<boolean>`(${sql.join(
      rule.all.map((r) => compileNode(r, ctx)),
      sql` and `,
    )})`;
  if ("any" in rule)
    return sql<boolean>`(${sql.join(
      rule.any.map((r) => compileNode(r, ctx)),
      sql` or `,
    )})`;
  return compileCondition(rule, ctx);
}

function compileCondition(c: Condition, ctx: CompileContext): RawBuilder<boolean> {
  const spec: FieldSpec = FIELDS[c.field];
  switch (spec.type) {
    case "tags":
      return tagCondition(c);
    case "products":
    case "skus":
    case "keyword":
      return purchaseCondition(c, spec);
    case "platforms":
      return platformCondition(c);
    case "behaviours":
      return behaviourCondition(c);
    case "groups":
      return groupCondition(c);
    case "lurker":
      return lurkerInGroupCondition(c);
    case "date":
      return dateCondition(c, spec, ctx);
    default:
      return scalarCondition(c, spec);
  }
}

function scalarCondition(c: Condition, spec: FieldSpec): RawBuilder<boolean> {
  const col = sql.raw(spec.column as string);
  const v = c.value;
  switch (c.op) {
    case "is_set":
      return sql<boolean>`${col} is not null`;
    case "is_not_set":
      return sql<boolean>`${col} is null`;
    case "is_true":
      return sql<boolean>`${col} is true`;
    case "is_false":
      return sql<boolean>`${col} is false`;
    case "eq":
      return sql<boolean>`${col} = ${v}`;
    case "neq":
      return sql<boolean>`${col} <> ${v}`;
    case "gt":
      return sql<boolean>`${col} > ${v}`;
    case "gte":
      return sql<boolean>`${col} >= ${v}`;
    case "lt":
      return sql<boolean>`${col} < ${v}`;
    case "lte":
      return sql<boolean>`${col} <= ${v}`;
    case "between": {
      const [lo, hi] = v as [number, number];
      return sql<boolean>`${col} between ${lo} and ${hi}`;
    }
    case "in":
      return sql<boolean>`${col} = any(${v}::text[])`;
    case "not_in":
      return sql<boolean>`${col} <> all(${v}::text[])`;
    case "contains":
      return sql<boolean>`${col} ilike ${likePattern(v as string)}`;
    default:
      throw new Error(`operator ${c.op} on ${c.field} passed validation but has no SQL`);
  }
}

/** Days are the shop's: a day's start is midnight in its time zone. */
function dateCondition(c: Condition, spec: FieldSpec, ctx: CompileContext): RawBuilder<boolean> {
  const col = sql.raw(spec.column as string);
  const tz = ctx.timeZone;
  const dayStart = (day: string, plusDays = 0) =>
    spec.dateOnly
      ? sql`(${day}::date + ${plusDays}::int)`
      : sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${tz})`;
  const today = sql`(now() at time zone ${tz})::date`;
  const daysAgo = (n: number) =>
    spec.dateOnly ? sql`(${today} - ${n}::int)` : sql`now() - make_interval(days => ${n}::int)`;
  const daysAhead = (n: number) =>
    spec.dateOnly ? sql`(${today} + ${n}::int)` : sql`now() + make_interval(days => ${n}::int)`;
  const now = spec.dateOnly ? today : sql`now()`;
  // "No value" is null, or -infinity where the column is read through its index expression: a
  // bound below keeps such customers out of conditions that have no lower bound of their own.
  const set = spec.infinityForNull ? sql`${col} > '-infinity'::timestamptz` : sql`${col} is not null`;
  switch (c.op) {
    case "is_set":
      return sql<boolean>`${set}`;
    case "is_not_set":
      return spec.infinityForNull
        ? sql<boolean>`${col} = '-infinity'::timestamptz`
        : sql<boolean>`${col} is null`;
    case "before":
      return sql<boolean>`(${set} and ${col} < ${dayStart(c.value as string)})`;
    case "after":
      return sql<boolean>`${col} >= ${dayStart(c.value as string, 1)}`;
    case "between": {
      const [from, to] = c.value as [string, string];
      return sql<boolean>`(${col} >= ${dayStart(from)} and ${col} < ${dayStart(to, 1)})`;
    }
    case "within_last_days":
      return sql<boolean>`(${col} >= ${daysAgo(c.value as number)} and ${col} <= ${now})`;
    case "not_within_last_days":
      return sql<boolean>`(${set} and ${col} < ${daysAgo(c.value as number)})`;
    case "within_next_days":
      return sql<boolean>`(${col} >= ${now} and ${col} <= ${daysAhead(c.value as number)})`;
    default:
      throw new Error(`operator ${c.op} on ${c.field} passed validation but has no SQL`);
  }
}

/** Tags: has any / all / none of the given tag ids. */
function tagCondition(c: Condition): RawBuilder<boolean> {
  const ids = c.value as number[];
  const tagged = sql`select 1 from customer_tags t
     where t.shop_id = c.shop_id and t.customer_id = c.id and t.tag_id = any(${ids}::bigint[])`;
  if (c.op === "has_any") return sql<boolean>`exists (${tagged})`;
  if (c.op === "has_none") return sql<boolean>`not exists (${tagged})`;
  // has_all: the customers holding every tag, found once (a hashed subplan), not per customer.
  return sql<boolean>`c.id in (select t.customer_id from customer_tags t
     where t.shop_id = c.shop_id and t.tag_id = any(${ids}::bigint[])
     group by t.customer_id having count(distinct t.tag_id) = ${new Set(ids).size})`;
}

/** Products (customer_products), SKUs or a title keyword (order lines) the customer bought, paid, optionally recently. */
function purchaseCondition(c: Condition, spec: FieldSpec): RawBuilder<boolean> {
  if (spec.type === "products") return productCondition(c);
  const recent =
    c.withinDays === undefined
      ? sql``
      : sql`and o.ordered_at >= now() - make_interval(days => ${c.withinDays}::int)`;
  const match =
    spec.type === "keyword"
      ? sql`oi.title ilike ${likePattern(c.value as string)}`
      : sql`oi.sku_id = any(${c.value}::bigint[])`;
  const lines = sql`from order_items oi join orders o on o.shop_id = oi.shop_id and o.id = oi.order_id
     where oi.shop_id = c.shop_id and ${match} and o.status in ${PAID} ${recent}`;
  switch (c.op) {
    case "bought":
    case "bought_any":
      return sql<boolean>`exists (select 1 ${lines} and o.customer_id = c.id)`;
    case "not_bought":
      return sql<boolean>`not exists (select 1 ${lines} and o.customer_id = c.id)`;
    default:
      return sql<boolean>`c.id in (select o.customer_id ${lines}
         group by o.customer_id having count(distinct oi.sku_id) = ${new Set(c.value as number[]).size})`;
  }
}

/**
 * Products read customer_products (migration 0009: one row per customer and product bought, paid
 * orders only, refreshed after each import), whose (product, last bought, customer) index answers
 * without visiting a single order line.
 */
function productCondition(c: Condition): RawBuilder<boolean> {
  const ids = c.value as number[];
  const recent =
    c.withinDays === undefined
      ? sql``
      : sql`and cp.last_bought_at >= now() - make_interval(days => ${c.withinDays}::int)`;
  const bought = sql`from customer_products cp
     where cp.shop_id = c.shop_id and cp.product_id = any(${ids}::bigint[]) ${recent}`;
  switch (c.op) {
    case "bought_any":
      return sql<boolean>`exists (select 1 ${bought} and cp.customer_id = c.id)`;
    case "not_bought":
      return sql<boolean>`not exists (select 1 ${bought} and cp.customer_id = c.id)`;
    default:
      return sql<boolean>`c.id in (select cp.customer_id ${bought}
         group by cp.customer_id having count(*) = ${new Set(ids).size})`;
  }
}

/** Platforms the customer is known on (their identities). */
function platformCondition(c: Condition): RawBuilder<boolean> {
  const known = sql`select 1 from customer_identities i
     where i.shop_id = c.shop_id and i.customer_id = c.id and i.platform = any(${c.value}::text[])`;
  return c.op === "has_none" ? sql<boolean>`not exists (${known})` : sql<boolean>`exists (${known})`;
}

/** Behaviour inferred from orders and not rejected by staff (customer_inferences). */
function behaviourCondition(c: Condition): RawBuilder<boolean> {
  const kinds = c.value as string[];
  const held = sql`from customer_inferences i
     where i.shop_id = c.shop_id and i.kind = any(${kinds}::text[]) and i.status <> 'rejected'`;
  if (c.op === "has_any") return sql<boolean>`exists (select 1 ${held} and i.customer_id = c.id)`;
  if (c.op === "has_none") return sql<boolean>`not exists (select 1 ${held} and i.customer_id = c.id)`;
  return sql<boolean>`c.id in (select i.customer_id ${held}
     group by i.customer_id having count(*) = ${new Set(kinds).size})`;
}

/** Customer groups the customer's roster lines are in (customer_group_members). */
function groupCondition(c: Condition): RawBuilder<boolean> {
  const member = sql`select 1 from customer_group_members g
     where g.shop_id = c.shop_id and g.customer_id = c.id and g.group_id = any(${c.value}::bigint[])`;
  return c.op === "has_none" ? sql<boolean>`not exists (${member})` : sql<boolean>`exists (${member})`;
}

/** A lurker in any group: the groups feature's own condition over the customer's roster lines. */
function lurkerInGroupCondition(c: Condition): RawBuilder<boolean> {
  const lurking = sql`exists (select 1 from customer_group_members m
     where m.shop_id = c.shop_id and m.customer_id = c.id and ${lurkerCondition(c.value as number)})`;
  return c.op === "not_lurker" ? sql<boolean>`not ${lurking}` : sql<boolean>`${lurking}`;
}

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}
