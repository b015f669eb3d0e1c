import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../src/audit";
import type { DbHandle } from "../src/client";
import * as t from "../src/schema/index";
import { createTestDb, testDrivers } from "../src/testing";

/** The audit trail can be appended to and read, never changed or emptied, whoever connects. */
describe.each(testDrivers())("audit_events is append-only on %s", (driver) => {
  let h: DbHandle;
  let id: number;
  beforeAll(async () => {
    h = await createTestDb(driver);
    await recordAudit(
      h.db,
      { name: "Văn phòng Sở", userId: "u-1", tokenId: 7, requestId: "req-1", address: "10.0.0.5" },
      { operation: "updateActivity", entity: "activity", entityId: 42, before: { title: "A" }, after: { title: "B" } },
    );
    [{ id }] = (await h.db.select({ id: t.auditEvents.id }).from(t.auditEvents)) as [{ id: number }];
  });
  afterAll(() => h?.close());

  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (error) {
      const e = error as { cause?: { message?: string }; message: string };
      return `${e.message} ${e.cause?.message ?? ""}`;
    }
    throw new Error("expected the database to refuse the statement");
  };
  const stored = async () => h.db.select().from(t.auditEvents).where(eq(t.auditEvents.id, id));

  it("stores an event with its actor, request and values", async () => {
    const [row] = await stored();
    expect(row).toMatchObject({
      actorName: "Văn phòng Sở",
      actorUserId: "u-1",
      actorTokenId: 7,
      operation: "updateActivity",
      entity: "activity",
      entityId: "42",
      before: { title: "A" },
      after: { title: "B" },
      requestId: "req-1",
      clientAddress: "10.0.0.5",
    });
  });

  it("refuses UPDATE", async () => {
    expect(
      await refusal(h.db.update(t.auditEvents).set({ actorName: "ai đó" }).where(eq(t.auditEvents.id, id))),
    ).toMatch(/append-only \(UPDATE refused\)/);
    expect((await stored())[0]!.actorName).toBe("Văn phòng Sở");
  });

  it("refuses DELETE", async () => {
    expect(await refusal(h.db.delete(t.auditEvents).where(eq(t.auditEvents.id, id)))).toMatch(
      /append-only \(DELETE refused\)/,
    );
    expect(await stored()).toHaveLength(1);
  });

  it("refuses TRUNCATE", async () => {
    expect(await refusal(h.db.execute(sql`TRUNCATE audit_events`))).toMatch(/append-only \(TRUNCATE refused\)/);
    expect(await stored()).toHaveLength(1);
  });

  it("refuses them with triggers set aside for replication too (ENABLE ALWAYS)", async () => {
    const attempt = h.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(sql`DELETE FROM audit_events`);
    });
    expect(await refusal(attempt)).toMatch(/append-only/);
    expect(await stored()).toHaveLength(1);
  });

  it("still takes new events", async () => {
    await recordAudit(h.db, { name: "hệ thống" }, { operation: "seed", entity: "database" });
    const rows = await h.db.select().from(t.auditEvents);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id !== id)).toMatchObject({ before: null, after: null, entityId: null });
  });
});
