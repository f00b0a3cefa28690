import { describe, expect, it } from "vitest";
import { NumberList } from "./facts.ts";

describe("NumberList", () => {
  const parsed = (text: string | null) => {
    const list = new NumberList();
    list.parse(text);
    return Array.from(list.view());
  };

  it("reads string_agg's comma-separated days and amounts", () => {
    expect(parsed("19000,19003,19100")).toEqual([19000, 19003, 19100]);
    expect(parsed("-500,12.5,0,1299.99")).toEqual([-500, 12.5, 0, 1299.99]);
    expect(parsed("1e+20,-2.5e-3")).toEqual([1e20, -0.0025]);
  });

  it("is empty for no purchases, and reused without leftovers", () => {
    const list = new NumberList();
    list.parse(Array.from({ length: 100 }, (_, i) => String(i)).join(","));
    expect(list.length).toBe(100);
    list.parse(null);
    expect(list.length).toBe(0);
    list.parse("");
    expect(list.length).toBe(0);
    list.parse("7");
    expect(Array.from(list.view())).toEqual([7]);
  });
});
