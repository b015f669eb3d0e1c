import { createHash } from "node:crypto";
import type { Catalogues } from "../catalogues";
import { openTable } from "../read-table";
import type { Rejection } from "../report";
import { bindColumns, cell } from "../rows";
import { CellError, date, integer, text } from "../values";

/** The activity log template (Vietnamese headers, the order of the blank template). */
export const ACTIVITY_COLUMNS = {
  ref: { names: ["Mã", "ref", "Mã hoạt động"] },
  startsOn: { names: ["Ngày bắt đầu", "starts on", "Ngày"], required: true },
  endsOn: { names: ["Ngày kết thúc", "ends on"] },
  unit: { names: ["Đơn vị", "unit"], required: true },
  form: { names: ["Hình thức", "form"], required: true },
  channel: { names: ["Kênh", "channel"] },
  topics: { names: ["Nội dung", "topics", "Chủ đề"] },
  title: { names: ["Tiêu đề", "title", "Tên hoạt động"], required: true },
  audience: { names: ["Đối tượng", "audience"] },
  participants: { names: ["Số người tham dự", "participants"] },
  reach: { names: ["Số lượt tiếp cận", "reach"] },
  url: { names: ["Đường dẫn", "url", "link"] },
  notes: { names: ["Ghi chú", "notes"] },
  plan: { names: ["Kế hoạch", "plan"] },
};

export interface ActivityRecord {
  row: number;
  externalRef: string;
  planId: number | null;
  organisationCode: string;
  formCode: string;
  channel: string | null;
  title: string;
  startsOn: string;
  endsOn: string;
  audience: string | null;
  participants: number | null;
  reach: number | null;
  url: string | null;
  notes: string | null;
  topics: string[];
}

/** "N03; N04.02" or "N03, N04.02" or full topic names separated by ";" or new lines. */
export function splitTopics(raw: string): string[] {
  const parts = raw
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  return parts.flatMap((p) =>
    /^N\d{2}(\.\d{2})?(\s*,\s*N\d{2}(\.\d{2})?)+$/.test(p) ? p.split(",").map((s) => s.trim()) : [p],
  );
}

/** A row without "Mã" gets a key from what identifies it, so importing the same file twice changes nothing. */
const derivedRef = (r: Pick<ActivityRecord, "startsOn" | "organisationCode" | "formCode" | "title">) =>
  `row:${createHash("sha1").update([r.startsOn, r.organisationCode, r.formCode, r.title].join("|")).digest("hex").slice(0, 16)}`;

const nonNegative = (v: unknown) => {
  const n = integer(v);
  if (n !== null && n < 0) throw new CellError(`${n} is negative`);
  return n;
};

/**
 * Validated records in chunks of `chunkSize`, so an import holds one chunk in
 * memory, not the file. Rejections accumulate in `rejected` as rows are read;
 * the row keys seen so far are kept (small) to refuse duplicates across chunks.
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
  for await (const row of table.rows) {
    if (records.length >= chunkSize) {
      yield records;
      records = [];
    }
    const before = rejected.length;
    const required = (v: unknown) => {
      const s = text(v);
      if (!s) throw new CellError("is empty");
      return s;
    };
    const startsOn = cell(
      row,
      cols.startsOn,
      (v) =>
        date(v) ??
        (() => {
          throw new CellError("start date is empty");
        })(),
      rejected,
    );
    const endsOn = cell(row, cols.endsOn, date, rejected);
    const unit = cell(row, cols.unit, (v) => catalogues.units.match(required(v)).code, rejected);
    const form = cell(row, cols.form, (v) => catalogues.forms.match(required(v)).code, rejected);
    const title = cell(row, cols.title, required, rejected);
    const topics = cell(
      row,
      cols.topics,
      (v) => [...new Set(splitTopics(text(v) ?? "").map((s) => catalogues.topics.match(s).code))],
      rejected,
    );
    const plan = cell(row, cols.plan, (v) => (text(v) ? catalogues.plans.match(text(v)!).id : null), rejected);
    const participants = cell(row, cols.participants, nonNegative, rejected);
    const reach = cell(row, cols.reach, nonNegative, rejected);
    const url = cell(
      row,
      cols.url,
      (v) => {
        const s = text(v);
        if (s && !/^https?:\/\/\S+$/.test(s)) throw new CellError(`"${s}" is not a web address (http:// or https://)`);
        return s;
      },
      rejected,
    );
    if (rejected.length > before || !startsOn || !unit || !form || !title) continue;
    if (endsOn && endsOn < startsOn) {
      rejected.push({
        row: row.rowNumber,
        column: cols.endsOn!.header,
        reason: `ends ${endsOn} before it starts ${startsOn}`,
      });
      continue;
    }
    const base = { startsOn, organisationCode: unit, formCode: form, title };
    const externalRef = cell(row, cols.ref, text, rejected) ?? derivedRef(base);
    const prev = firstRowOf.get(externalRef);
    if (prev !== undefined) {
      rejected.push({
        row: row.rowNumber,
        column: cols.ref?.header ?? null,
        reason: `duplicate of row ${prev} (same ${cols.ref ? "Mã" : "date, unit, form and title"})`,
      });
      continue;
    }
    firstRowOf.set(externalRef, row.rowNumber);
    records.push({
      row: row.rowNumber,
      externalRef,
      planId: plan ?? null,
      ...base,
      endsOn: endsOn ?? startsOn,
      channel: cell(row, cols.channel, text, rejected) ?? null,
      audience: cell(row, cols.audience, text, rejected) ?? null,
      participants: participants ?? null,
      reach: reach ?? null,
      url: url ?? null,
      notes: cell(row, cols.notes, text, rejected) ?? null,
      topics: topics ?? [],
    });
  }
  if (records.length) yield records;
}
