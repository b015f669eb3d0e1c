import { createServiceToken, recordAudit, tables as t } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setTopicComponents } from "../src/modules/activities/activity-writes.service";
import { type Started, startApi } from "./helpers";

/** A write that fails leaves no audit event, and an event that cannot be written undoes its write. */
describe.each(testDrivers())("failed writes leave no audit event on %s", (driver) => {
  let api: Started;
  let editor: string;
  let viewer: string;
  let plan: string;
  beforeAll(async () => {
    api = await startApi(driver);
    editor = (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" }))
      .token;
    viewer = (await createServiceToken(api.handle.db, { name: "Lãnh đạo", role: "viewer", createdBy: "test" })).token;
    plan = (await api.gql<{ plan: { id: string } }>(`{ plan(number: "88/SKHCN-VP") { id } }`)).data!.plan.id;
  });
  afterAll(() => api?.close());

  const events = async () => (await api.handle.db.select({ id: t.auditEvents.id }).from(t.auditEvents)).length;
  /** Run a mutation that must fail with `code`, and check the trail did not grow. */
  async function refused(code: string, query: string, variables: Record<string, unknown> = {}, token = editor) {
    const before = await events();
    const res = await api.gqlAs(token, query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(await events()).toBe(before);
  }
  const activity = { unit: "SKHCN_NA.VP", form: "F1", topics: ["N03"], title: "Tập huấn", startsOn: "2024-05-06" };

  it("activity writes: bad input, a missing activity, an unknown component, a viewer", async () => {
    const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`;
    await refused("BAD_USER_INPUT", CREATE, { input: { ...activity, topics: ["N99"] } });
    await refused("FORBIDDEN", CREATE, { input: activity }, viewer);
    await refused(
      "NOT_FOUND",
      `mutation($input: ActivityInput!) { updateActivity(id: "999999", input: $input) { id } }`,
      { input: activity },
    );
    await refused("NOT_FOUND", `mutation { deleteActivity(id: "999999") }`);
    await refused(
      "BAD_USER_INPUT",
      `mutation { setTopicComponents(topic: "N04.12", components: ["PAPI.D9"]) { code } }`,
    );
  });

  it("plan writes: a topic listed twice, a target outside the year, a number already taken", async () => {
    const { data } = await api.gql<{ plan: { titleVi: string } }>(`query($id: ID!) { plan(id: $id) { titleVi } }`, {
      id: plan,
    });
    const input = {
      titleVi: data!.plan.titleVi,
      purposes: [],
      requirements: [],
      recipients: [],
      topics: [
        { topic: "N01", textVi: "a" },
        { topic: "N01", textVi: "b" },
      ],
      forms: [],
      responsibilities: [],
    };
    await refused(
      "BAD_USER_INPUT",
      `mutation($id: ID!, $input: PlanInput!) { updatePlan(id: $id, input: $input) { id } }`,
      {
        id: plan,
        input,
      },
    );
    await refused(
      "BAD_USER_INPUT",
      `mutation($plan: ID!, $targets: [PlanTargetInput!]!) { setPlanTargets(plan: $plan, targets: $targets) { id } }`,
      { plan, targets: [{ form: "F1", periodStart: "2021-01-01", periodEnd: "2021-12-31", quantity: 3 }] },
    );
    await refused(
      "BAD_USER_INPUT",
      `mutation($from: ID!) { copyPlan(from: $from, number: "88/SKHCN-VP", issuedOn: "2023-01-16") { id } }`,
      { from: plan },
    );
  });

  it("imports: a file with a rejected row (no batch either), an unknown batch", async () => {
    const csv =
      "Ngày bắt đầu,Đơn vị,Hình thức,Nội dung,Tiêu đề\n10/03/2022,Văn phòng Sở,F1,N03,Tập huấn một cửa\n31/02/2022,Văn phòng Sở,F1,N03,Ngày không có\n";
    const up = await fetch(`${api.url.replace(/\/graphql$/, "")}/uploads?name=log.csv`, {
      method: "POST",
      headers: { authorization: `Bearer ${editor}` },
      body: csv,
    });
    const { id } = (await up.json()) as { id: string };
    const batches = (await api.handle.db.select().from(t.importBatches)).length;
    await refused("BAD_USER_INPUT", `mutation { commitImport(upload: "${id}") { committed } }`);
    expect((await api.handle.db.select().from(t.importBatches)).length).toBe(batches);
    await refused("BAD_USER_INPUT", `mutation { undoImport(batch: "999999") { deleted } }`);
  });

  it("an event written in a transaction that then fails is rolled back with it", async () => {
    const before = await events();
    await expect(
      api.handle.db.transaction(async (tx) => {
        await recordAudit(tx, { name: "test" }, { operation: "updatePlan", entity: "plan", entityId: plan });
        throw new Error("the write failed after its event");
      }),
    ).rejects.toThrow("the write failed after its event");
    expect(await events()).toBe(before);
  });

  it("a write whose event cannot be stored does not happen", async () => {
    const links = async () =>
      (await api.handle.db.select().from(t.topicComponentLinks)).filter((l) => l.topicCode === "N04.12").length;
    const linked = await links();
    expect(linked).toBeGreaterThan(0);
    const before = await events();
    // actor_name is NOT NULL: the event's insert fails after the links were deleted in the same transaction.
    await expect(
      setTopicComponents(api.handle.db, "N04.12", [], { name: null as unknown as string }),
    ).rejects.toThrow();
    expect(await links()).toBe(linked);
    expect(await events()).toBe(before);
  });
});
