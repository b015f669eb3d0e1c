/**
 * `npm run db:migrate` / `npm run db:seed`: works against DATABASE_URL or the
 * embedded PGlite directory. Refuses (exit 3) when `npm start` holds the directory.
 */
import { openCliDb } from "./cli-db";
import { seed } from "./seed/index";

const command = process.argv[2];
if (command !== "migrate" && command !== "seed") {
  console.error("usage: tsx src/cli.ts migrate|seed [--no-demo]");
  process.exit(2);
}

const handle = await openCliDb();
try {
  console.log(`migrated ${handle.driver} database at ${handle.location}`);
  if (command === "seed") {
    const report = await seed(handle.db, { demo: !process.argv.includes("--no-demo") });
    const rows = Object.entries(report.inserted).filter(([, n]) => n > 0);
    console.log(
      rows.length
        ? `seeded: ${rows.map(([k, n]) => `${k} ${n}`).join(", ")}`
        : "seed: nothing to insert (already seeded)",
    );
  }
} finally {
  await handle.close();
}
