import { type DbHandle, sql, tables as t } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActivityPlan, writeActivities } from "../src/apply-activities";
import { BrokenReferenceError, canDeferReferenceChecks, checkBatchReferences } from "../src/bulk-references";
import type { ActivityRecord } from "../src/kinds/activities";
import { rows, seededDb } from "./helpers";

/**
 * A bulk import may insert without the per-row foreign-key triggers; the same
 * references are then checked set-based before commit. These tests prove that
 * check can fail, and that the data version still moves.
 */
describe.each(testDrivers())("bulk insert with deferred reference checks on %s", (driver) => {
  let h: DbHandle;
  beforeAll(async () => {
    h = await seededDb(driver, false);
  });
  afterAll(() => h?.close());

  const record = (ref: string, over: Partial<ActivityRecord> = {}): ActivityRecord => ({
    row: 2,
    externalRef: ref,
    planId: null,
    organisationCode: "SKHCN_NA.VP",
    formCode: "F1",
    channel: null,
    title: `Bài viết ${ref}`,
    startsOn: "2024-03-01",
    endsOn: "2024-03-01",
    audience: null,
    participants: null,
    reach: 10,
    url: null,
    notes: null,
    topics: ["N01"],
    ...over,
  });
  const plan = (...inserts: ActivityRecord[]): ActivityPlan => ({ inserts, updates: [], unchanged: 0, changes: [] });
  const count = async () => (await rows<{ n: number }>(h, sql`SELECT count(*)::int AS n FROM activities`))[0]!.n;
  const version = async () =>
    (await rows<{ v: string }>(h, sql`SELECT version::text AS v FROM data_versions WHERE name = 'activities'`))[0]!.v;

  /** Writes `p` in a transaction, then runs the set-based check; returns what the check threw. */
  async function bulkWrite(p: ActivityPlan, deferReferenceChecks: boolean): Promise<unknown> {
    try {
      await h.db.transaction(async (tx) => {
        const [batch] = await tx
          .insert(t.importBatches)
          .values({ kind: "activities", fileName: "t.csv", sha256: "a".repeat(64), createdBy: "test" })
          .returning();
        await writeActivities(tx, p, batch!.id, "test", { deferReferenceChecks });
        if (deferReferenceChecks) await checkBatchReferences(tx, batch!.id);
      });
      return null;
    } catch (error) {
      return error;
    }
  }

  it("is allowed on the test connection (a superuser)", async () => {
    expect(await h.db.transaction((tx) => canDeferReferenceChecks(tx))).toBe(true);
  });

  it("writes valid rows, their topic links and undo log, and bumps the data version once", async () => {
    const [before, v0] = [await count(), await version()];
    expect(await bulkWrite(plan(record("ok-1"), record("ok-2", { topics: ["N01", "N03"] })), true)).toBeNull();
    expect(await count()).toBe(before + 2);
    const links = await rows<{ n: number }>(
      h,
      sql`SELECT count(*)::int AS n FROM activity_topics l JOIN activities a ON a.id = l.activity_id WHERE a.external_ref IN ('ok-1', 'ok-2')`,
    );
    expect(links[0]!.n).toBe(3);
    expect(BigInt(await version())).toBeGreaterThan(BigInt(v0));
  });

  it("refuses a unit, form or topic missing from the catalogue, naming each, and writes nothing", async () => {
    const before = await count();
    const error = await bulkWrite(
      plan(record("bad-1", { organisationCode: "KHONG_CO" }), record("bad-2", { formCode: "F9", topics: ["N99"] })),
      true,
    );
    expect(error).toBeInstanceOf(BrokenReferenceError);
    expect((error as Error).message).toMatch(/unit KHONG_CO; form F9; topic N99/);
    expect(await count()).toBe(before);
  });

  it("without deferral the foreign keys refuse the same row themselves", async () => {
    const before = await count();
    const error = await bulkWrite(plan(record("bad-3", { organisationCode: "KHONG_CO" })), false);
    expect(String((error as { cause?: Error }).cause ?? error)).toMatch(/foreign key/);
    expect(await count()).toBe(before);
  });

  it("leaves per-row checks on for the rest of the transaction", async () => {
    const error = await h.db
      .transaction(async (tx) => {
        const [batch] = await tx
          .insert(t.importBatches)
          .values({ kind: "activities", fileName: "t.csv", sha256: "b".repeat(64), createdBy: "test" })
          .returning();
        await writeActivities(tx, plan(record("ok-3")), batch!.id, "test", { deferReferenceChecks: true });
        await tx.insert(t.activities).values({
          externalRef: "bad-4",
          organisationCode: "KHONG_CO",
          formCode: "F1",
          title: "x",
          startsOn: "2024-01-01",
          endsOn: "2024-01-01",
        });
      })
      .catch((e: unknown) => e);
    expect(String((error as { cause?: Error }).cause ?? error)).toMatch(/foreign key/);
  });
});
