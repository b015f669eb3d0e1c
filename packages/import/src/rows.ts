import type { Row, Table } from "./read-table";
import type { Rejection } from "./report";
import { CellError, fold } from "./values";

/** A template column: the header names it accepts (any language, folded) and whether it is required. */
export interface Column {
  names: string[];
  required?: boolean;
}

/**
 * Resolve a template's columns against a table's headers. Missing required
 * columns are whole-file rejections; unknown extra columns are ignored.
 */
export function bindColumns<K extends string>(table: Table, spec: Record<K, Column>, rejected: Rejection[]) {
  const present = new Map(table.headers.map((h) => [fold(h), h] as const));
  const bound = {} as Record<K, { key: string; header: string } | null>;
  for (const [name, col] of Object.entries(spec) as [K, Column][]) {
    const hit = col.names.map(fold).find((n) => present.has(n));
    bound[name] = hit ? { key: hit, header: present.get(hit)! } : null;
    if (!hit && col.required)
      rejected.push({
        row: null,
        column: null,
        reason: `missing column "${col.names[0]}" (also accepted: ${col.names.slice(1).join(", ")})`,
      });
  }
  return bound;
}

/**
 * Read one cell through a parser; a CellError becomes a rejection naming the
 * row and column, and `undefined` tells the caller the row is rejected.
 */
export function cell<T>(
  row: Row,
  col: { key: string; header: string } | null,
  parse: (raw: unknown) => T,
  rejected: Rejection[],
  file?: string,
): T | null | undefined {
  if (!col) return null;
  try {
    return parse(row.cells.get(col.key));
  } catch (error) {
    if (!(error instanceof CellError)) throw error;
    rejected.push({
      row: row.rowNumber,
      column: col.header,
      reason: error.message,
      ...(error.code ? { code: error.code } : {}),
      ...(file ? { file } : {}),
    });
    return undefined;
  }
}
