import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CDNOW_FILE } from "../../core/src/clv/testing.ts";
import { tempDir } from "../../core/src/testing/fixtures.ts";

// `laoke clv` works on files alone: run without DATABASE_URL and with an empty LAOKE_HOME, and
// check that no embedded PostgreSQL was started (no pgdata appears).
const BIN = path.resolve(import.meta.dirname, "../bin/laoke.js");

function laoke(args: string[], env: Record<string, string> = {}) {
  const home = tempDir("laoke-clv-home-");
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...rest, LAOKE_HOME: home, LAOKE_LANG: "", ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  const lines = r.stdout.trim().split("\n");
  const startedDatabase = fs.existsSync(path.join(home, "pgdata"));
  fs.rmSync(home, { recursive: true, force: true });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    last: lines[lines.length - 1] ?? "",
    startedDatabase,
  };
}

const FIT = ["clv", "fit", "--input", CDNOW_FILE, "--format", "cdnow", "--calibration-end", "1997-09-30"];

describe("laoke clv", () => {
  it("fit --json: the published parameters, the contract's keys first, no database", () => {
    const r = laoke([...FIT, "--model", "bgnbd", "--json"]);
    expect(r.code).toBe(0);
    expect(r.startedDatabase).toBe(false);
    const out = JSON.parse(r.last);
    expect(Object.keys(out).slice(0, 4)).toEqual(["model", "params", "logLikelihood", "customers"]);
    expect(out.model).toBe("bgnbd");
    expect(Object.keys(out.params)).toEqual(["r", "alpha", "a", "b"]);
    expect(out.params.r).toBeCloseTo(0.243, 3);
    expect(out.params.alpha).toBeCloseTo(4.414, 2);
    expect(out.logLikelihood).toBeCloseTo(-9582.4, 1);
    expect(out.customers).toBe(2357);
    expect(out.trust).toEqual({ trustworthy: true, reason: "ok" });

    const pn = JSON.parse(laoke([...FIT, "--model", "pareto-nbd", "--json"]).last);
    expect(Object.keys(pn.params)).toEqual(["r", "alpha", "s", "beta"]);
    expect(pn.logLikelihood).toBeCloseTo(-9595.0, 1);
    const gg = JSON.parse(laoke([...FIT, "--model", "gamma-gamma", "--json"]).last);
    expect(Object.keys(gg.params)).toEqual(["p", "q", "gamma"]);
    expect(gg.params.gamma).toBeCloseTo(15.44, 1);
    expect(gg.customers).toBe(946);
  });

  it("validate --json: weekly cumulative actual vs predicted and the holdout totals", () => {
    const r = laoke([
      "clv",
      "validate",
      "--input",
      CDNOW_FILE,
      "--format",
      "cdnow",
      "--calibration-end",
      "1997-09-30",
      "--holdout-end",
      "1998-06-30",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.startedDatabase).toBe(false);
    const out = JSON.parse(r.last);
    expect(Object.keys(out).slice(0, 3)).toEqual(["holdoutActual", "holdoutPredicted", "weekly"]);
    expect(out.holdoutActual).toBe(1882);
    expect(out.holdoutPredicted).toBeGreaterThan(1500);
    expect(out.weekly).toHaveLength(78);
    expect(out.weekly[77]).toMatchObject({ week: 78, actual: 4339 });
    expect(out.mape).toBeLessThan(10);
  });

  it("speaks Chinese by default and English on request", () => {
    const zh = laoke([...FIT]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("对数似然");
    expect(zh.stdout).toContain("结果可信");
    expect(laoke([...FIT, "--lang", "en"]).stdout).toContain("log-likelihood");
  });

  it("exits 2 on bad usage and 1 on an unreadable or malformed file", () => {
    const fit = (input: string, format: string, calibrationEnd?: string) =>
      laoke([
        "clv",
        "fit",
        "--input",
        input,
        "--format",
        format,
        ...(calibrationEnd ? ["--calibration-end", calibrationEnd] : []),
      ]);
    expect(laoke([...FIT, "--model", "nope"]).code).toBe(2);
    expect(fit(CDNOW_FILE, "csv", "1997-09-30").code).toBe(2);
    expect(fit(CDNOW_FILE, "cdnow", "1997-13-01").code).toBe(2);
    expect(laoke([...FIT, "--penalty", "-1"]).code).toBe(2);
    expect(fit(CDNOW_FILE, "cdnow").code).toBe(2);
    const missing = fit("/nonexistent/x.txt", "cdnow", "1997-09-30");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("无法读取");
    const bad = path.join(tempDir(), "bad.txt");
    fs.writeFileSync(bad, "1 1 19970101 1 10\nnot a line\n");
    const malformed = laoke([
      "clv",
      "fit",
      "--input",
      bad,
      "--format",
      "cdnow",
      "--calibration-end",
      "1997-09-30",
      "--lang",
      "en",
    ]);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr).toContain("Line 2");
    // Nobody had bought by then: nothing to fit.
    expect(fit(CDNOW_FILE, "cdnow", "1990-01-01").code).toBe(1);
  });
});
