import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { Db } from "@cchc/db";
import { runImport } from "@cchc/import";

/**
 * The published tables that ship beside the repository in ../shared/data, in
 * the order they are loaded into a fresh database: the PAPI sub-dimension
 * panel (2011–2024, all provinces) and VCCI's PCI 2005–2016. They go through
 * the importer like any user file — validated, in one transaction each, with
 * an import batch that can be undone — and are read in place, never copied.
 */
export const SHARED_TABLES = ["papi-subdims", "pci-vcci-2005-2016/pci_2005_2016_tidy_canonical.csv"];

export async function importSharedData(
  db: Db,
  dataDir: string,
  log: (m: string) => void = console.log,
): Promise<number> {
  let loaded = 0;
  for (const rel of SHARED_TABLES) {
    const path = resolve(dataDir, rel);
    if (!existsSync(path)) {
      log(`published data not found, skipped: ${path}`);
      continue;
    }
    const report = await runImport(db, path, { by: "npm start (shared data)" });
    const kept = report.kept.length
      ? `; ${report.kept.length} published figures kept against the file's sums (${report.kept.map((k) => k.target).join(", ")})`
      : "";
    log(`imported ${rel}: ${report.insert} new, ${report.update} updated figures${kept}`);
    loaded++;
  }
  return loaded;
}
