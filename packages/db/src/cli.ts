/**
 * `npm run db:migrate` / `npm run db:seed`: works against DATABASE_URL or the
 * embedded PGlite directory. Refuses (exit 3) when `npm start` holds the directory.
 */
import { createDb } from "./client";
import { dbConfigFromEnv } from "./config";
import { DataDirInUseError } from "./lock";
import { migrate } from "./migrate";
import { seed } from "./seed/index";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx src/cli.ts migrate|seed [--no-demo]");
  process.exit(2);
}

try {
  const handle = await createDb(dbConfigFromEnv());
  try {
    await migrate(handle);
    console.log(`migrated ${handle.driver} database at ${handle.location}`);
    if (command === "seed") {
      const report = await seed(handle.db, { demo: !process.argv.includes("--no-demo") });
      const rows = Object.entries(report.inserted).filter(([, n]) => n > 0);
      console.log(rows.length ? `seeded: ${rows.map(([k, n]) => `${k} ${n}`).join(", ")}` : "seed: nothing to insert (already seeded)");
    }
  } finally {
    await handle.close();
  }
} catch (error) {
  if (error instanceof DataDirInUseError) {
    console.error(error.message);
    process.exit(3);
  }
  throw error;
}
