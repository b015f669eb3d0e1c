import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // One copy of graphql: Node loads its CommonJS build for the API's
  // dependencies (graphql-jit among them); without this alias Vite would hand
  // our own modules the ESM build, and graphql refuses types from two copies.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }] },
  test: {
    // CI sums every workspace's JSON report into one closing line (.ci/run).
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-report.json" },
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
