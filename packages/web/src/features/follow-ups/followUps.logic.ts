/**
 * Pure rules of the follow-up (回访) screens, kept out of the components so they are tested
 * without a browser: which API filter each tab means, the menu badge's number, what counts as
 * overdue, and the request bodies the forms send.
 */
import type { Dayjs } from "dayjs";
import type { paths } from "../../api/schema.gen.ts";

type ListQuery = NonNullable<paths["/api/v1/follow-ups"]["get"]["parameters"]["query"]>;
type Summary = paths["/api/v1/follow-ups/summary"]["get"]["responses"][200]["content"]["application/json"];
export type ScheduleBody = paths["/api/v1/follow-ups"]["post"]["requestBody"]["content"]["application/json"];
export type UpdateBody = NonNullable<
  paths["/api/v1/follow-ups/{id}"]["patch"]["requestBody"]
>["content"]["application/json"];
export type CompleteBody = NonNullable<
  paths["/api/v1/follow-ups/{id}/complete"]["post"]["requestBody"]
>["content"]["application/json"];
export type Channel = ScheduleBody["channel"];

/** The ways a visit reaches the customer, in the order the forms offer them. */
export const CHANNELS: readonly Channel[] = ["phone", "message", "group", "visit"];

/** The tabs of the 回访 page. */
export const TABS = ["overdue", "today", "upcoming", "done"] as const;
export type FollowUpTab = (typeof TABS)[number];

/** The list filter of a tab, for one assignee or (undefined) everyone. */
export function tabQuery(tab: FollowUpTab, assigneeMemberId: number | undefined): ListQuery {
  const who = assigneeMemberId === undefined ? {} : { assigneeMemberId };
  return tab === "done" ? { status: "done", ...who } : { due: tab, ...who };
}

/**
 * The menu badge: open visits overdue or due later today. A staff member sees their own; a caller
 * without a member (an API key) sees the shop's when allowed; 0 while nothing is known.
 */
export function badgeCount(summary: Summary | undefined): number {
  const counts = summary?.mine ?? summary?.all;
  return counts ? counts.overdue + counts.today : 0;
}

/** True when an open visit's due time has passed. */
export function isOverdue(visit: { status: string; dueAt: string }, now: Date = new Date()): boolean {
  return visit.status === "scheduled" && new Date(visit.dueAt).getTime() < now.getTime();
}

/** What the schedule/reschedule form edits; `assignee` null is nobody. */
export interface VisitFormValues {
  channel: Channel;
  purpose?: string;
  dueAt: Dayjs;
  assignee?: number | null;
}

/** The body that schedules a visit for `customerId`; no assignee chosen means the caller. */
export function scheduleBody(customerId: number, values: VisitFormValues): ScheduleBody {
  return {
    customerId,
    channel: values.channel,
    purpose: values.purpose?.trim() || null,
    dueAt: values.dueAt.toISOString(),
    ...(values.assignee === undefined ? {} : { assigneeMemberId: values.assignee }),
  };
}

/** The body that reschedules, reassigns or rewords an open visit. */
export function updateBody(values: VisitFormValues): UpdateBody {
  return {
    channel: values.channel,
    purpose: values.purpose?.trim() || null,
    dueAt: values.dueAt.toISOString(),
    ...(values.assignee === undefined ? {} : { assigneeMemberId: values.assignee }),
  };
}

/** What the outcome form records. */
export interface OutcomeFormValues {
  reached: boolean;
  satisfaction?: number | null;
  productFeedback?: string;
  preferencesLearned?: string;
  note?: string;
}

/**
 * The outcome body: blank texts become null, and so does the satisfaction when it was not rated
 * (antd's Rate gives 0) or the customer was not reached (nobody rated anything then).
 */
export function completeBody(values: OutcomeFormValues): CompleteBody {
  const text = (value: string | undefined) => value?.trim() || null;
  return {
    reached: values.reached,
    satisfaction: values.reached && values.satisfaction ? values.satisfaction : null,
    productFeedback: text(values.productFeedback),
    preferencesLearned: text(values.preferencesLearned),
    note: text(values.note),
  };
}
