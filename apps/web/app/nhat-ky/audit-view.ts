import type { AuditFilter } from "../../lib/graphql/generated/graphql";
import { one, type SearchParams } from "../../lib/params";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters the page and its CSV take from the URL (the same names, so a link carries them). */
export function auditFilterFrom(q: SearchParams) {
  const current = {
    entity: one(q, "entity"),
    entityId: one(q, "entityId"),
    actor: one(q, "actor"),
    operation: one(q, "operation"),
    from: one(q, "from"),
    to: one(q, "to"),
  };
  const filter: AuditFilter = {
    ...(current.entity ? { entity: current.entity } : {}),
    ...(current.entityId ? { entityId: current.entityId.trim() } : {}),
    ...(current.actor ? { actor: current.actor.trim() } : {}),
    ...(current.operation ? { operation: current.operation.trim() } : {}),
    ...(current.from && DAY.test(current.from) ? { from: current.from } : {}),
    ...(current.to && DAY.test(current.to) ? { to: current.to } : {}),
  };
  return { current, filter };
}

/** Kinds of entity the trail names, in Vietnamese. */
export const ENTITIES: Record<string, string> = {
  activity: "Hoạt động",
  topic: "Chủ đề (liên kết chỉ số)",
  plan: "Kế hoạch",
  import_batch: "Lô nhập dữ liệu",
  user: "Tài khoản",
  api_token: "Mã truy cập (token)",
  session: "Phiên đăng nhập",
};

/** Operations the trail names, in Vietnamese (others are shown as they are). */
export const OPERATIONS: Record<string, string> = {
  createActivity: "Thêm hoạt động",
  updateActivity: "Sửa hoạt động",
  deleteActivity: "Xóa hoạt động",
  setTopicComponents: "Gắn chủ đề với chỉ số",
  updatePlan: "Sửa kế hoạch",
  setPlanTargets: "Đặt chỉ tiêu kế hoạch",
  copyPlan: "Tạo kế hoạch năm sau",
  commitImport: "Nhập dữ liệu",
  undoImport: "Hoàn tác lô nhập",
  signIn: "Đăng nhập",
  signInFailed: "Đăng nhập không thành công",
  signOut: "Đăng xuất",
};

const parse = (json: string | null | undefined): unknown => {
  if (json == null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
};

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A value in a line of summary: text as is, lists by their length (or items when short), objects compact. */
function brief(v: unknown): string {
  if (v == null) return "∅";
  if (Array.isArray(v)) {
    if (v.every((x) => typeof x !== "object" || x === null) && v.join(", ").length <= 60) return `[${v.join(", ")}]`;
    return `${v.length} mục`;
  }
  if (typeof v === "object") return clip(JSON.stringify(v));
  return clip(String(v));
}

/** What the summary names an entity by, when the event says it (title, number, file name). */
function label(v: Record<string, unknown>): string | null {
  for (const k of ["title", "titleVi", "number", "fileName", "name", "username"])
    if (typeof v[k] === "string") return clip(v[k] as string);
  return null;
}

/**
 * A short before → after of an event for the table: the fields that differ
 * (at most four), or what was created / deleted. The CSV keeps the full JSON.
 */
export function summarise(beforeJson: string | null | undefined, afterJson: string | null | undefined): string {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x);
  if (before == null && after == null) return "—";
  if (before == null) return isObject(after) ? `tạo: ${label(after) ?? brief(after)}` : `tạo: ${brief(after)}`;
  if (after == null) return isObject(before) ? `xóa: ${label(before) ?? brief(before)}` : `xóa: ${brief(before)}`;
  if (!isObject(before) || !isObject(after)) return `${brief(before)} → ${brief(after)}`;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  if (keys.length === 0) return "không thay đổi";
  const lines = keys.slice(0, 4).map((k) => `${k}: ${brief(before[k])} → ${brief(after[k])}`);
  if (keys.length > 4) lines.push(`… và ${keys.length - 4} thay đổi khác`);
  return lines.join("; ");
}

/** Text a spreadsheet would read as a formula (= + - @ tab CR) gets a leading single quote (CSV injection). */
export const neutralise = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

/**
 * One CSV cell (RFC 4180): neutralised, quoted when it holds a comma, quote or
 * line break, or a ";" (Excel set to a ";" list separator, common in Vietnamese
 * locales, would start a new cell there, perhaps with a formula).
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v == null) return "";
  const s = typeof v === "number" ? String(v) : neutralise(v);
  return /[",;\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
