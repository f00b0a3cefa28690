/** The words for a draft's problems (check.ts) and where on a row each one belongs. */
import type { Issue } from "./check.ts";
import type { Translate } from "./labels.ts";

/** The part of a condition row a problem is in. */
export type RowPart = "field" | "op" | "value" | "withinDays";

/** Which input of the row to mark for an issue. */
export function partOf(issue: Issue): RowPart | undefined {
  switch (issue.reason) {
    case "field":
    case "op":
    case "withinDays":
      return issue.reason;
    case "value":
    case "range":
    case "bounds":
    case "days":
    case "tooLong":
      return "value";
    default:
      return undefined;
  }
}

/** The input a server path (`all[0].value`) names. */
export function partOfPath(path: string): RowPart | undefined {
  const last = path.split(".").at(-1);
  return last === "field" || last === "op" || last === "value" || last === "withinDays" ? last : undefined;
}

/** The problem in words: "条件 2:请选择比较方式" for a condition, the group's problem otherwise. */
export function issueMessage(issue: Issue, t: Translate): string {
  let reason = issue.reason as string;
  if (reason === "bounds" && issue.max === undefined) reason = "boundsMin";
  else if (reason === "bounds" && issue.min === undefined) reason = "boundsMax";
  const text = t(`issue.${reason}`, { min: issue.min, max: issue.max });
  return issue.number === undefined ? text : t("issue.condition", { number: issue.number, reason: text });
}
