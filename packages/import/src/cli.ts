/**
 * npm run import -- <file-or-dir> [--kind papi|pci|long|activities] [--dry-run] [--source URL] [--by NAME]
 * npm run import -- --undo <batch id>
 * npm run import -- --export activities <out.csv|out.xlsx>
 * npm run import -- --template activities <out.csv|out.xlsx>
 * Exit codes: 0 done, 1 rows rejected (nothing written), 2 usage, 3 database in use.
 */
import { userInfo } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { type Actor, needsSeed, openCliDb, seed } from "@cchc/db";
import { exportActivities, writeActivityTemplate } from "./export";
import { formatRejection, type ImportKind, ImportRejected, type ImportReport } from "./report";
import { runImport } from "./run";
import { UndoError, undoImport } from "./undo";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    kind: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    source: { type: "string" },
    by: { type: "string", default: process.env.USER || osUser() || "cli" },
    undo: { type: "string" },
    export: { type: "string" },
    template: { type: "string" },
  },
});
function osUser() {
  try {
    return userInfo().username;
  } catch {
    return "";
  }
}
const here = (p: string) => resolve(process.env.INIT_CWD || process.cwd(), p);
const usage = () => {
  console.error(
    "usage: npm run import -- <file-or-dir> [--kind papi|pci|long|activities] [--dry-run] [--source URL]\n       npm run import -- --undo <batch>\n       npm run import -- --export activities <out.csv|xlsx>\n       npm run import -- --template activities <out.csv|xlsx>",
  );
  process.exit(2);
};
const formatOf = (p: string) => (p.toLowerCase().endsWith(".xlsx") ? "xlsx" : "csv") as "csv" | "xlsx";

function print(r: ImportReport) {
  console.log(
    `${r.kind}: ${r.files.length} file(s), ${r.rows} row(s) — insert ${r.insert}, update ${r.update}, unchanged ${r.unchanged}, rejected ${r.rejected.length}`,
  );
  for (const c of r.changes.slice(0, 50))
    console.log(
      `  change ${c.file ? `${c.file} ` : ""}row ${c.row}: ${c.target} ${c.field} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`,
    );
  const more = r.changes.length - Math.min(50, r.changes.length) + (r.changesOmitted ?? 0);
  if (more > 0) console.log(`  … ${more} more changes`);
  for (const k of r.kept) console.log(`  kept ${k.file ? `${k.file} ` : ""}row ${k.row}: ${k.target} — ${k.reason}`);
  for (const u of r.units ?? []) console.log(`  unit ${u.file ? `${u.file} ` : ""}row ${u.row}: ${u.note}`);
  for (const x of r.rejected.slice(0, 200)) console.log(`  rejected ${formatRejection(x)}`);
  if (r.rejected.length > 200) console.log(`  … ${r.rejected.length - 200} more rejections`);
  console.log(
    r.committed
      ? `committed as batch ${r.batchId} (undo: npm run import -- --undo ${r.batchId})`
      : r.rejected.length
        ? "nothing written"
        : r.insert + r.update
          ? "dry run: nothing written"
          : "nothing to change",
  );
}

/** The CLI's writes are recorded as the OS user (or --by); the request id says they came from the CLI. */
const actor: Actor = { name: values.by!, requestId: `cli-${process.pid}-${Date.now()}` };

if (!values.undo && !values.export && !values.template && positionals.length !== 1) usage();
if (values.kind && !["papi", "pci", "long", "activities"].includes(values.kind)) usage();

const handle = await openCliDb();
let code = 0;
try {
  // Imports match against the reference data (provinces, indices, units): a fresh database gets it first.
  if (await needsSeed(handle.db)) await seed(handle.db, { demo: process.env.SEED_DEMO !== "false" });
  if (values.template) {
    const out = here(positionals[0] ?? usage()!);
    await writeActivityTemplate(out, formatOf(out));
    console.log(`template written to ${out}`);
  } else if (values.export) {
    if (values.export !== "activities") usage();
    const out = here(positionals[0] ?? usage()!);
    console.log(`${await exportActivities(handle.db, out, formatOf(out))} activities written to ${out}`);
  } else if (values.undo) {
    const r = await undoImport(handle.db, Number(values.undo), actor);
    console.log(`batch ${values.undo} undone: ${r.deleted} row(s) deleted, ${r.restored} restored`);
  } else {
    const report = await runImport(handle.db, here(positionals[0]!), {
      by: actor,
      dryRun: values["dry-run"],
      ...(values.kind ? { kind: values.kind as ImportKind } : {}),
      ...(values.source ? { source: values.source } : {}),
    });
    print(report);
    if (report.rejected.length) code = 1;
  }
} catch (error) {
  if (error instanceof ImportRejected) {
    print(error.report);
    code = 1;
  } else if (error instanceof UndoError) {
    console.error(error.message);
    code = 1;
  } else throw error;
} finally {
  await handle.close();
}
process.exit(code);
