import Link from "next/link";
import { formatDay } from "@cchc/schema/format";
import type { FigureSourceFieldsFragment } from "../../lib/graphql/generated/graphql";

/**
 * Where a figure comes from and how fresh it is, in one line under a card, a
 * chart or a table: publisher, document (linked), release date (not stored:
 * said so), when the stored figure last changed and by which import, and the
 * latest year with data.
 */
export function FigureSource({
  source,
  latestYear,
  year,
  testId = "figure-source",
}: {
  source: FigureSourceFieldsFragment | null | undefined;
  latestYear: number | null;
  /** The survey year of the figure, to say when such results usually come out. */
  year?: number | null;
  testId?: string;
}) {
  return (
    <p className="note figure-source" data-testid={testId}>
      {source ? (
        <>
          Nguồn: {source.publisher} · {source.url ? <a href={source.url}>{source.document}</a> : source.document} · ngày
          công bố: chưa ghi
          {year ? ` (kết quả năm ${year} thường công bố khoảng tháng 4/${year + 1})` : ""} · cập nhật{" "}
          {formatDay(source.updatedAt)}
          {source.importBatch ? ` (tệp ${source.importBatch.fileName}, lô nhập #${source.importBatch.id})` : ""}
        </>
      ) : (
        "Nguồn: chưa có số liệu năm này"
      )}
      {" · "}
      {latestYear != null ? `số liệu mới nhất: năm ${latestYear}` : "chưa có năm nào có số liệu"} ·{" "}
      <Link href="/ve-so-lieu">Về số liệu</Link>
    </p>
  );
}
