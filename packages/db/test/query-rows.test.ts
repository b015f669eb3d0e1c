import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../src/query";
import * as t from "../src/schema/index";
import { testDrivers } from "../src/testing";
import { useLoggedDb } from "./logged-db";

/** queryRows with and without `prepare`: the same rows, the statement logged, and on PostgreSQL really prepared. */
describe.each(testDrivers())("queryRows on %s", (driver) => {
  const { h, logged } = useLoggedDb(driver);

  const statement = (region: string) =>
    sql`SELECT ${t.provinces.code} AS code, ${t.provinces.nameVi} AS "nameVi" FROM ${t.provinces} WHERE ${t.provinces.regionCode} = ${region} ORDER BY 1`;
  const prepared = () =>
    queryRows<{ n: number }>(
      h.db,
      sql`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%"provinces"%'`,
    );

  it("returns the same rows either way, parameters and column names rendered alike", async () => {
    const plain = await queryRows<{ code: string; nameVi: string }>(h.db, statement("BTB_DHMT"));
    const viaPrepare = await queryRows<{ code: string; nameVi: string }>(h.db, statement("BTB_DHMT"), {
      prepare: true,
    });
    expect(plain.map((r) => r.code)).toContain("40");
    expect(viaPrepare).toEqual(plain);
    expect(await queryRows(h.db, statement("BTB_DHMT"), { prepare: true })).toEqual(plain);
  });

  it("logs a prepared statement like any other (the SQL snapshots rely on it)", async () => {
    logged.length = 0;
    await queryRows(h.db, statement("DBSH"), { prepare: true });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/FROM "provinces" WHERE "provinces"."region_code" = \$1/);
  });

  // PGlite has no prepared statements to look at: this one runs where the server does.
  it.each(driver === "postgres" ? [driver] : [])("prepares on %s only when asked", async () => {
    const [{ n }] = (await prepared()) as [{ n: number }];
    expect(n).toBeGreaterThanOrEqual(1);
    await queryRows(
      h.db,
      sql`SELECT ${t.provinces.code} FROM ${t.provinces} WHERE ${t.provinces.code} = ${"42"} AND true`,
    );
    const [{ n: after }] = (await prepared()) as [{ n: number }];
    expect(after).toBe(n);
  });
});
