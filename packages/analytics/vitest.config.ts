import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-report.json" },
    include: ["test/**/*.test.ts"],
    // Placebo runs fit dozens of synthetic controls (0.3–1 s each idle); a loaded 2-core CI machine needs headroom.
    testTimeout: 60_000,
  },
});
