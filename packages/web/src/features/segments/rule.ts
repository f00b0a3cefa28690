/**
 * The rule being edited: the API's JSON tree (`{ all | any: [...] }` groups and conditions) with a
 * stable key on every node, so React keeps each row's state and a server error's path can be
 * pointed back at its row. The root is always a group; values are in the API's units (分, ratios,
 * "YYYY-MM-DD" days), converted only inside the value editors.
 */

/** How a group joins its children: every one (AND) or any one (OR). */
export type GroupKind = "all" | "any";

/** A condition as the API takes it. */
export interface ConditionJson {
  field: string;
  op: string;
  value?: unknown;
  withinDays?: number;
}

/** A rule as the API takes it. */
export type RuleJson = { all: RuleJson[] } | { any: RuleJson[] } | ConditionJson;

/** A condition being edited: field and operator may still be missing. */
export interface DraftCondition {
  key: string;
  field: string | null;
  op: string | null;
  value?: unknown;
  /** Purchase conditions: only purchases of the last N days count (null: any time). */
  withinDays?: number | null;
}

/** A group being edited. */
export interface DraftGroup {
  key: string;
  kind: GroupKind;
  rules: DraftNode[];
}

/** A node being edited: a group or a condition. */
export type DraftNode = DraftCondition | DraftGroup;

/** The API's limits (decision 0010), enforced by the builder before the server sees the rule. */
export const LIMITS = { depth: 5, conditions: 40 } as const;

let nextKey = 0;
const key = () => `n${++nextKey}`;

/** True when the node is a group. */
export function isGroup(node: DraftNode): node is DraftGroup {
  return "rules" in node;
}

/** An empty condition for the user to fill. */
export function newCondition(): DraftCondition {
  return { key: key(), field: null, op: null };
}

/** A group holding `rules` (one empty condition unless given). */
export function newGroup(kind: GroupKind = "all", rules: DraftNode[] = [newCondition()]): DraftGroup {
  return { key: key(), kind, rules };
}

/** The draft of a saved rule; a bare condition is wrapped in an "all" group. */
export function fromRule(rule: unknown): DraftGroup {
  const node = toDraft(rule);
  return isGroup(node) ? node : newGroup("all", [node]);
}

function toDraft(rule: unknown): DraftNode {
  const r = (rule ?? {}) as Record<string, unknown>;
  if (Array.isArray(r.all)) return newGroup("all", r.all.map(toDraft));
  if (Array.isArray(r.any)) return newGroup("any", r.any.map(toDraft));
  const c: DraftCondition = {
    key: key(),
    field: typeof r.field === "string" ? r.field : null,
    op: typeof r.op === "string" ? r.op : null,
  };
  if (r.value !== undefined) c.value = r.value;
  if (typeof r.withinDays === "number") c.withinDays = r.withinDays;
  return c;
}

/** The API's JSON of a complete draft (check it with `checkDraft` first). */
export function toRule(node: DraftNode): RuleJson {
  if (isGroup(node))
    return node.kind === "all" ? { all: node.rules.map(toRule) } : { any: node.rules.map(toRule) };
  const c: ConditionJson = { field: node.field ?? "", op: node.op ?? "" };
  if (node.value !== undefined) c.value = node.value;
  if (node.withinDays !== undefined && node.withinDays !== null) c.withinDays = node.withinDays;
  return c;
}

/** Replace the node `target` (a group or condition) with what `change` makes of it. */
export function updateNode(
  root: DraftGroup,
  target: string,
  change: (node: DraftNode) => DraftNode,
): DraftGroup {
  const walk = (node: DraftNode): DraftNode => {
    if (node.key === target) return change(node);
    return isGroup(node) ? { ...node, rules: node.rules.map(walk) } : node;
  };
  return walk(root) as DraftGroup;
}

/** Remove the node `target` (never the root). */
export function removeNode(root: DraftGroup, target: string): DraftGroup {
  const walk = (group: DraftGroup): DraftGroup => ({
    ...group,
    rules: group.rules.filter((n) => n.key !== target).map((n) => (isGroup(n) ? walk(n) : n)),
  });
  return walk(root);
}

/** Append `node` to the group `target`. */
export function appendTo(root: DraftGroup, target: string, node: DraftNode): DraftGroup {
  return updateNode(root, target, (group) =>
    isGroup(group) ? { ...group, rules: [...group.rules, node] } : group,
  );
}

/** Every condition, depth first (the order the builder numbers them 1, 2, 3…). */
export function conditionsOf(node: DraftNode): DraftCondition[] {
  return isGroup(node) ? node.rules.flatMap(conditionsOf) : [node];
}

/** How deep the deepest group is (the root is 1). */
export function depthOf(node: DraftNode): number {
  return isGroup(node) ? 1 + Math.max(0, ...node.rules.map(depthOf)) : 0;
}

/**
 * The API path of every node (`all[1].any[0]`, the root is ""), by key: the server names the
 * path of an invalid part, and this finds the row it belongs to.
 */
export function pathsOf(root: DraftGroup): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (node: DraftNode, path: string) => {
    out.set(node.key, path);
    if (!isGroup(node)) return;
    for (const [i, child] of node.rules.entries()) walk(child, `${path ? `${path}.` : ""}${node.kind}[${i}]`);
  };
  walk(root, "");
  return out;
}

/** The key of the node a server error path (`all[1].any[0].value`) points at, or undefined. */
export function keyAtPath(root: DraftGroup, path: string): string | undefined {
  let best: { key: string; length: number } | undefined;
  for (const [nodeKey, nodePath] of pathsOf(root)) {
    // The root ("") is no row of its own; the longest node path the error path starts with wins.
    if (nodePath === "" || (path !== nodePath && !path.startsWith(`${nodePath}.`))) continue;
    if (!best || nodePath.length > best.length) best = { key: nodeKey, length: nodePath.length };
  }
  return best?.key;
}
