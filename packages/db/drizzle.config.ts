import { defineConfig } from "drizzle-kit";

// One migrations folder, applied by `migrate()` on both PGlite and postgres.js.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  casing: "snake_case",
});
