import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import {
  badgeCount,
  completeBody,
  isOverdue,
  scheduleBody,
  tabQuery,
  updateBody,
} from "./followUps.logic.ts";

describe("tabQuery", () => {
  it("asks for open visits by due window, or done ones, for one assignee or everyone", () => {
    expect(tabQuery("overdue", 3)).toEqual({ due: "overdue", assigneeMemberId: 3 });
    expect(tabQuery("today", undefined)).toEqual({ due: "today" });
    expect(tabQuery("upcoming", 3)).toEqual({ due: "upcoming", assigneeMemberId: 3 });
    expect(tabQuery("done", undefined)).toEqual({ status: "done" });
  });
});

describe("badgeCount", () => {
  it("adds overdue and due today: the member's own, else the shop's, else nothing", () => {
    const mine = { overdue: 2, today: 1 };
    const all = { overdue: 9, today: 9 };
    expect(badgeCount({ mine, all })).toBe(3);
    expect(badgeCount({ mine: null, all })).toBe(18);
    expect(badgeCount({ mine: null, all: null })).toBe(0);
    expect(badgeCount(undefined)).toBe(0);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-05-01T12:00:00.000Z");
  it("is true only for open visits whose time has passed", () => {
    expect(isOverdue({ status: "scheduled", dueAt: "2026-05-01T11:59:00.000Z" }, now)).toBe(true);
    expect(isOverdue({ status: "scheduled", dueAt: "2026-05-01T12:01:00.000Z" }, now)).toBe(false);
    expect(isOverdue({ status: "done", dueAt: "2026-04-01T00:00:00.000Z" }, now)).toBe(false);
  });
});

describe("request bodies", () => {
  const dueAt = dayjs("2026-05-02T02:30:00.000Z");

  it("schedules for the caller when no assignee is chosen, for nobody with null", () => {
    expect(scheduleBody(7, { channel: "group", purpose: "  ", dueAt })).toEqual({
      customerId: 7,
      channel: "group",
      purpose: null,
      dueAt: "2026-05-02T02:30:00.000Z",
    });
    expect(scheduleBody(7, { channel: "phone", purpose: " 新品 ", dueAt, assignee: null })).toMatchObject({
      purpose: "新品",
      assigneeMemberId: null,
    });
    expect(updateBody({ channel: "visit", dueAt, assignee: 4 })).toEqual({
      channel: "visit",
      purpose: null,
      dueAt: "2026-05-02T02:30:00.000Z",
      assigneeMemberId: 4,
    });
  });

  it("leaves blank texts and an unrated or unreachable satisfaction out of an outcome", () => {
    expect(
      completeBody({
        reached: true,
        satisfaction: 5,
        productFeedback: " 面料好 ",
        preferencesLearned: "",
        note: undefined,
      }),
    ).toEqual({
      reached: true,
      satisfaction: 5,
      productFeedback: "面料好",
      preferencesLearned: null,
      note: null,
    });
    expect(completeBody({ reached: true, satisfaction: 0 }).satisfaction).toBeNull();
    expect(completeBody({ reached: false, satisfaction: 4 }).satisfaction).toBeNull();
  });
});
