import type { Catalogues } from "../catalogues";
import { CellError, date, integer, text } from "../values";

// Loaded by the reader thread too: no runtime import of @cchc/db here.

/**
 * What a cell holds: free text, a date, a whole number ≥ 0, a web address, a
 * catalogue code (unit, form), a list of topic codes, or a plan id.
 */
export type ActivityValueType = "text" | "date" | "count" | "url" | "code" | "codes" | "plan";

/** One column of the activity row, everywhere it appears (file, record, database, API input). */
export interface ActivityColumn {
  /** The template's Vietnamese header (export and blank template write it). */
  header: string;
  /** Other headers the import accepts (folded). */
  aliases: readonly string[];
  /** The property of ActivityRecord. */
  record: string;
  /** The activities column, or null (topics live in activity_topics). */
  sql: string | null;
  /** The SQL type the jsonb insert casts to. */
  sqlType?: "int" | "date";
  type: ActivityValueType;
  /** Required in the file and in the API input. */
  required?: true;
  /** The record always holds a value even when the cell is blank (a derived key, the start date). */
  filled?: true;
  /** Longest text accepted, in characters: the same CHECK is in the database (migration 0015). */
  max?: number;
  /** Export column width (XLSX). */
  width?: number;
}

/**
 * The activity row, defined once. The order is the blank template's; the keys
 * are the API's ActivityInput field names (the import's "ref" aside).
 */
export const ACTIVITY_FIELDS = {
  ref: {
    header: "Mã",
    aliases: ["ref", "Mã hoạt động"],
    record: "externalRef",
    sql: "external_ref",
    type: "text",
    filled: true,
    width: 22,
  },
  startsOn: {
    header: "Ngày bắt đầu",
    aliases: ["starts on", "Ngày"],
    record: "startsOn",
    sql: "starts_on",
    sqlType: "date",
    type: "date",
    required: true,
    width: 12,
  },
  endsOn: {
    header: "Ngày kết thúc",
    aliases: ["ends on"],
    record: "endsOn",
    sql: "ends_on",
    sqlType: "date",
    type: "date",
    filled: true,
    width: 12,
  },
  unit: {
    header: "Đơn vị",
    aliases: ["unit"],
    record: "organisationCode",
    sql: "organisation_code",
    type: "code",
    required: true,
    width: 18,
  },
  form: {
    header: "Hình thức",
    aliases: ["form"],
    record: "formCode",
    sql: "form_code",
    type: "code",
    required: true,
    width: 8,
  },
  channel: {
    header: "Kênh",
    aliases: ["channel"],
    record: "channel",
    sql: "channel",
    type: "text",
    max: 200,
    width: 24,
  },
  topics: {
    header: "Nội dung",
    aliases: ["topics", "Chủ đề"],
    record: "topics",
    sql: null,
    type: "codes",
    required: true,
    width: 18,
  },
  title: {
    header: "Tiêu đề",
    aliases: ["title", "Tên hoạt động"],
    record: "title",
    sql: "title",
    type: "text",
    required: true,
    max: 500,
    width: 60,
  },
  audience: {
    // Not "Đối tượng" alone: in the index templates that header is the scored subject (a province).
    // Older files with it still import: an alias.
    header: "Đối tượng tuyên truyền",
    aliases: ["Đối tượng", "audience"],
    record: "audience",
    sql: "audience",
    type: "text",
    max: 500,
    width: 30,
  },
  participants: {
    header: "Số người tham dự",
    aliases: ["participants"],
    record: "participants",
    sql: "participants",
    sqlType: "int",
    type: "count",
  },
  reach: {
    header: "Số lượt tiếp cận",
    aliases: ["reach"],
    record: "reach",
    sql: "reach",
    sqlType: "int",
    type: "count",
  },
  url: { header: "Đường dẫn", aliases: ["url", "link"], record: "url", sql: "url", type: "url", max: 2000, width: 30 },
  notes: { header: "Ghi chú", aliases: ["notes"], record: "notes", sql: "notes", type: "text", max: 4000, width: 30 },
  plan: {
    header: "Kế hoạch",
    aliases: ["plan"],
    record: "planId",
    sql: "plan_id",
    sqlType: "int",
    type: "plan",
    width: 14,
  },
} as const satisfies Record<string, ActivityColumn>;

