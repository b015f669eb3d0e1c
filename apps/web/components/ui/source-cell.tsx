import type { SeriesPointFieldsFragment } from "../../lib/graphql/generated/graphql";

/**
 * Where a figure comes from: a link to its source, and whether the value was
 * read from it or computed here from its published parts; the note (how the
 * figure was obtained, a printed figure kept beside a more precise sum) shows
 * on hover and in full where there is no link.
 */
export function SourceCell({
  point,
}: {
  point: Pick<SeriesPointFieldsFragment, "sourceUrl" | "note" | "valueDerived"> | undefined;
}) {
  if (!point) return "";
  const derived = point.valueDerived ? <span className="note"> · tính từ thành phần</span> : null;
  if (!point.sourceUrl)
    return (
      <span title={point.note ?? undefined}>
        {point.note ?? ""}
        {derived}
      </span>
    );
  return (
    <span title={point.note ?? undefined}>
      <a href={point.sourceUrl}>nguồn</a>
      {derived}
    </span>
  );
}
