import { Children, isValidElement, type ReactNode } from "react";
import { FilterFormClient } from "./filter-form-client";

/** The props of a tree of elements as text (functions and element types left out): what the form shows. */
function describe(node: ReactNode, out: string[]): void {
  Children.forEach(node, (child) => {
    if (!isValidElement(child)) {
      if (typeof child === "string" || typeof child === "number") out.push(String(child));
      return;
    }
    const { children, ...props } = child.props as Record<string, unknown> & { children?: ReactNode };
    out.push(JSON.stringify(props, (_k, v) => (typeof v === "function" ? undefined : v)));
    describe(children, out);
  });
}

/** FNV-1a, 32 bits: a short key from a long text. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Filters as a GET form (see FilterFormClient). Keyed by what its controls
 * are rendered with — each select's value, each input's default, a picker's
 * chosen provinces: when Back or Forward brings another URL, React mounts the
 * controls again from that URL's state instead of keeping the values they
 * had (React leaves an uncontrolled select's choice alone when only its
 * defaultValue changes). The same URL renders the same key, so nothing is
 * remounted without need.
 */
export function FilterForm({ action, children, label }: { action: string; children: ReactNode; label: string }) {
  const parts: string[] = [action];
  describe(children, parts);
  return (
    <FilterFormClient key={hash(parts.join("\n"))} action={action} label={label}>
      {children}
    </FilterFormClient>
  );
}