export type ActivityFieldKey = keyof typeof ACTIVITY_FIELDS;
type Fields = typeof ACTIVITY_FIELDS;
export const ACTIVITY_FIELD_KEYS = Object.keys(ACTIVITY_FIELDS) as ActivityFieldKey[];

interface ValueOf {
  text: string;
  date: string;
  count: number;
  url: string;
  code: string;
  codes: string[];
  plan: number;
}
type Stored<C extends ActivityColumn> = C extends { required: true } | { filled: true }
  ? ValueOf[C["type"]]
  : C["type"] extends "codes"
    ? string[]
    : ValueOf[C["type"]] | null;

/** A validated row of an activity file (the row number, and each column's value under its record name). */
export type ActivityRecord = { row: number } & {
  -readonly [K in ActivityFieldKey as Fields[K]["record"]]: Stored<Fields[K]>;
};

/** The record's stored columns (not the row number, not the topics): what an update compares and writes. */
export const ACTIVITY_STORED = ACTIVITY_FIELD_KEYS.map((k) => ACTIVITY_FIELDS[k] as ActivityColumn).filter(
  (c): c is ActivityColumn & { sql: string } => c.sql !== null,
);

/** The import's header spec: the template header first, then its aliases. */
export const ACTIVITY_COLUMNS = Object.fromEntries(
  ACTIVITY_FIELD_KEYS.map((k) => {
    const c: ActivityColumn = ACTIVITY_FIELDS[k];
    return [k, { names: [c.header, ...c.aliases], ...(c.required ? { required: true } : {}) }];
  }),
) as Record<ActivityFieldKey, { names: string[]; required?: boolean }>;

/** Characters as PostgreSQL's char_length counts them (code points, not UTF-16 units). */
const length = (s: string) => [...s].length;

/**
 * The rule every activity value obeys, wherever it comes from (a file's cell,
 * the API's input, the database's CHECKs): the reason it is refused, in
 * Vietnamese, or null. `value` is already parsed (text normalised, numbers read).
 */
export function activityProblem(key: ActivityFieldKey, value: unknown): string | null {
  const c: ActivityColumn = ACTIVITY_FIELDS[key];
  const blank = value == null || value === "" || (Array.isArray(value) && value.length === 0);
  if (blank)
    return c.required
      ? c.type === "codes"
        ? "cần ít nhất một chủ đề (mã như N03 hoặc tên)"
        : "bắt buộc, đang trống"
      : null;
  // UTF-16 length ≥ characters: count characters only when it is over.
  if (typeof value === "string" && c.max !== undefined && value.length > c.max && length(value) > c.max)
    return `dài ${length(value)} ký tự, tối đa ${c.max}`;
  if (c.type === "count" && typeof value === "number" && value < 0) return `${value} là số âm, phải từ 0 trở lên`;
  if (c.type === "url" && typeof value === "string" && !/^https?:\/\/\S+$/.test(value))
    return `"${value}" không phải địa chỉ web (http:// hoặc https://)`;
  return null;
}

/** The rule across two columns: an activity ends on or after the day it starts. */
export const activityDatesProblem = (startsOn: string, endsOn: string | null | undefined) =>
  endsOn && endsOn < startsOn ? `kết thúc ${endsOn} trước ngày bắt đầu ${startsOn}` : null;

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

/**
 * A file's cell as the column's value (catalogue names matched to codes),
 * then the shared rule: throws a CellError with the reason.
 */
export function parseActivityCell(key: ActivityFieldKey, raw: unknown, catalogues: Catalogues): unknown {
  const c: ActivityColumn = ACTIVITY_FIELDS[key];
  const s = text(raw);
  let value: unknown;
  if (c.type === "date") value = date(raw);
  else if (c.type === "count") value = integer(raw);
  else if (c.type === "codes") value = [...new Set(splitTopics(s ?? "").map((t) => catalogues.topics.match(t).code))];
  else if (s === null) value = null;
  else if (key === "unit") value = catalogues.units.match(s).code;
  else if (key === "form") value = catalogues.forms.match(s).code;
  else if (c.type === "plan") value = catalogues.plans.match(s).id;
  else value = s;
  const problem = activityProblem(key, value);
  if (problem) throw new CellError(problem);
  return value;
}
