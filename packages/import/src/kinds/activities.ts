import { createHash } from "node:crypto";
import type { Catalogues } from "../catalogues";
import { openTable } from "../read-table";
import type { Rejection } from "../report";
import { bindColumns, cell } from "../rows";
import {
  ACTIVITY_COLUMNS,
  ACTIVITY_FIELD_KEYS,
  ACTIVITY_FIELDS,
  type ActivityFieldKey,
  type ActivityRecord,
  activityDatesProblem,
  parseActivityCell,
} from "./activity-columns";

export { ACTIVITY_COLUMNS, type ActivityRecord, splitTopics } from "./activity-columns";

/** A row without "Mã" gets a key from what identifies it, so importing the same file twice changes nothing. */
const derivedRef = (r: Pick<ActivityRecord, "startsOn" | "organisationCode" | "formCode" | "title">) =>
  `row:${createHash("sha1").update([r.startsOn, r.organisationCode, r.formCode, r.title].join("|")).digest("hex").slice(0, 16)}`;

/**
 * Validated records in chunks of `chunkSize`, so an import holds one chunk in
 * memory, not the file. Rejections accumulate in `rejected` as rows are read;
 * the row keys seen so far are kept (small) to refuse duplicates across chunks.
 * Each cell goes through its column's parser and rule (activity-columns.ts),
 * the same rule the API applies to its input.
 */
export async function* readActivityChunks(
  path: string,
  catalogues: Catalogues,
  rejected: Rejection[],
  chunkSize = 5000,
): AsyncGenerator<ActivityRecord[]> {
  const table = await openTable(path);
  const cols = bindColumns(table, ACTIVITY_COLUMNS, rejected);
  if (rejected.length) return;
  let records: ActivityRecord[] = [];
  const firstRowOf = new Map<string, number>();
  const parsers = Object.fromEntries(
    ACTIVITY_FIELD_KEYS.map((key) => [key, (raw: unknown) => parseActivityCell(key, raw, catalogues)]),
  ) as Record<ActivityFieldKey, (raw: unknown) => unknown>;
  for await (const row of table.rows) {
    if (records.length >= chunkSize) {
      yield records;
      records = [];
    }
    const before = rejected.length;
    const values = {} as Record<ActivityFieldKey, unknown>;
    for (const key of ACTIVITY_FIELD_KEYS) values[key] = cell(row, cols[key], parsers[key], rejected) ?? null;
    if (rejected.length > before) continue;
    const startsOn = values.startsOn as string;
    const datesProblem = activityDatesProblem(startsOn, values.endsOn as string | null);
    if (datesProblem) {
      rejected.push({ row: row.rowNumber, column: cols.endsOn!.header, reason: datesProblem });
      continue;
    }
    const record = { row: row.rowNumber } as Record<string, unknown>;
    for (const key of ACTIVITY_FIELD_KEYS) record[ACTIVITY_FIELDS[key].record] = values[key];
    record.endsOn ??= startsOn;
    const rec = record as ActivityRecord;
    rec.externalRef ??= derivedRef(rec);
    const prev = firstRowOf.get(rec.externalRef);
    if (prev !== undefined) {
      rejected.push({
        row: row.rowNumber,
        column: cols.ref?.header ?? null,
        reason: `duplicate of row ${prev} (same ${cols.ref ? "Mã" : "date, unit, form and title"})`,
      });
      continue;
    }
    firstRowOf.set(rec.externalRef, row.rowNumber);
    records.push(rec);
  }
  if (records.length) yield records;
}
