import { progressStatusLabel, valueStatusLabel } from "@cchc/schema";
import { rm } from "node:fs/promises";
import { createReadStream } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import contentDisposition from "content-disposition";
import { pipeline } from "node:stream/promises";
import { type Db, tables as t } from "@cchc/db";
import { ACTIVITY_EXPORT_COLUMNS, type Col, writeTable } from "@cchc/import";
import { GraphQLError } from "graphql";
import { type Identify, requireRole } from "./auth";
import { checkExportParams } from "./export-params";
import type { ActivityDimension, ActivityFilter, IndexCode, Period } from "./generated/resolvers-types";
import { activitiesForExport, activityStats } from "./modules/activities/activities.service";
import { indexSeries } from "./modules/indices/indices.service";
import { subjectProfile } from "./modules/indices/profile.service";
import { ranking } from "./modules/indices/ranking.service";
import type { SubjectDirectory } from "./modules/indices/subject-names";
import { planProgress } from "./modules/plans/progress.service";
import type { ProfileFigureRow } from "./mappers";

export type Table = { name: string; sheet: string; cols: Col<any>[]; rows: unknown[] };

const num = (digits: number) => `#,##0${digits ? `.${"0".repeat(digits)}` : ""}`;
const parseJson = (raw: string | null, what: string) => {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw new GraphQLError(`${what} must be JSON`, { extensions: { code: "BAD_USER_INPUT" } });
  }
};

