/**
 * The catalogues stay complete: both languages have the same keys with the same {{variables}},
 * and no page writes user-facing text outside them (Chinese characters or English words as JSX
 * text or in common text props).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resources } from "./index.ts";

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
    }
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const zh = flatten(resources["zh-CN"]);
  const en = flatten(resources["en-US"]);

  it("have the same keys in Chinese and English", () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it("use the same variables in both languages, and no empty message", () => {
    for (const [key, text] of zh) {
      expect(text.trim(), key).not.toBe("");
      expect(variables(en.get(key) ?? ""), key).toEqual(variables(text));
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(path);
    // *.data.ts hold data, not messages (e.g. province names as the map's GeoJSON spells them).
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen|data)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("pages", () => {
  const root = join(import.meta.dirname, "..");
  it("write no Chinese outside the catalogues", () => {
    for (const file of sourceFiles(root)) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect(code.match(/[\u4e00-\u9fff]+/g), file).toBeNull();
    }
  });

  it("write no English words as JSX text or in title/placeholder/label props", () => {
    for (const file of sourceFiles(root).filter((f) => f.endsWith(".tsx"))) {
      const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      const jsxText = [...code.matchAll(/(?<![=-])>\s*([A-Za-z][A-Za-z ,.'!?]{2,})\s*<(?!=)/g)].map(
        (m) => m[1],
      );
      const props = [
        ...code.matchAll(
          /\b(?:title|placeholder|label|aria-label|okText|cancelText)="([^"]*[A-Za-z]{3,}[^"]*)"/g,
        ),
      ].map((m) => m[1]);
      expect([...jsxText, ...props], file).toEqual([]);
    }
  });
});
