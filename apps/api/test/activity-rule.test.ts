import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { ACTIVITY_FIELDS, type ActivityColumn, ImportRejected, runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorToken, type Started, startApi } from "./helpers";

/**
 * One rule for an activity, wherever it comes from: a row the import refuses,
 * the API refuses with the same Vietnamese reason naming the same column, and
 * the database's CHECKs carry the same limits (migration 0015).
 */
const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
const base = { unit: "SKHCN_NA.TTTT", form: "F1", topics: ["N02"], title: "Tập huấn một cửa", startsOn: "2024-05-06" };
const HEADERS = ["startsOn", "endsOn", "unit", "form", "channel", "topics", "title", "reach", "url", "notes"] as const;
type Key = (typeof HEADERS)[number];
const long = (n: number) => "ạ".repeat(n);

/** The same values, as the file writes them (dd/mm/yyyy, "; "-separated topics). */
function csvRow(input: Partial<Record<Key, unknown>>) {
  const cell = (k: Key) => {
    const v = input[k];
    if (v == null) return "";
    if (Array.isArray(v)) return v.join("; ");
    if (k === "startsOn" || k === "endsOn") return String(v).split("-").reverse().join("/");
    return `"${String(v).replaceAll('"', '""')}"`;
  };
  return `${HEADERS.map((k) => ACTIVITY_FIELDS[k].header).join(",")}\n${HEADERS.map(cell).join(",")}\n`;
}

const CASES: [string, Key, Partial<Record<Key, unknown>>][] = [
  ["an over-long title", "title", { title: long(501) }],
  ["no topic", "topics", { topics: [] }],
  ["an over-long channel", "channel", { channel: long(201) }],
  ["over-long notes", "notes", { notes: long(4001) }],
  ["a negative reach", "reach", { reach: -5 }],
  ["an address that is not http(s)", "url", { url: "ftp://example.gov.vn/a" }],
  ["an end before the start", "endsOn", { endsOn: "2024-05-01" }],
];

describe.each(testDrivers())("the activity rule on %s", (driver) => {
  let api: Started;
  let editor: string;
  const dir = tmpdir();
  beforeAll(async () => {
    api = await startApi(driver);
    editor = await editorToken(api);
  });
  afterAll(() => api?.close());

  async function viaImport(name: string, input: Partial<Record<Key, unknown>>) {
    const path = join(dir, `rule-${driver}-${name}.csv`);
    writeFileSync(path, csvRow({ ...base, ...input }));
    const error = await runImport(api.handle.db, path, { by: "test", kind: "activities" }).catch((e: unknown) => e);
    return error instanceof ImportRejected ? error.report.rejected : [];
  }

  it.each(CASES)("refuses %s in the import and the API with the same reason", async (name, key, change) => {
    const [rejection, ...more] = await viaImport(name, change);
    const column: ActivityColumn = ACTIVITY_FIELDS[key];
    expect(more).toEqual([]);
    expect(rejection).toMatchObject({ row: 2, column: column.header });
    const res = await api.gqlAs(editor, CREATE, { input: { ...base, ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: `input.${key}` });
    expect(res.errors?.[0]?.message).toBe(`${column.header} (input.${key}): ${rejection!.reason} (BAD_USER_INPUT)`);
  });

  it("accepts in both what is exactly at the limits", async () => {
    const atLimit = { title: long(500), channel: long(200), notes: long(4000), reach: 0, url: "https://a.vn/b" };
    expect(await viaImport("at-limit", { ...atLimit, startsOn: "2024-05-07" })).toEqual([]);
    const res = await api.gqlAs(editor, CREATE, { input: { ...base, ...atLimit, startsOn: "2024-05-08" } });
    expect(res.errors).toBeUndefined();
  });

  it("has the table's limits as CHECKs, and refuses an over-long title written directly", async () => {
    const rows = await api.handle.db.execute(
      sql`SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'activities'::regclass`,
    );
    const defs = new Map(
      ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { conname: string; def: string }[]).map(
        (r) => [r.conname, r.def],
      ),
    );
    const limited = Object.values(ACTIVITY_FIELDS as Record<string, ActivityColumn>).filter((c) => c.max);
    expect(limited.map((c) => c.sql).sort()).toEqual(["audience", "channel", "notes", "title", "url"]);
    for (const c of limited) expect(defs.get(`activities_${c.sql}_length`)).toMatch(new RegExp(`<= ${c.max}\\)`));
    const direct = await api.handle.db
      .execute(
        sql`INSERT INTO activities (organisation_code, form_code, title, starts_on, ends_on)
            VALUES ('SKHCN_NA.TTTT', 'F1', ${long(501)}, '2024-05-06', '2024-05-06')`,
      )
      .catch((e: unknown) => e);
    const messages: string[] = [];
    for (let e = direct as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e)
      messages.push(String(e.message));
    expect(messages.join(" | ")).toMatch(/activities_title_length/);
  });
});
