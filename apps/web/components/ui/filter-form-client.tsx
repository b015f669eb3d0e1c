"use client";

import Form from "next/form";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";

/** Keys that move a closed select's choice one step: they must not each load a page. */
const STEP_KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"]);
/** The control that submitted the last filter form, focused again in the form that replaces it. */
let refocus: string | null = null;

/**
 * Filters as a GET form: the URL carries them (shareable, back button works).
 * next/form navigates on the client.
 *
 * It is mounted afresh whenever the server renders its controls with other
 * values (the key given by FilterForm): after Back or Forward React would
 * otherwise keep the controls' old, uncontrolled values.
 *
 * A select chosen with the mouse, a finger or the opened list applies at
 * once. Stepping through a closed select with the arrow keys (or typing its
 * first letters) does not: each step would load a page, move focus and be
 * read out (WCAG 3.2.2); Enter or the "Xem" button applies the choice. A
 * multiple select waits for "Xem" too, since one choice is several clicks.
 */
export function FilterFormClient({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  const stepping = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  // A form mounted by the navigation its predecessor started: focus returns to the control that started it.
  useEffect(() => {
    if (!refocus) return;
    const control = form.current?.elements.namedItem(refocus);
    refocus = null;
    if (control instanceof HTMLElement) control.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (!(e.target instanceof HTMLSelectElement)) return;
    if (e.key === "Enter") {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    } else if (!e.altKey && (STEP_KEYS.has(e.key) || (e.key.length === 1 && e.key !== " "))) stepping.current = true;
  };
  return (
    <Form
      ref={form}
      action={action}
      className="filters"
      aria-label={label}
      onKeyDown={onKeyDown}
      onPointerDown={() => {
        stepping.current = false;
      }}
      onSubmit={() => {
        refocus = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute("name") : null;
      }}
      onChange={(e) => {
        const select = e.target;
        const keyed = stepping.current;
        stepping.current = false;
        if (select instanceof HTMLSelectElement && !select.multiple && !keyed) e.currentTarget.requestSubmit();
      }}
    >
      {children}
      <button type="submit">Xem</button>
    </Form>
  );
}
