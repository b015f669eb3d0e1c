import type { UnitMatch } from "./matchers";

/** What an import would do (dry run) or did (commit). */
export type ImportKind = "papi" | "pci" | "long" | "activities";

export interface Rejection {
  /** Row number in the file (header = 1), null for a whole-file problem. */
  row: number | null;
  /** Column header as written, when one cell is at fault. */
  column: string | null;
  /** File the row came from, when an import reads several (PAPI panel). */
  file?: string;
  reason: string;
  /** English code of the refusal, when it has one (PROVINCE_MERGED, PROVINCE_NOT_IN_YEAR). */
  code?: string;
}

export interface Change {
  row: number;
  file?: string;
  /** What the row is, in words: "PAPI PAPI.D1 2023 — Nghệ An". */
  target: string;
  field: string;
  from: unknown;
  to: unknown;
}

/**
 * A figure read from a publication that the file's derived value would have
 * replaced, kept instead (see planIndexValues): the Office sees both.
 */
export interface KeptFigure {
  row: number;
  file?: string;
  target: string;
  /** The stored figure, as published. */
  published: number;
  sourceUrl: string | null;
  /** What the file's parts sum to. */
  derived: number;
  reason: string;
}

export interface ImportReport {
  kind: ImportKind;
  files: string[];
  sha256: string;
  rows: number;
  insert: number;
  update: number;
  unchanged: number;
  rejected: Rejection[];
  changes: Change[];
  /** Published figures kept against a differing derived value. */
  kept: KeptFigure[];
  /**
   * Names read as a unit of the row's era where the era mattered: a name or
   * code shared by units before and after 01/07/2025, or a unit formed then.
   */
  units?: UnitMatch[];
  /** Changes beyond those listed (long reports are capped). */
  changesOmitted?: number;
  /** Set when committed. */
  batchId?: number;
  committed: boolean;
}

export class ImportRejected extends Error {
  constructor(readonly report: ImportReport) {
    super(`${report.rejected.length} row(s) rejected; nothing was written`);
  }
}

export function formatRejection(r: Rejection): string {
  const where = [r.file, r.row != null ? `row ${r.row}` : null, r.column ? `column "${r.column}"` : null]
    .filter(Boolean)
    .join(", ");
  return where ? `${where}: ${r.reason}` : r.reason;
}
