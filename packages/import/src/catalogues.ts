import type { tables as t } from "@cchc/db";
import { CellError, fold } from "./values";

// Type-only imports from @cchc/db: this module is loaded by the reader thread,
// which must not pay for loading the database drivers.

/** Matches a catalogue row by code or by (folded) name; ambiguity and unknowns are errors. */
export class CatalogueMatcher<T> {
  private byKey = new Map<string, T[]>();
  constructor(
    private readonly what: string,
    rows: T[],
    keysOf: (row: T) => (string | null | undefined)[],
  ) {
    for (const r of rows) {
      for (const k of new Set(
        keysOf(r)
          .filter((x): x is string => !!x)
          .map(fold),
      ))
        this.byKey.set(k, [...(this.byKey.get(k) ?? []), r]);
    }
  }
  /** A log repeats the same few spellings on every row: fold each once. */
  private memo = new Map<string, T>();

  match(raw: string): T {
    const hit = this.memo.get(raw);
    if (hit !== undefined) return hit;
    const found = this.byKey.get(fold(raw)) ?? [];
    if (found.length === 1) {
      this.memo.set(raw, found[0]!);
      return found[0]!;
    }
    if (found.length === 0) throw new CellError(`unknown ${this.what} "${raw}"`);
    throw new CellError(`${this.what} "${raw}" is ambiguous`);
  }
}

export interface CatalogueRows {
  organisations: (typeof t.organisations.$inferSelect)[];
  forms: (typeof t.forms.$inferSelect)[];
  topics: (typeof t.topics.$inferSelect)[];
  plans: (typeof t.plans.$inferSelect)[];
}

export function buildCatalogues({ organisations, forms, topics, plans }: CatalogueRows) {
  return {
    units: new CatalogueMatcher("unit", organisations, (o) => [o.code, o.nameVi, o.shortNameVi, o.nameEn]),
    forms: new CatalogueMatcher("form", forms, (f) => [f.code, f.nameVi, f.shortNameVi, f.nameEn]),
    topics: new CatalogueMatcher("topic", topics, (tp) => [tp.code, tp.shortTitleVi, tp.titleVi]),
    plans: new CatalogueMatcher("plan", plans, (p) => [p.number, String(p.id)]),
  };
}
export type Catalogues = ReturnType<typeof buildCatalogues>;
