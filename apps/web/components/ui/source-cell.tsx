import type { SeriesPointFieldsFragment } from "../../lib/graphql/generated/graphql";
import { formatDay } from "@cchc/schema/format";

/**
 * Where a figure comes from, in a table cell: the document (linked), the
 * import batch and the last change, and whether the value was read from it or
 * computed here from its published parts; the note (how the figure was
 * obtained, a printed figure kept beside a more precise sum) shows on hover
 * and in full where there is no link.
 */
export function SourceCell({
  point,
}: {
  point: Pick<SeriesPointFieldsFragment, "sourceUrl" | "note" | "valueDerived" | "source"> | undefined;
}) {
  if (!point) return "";
  const s = point.source;
  const derived = point.valueDerived ? <span className="note"> · tính từ thành phần</span> : null;
  const fresh = (
    <span className="note">
      {" "}
      · {s.importBatch ? `lô nhập #${s.importBatch.id}, ` : ""}cập nhật {formatDay(s.updatedAt)}
    </span>
  );
  return (
    <span title={point.note ?? undefined}>
      {s.url ? <a href={s.url}>{s.document}</a> : s.document}
      {derived}
      {fresh}
      {!s.url && point.note ? <span className="note"> · {point.note}</span> : null}
    </span>
  );
}