/** The operations that can be downloaded, with Vietnamese headers; same services as GraphQL. */
export const EXPORTS: Record<string, (db: Db, q: URLSearchParams, subjects: SubjectDirectory) => Promise<Table>> = {
  activities: async (db, q) => ({
    name: "hoat-dong",
    sheet: "Hoạt động",
    cols: ACTIVITY_EXPORT_COLUMNS,
    rows: await activitiesForExport(db, parseJson(q.get("filter"), "filter") as ActivityFilter | null),
  }),
  "activity-stats": async (db, q) => {
    const groupBy = (q.get("groupBy") ?? "").split(",").filter(Boolean) as ActivityDimension[];
    const [rows, names] = await Promise.all([
      activityStats(db, {
        filter: parseJson(q.get("filter"), "filter") as ActivityFilter | null,
        groupBy,
        period: (q.get("period") as Period) || null,
      }),
      catalogueNames(db),
    ]);
    return {
      name: "thong-ke-hoat-dong",
      sheet: "Thống kê",
      cols: [
        { header: "Kỳ", value: (r: (typeof rows)[number]) => r.period },
        // Each code with its name beside it (a plan: its number).
        ...groupBy.flatMap((d, i) => {
          const code = {
            header: { UNIT: "Đơn vị", FORM: "Hình thức", CHANNEL: "Kênh", TOPIC: "Nội dung", PLAN: "Kế hoạch" }[d],
            value: (r: (typeof rows)[number]) => r.keys[i] ?? null,
          };
          const named = { UNIT: names.unit, FORM: names.form, TOPIC: names.topic, PLAN: names.plan, CHANNEL: null }[d];
          if (!named) return [code];
          const header = { UNIT: "Tên đơn vị", FORM: "Tên hình thức", TOPIC: "Tên nội dung", PLAN: "Số kế hoạch" }[
            d as "UNIT" | "FORM" | "TOPIC" | "PLAN"
          ];
          return [code, { header, value: (r: (typeof rows)[number]) => named.get(r.keys[i] ?? "") ?? null, width: 28 }];
        }),
        { header: "Số hoạt động", value: (r: (typeof rows)[number]) => r.count, numFmt: num(0) },
        { header: "Số lượt tiếp cận", value: (r: (typeof rows)[number]) => r.reachSum, numFmt: num(0) },
        { header: "Số người tham dự", value: (r: (typeof rows)[number]) => r.participantsSum, numFmt: num(0) },
      ],
      rows,
    };
  },
  ranking: async (db, q, subjects) => {
    const r = await ranking(
      db,
      { index: (q.get("index") ?? "") as IndexCode, year: Number(q.get("year")), component: q.get("component") },
      subjects,
    );
    type R = (typeof r.rows)[number];
    return {
      name: `xep-hang-${r.index}-${r.year}`,
      sheet: "Xếp hạng",
      cols: [
        { header: "Hạng", value: (x: R) => x.rank },
        { header: "Mã", value: (x: R) => x.subjectCode },
        { header: "Đối tượng", value: (x: R) => x.subject?.nameVi ?? x.subjectCode, width: 24 },
        { header: "Điểm", value: (x: R) => x.value, numFmt: num(4) },
        { header: "Trên tổng số", value: (x: R) => x.outOf },
        { header: "Xếp hạng công bố", value: (x: R) => x.publishedRank },
        { header: "Nhóm", value: (x: R) => x.tier },
        { header: "Trạng thái", value: (x: R) => valueStatusLabel(x.status) },
      ],
      rows: r.rows,
    };
  },
  profile: async (db, q, subjects) => {
    const p = await subjectProfile(
      db,
      { subject: q.get("subject") ?? "", year: Number(q.get("year")), peerGroup: q.get("peerGroup") },
      { subjects },
    );
    if (!p) throw new GraphQLError(`unknown subject "${q.get("subject")}"`, { extensions: { code: "BAD_USER_INPUT" } });
    type R = ProfileFigureRow & { indexCode: string };
    const rows: R[] = p.indices.flatMap((i) =>
      [i.total, ...i.components].map((f) => ({ ...f, indexCode: i.indexCode })),
    );
    const n = (digits: number) => ({ numFmt: num(digits) });
    return {
      name: `ho-so-${p.subjectCode}-${p.year}`,
      sheet: "Hồ sơ chỉ số",
      cols: [
        { header: "Chỉ số", value: (r: R) => r.indexCode },
        { header: "Thành phần", value: (r: R) => r.componentId ?? "Tổng" },
        { header: "Điểm", value: (r: R) => r.value, ...n(4) },
        { header: "Hạng", value: (r: R) => r.rank },
        { header: "Trên tổng số", value: (r: R) => r.outOf },
        { header: "Xếp hạng công bố", value: (r: R) => r.publishedRank },
        { header: "Thay đổi điểm", value: (r: R) => r.valueChange, ...n(4) },
        { header: "Thay đổi hạng", value: (r: R) => r.rankChange },
        { header: "Thay đổi hạng công bố", value: (r: R) => r.publishedRankChange },
        { header: "TB cả nước", value: (r: R) => r.nationalMean, ...n(4) },
        { header: "Trung vị", value: (r: R) => r.nationalMedian, ...n(4) },
        { header: "Cao nhất", value: (r: R) => r.nationalBest, ...n(4) },
        { header: "TB vùng", value: (r: R) => r.regionMean, ...n(4) },
        { header: "TB nhóm so sánh", value: (r: R) => r.peerMean, ...n(4) },
        { header: "Điểm chuẩn hóa (z)", value: (r: R) => r.zScore, ...n(2) },
        { header: "Phân vị", value: (r: R) => r.percentile, ...n(1) },
        { header: "Trạng thái", value: (r: R) => valueStatusLabel(r.status) },
        { header: "Ghi chú", value: (r: R) => r.changeUnavailableReason, width: 40 },
      ],
      rows,
    };
  },
  series: async (db, q) => {
    const toInt = (k: string) => (q.get(k) ? Number(q.get(k)) : null);
    const rows = await indexSeries(db, {
      subject: q.get("subject") ?? "",
      index: (q.get("index") ?? "") as IndexCode,
      component: q.get("component"),
      from: toInt("from"),
      to: toInt("to"),
    });
    type R = (typeof rows)[number];
    return {
      name: `chuoi-${q.get("index")}-${q.get("subject")}`,
      sheet: "Chuỗi chỉ số",
      cols: [
        { header: "Năm", value: (r: R) => r.year },
        { header: "Điểm", value: (r: R) => r.value, numFmt: num(4) },
        { header: "Xếp hạng công bố", value: (r: R) => r.publishedRank },
        { header: "Trên tổng số", value: (r: R) => r.publishedOutOf },
        { header: "Trạng thái", value: (r: R) => valueStatusLabel(r.status) },
        { header: "Phương pháp", value: (r: R) => r.versionCode },
        { header: "Nguồn", value: (r: R) => r.sourceUrl },
      ],
      rows,
    };
  },
};

/** Names of units (full), forms and topics (short), plans (their numbers), by code or id, for the columns beside the codes. */
async function catalogueNames(db: Db) {
  const [units, forms, topics, plans] = await Promise.all([
    db.select({ code: t.organisations.code, name: t.organisations.nameVi }).from(t.organisations),
    db.select({ code: t.forms.code, name: t.forms.shortNameVi }).from(t.forms),
    db.select({ code: t.topics.code, name: t.topics.shortTitleVi }).from(t.topics),
    db.select({ id: t.plans.id, number: t.plans.number }).from(t.plans),
  ]);
  return {
    unit: new Map(units.map((u) => [u.code, u.name])),
    form: new Map(forms.map((f) => [f.code, f.name])),
    topic: new Map(topics.map((x) => [x.code, x.name])),
    plan: new Map(plans.map((p) => [String(p.id), p.number])),
  };
}

