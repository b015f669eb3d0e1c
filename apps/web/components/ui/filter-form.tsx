"use client";

import Form from "next/form";
import type { ReactNode } from "react";

/**
 * Filters as a GET form: the URL carries them (shareable, back button works).
 * next/form navigates on the client; a change submits at once, and the
 * button is there for keyboards and for pages without JavaScript.
 */
export function FilterForm({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  return (
    <Form
      action={action}
      className="filters"
      aria-label={label}
      onChange={(e) => (e.target as HTMLElement).tagName === "SELECT" && e.currentTarget.requestSubmit()}
    >
      {children}
      <button type="submit">Xem</button>
    </Form>
  );
}
