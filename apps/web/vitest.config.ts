import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**"],
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".vitest-report.json" },
  },
});
