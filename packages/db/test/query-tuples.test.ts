import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../src/client";
import { onFirstRow, queryRows, queryTuples, tupleColumns } from "../src/query";
import * as t from "../src/schema/index";
import { testDrivers } from "../src/testing";
import { useLoggedDb } from "./logged-db";

/** queryTuples: the values queryRows returns, as arrays in the SELECT's order, on either driver. */
describe.each(testDrivers())("queryTuples on %s", (driver) => {
  const { h, logged } = useLoggedDb(driver);

  // One column of each kind the API reads: text, int, float8, numeric, date, timestamptz, enum as text, NULL, text[].
  const statement = (region: string) => sql`
    SELECT ${t.provinces.code} AS code, ${t.provinces.nameVi} AS "nameVi", length(${t.provinces.nameVi})::int AS len,
           (length(${t.provinces.nameVi}) / 3.0)::float8 AS ratio, 12.50::numeric AS amount, ${t.provinces.validFrom} AS "validFrom",
           '2024-05-01 08:00+07'::timestamptz AS at, 'province'::subject_kind::text AS kind, NULL::int AS nothing, ARRAY['a', 'b'] AS tags
    FROM ${t.provinces} WHERE ${t.provinces.regionCode} = ${region} ORDER BY 1`;

  it("gives each row's values in column order, parsed as queryRows parses them", async () => {
    const objects = await queryRows<Record<string, unknown>>(h.db, statement("BTB_DHMT"));
    for (const prepare of [false, true]) {
      const tuples = await queryTuples<unknown[]>(h.db, statement("BTB_DHMT"), { prepare });
      expect(tuples.map((r) => r[0])).toContain("40");
      expect(tuples).toEqual(objects.map((o) => Object.values(o)));
    }
    const [nghean] = await queryTuples<
      [string, string, number, number, string, string, string, string, null, string[]]
    >(h.db, sql`${statement("BTB_DHMT")} LIMIT 1 OFFSET 3`);
    expect(typeof nghean?.[2]).toBe("number");
    expect(typeof nghean?.[3]).toBe("number");
    expect(nghean?.[8]).toBeNull();
    expect(nghean?.[9]).toEqual(["a", "b"]);
  });

  it("runs inside a transaction on the transaction's connection", async () => {
    const rows = await h.db.transaction(async (tx) => {
      await tx.execute(sql`CREATE TEMP TABLE only_here (n int) ON COMMIT DROP`);
      await tx.execute(sql`INSERT INTO only_here VALUES (7)`);
      return queryTuples<[number]>(tx as unknown as Db, sql`SELECT n FROM only_here`);
    });
    expect(rows).toEqual([[7]]);
  });

  it("logs the statement like queryRows (the SQL snapshots rely on it)", async () => {
    logged.length = 0;
    await queryTuples(h.db, statement("DBSH"), { prepare: true });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/WHERE "provinces"."region_code" = \$1/);
  });

  it("puts a value on the first row only, first in the window's order (onFirstRow)", async () => {
    const rows = await queryTuples<[string, number | null]>(
      h.db,
      sql`SELECT ${t.provinces.code}, ${onFirstRow(sql`count(*) OVER ()`, "w")}::int FROM ${t.provinces}
          WHERE ${t.provinces.regionCode} = 'BTB_DHMT' WINDOW w AS (ORDER BY ${t.provinces.code} DESC) ORDER BY 1 DESC`,
    );
    expect(rows.length).toBeGreaterThan(2);
    expect(rows[0]![1]).toBe(rows.length);
    expect(rows.slice(1).every((r) => r[1] === null)).toBe(true);
  });

  it("reads a tuple statement back by the names its columns were given (tupleColumns)", async () => {
    const cols = tupleColumns<{ code: string; nameVi: string; len: number }>({
      code: sql`${t.provinces.code}`,
      nameVi: sql`${t.provinces.nameVi}`,
      len: sql`length(${t.provinces.nameVi})::int`,
    });
    const statement = sql`SELECT ${cols.select} FROM ${t.provinces} WHERE ${t.provinces.code} = '40'`;
    const [row] = (await queryTuples(h.db, statement)).map(cols.read);
    expect(row).toEqual({ code: "40", nameVi: "Nghệ An", len: 7 });
    expect(await queryRows(h.db, statement)).toEqual([row]);
  });
});

describe("tupleColumns.read", () => {
  it("keeps any column name as written, quotes and Vietnamese included, and refuses __proto__", () => {
    const cols = tupleColumns<{ 'a"b': number; "tên cột": string; "x\\n": null }>({
      'a"b': sql`1`,
      "tên cột": sql`'x'`,
      "x\\n": sql`NULL`,
    });
    expect(cols.read([1, "x", null])).toEqual({ 'a"b': 1, "tên cột": "x", "x\\n": null });
    expect(Object.getPrototypeOf(cols.read([1, "x", null]))).toBe(Object.prototype);
    expect(() => tupleColumns(Object.fromEntries([["__proto__", sql`1`]]))).toThrow(/__proto__/);
  });
});
