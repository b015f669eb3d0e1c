import type { ReactNode } from "react";
import { TableScroll } from "./table-scroll";

export interface DataTableProps {
  caption: string;
  columns: string[];
  rows: ReactNode[][];
  /** Row keys, when rows can repeat their first cell. */
  keys?: string[];
  testId?: string;
  /** Highlight rows (e.g. the chosen province) by key. */
  highlight?: string;
  open?: boolean;
}

/** The numbers behind a chart ("Xem bảng số liệu"): for screen readers, for checking, for print. */
export function DataTable({ caption, columns, rows, keys, testId, highlight, open }: DataTableProps) {
  return (
    <details open={open}>
      <summary>Xem bảng số liệu</summary>
      <TableScroll label={`Bảng: ${caption}`}>
        <Table caption={caption} columns={columns} rows={rows} keys={keys} testId={testId} highlight={highlight} />
      </TableScroll>
    </details>
  );
}

/**
 * A table of the site's style ("data"): a header cell per column, a row per
 * entry. DataTable puts one behind "Xem bảng số liệu"; a page's own list
 * (campaigns, import batches) uses it bare.
 */
export function Table({
  caption,
  columns,
  rows,
  keys,
  testId,
  highlight,
}: Omit<DataTableProps, "caption" | "open"> & { caption?: string }) {
  return (
    <table className="data" data-testid={testId}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => {
          const key = keys?.[i] ?? String(cells[0]) + i;
          return (
            <tr key={key} className={highlight && keys?.[i] === highlight ? "highlight" : undefined}>
              {cells.map((c, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                <td key={j}>{c}</td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
