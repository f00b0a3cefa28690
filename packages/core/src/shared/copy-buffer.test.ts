import { describe, expect, it } from "vitest";
import { CopyBuffer, copyLine } from "./copy.ts";

describe("CopyBuffer", () => {
  it("gathers lines as UTF-8, grows past its first size, and keeps a batch until the next-but-one take", () => {
    const buffer = new CopyBuffer(16);
    const first = [copyLine([1, "张三", "a\tb"]), copyLine([2, null, "x".repeat(100)])];
    for (const line of first) buffer.push(line);
    expect(buffer.lines).toBe(2);
    const a = buffer.take();
    expect(a.toString("utf8")).toBe(first.join(""));
    expect(buffer.lines).toBe(0);
    buffer.push(copyLine([3, "李四"]));
    const b = buffer.take();
    // The first batch is still intact while the second is being sent.
    expect(a.toString("utf8")).toBe(first.join(""));
    expect(b.toString("utf8")).toBe("3\t李四\n");
    expect(buffer.take().length).toBe(0);
  });
});
