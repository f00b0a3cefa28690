import { describe, expect, it } from "vitest";
import {
  DEFAULT_LURKER_DAYS,
  matchSearchTerm,
  memberQuery,
  parseDays,
  parseFilter,
  withParam,
} from "./groups.logic.ts";

describe("parseDays", () => {
  it("takes whole days the server accepts and falls back to 30 otherwise", () => {
    expect(parseDays("7")).toBe(7);
    expect(parseDays("3650")).toBe(3650);
    for (const raw of [null, "", "0", "3651", "-5", "7.5", "abc", "1e3"])
      expect(parseDays(raw), String(raw)).toBe(DEFAULT_LURKER_DAYS);
  });
});

describe("member filters", () => {
  it("reads the filter from the URL, everyone by default", () => {
    expect(parseFilter("lurkers")).toBe("lurkers");
    expect(parseFilter("unmatched")).toBe("unmatched");
    expect(parseFilter(null)).toBe("all");
    expect(parseFilter("nonsense")).toBe("all");
  });

  it("asks the server for lurkers with their days, and for unmatched lines without", () => {
    expect(memberQuery("all", 30)).toEqual({});
    expect(memberQuery("lurkers", 14)).toEqual({ lurkers: true, days: 14 });
    expect(memberQuery("unmatched", 14)).toEqual({ unmatched: true });
  });
});

describe("matchSearchTerm", () => {
  it("searches by a phone the caller sees whole, else by the member's name", () => {
    expect(matchSearchTerm({ name: "小王", phone: "13812345678" })).toBe("13812345678");
    expect(matchSearchTerm({ name: "小王", phone: "+86 138-1234-5678" })).toBe("+86 138-1234-5678");
    expect(matchSearchTerm({ name: " 小王 ", phone: "138****5678" })).toBe("小王");
    expect(matchSearchTerm({ name: "小王", phone: null })).toBe("小王");
  });
});

describe("withParam", () => {
  it("sets a parameter and drops it when it is the default, keeping the others", () => {
    const params = new URLSearchParams("filter=lurkers&days=7");
    expect(withParam(params, "days", "14", "30").toString()).toBe("filter=lurkers&days=14");
    expect(withParam(params, "days", "30", "30").toString()).toBe("filter=lurkers");
    expect(params.toString()).toBe("filter=lurkers&days=7");
  });
});
