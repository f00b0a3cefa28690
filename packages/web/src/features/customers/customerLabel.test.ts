import { describe, expect, it } from "vitest";
import { customerLabel } from "./customerLabel.ts";

describe("customerLabel", () => {
  it("shows the masked name with the nick, either alone, or nothing to fall back on", () => {
    expect(customerLabel({ name: "张*", nick: "tb_nick" })).toBe("张* (tb_nick)");
    expect(customerLabel({ name: "张*", nick: null })).toBe("张*");
    expect(customerLabel({ name: null, nick: "jd_2001" })).toBe("jd_2001");
    expect(customerLabel({ name: " ", nick: "" })).toBeNull();
    expect(customerLabel({ name: null, nick: null })).toBeNull();
    expect(customerLabel(null)).toBeNull();
  });
});
