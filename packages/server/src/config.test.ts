import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("has safe defaults", () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      host: "127.0.0.1",
      cookieSecure: true,
      loginRatePerMinute: 10,
    });
  });

  it("reads the environment and lets explicit overrides win", () => {
    const config = loadConfig(
      { LAOKE_PORT: "8080", LAOKE_COOKIE_SECURE: "false", LAOKE_UPLOAD_LIMIT_MB: "2" },
      { port: 9000 },
    );
    expect(config).toMatchObject({ port: 9000, cookieSecure: false, uploadLimitBytes: 2 * 1024 * 1024 });
  });

  it("fails fast naming the variable", () => {
    expect(() => loadConfig({ LAOKE_PORT: "eighty" })).toThrow(ConfigError);
    expect(() => loadConfig({ LAOKE_COOKIE_SECURE: "yes" })).toThrow(
      expect.objectContaining({ variable: "LAOKE_COOKIE_SECURE", value: "yes" }),
    );
  });
});
