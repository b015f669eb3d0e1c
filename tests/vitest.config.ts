import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // CI sums every workspace's JSON report into one closing line (.ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-report.json" },
    include: ["**/*.test.ts"], exclude: ["node_modules/**"], testTimeout: 120_000, hookTimeout: 180_000, fileParallelism: false },
});
