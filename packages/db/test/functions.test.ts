import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../src/client";
import { functionFiles, liveFunctions, normaliseFunctionText } from "../src/functions";
import { createTestDb, testDrivers } from "../src/testing";

/**
 * functions/<name>.sql holds each database function's current text. After the
 * migrations run, the database's own definition must equal the file: a
 * migration that changes a function without its file (or a file edited
 * without a migration) fails here, as does a new function without a file.
 */
describe.each(testDrivers())("functions/ matches the migrated database on %s", (driver) => {
  let h: DbHandle;
  let live: Map<string, string>;
  const files = functionFiles();
  beforeAll(async () => {
    h = await createTestDb(driver);
    live = await liveFunctions(h.db);
  });
  afterAll(() => h?.close());

  it("has one file per SQL and PL/pgSQL function in the public schema, and none for a function that is gone", () => {
    expect([...files.keys()].sort()).toEqual([...live.keys()].sort());
    expect(files.size).toBeGreaterThanOrEqual(11);
  });

  it.each([...files.keys()])("%s: the live definition equals the file", (name) => {
    expect(normaliseFunctionText(files.get(name) ?? ""), `functions/${name}.sql`).toBe(
      normaliseFunctionText(live.get(name) ?? "(no such function in the migrated database)"),
    );
  });
});

describe("normaliseFunctionText", () => {
  it("ignores leading comments, whitespace and the closing semicolon, not a changed word", () => {
    const live =
      "CREATE OR REPLACE FUNCTION public.f()\n RETURNS void\n LANGUAGE sql\nAS $function$ SELECT 1 $function$\n";
    const file = `-- f(): why it exists\n\n${live.replace(/\n/g, "\n  ")};\n`;
    expect(normaliseFunctionText(file)).toBe(normaliseFunctionText(live));
    expect(normaliseFunctionText(file.replace("SELECT 1", "SELECT 2"))).not.toBe(normaliseFunctionText(live));
  });
});
