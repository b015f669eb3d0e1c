import type { FigureSourceSql, ImportBatchRow } from "../../mappers";

/** The first web address in a stored source ("https://… (description)"), if any. */
export function urlOf(source: string | null): string | null {
  return source?.match(/https?:\/\/[^\s)]+/)?.[0] ?? null;
}

/**
 * A stored source in words, for a card or a table: a bare address becomes its
 * site (baonghean.vn); an address with a description keeps the description,
 * without the pointer to the repository's provenance notes.
 */
export function documentOf(source: string | null, batchFileName: string | null): string {
  if (!source) return batchFileName ? `tệp ${batchFileName}` : "chưa ghi nguồn";
  const text = source
    .replace(/;?\s*see \.\.\/shared\/[^)]*/g, "")
    .replace(/\s*\(\s*\)/g, "")
    .trim();
  const url = urlOf(text);
  if (url && text === url) return new URL(url).hostname.replace(/^www\./, "");
  return text.replace(/https?:\/\//g, "");
}

/** The FigureSource of a row that carries the statement's batch columns. */
export function figureSource(row: FigureSourceSql & { sourceUrl: string | null }) {
  return {
    publisher: row.publisher,
    document: documentOf(row.sourceUrl, row.batchFileName),
    url: urlOf(row.sourceUrl),
    importBatch: batchOf(row),
    updatedAt: row.updatedAt,
  };
}

function batchOf(row: FigureSourceSql): ImportBatchRow | null {
  if (row.batchId == null) return null;
  return {
    id: row.batchId,
    kind: row.batchKind ?? "",
    fileName: row.batchFileName ?? "",
    sha256: row.batchSha256 ?? "",
    rowCount: row.batchRowCount ?? 0,
    counts: {},
    createdAt: new Date(row.batchCreatedAt ?? 0),
    createdBy: row.batchCreatedBy ?? "",
    undoneAt: null,
    undoneBy: null,
  };
}
