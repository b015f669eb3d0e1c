import type { ReactNode } from "react";

/**
 * A table wider than a phone scrolls sideways inside this labelled region,
 * not the page; the region takes keyboard focus so it can be scrolled
 * without a mouse (WCAG 2.1.1), and its label says what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must be reachable by keyboard
    <section className="table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
