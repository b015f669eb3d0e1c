import { createServiceToken, tables as t } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

type Page = {
  events: {
    id: string;
    at: string;
    actorName: string;
    actorUserId: string | null;
    operation: string;
    entity: string;
    entityId: string | null;
    before: string | null;
    after: string | null;
  }[];
  hasNextPage: boolean;
  endCursor: string | null;
};
const Q = `query($filter: AuditFilter, $first: Int, $after: ID) { auditEvents(filter: $filter, first: $first, after: $after) { events { id at actorName actorUserId actorTokenId operation entity entityId before after requestId clientAddress } hasNextPage endCursor } }`;

/** The trail is for admins; they page through it newest first and filter it. */
describe.each(testDrivers())("auditEvents on %s", (driver) => {
  let api: Started;
  let admin: string;
  let editor: string;
  beforeAll(async () => {
    api = await startApi(driver);
    admin = (await createServiceToken(api.handle.db, { name: "Quản trị", role: "admin", createdBy: "test" })).token;
    editor = (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" }))
      .token;
    // Seven events over three days (UTC times; Vietnam is UTC+7).
    await api.handle.db
      .insert(t.auditEvents)
      .values([
        ev("2024-03-01T02:00:00Z", "Nguyễn Văn A", "u-a", "createActivity", "activity", "1", null, { title: "=1+1" }),
        ev("2024-03-01T09:00:00Z", "Nguyễn Văn A", "u-a", "updateActivity", "activity", "1", { n: 1 }, { n: 2 }),
        ev(
          "2024-03-01T18:00:00Z",
          "Trần Thị B",
          "u-b",
          "updatePlan",
          "plan",
          "1",
          { audience: "x" },
          { audience: "y" },
        ),
        ev(
          "2024-03-02T03:00:00Z",
          "Trần Thị B",
          "u-b",
          "setPlanTargets",
          "plan",
          "1",
          { targets: [] },
          { targets: [] },
        ),
        ev("2024-03-02T04:00:00Z", "npm (CLI)", null, "commitImport", "import_batch", "5", null, { kind: "pci" }),
        ev("2024-03-03T01:00:00Z", "Nguyễn Văn A", "u-a", "deleteActivity", "activity", "1", { n: 2 }, null),
        ev("2024-03-03T02:00:00Z", "Nguyễn Văn A", "u-a", "createActivity", "activity", "2", null, { n: 3 }),
      ]);
  });
  afterAll(() => api?.close());

  function ev(
    at: string,
    actorName: string,
    actorUserId: string | null,
    operation: string,
    entity: string,
    entityId: string,
    before: unknown,
    after: unknown,
  ) {
    return { at: new Date(at), actorName, actorUserId, operation, entity, entityId, before, after };
  }
  async function page(variables: Record<string, unknown>, token = admin) {
    const res = await api.gqlAs<{ auditEvents: Page }>(token, Q, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.auditEvents;
  }
  const ops = (p: Page) => p.events.map((e) => `${e.operation}:${e.entityId}`);

  it("is refused to editors and viewers (FORBIDDEN) and to the anonymous (UNAUTHENTICATED)", async () => {
    expect((await api.gqlAs(editor, Q, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await api.gql(Q, {})).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anon = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: Q }),
    });
    const body = (await anon.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("pages newest first by id, without gaps or repeats", async () => {
    const all = await page({ first: 500 });
    expect(all.hasNextPage).toBe(false);
    const ids = all.events.map((e) => Number(e.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 10; n++) {
      const p: Page = await page({ first: 3, after });
      seen.push(...p.events.map((e) => e.id));
      expect(p.events.length).toBeLessThanOrEqual(3);
      if (!p.hasNextPage) break;
      expect(p.endCursor).toBe(p.events.at(-1)!.id);
      after = p.endCursor;
    }
    expect(seen).toEqual(all.events.map((e) => e.id));
  });

  it("gives before and after as JSON text", async () => {
    const [e] = (await page({ filter: { operation: "updatePlan" } })).events;
    expect(e).toMatchObject({ actorName: "Trần Thị B", actorUserId: "u-b", entity: "plan", entityId: "1" });
    expect(JSON.parse(e!.before!)).toEqual({ audience: "x" });
    expect(JSON.parse(e!.after!)).toEqual({ audience: "y" });
    expect(e!.at).toBe("2024-03-01T18:00:00.000Z");
    const [created] = (await page({ filter: { operation: "createActivity", entityId: "1" } })).events;
    expect(created!.before).toBeNull();
  });

  it("filters by entity, id, actor (account id or part of the name), operation and time", async () => {
    expect(ops(await page({ filter: { entity: "activity", entityId: "1" } }))).toEqual([
      "deleteActivity:1",
      "updateActivity:1",
      "createActivity:1",
    ]);
    expect(ops(await page({ filter: { actor: "trần thị" } }))).toEqual(["setPlanTargets:1", "updatePlan:1"]);
    expect(ops(await page({ filter: { actor: "u-b" } }))).toEqual(["setPlanTargets:1", "updatePlan:1"]);
    expect(ops(await page({ filter: { actor: "100%" } }))).toEqual([]);
    expect(ops(await page({ filter: { operation: "commitImport" } }))).toEqual(["commitImport:5"]);
    // Days are Vietnam's: 2 March (UTC+7) runs from 1 March 17:00 to 2 March 17:00 UTC.
    expect(ops(await page({ filter: { from: "2024-03-02", to: "2024-03-02" } }))).toEqual([
      "commitImport:5",
      "setPlanTargets:1",
      "updatePlan:1",
    ]);
    expect(
      ops(await page({ filter: { entity: "activity", from: "2024-03-01T09:00:00Z", to: "2024-03-03T01:00:00Z" } })),
    ).toEqual(["deleteActivity:1", "updateActivity:1"]);
  });

  it("caps a page at 500 and refuses bad arguments", async () => {
    await api.handle.db
      .insert(t.auditEvents)
      .values(
        Array.from({ length: 510 }, (_, i) =>
          ev("2024-04-01T00:00:00Z", "Máy", null, "bulk", "activity", String(i), null, null),
        ),
      );
    const p = await page({ first: 100000, filter: { operation: "bulk" } });
    expect(p.events).toHaveLength(500);
    expect(p.hasNextPage).toBe(true);
    const rest = await page({ first: 100000, filter: { operation: "bulk" }, after: p.endCursor });
    expect(rest.events).toHaveLength(10);
    expect(rest.hasNextPage).toBe(false);
    for (const variables of [{ first: 0 }, { after: "abc" }, { filter: { from: "2024-02-30" } }])
      expect((await api.gqlAs(admin, Q, variables)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
