import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // CI sums every workspace's JSON report into one closing line (.ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-report.json" },
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
