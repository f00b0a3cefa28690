import { describe, expect, it } from "vitest";
import { fillDays, todayIn } from "./trend.ts";

describe("trend days", () => {
  it("fills the window with every day, oldest first, zeros where nothing changed", () => {
    const days = fillDays(
      [
        { day: "2026-02-27", joined: 120, left: 0 },
        { day: "2026-03-01", joined: 3, left: 5 },
      ],
      4,
      "2026-03-01",
    );
    expect(days).toEqual([
      { day: "2026-02-26", joined: 0, left: 0 },
      { day: "2026-02-27", joined: 120, left: 0 },
      { day: "2026-02-28", joined: 0, left: 0 },
      { day: "2026-03-01", joined: 3, left: 5 },
    ]);
    expect(fillDays([], 30, "2026-03-01")).toHaveLength(30);
  });

  it("takes today in the shop's time zone", () => {
    const now = new Date("2026-03-01T20:30:00Z");
    expect(todayIn("Asia/Shanghai", now)).toBe("2026-03-02");
    expect(todayIn("America/Los_Angeles", now)).toBe("2026-03-01");
    expect(todayIn("Not/AZone", now)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
