import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "../../components/ui/filter-form";
import { GraphQLRequestError, gql } from "../../lib/graphql/client";
import { AuditLogDocument, type AuditLogQuery } from "../../lib/graphql/generated/graphql";
import { hrefWith, one, type SearchParams } from "../../lib/params";
import { formatMoment } from "@cchc/schema/format";
import { auditFilterFrom, ENTITIES, OPERATIONS, summarise } from "./audit-view";
import { TableScroll } from "../../components/ui/table-scroll";
import { DateRangeFields } from "../../components/ui/date-range-fields";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Nhật ký thay đổi" };
const PAGE = 50;

/** Where an entity can be seen in the dashboard, when it has a page. */
const entityHref = (entity: string, id: string | null | undefined) =>
  entity === "plan" && id && /^\d+$/.test(id) ? `/ke-hoach/${id}` : null;

/** Nhật ký thay đổi: every recorded write, newest first, for administrators. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = await searchParams;
  const { current, filter } = auditFilterFrom(q);
  const after = one(q, "after");
  let page: AuditLogQuery["auditEvents"];
  try {
    page = (await gql(AuditLogDocument, { filter, first: PAGE, after: after ?? null })).auditEvents;
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.code === "FORBIDDEN"))
      return (
        <main id="noi-dung">
          <h1>Nhật ký thay đổi</h1>
          <p className="empty">Chỉ quản trị viên (quyền admin) được xem nhật ký thay đổi.</p>
        </main>
      );
    if (error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.code === "BAD_USER_INPUT"))
      return (
        <main id="noi-dung">
          <h1>Nhật ký thay đổi</h1>
          <p className="empty">
            Bộ lọc không hợp lệ: {error.message}. <Link href="/nhat-ky">Bỏ bộ lọc</Link>
          </p>
        </main>
      );
    throw error;
  }
  const csvHref = hrefWith("/nhat-ky/csv", current);

  return (
    <main id="noi-dung">
      <h1>Nhật ký thay đổi</h1>
      <p>
        Mọi thao tác ghi dữ liệu (hoạt động, kế hoạch, chỉ tiêu, nhập dữ liệu, tài khoản, đăng nhập) được ghi lại: ai,
        lúc nào, thao tác gì, giá trị trước và sau. Nhật ký chỉ được ghi thêm, không sửa hoặc xóa được.
      </p>
      <FilterForm action="/nhat-ky" label="Lọc nhật ký thay đổi">
        <label>
          Loại dữ liệu
          <select name="entity" defaultValue={current.entity ?? ""}>
            <option value="">Tất cả</option>
            {Object.entries(ENTITIES).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
            {current.entity && !(current.entity in ENTITIES) && (
              <option value={current.entity}>{current.entity}</option>
            )}
          </select>
        </label>
        <label>
          Mã đối tượng
          <input type="text" name="entityId" defaultValue={current.entityId} placeholder="ví dụ: 12" size={10} />
        </label>
        <label>
          Người thực hiện
          <input type="search" name="actor" defaultValue={current.actor} placeholder="tên hoặc mã tài khoản" />
        </label>
        <label>
          Thao tác
          <input type="text" name="operation" list="audit-operations" defaultValue={current.operation} size={16} />
          <datalist id="audit-operations">
            {Object.entries(OPERATIONS).map(([code, name]) => (
              <option key={code} value={code}>
                {name}
              </option>
            ))}
          </datalist>
        </label>
        <DateRangeFields from={current.from} to={current.to} />
      </FilterForm>

      <p>
        Tải xuống theo bộ lọc: <a href={csvHref}>Tải CSV</a> (đủ giá trị trước và sau, dạng JSON)
      </p>
      {page.events.length === 0 ? (
        <p className="empty">Không có sự kiện nào khớp bộ lọc.</p>
      ) : (
        <TableScroll label="Bảng sự kiện nhật ký">
          <table className="data" data-testid="audit-table">
            <caption>Sự kiện nhật ký, mới nhất trước (giờ Việt Nam)</caption>
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Người thực hiện</th>
                <th scope="col">Thao tác</th>
                <th scope="col">Loại dữ liệu</th>
                <th scope="col">Trước → sau</th>
                <th scope="col">Yêu cầu</th>
              </tr>
            </thead>
            <tbody>
              {page.events.map((e) => {
                const href = entityHref(e.entity, e.entityId);
                return (
                  <tr key={e.id}>
                    <td>
                      <time dateTime={e.at}>{formatMoment(e.at)}</time>
                    </td>
                    <td>
                      <Link href={hrefWith("/nhat-ky", { ...current, actor: e.actorUserId ?? e.actorName })}>
                        {e.actorName}
                      </Link>
                    </td>
                    <td title={e.operation}>{OPERATIONS[e.operation] ?? e.operation}</td>
                    <td>
                      {ENTITIES[e.entity] ?? e.entity}
                      {e.entityId && (
                        <>
                          {" "}
                          <Link
                            href={hrefWith("/nhat-ky", { entity: e.entity, entityId: e.entityId })}
                            title="Mọi thay đổi của đối tượng này"
                          >
                            #{e.entityId}
                          </Link>
                          {href && (
                            <>
                              {" "}
                              (<Link href={href}>xem</Link>)
                            </>
                          )}
                        </>
                      )}
                    </td>
                    <td>
                      {summarise(e.before, e.after)}
                      {(e.before || e.after) && (
                        <details>
                          <summary>Chi tiết</summary>
                          {e.before && (
                            <>
                              <strong>Trước</strong>
                              <pre>{JSON.stringify(JSON.parse(e.before), null, 2)}</pre>
                            </>
                          )}
                          {e.after && (
                            <>
                              <strong>Sau</strong>
                              <pre>{JSON.stringify(JSON.parse(e.after), null, 2)}</pre>
                            </>
                          )}
                        </details>
                      )}
                    </td>
                    <td>
                      {e.clientAddress ?? "—"}
                      {e.requestId && (
                        <>
                          <br />
                          <small>{e.requestId}</small>
                        </>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <nav className="pager" aria-label="Trang">
        {after && <Link href={hrefWith("/nhat-ky", current)}>« Trang đầu</Link>}
        {page.hasNextPage && page.endCursor && (
          <Link href={hrefWith("/nhat-ky", current, { after: page.endCursor })}>Trang sau »</Link>
        )}
      </nav>
    </main>
  );
}
