import { type Db, tables as t } from "@cchc/db";
import type { Rejection } from "./report";

export interface IndexValueRecord {
  row: number;
  file?: string;
  subjectCode: string;
  /** For messages: "Nghệ An". */
  subjectName: string;
  indexCode: string;
  componentId: string | null;
  year: number;
  versionCode: string;
  value: number | null;
  publishedRank: number | null;
  publishedOutOf: number | null;
  status: "published" | "not_published" | "no_data";
  sourceUrl: string | null;
  /** Computed from published parts (a PAPI dimension or total), not read: see planIndexValues. */
  valueDerived?: boolean;
}

export const valueKey = (r: Pick<IndexValueRecord, "subjectCode" | "indexCode" | "componentId" | "year">) =>
  `${r.subjectCode}|${r.indexCode}|${r.componentId ?? ""}|${r.year}`;

/**
 * The total of a unit that a published table leaves out for its year: no data,
 * never zero (PAPI and PCI readers add one per missing unit).
 */
export function noDataRecord(
  unit: { code: string; nameVi: string },
  of: { file: string; indexCode: string; year: number; sourceUrl: string },
): Omit<IndexValueRecord, "versionCode"> {
  return {
    row: 0,
    file: of.file,
    subjectCode: unit.code,
    subjectName: unit.nameVi,
    indexCode: of.indexCode,
    componentId: null,
    year: of.year,
    value: null,
    publishedRank: null,
    publishedOutOf: null,
    status: "no_data",
    sourceUrl: of.sourceUrl,
  };
}

/**
 * The index definitions an import checks rows against, loaded once: versions
 * by year, component scales by version. Checking here (not only in the
 * database trigger) lets the dry run name every bad row, not just the first.
 */
export class IndexRules {
  private constructor(
    private versions: (typeof t.methodologyVersions.$inferSelect)[],
    private scales: Map<string, [number, number]>,
    readonly components: (typeof t.indexComponents.$inferSelect)[],
    readonly indices: (typeof t.indices.$inferSelect)[],
  ) {}

  static async load(db: Db): Promise<IndexRules> {
    const [versions, cvs, components, indices] = await Promise.all([
      db.select().from(t.methodologyVersions),
      db.select().from(t.componentVersions),
      db.select().from(t.indexComponents),
      db.select().from(t.indices),
    ]);
    return new IndexRules(
      versions,
      new Map(cvs.map((c) => [`${c.componentId}|${c.versionCode}`, [c.scaleMin, c.scaleMax]])),
      components,
      indices,
    );
  }

  versionFor(indexCode: string, year: number): string | null {
    return (
      this.versions.find(
        (v) => v.indexCode === indexCode && v.firstYear <= year && (v.lastYear == null || year <= v.lastYear),
      )?.code ?? null
    );
  }

  /** Why a value cannot be stored, or null when it can. */
  problem(indexCode: string, componentId: string | null, year: number, value: number | null): string | null {
    const version = this.versionFor(indexCode, year);
    if (!version) return `${indexCode} has no methodology version covering ${year}`;
    let range: [number, number] | undefined;
    if (componentId === null) {
      const v = this.versions.find((x) => x.code === version)!;
      range = [v.totalMin, v.totalMax];
    } else {
      range = this.scales.get(`${componentId}|${version}`);
      if (!range) return `component ${componentId} is not part of ${indexCode} under methodology ${version} (${year})`;
    }
    if (value !== null && (value < range[0] || value > range[1])) {
      return `${value} is outside the scale ${range[0]}–${range[1]} of ${componentId ?? `${indexCode} total`} (${version})`;
    }
    return null;
  }

  /** Build a record, or push a rejection and return null. */
  record(
    base: Omit<IndexValueRecord, "versionCode">,
    rejected: Rejection[],
    column: string | null = null,
  ): IndexValueRecord | null {
    const problem = this.problem(base.indexCode, base.componentId, base.year, base.value);
    if (problem) {
      rejected.push({ row: base.row, column, reason: problem, ...(base.file ? { file: base.file } : {}) });
      return null;
    }
    return { ...base, versionCode: this.versionFor(base.indexCode, base.year)! };
  }
}

/** Refuse the second of two rows that set the same (subject, index, component, year). */
export function rejectDuplicates(records: IndexValueRecord[], rejected: Rejection[]): IndexValueRecord[] {
  const first = new Map<string, IndexValueRecord>();
  const out: IndexValueRecord[] = [];
  for (const r of records) {
    const k = valueKey(r);
    const prev = first.get(k);
    if (prev) {
      rejected.push({
        row: r.row,
        column: null,
        ...(r.file ? { file: r.file } : {}),
        reason: `duplicate of row ${prev.row}${prev.file && prev.file !== r.file ? ` in ${prev.file}` : ""}: ${r.indexCode} ${r.componentId ?? "total"} ${r.year} for ${r.subjectName} is already given`,
      });
      continue;
    }
    first.set(k, r);
    out.push(r);
  }
  return out;
}
