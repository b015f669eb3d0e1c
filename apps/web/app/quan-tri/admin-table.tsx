import type { ReactNode } from "react";
import styles from "./admin.module.css";

/**
 * A table of the account pages (accounts, tokens): it scrolls sideways in its own labelled region, reachable
 * by keyboard; the first column names the row, the others are left-aligned text.
 */
export function AdminTable({
  label,
  caption,
  testId,
  columns,
  children,
}: {
  /** The scrolling region's name. */
  label: string;
  caption: ReactNode;
  testId?: string;
  columns: readonly [string, ...string[]];
  /** The body's rows. */
  children: ReactNode;
}) {
  const [first, ...rest] = columns;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <section className={styles.scroll} aria-label={label} tabIndex={0}>
      <table className="data" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            {rest.map((c) => (
              <th key={c} scope="col" className="text">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </section>
  );
}
