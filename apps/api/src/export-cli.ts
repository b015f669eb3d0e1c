/**
 * npm run export -- <operation>.<csv|xlsx> [key=value …] [--out FILE]
 *   npm run export -- ranking.xlsx index=PAPI year=2023
 *   npm run export -- series.csv subject=40 index=PCI
 *   npm run export -- activity-stats.xlsx groupBy=UNIT,FORM period=MONTH
 *   npm run export -- activities.csv 'filter={"search":"hoi nghi"}'
 * The same builders as the API's /export/… URLs, against DATABASE_URL or the PGlite directory.
 */
import { resolve } from "node:path";
import { needsSeed, openCliDb, seed } from "@cchc/db";
import { writeTable } from "@cchc/import";
import { GraphQLError } from "graphql";
import { EXPORTS } from "./export-route";
import { SubjectDirectory } from "./modules/indices/subject-names";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args.splice(outIndex, 2)[1] : undefined;
const [target, ...pairs] = args;
const m = /^([a-z-]+)\.(csv|xlsx)$/.exec(target ?? "");
if (!m || !EXPORTS[m[1]!] || pairs.some((p) => !p.includes("="))) {
  console.error(`usage: npm run export -- <${Object.keys(EXPORTS).join("|")}>.<csv|xlsx> [key=value …] [--out FILE]`);
  process.exit(2);
}
const params = new URLSearchParams(
  pairs.map((p): [string, string] => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
);

const handle = await openCliDb(
  `While the server runs, download from it instead: http://localhost:4000/export/${target}?${params}`,
);
try {
  if (await needsSeed(handle.db)) await seed(handle.db, { demo: process.env.SEED_DEMO !== "false" });
  const table = await EXPORTS[m[1]!]!(handle.db, params, new SubjectDirectory(handle.db));
  const path = resolve(process.env.INIT_CWD || process.cwd(), out ?? `${table.name}.${m[2]}`);
  await writeTable(path, m[2] as "csv" | "xlsx", table.cols, table.rows, table.sheet);
  console.log(`${table.rows.length} row(s) written to ${path}`);
} catch (error) {
  if (!(error instanceof GraphQLError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await handle.close();
}
