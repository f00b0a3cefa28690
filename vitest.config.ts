import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/web/src/**/*.test.tsx",
      "packages/*/migrations/**/*.test.ts",
      "bench/**/*.test.ts",
      "e2e/**/*.test.ts",
    ],
    globalSetup: ["packages/db/src/testing/global-setup.ts", "e2e/build-web.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Browser tests poll the page; a busy 2-core machine needs more than the 1 s default.
    expect: { poll: { timeout: 10_000 } },
  },
});
