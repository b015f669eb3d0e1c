"use client";

import { type ReactNode, useEffect, useRef } from "react";
import styles from "./compare.module.css";

/**
 * The ranking's scroll box: a labelled region the keyboard can reach
 * (tabIndex 0, arrows scroll it). The chosen province's row is sticky (CSS),
 * so it stays in view without JavaScript; with it, the box also opens
 * scrolled so the row sits in the middle among its neighbours.
 */
export function PinnedScroll({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = box.current;
    const row = el?.querySelector<HTMLElement>("tr[data-pinned]");
    if (el && row) el.scrollTop = Math.max(0, row.offsetTop - el.clientHeight / 2);
  }, []);
  return (
    <section
      ref={box}
      className={styles.scroll}
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable to scroll it by keyboard
      tabIndex={0}
      data-testid="ranking-region"
    >
      {children}
    </section>
  );
}
