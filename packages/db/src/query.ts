import { type SQL, sql as sqlTag } from "drizzle-orm";
import type { Db } from "./client";
import { type BoundStatement, renderQuery } from "./statement";

/**
 * The parts of a drizzle database this module reaches past the public API
 * for: its dialect (to render a statement with its casing) and its session
 * (the driver's client, and the logger that records statements for the SQL
 * snapshot tests). Both exist on every drizzle pg database and transaction.
 */
interface DrizzleInternals {
  dialect: { sqlToQuery(query: SQL): { sql: string; params: unknown[] } };
  session: {
    client: {
      /** postgres.js */
      unsafe?: (
        text: string,
        params: unknown[],
        options: { prepare: boolean; simple: boolean },
      ) => Promise<unknown> & { values(): Promise<unknown[][]> };
      /** PGlite */
      query?: (
        text: string,
        params: unknown[],
        options: { rowMode: "array"; parsers: Record<number, (value: string) => unknown> },
      ) => Promise<{ rows: unknown[][] }>;
    };
    logger: { logQuery(query: string, params: unknown[]): void };
  };
}

export interface QueryOptions {
  /**
   * On PostgreSQL, run as a named prepared statement: parsed and planned once
   * per connection instead of on every call. For the API's hot, fixed-shape
   * statements (ranking, the profile's figures), where planning cost as much
   * as executing (ranking: 0.4 + 0.5 ms). Not for statements whose best plan
   * depends on their parameters: after five runs PostgreSQL may switch to one
   * generic plan (alignment's p95 went from 0.3 to 1.7 s that way). The
   * embedded database runs the statement as usual.
   */
  prepare?: boolean;
}

/** Rows of a raw statement, whichever driver ran it (postgres.js returns an array, PGlite `{ rows }`). */
export async function queryRows<T>(db: Db, query: SQL, options: QueryOptions = {}): Promise<T[]> {
  const { dialect, session } = db as unknown as DrizzleInternals;
  if (options.prepare && typeof session.client.unsafe === "function") {
    const { sql, params } = dialect.sqlToQuery(query);
    session.logger.logQuery(sql, params);
    // simple: false keeps a statement without parameters on the extended protocol, where it can be prepared.
    return (await session.client.unsafe(sql, params, { prepare: true, simple: false })) as T[];
  }
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/**
 * PGlite parsers drizzle uses for raw statements: dates and times stay the
 * strings PostgreSQL printed, as postgres.js (through drizzle) returns them.
 */
const PGLITE_AS_TEXT = Object.fromEntries(
  // timestamp, timestamptz, interval, date and their arrays; numeric[]
  [1114, 1184, 1186, 1082, 1115, 1185, 1187, 1182, 1231].map((oid) => [oid, (value: string) => value]),
);

/**
 * Rows of a raw statement as arrays of column values, in the statement's
 * column order (postgres.js `.values()`, PGlite `rowMode: "array"`), values
 * parsed as queryRows parses them. For hot statements with many columns: the
 * driver fills an array by index instead of setting each column by name on a
 * new object, and the caller builds objects of one fixed shape. Name the
 * positions with a labelled tuple type, in the SELECT's order.
 */
export async function queryTuples<T extends unknown[]>(
  db: Db,
  query: SQL | BoundStatement,
  options: QueryOptions = {},
): Promise<T[]> {
  const { dialect, session } = db as unknown as DrizzleInternals;
  const { sql, params } = renderQuery(dialect, query);
  session.logger.logQuery(sql, params);
  const { client } = session;
  if (typeof client.unsafe === "function") {
    return (await client.unsafe(sql, params, { prepare: options.prepare === true, simple: false }).values()) as T[];
  }
  if (typeof client.query === "function")
    return (await client.query(sql, params, { rowMode: "array", parsers: PGLITE_AS_TEXT })).rows as T[];
  throw new Error("queryTuples: neither a postgres.js nor a PGlite client");
}

/**
 * A column's value on a tuple statement's first row only, NULL on the others:
 * for what is the same on every row (a distribution's mean, the data versions
 * read), which repeated on every row was printed by PostgreSQL and parsed by
 * the driver that many times (a third of a ranking's values). `window` names
 * a WINDOW clause in the statement's own order, so "first" is the row read
 * first; without one, the order rows come in.
 */
export const onFirstRow = (value: SQL, window?: string): SQL =>
  sqlTag`CASE WHEN row_number() OVER ${sqlTag.raw(window ?? "()")} = 1 THEN ${value} END`;

/**
 * `(tuple) => ({ name0: tuple[0], name1: tuple[1], … })`, compiled once per
 * column list: an object literal of one fixed shape. Setting the names in a
 * loop (`row[names[i]] = …`) was 7 % of the API's CPU per profile (35 rows of
 * 27 columns), a keyed store per value. The names are the code's own column
 * names, written as JSON string literals.
 */
function objectReader<T>(names: readonly string[]): (tuple: readonly unknown[]) => T {
  // In an object literal even a quoted "__proto__" sets the prototype instead of a field.
  if (names.includes("__proto__")) throw new Error('tupleColumns: "__proto__" cannot be a column name');
  const fields = names.map((n, i) => `${JSON.stringify(n)}: t[${i}]`).join(", ");
  return new Function("t", `return { ${fields} };`) as (tuple: readonly unknown[]) => T;
}

/**
 * A tuple statement's columns, by name, in one list: `select` is the SELECT
 * list in the list's order ("expr AS name, …"), `read` gives a tuple back as
 * an object by the same names, and `get` one column of it (no object per row,
 * for hot statements). No caller counts positions by hand.
 */
export function tupleColumns<T extends Record<string, unknown>>(columns: { [K in keyof T]: SQL }) {
  const names = Object.keys(columns) as (keyof T & string)[];
  const position = Object.fromEntries(names.map((n, i) => [n, i])) as Record<keyof T, number>;
  return {
    get: <K extends keyof T>(tuple: readonly unknown[], name: K) => tuple[position[name]] as T[K],
    select: sqlTag.join(
      names.map((n) => sqlTag`${columns[n]} AS ${sqlTag.identifier(n)}`),
      sqlTag.raw(", "),
    ),
    read: objectReader<T>(names),
  };
}
