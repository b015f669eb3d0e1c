import { basename } from "node:path";
import { unitsDay } from "@cchc/db";
import { type IndexRules, type IndexValueRecord, noDataRecord } from "../index-values";
import type { ProvinceMatcher } from "../matchers";
import { openTable } from "../read-table";
import type { Rejection } from "../report";
import { CellError, fold, number, text, year as parseYear } from "../values";

export const PCI_SOURCE =
  "VCCI PCI ranking workbooks via github.com/mdtrinh/vietnamdata (see ../shared/data/pci-vcci-2005-2016/PROVENANCE.md)";

/** Columns of the tidy PCI file → components; pci_weighted is the PCI itself. */
export const PCI_COLUMNS: Record<string, string | null> = {
  pci_entry: "PCI.ENTRY",
  pci_land: "PCI.LAND",
  pci_transparency: "PCI.TRANSPARENCY",
  pci_time: "PCI.TIME",
  pci_informal: "PCI.INFORMAL",
  pci_implement: "PCI.IMPLEMENT",
  pci_bias: "PCI.BIAS",
  pci_proactive: "PCI.PROACTIVE",
  pci_support: "PCI.SUPPORT",
  pci_labor: "PCI.LABOR",
  pci_legal: "PCI.LEGAL",
  pci_weighted: null,
};

/**
 * pci_2005_2016_tidy_canonical.csv: one row per year × province, the
 * sub-indices of that year and the weighted PCI, stored as in the file.
 * (pci_unweighted is the VCCI's unweighted mean, not a published score: not stored.)
 * Provinces that existed in a year but are absent from it are "no data".
 */
export async function readPciTidy(
  path: string,
  ctx: {
    provinces: ProvinceMatcher;
    rules: IndexRules;
    allProvinces: { code: string; nameVi: string; validFrom: string; validTo: string | null }[];
    source?: string;
  },
  rejected: Rejection[],
) {
  const file = basename(path);
  const table = await openTable(path);
  const missing = ["year", "province_canonical", "pci_weighted"].filter((c) => !table.headers.includes(c));
  if (missing.length) {
    rejected.push({
      row: null,
      column: null,
      file,
      reason: `missing column(s) ${missing.join(", ")}: this is not the tidy PCI file`,
    });
    return { records: [], files: [path] };
  }
  const records: IndexValueRecord[] = [];
  const seen = new Map<number, Set<string>>();
  const source = ctx.source ?? PCI_SOURCE;
  for await (const row of table.rows) {
    let y: number | null;
    let province: ReturnType<ProvinceMatcher["match"]>;
    try {
      y = parseYear(row.cells.get("year"));
      if (y === null) throw new CellError("year is empty");
    } catch (error) {
      rejected.push({ file, row: row.rowNumber, column: "year", reason: (error as Error).message });
      continue;
    }
    try {
      province = ctx.provinces.match(text(row.cells.get(fold("province_canonical"))) ?? "", y, {
        row: row.rowNumber,
        file,
      });
    } catch (error) {
      rejected.push({
        file,
        row: row.rowNumber,
        column: "province_canonical",
        reason: (error as Error).message,
        ...(error instanceof CellError && error.code ? { code: error.code } : {}),
      });
      continue;
    }
    seen.set(y, (seen.get(y) ?? new Set()).add(province.code));
    for (const [column, componentId] of Object.entries(PCI_COLUMNS)) {
      let value: number | null;
      try {
        value = number(row.cells.get(fold(column)));
      } catch (error) {
        rejected.push({ file, row: row.rowNumber, column, reason: (error as Error).message });
        continue;
      }
      if (value === null) continue;
      const rec = ctx.rules.record(
        {
          row: row.rowNumber,
          file,
          subjectCode: province.code,
          subjectName: province.nameVi,
          indexCode: "PCI",
          componentId,
          year: y,
          value,
          publishedRank: null,
          publishedOutOf: null,
          status: "published",
          sourceUrl: source,
        },
        rejected,
        column,
      );
      if (rec) records.push(rec);
    }
  }
  for (const [y, codes] of seen) {
    // The units of the year (valid on 1 July: the 34 from 2025) absent from the table.
    const day = unitsDay(y);
    for (const p of ctx.allProvinces) {
      if (codes.has(p.code) || p.validFrom > day || (p.validTo !== null && p.validTo < day)) continue;
      const rec = ctx.rules.record(noDataRecord(p, { file, indexCode: "PCI", year: y, sourceUrl: source }), rejected);
      if (rec) records.push(rec);
    }
  }
  return { records, files: [path] };
}
