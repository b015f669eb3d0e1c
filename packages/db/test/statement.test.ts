import { type SQL, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryTuples } from "../src/query";
import * as t from "../src/schema/index";
import { renderQuery, statement } from "../src/statement";
import { testDrivers } from "../src/testing";
import { useLoggedDb } from "./logged-db";

const provincesOf = sql`
  SELECT ${t.provinces.code}, ${t.provinces.nameVi}, ${"fixed"}::text AS fixed FROM ${t.provinces}
  WHERE ${t.provinces.regionCode} = ${sql.placeholder("region")} AND ${t.provinces.code} <> ${sql.placeholder("except")}
  ORDER BY 1`;
const withValues = (region: string, except: string) => sql`
  SELECT ${t.provinces.code}, ${t.provinces.nameVi}, ${"fixed"}::text AS fixed FROM ${t.provinces}
  WHERE ${t.provinces.regionCode} = ${region} AND ${t.provinces.code} <> ${except}
  ORDER BY 1`;

/** statement(): a statement rendered once, its placeholders filled per call, on either driver. */
describe.each(testDrivers())("statement() on %s", (driver) => {
  const { h, logged } = useLoggedDb(driver);
  const bind = statement<{ region: string; except: string }>(provincesOf);

  it("gives the rows of the same statement written with its values, call after call", async () => {
    for (const [region, except] of [
      ["BTB_DHMT", "40"],
      ["DBSH", "01"],
      ["BTB_DHMT", "38"],
    ] as const) {
      const bound = await queryTuples<[string, string, string]>(h.db, bind({ region, except }), { prepare: true });
      expect(bound.length).toBeGreaterThan(1);
      expect(bound.map((r) => r[0])).not.toContain(except);
      expect(bound.every((r) => r[2] === "fixed")).toBe(true);
      expect(bound).toEqual(await queryTuples(h.db, withValues(region, except)));
    }
  });

  it("sends the text drizzle renders, with its placeholders as numbered parameters", async () => {
    logged.length = 0;
    await queryTuples(h.db, bind({ region: "DBSH", except: "01" }));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/"provinces"."region_code" = \$2 AND "provinces"."code" <> \$3/);
  });

  it("refuses a call without a placeholder's value rather than sending NULL", () => {
    const partial = bind({ region: "DBSH" } as { region: string; except: string });
    const { dialect } = h.db as unknown as { dialect: Parameters<typeof renderQuery>[0] };
    expect(() => renderQuery(dialect, partial)).toThrow(/no value for placeholder "except"/);
  });
});

describe("statement() rendering", () => {
  it("renders the SQL tree once per dialect, whatever the number of calls", () => {
    let renders = 0;
    const dialect = {
      sqlToQuery: (q: SQL) => {
        renders++;
        return { sql: `text ${q.queryChunks.length}`, params: [1, sql.placeholder("a"), 3] };
      },
    };
    const bind = statement<{ a: number }>(sql`SELECT ${1}, ${sql.placeholder("a")}, ${3}`);
    expect(renderQuery(dialect, bind({ a: 2 })).params).toEqual([1, 2, 3]);
    expect(renderQuery(dialect, bind({ a: 5 })).params).toEqual([1, 5, 3]);
    expect(renders).toBe(1);
    const other = { sqlToQuery: dialect.sqlToQuery };
    renderQuery(other, bind({ a: 7 }));
    expect(renders).toBe(2);
  });
});