/** Plan monitoring per unit and form, then per form and per unit ("Tổng"), as on the monitoring page: codes with names. */
EXPORTS["plan-progress"] = async (db, q) => {
  const p = await planProgress(db, { plan: q.get("plan") ?? "", asOf: q.get("asOf") });
  const [units, forms] = await Promise.all([db.select().from(t.organisations), db.select().from(t.forms)]);
  const unitName = new Map(units.map((u) => [u.code, u.shortNameVi ?? u.nameVi]));
  const formName = new Map(forms.map((f) => [f.code, f.shortNameVi]));
  type R = (typeof p.rows)[number];
  return {
    name: `theo-doi-ke-hoach-${p.plan.year}-${p.asOf}`,
    sheet: "Theo dõi kế hoạch",
    cols: [
      { header: "Mã đơn vị", value: (r: R) => r.unit, width: 18 },
      { header: "Đơn vị", value: (r: R) => (r.unit ? (unitName.get(r.unit) ?? r.unit) : "Toàn Sở"), width: 24 },
      { header: "Mã hình thức", value: (r: R) => r.form, width: 8 },
      { header: "Hình thức", value: (r: R) => (r.form ? (formName.get(r.form) ?? r.form) : "Tổng"), width: 24 },
      { header: "Đã thực hiện", value: (r: R) => r.delivered, numFmt: num(0) },
      { header: "Chỉ tiêu cả kỳ", value: (r: R) => r.target, numFmt: num(0) },
      {
        header: `Chỉ tiêu đến ${p.asOf.split("-").reverse().join("/")}`,
        value: (r: R) => r.targetToDate,
        numFmt: num(1),
      },
      { header: "Tỷ lệ (%)", value: (r: R) => (r.ratio === null ? null : r.ratio * 100), numFmt: num(1) },
      { header: "Trạng thái", value: (r: R) => progressStatusLabel(r.status), width: 22 },
      { header: "Quy tắc", value: (_: R) => p.rule, width: 40 },
    ],
    rows: [...p.rows, ...p.byForm, ...p.byUnit],
  };
};

/**
 * The download's file name: letters (Vietnamese included), digits, "." and "-"
 * only — the name carries request parameters (a subject code, a year), and
 * nothing a caller sent may shape the header beyond that. The header itself
 * is built by content-disposition (quoted filename, UTF-8 filename* when needed).
 */
export function attachment(name: string, format: string): string {
  const safe = name
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}.-]+/gu, "-")
    .replace(/^[.-]+|-+$/g, "")
    .slice(0, 100);
  return contentDisposition(`${safe || "tai-xuong"}.${format}`, { type: "attachment" });
}

/**
 * GET /export/<operation>.<csv|xlsx>?… — the download URL of an operation:
 * activities (filter=<ActivityFilter JSON>), activity-stats (filter, groupBy=UNIT,FORM, period),
 * ranking (index, year, component), profile (subject, year, peerGroup), series (subject, index, component, from, to). Reads follow the same token policy as queries.
 */
export function exportHandler(db: Db, subjects: SubjectDirectory, identify: Identify, anonymousRead: boolean) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const m = /^\/export\/([a-z-]+)\.(csv|xlsx)$/.exec(url.pathname);
    const build = m ? EXPORTS[m[1]!] : undefined;
    const send = (status: number, error: string) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ error }));
    };
    if (!m || !build)
      return send(
        404,
        `unknown export; available: ${Object.keys(EXPORTS)
          .map((k) => `/export/${k}.csv|.xlsx`)
          .join(", ")}`,
      );
    const format = m[2] as "csv" | "xlsx";
    let table: Table;
    try {
      const viewer = await identify(req);
      if (!anonymousRead) requireRole(viewer, "viewer");
      checkExportParams(url.searchParams);
      table = await build(db, url.searchParams, subjects);
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const code = error.extensions.code;
      return send(code === "UNAUTHENTICATED" ? 401 : code === "FORBIDDEN" ? 403 : 400, error.message);
    }
    const path = join(tmpdir(), `cchc-export-${randomUUID()}.${format}`);
    try {
      await writeTable(path, format, table.cols, table.rows, table.sheet);
      res.writeHead(200, {
        "content-type":
          format === "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": attachment(table.name, format),
      });
      await pipeline(createReadStream(path), res);
    } finally {
      await rm(path, { force: true });
    }
  };
}
