import { describe, expect, it } from "vitest";
import { fileProblem, MAX_UPLOAD_BYTES } from "./upload.ts";

const file = (name: string, size = 1000) => ({ name, size });

describe("fileProblem", () => {
  it("accepts sheets whatever the case of their extension", () => {
    expect(fileProblem([], file("评价导出.CSV"), 10)).toBeNull();
    expect(fileProblem([], file("群成员.xlsx"), 1)).toBeNull();
  });

  it("refuses other files, files over 20 MB, the same file twice and one too many", () => {
    expect(fileProblem([], file("截图.png"), 10)).toBe("badType");
    expect(fileProblem([], file("big.csv", MAX_UPLOAD_BYTES + 1), 10)).toBe("tooLarge");
    expect(fileProblem([], file("edge.csv", MAX_UPLOAD_BYTES), 10)).toBeNull();
    expect(fileProblem([file("a.csv")], file("a.csv"), 10)).toBe("duplicate");
    expect(fileProblem([file("a.csv", 5)], file("a.csv", 6), 10)).toBeNull();
    const ten = Array.from({ length: 10 }, (_, i) => file(`${i}.csv`));
    expect(fileProblem(ten, file("11.csv"), 10)).toBe("tooMany");
  });

  it("lets a one-file picker replace its file", () => {
    expect(fileProblem([file("old.csv")], file("new.csv"), 1)).toBeNull();
  });
});
