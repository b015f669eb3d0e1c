import { is, Placeholder, type SQL } from "drizzle-orm";

interface Dialect {
  sqlToQuery(query: SQL): { sql: string; params: unknown[] };
}

/** A statement's text and parameters, ready for the driver. */
export interface RenderedQuery {
  sql: string;
  params: unknown[];
}

/** A fixed statement with the values of one call (`statement(…)(values)`). */
export interface BoundStatement {
  readonly render: (dialect: Dialect) => RenderedQuery;
}

/**
 * A statement whose text is rendered once (per dialect) and whose values are
 * given per call: write it with `sql.placeholder("name")` where a value goes.
 * Rendering drizzle's SQL tree walks every fragment and checks each value's
 * class; for a hot statement (the ranking: 25 fragments, 30 µs of a 770 µs
 * request) that is work repeated on every request for the same text.
 */
export function statement<V extends Record<string, unknown>>(query: SQL): (values: V) => BoundStatement {
  const byDialect = new WeakMap<Dialect, { sql: string; params: unknown[]; slots: (string | null)[] }>();
  const rendered = (dialect: Dialect) => {
    let r = byDialect.get(dialect);
    if (!r) {
      const { sql, params } = dialect.sqlToQuery(query);
      r = { sql, params, slots: params.map((p) => (is(p, Placeholder) ? p.name : null)) };
      byDialect.set(dialect, r);
    }
    return r;
  };
  return (values) => ({
    render(dialect) {
      const { sql, params, slots } = rendered(dialect);
      return {
        sql,
        params: params.map((p, i) => {
          const slot = slots[i];
          if (slot === null || slot === undefined) return p;
          if (!(slot in values)) throw new Error(`statement: no value for placeholder "${slot}"`);
          return values[slot];
        }),
      };
    },
  });
}

export const isBound = (query: SQL | BoundStatement): query is BoundStatement =>
  typeof (query as Partial<BoundStatement>).render === "function";

/** The text and parameters of a drizzle SQL tree or a bound statement. */
export function renderQuery(dialect: Dialect, query: SQL | BoundStatement): RenderedQuery {
  return isBound(query) ? query.render(dialect) : dialect.sqlToQuery(query);
}
