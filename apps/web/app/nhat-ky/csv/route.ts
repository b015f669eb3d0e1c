import { GraphQLRequestError, gql } from "../../../lib/graphql/client";
import { AuditLogDocument, type AuditLogQuery } from "../../../lib/graphql/generated/graphql";
import type { SearchParams } from "../../../lib/params";
import { formatMoment } from "@cchc/schema/format";
import { auditFilterFrom, csvCell } from "../audit-view";

export const dynamic = "force-dynamic";

/** Events asked for per API call (the API's cap) and at most per file. */
const PAGE = 500;
const MAX_EVENTS = 100_000;

type Event = AuditLogQuery["auditEvents"]["events"][number];

const COLUMNS: [string, (e: Event) => string | number | null | undefined][] = [
  ["Mã sự kiện", (e) => e.id],
  ["Thời điểm (UTC, ISO 8601)", (e) => e.at],
  ["Thời điểm (giờ Việt Nam)", (e) => formatMoment(e.at)],
  ["Người thực hiện", (e) => e.actorName],
  ["Mã tài khoản", (e) => e.actorUserId],
  ["Mã token", (e) => e.actorTokenId],
  ["Thao tác", (e) => e.operation],
  ["Loại dữ liệu", (e) => e.entity],
  ["Mã đối tượng", (e) => e.entityId],
  ["Trước (JSON)", (e) => e.before],
  ["Sau (JSON)", (e) => e.after],
  ["Mã yêu cầu", (e) => e.requestId],
  ["Địa chỉ", (e) => e.clientAddress],
];

const line = (cells: (string | number | null | undefined)[]) => `${cells.map(csvCell).join(",")}\r\n`;

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * GET /nhat-ky/csv?<the page's filters> — the audit log as CSV (UTF-8 with
 * BOM, for Excel), newest first, before/after as JSON; read from the API page
 * by page as the signed-in person (admins only), streamed.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams) as SearchParams;
  const { filter } = auditFilterFrom(params);
  const fetchPage = async (after: string | null) =>
    (await gql(AuditLogDocument, { filter, first: PAGE, after })).auditEvents;
  let first: AuditLogQuery["auditEvents"];
  try {
    first = await fetchPage(null);
  } catch (error) {
    if (error instanceof GraphQLRequestError) {
      const codes = error.errors.map((e) => e.extensions?.code);
      if (codes.includes("FORBIDDEN")) return refuse(403, "Chỉ quản trị viên được tải nhật ký thay đổi (FORBIDDEN).");
      if (codes.includes("BAD_USER_INPUT")) return refuse(400, `Bộ lọc không hợp lệ: ${error.message}`);
    }
    throw error;
  }
  const encoder = new TextEncoder();
  let page: AuditLogQuery["auditEvents"] | null = first;
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${line(COLUMNS.map(([header]) => header))}`));
    },
    async pull(controller) {
      if (!page) {
        controller.close();
        return;
      }
      const rows = page.events.slice(0, MAX_EVENTS - sent);
      sent += rows.length;
      controller.enqueue(encoder.encode(rows.map((e) => line(COLUMNS.map(([, value]) => value(e)))).join("")));
      const next: string | null = page.hasNextPage && sent < MAX_EVENTS ? (page.endCursor ?? null) : null;
      try {
        page = next ? await fetchPage(next) : null;
      } catch (error) {
        controller.error(error);
      }
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="nhat-ky-thay-doi-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
