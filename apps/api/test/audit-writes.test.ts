import { tables as t } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { auditedEditor } from "./audit-harness";

type Plan = {
  titleVi: string;
  implementsText: string | null;
  purposes: string[];
  requirements: string[];
  audience: string | null;
  recipients: string[];
  topics: { topic: { code: string }; textVi: string }[];
  forms: { form: { code: string }; descriptionVi: string }[];
  responsibilities: { organisation: { code: string } | null; duty: string; dutyVi: string }[];
};

/**
 * Every edit of an activity, a topic's links or a plan leaves exactly one audit event, in its own
 * transaction, naming the token's account, the request and the values before and after.
 * (Imports: audit-imports.test.ts.)
 */
describe.each(testDrivers())("each edit leaves one audit event on %s", (driver) => {
  const { api, gql, oneEvent, markSeen } = auditedEditor(driver);
  let plan: string;
  beforeAll(async () => {
    plan = (await api().gql<{ plan: { id: string } }>(`{ plan(number: "88/SKHCN-VP") { id } }`)).data!.plan.id;
    await markSeen();
  });

  const activity = {
    unit: "SKHCN_NA.TTTT",
    form: "F1",
    topics: ["N04.03", "N02"],
    title: "Tọa đàm dịch vụ công trực tuyến",
    startsOn: "2024-05-06",
    reach: 1200,
  };
  const shown = {
    title: "Tọa đàm dịch vụ công trực tuyến",
    startsOn: "2024-05-06",
    endsOn: "2024-05-06",
    unit: "SKHCN_NA.TTTT",
    form: "F1",
    plan: null,
    channel: null,
    audience: null,
    participants: null,
    reach: 1200,
    url: null,
    notes: null,
    topics: ["N02", "N04.03"],
  };
  let activityId: string;

  it("createActivity: after = the activity's fields and topics", async () => {
    const { data, requestId } = await gql(`mutation($input: ActivityInput!) { createActivity(input: $input) { id } }`, {
      input: activity,
    });
    activityId = data.createActivity.id;
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({ operation: "createActivity", entity: "activity", entityId: activityId, before: null });
    expect(e.after).toEqual(shown);
  });

  it("updateActivity: before and after", async () => {
    const { requestId } = await gql(
      `mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id } }`,
      { id: activityId, input: { ...activity, title: "Tọa đàm (sửa)", topics: ["N04.14"], reach: null } },
    );
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({ operation: "updateActivity", entity: "activity", entityId: activityId });
    expect(e.before).toEqual(shown);
    expect(e.after).toEqual({ ...shown, title: "Tọa đàm (sửa)", topics: ["N04.14"], reach: null });
  });

  it("deleteActivity: before = what was deleted", async () => {
    const { requestId } = await gql(`mutation($id: ID!) { deleteActivity(id: $id) }`, { id: activityId });
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({ operation: "deleteActivity", entity: "activity", entityId: activityId, after: null });
    expect(e.before).toEqual({ ...shown, title: "Tọa đàm (sửa)", topics: ["N04.14"], reach: null });
  });

  it("setTopicComponents: the component ids before and after", async () => {
    const linked = (await api().handle.db.select().from(t.topicComponentLinks))
      .filter((l) => l.topicCode === "N04.12")
      .map((l) => l.componentId)
      .sort();
    const { requestId } = await gql(
      `mutation { setTopicComponents(topic: "N04.12", components: ["SIPAS.GOPY", "PAPI.D1"]) { code } }`,
    );
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({
      operation: "setTopicComponents",
      entity: "topic",
      entityId: "N04.12",
      before: { components: linked },
      after: { components: ["PAPI.D1", "SIPAS.GOPY"] },
    });
  });

  it("updatePlan: only the parts that changed, before and after", async () => {
    const { data } = await gql<{ plan: Plan }>(
      `query($id: ID!) { plan(id: $id) { titleVi implementsText purposes requirements audience recipients topics { topic { code } textVi } forms { form { code } descriptionVi } responsibilities { organisation { code } duty dutyVi } } }`,
      { id: plan },
    );
    await markSeen();
    const p = data.plan;
    const input = {
      titleVi: p.titleVi,
      implementsText: p.implementsText,
      purposes: p.purposes,
      requirements: p.requirements,
      audience: "Cán bộ, công chức và người dân",
      recipients: p.recipients,
      topics: p.topics.filter((x) => x.topic.code !== "N04.10").map((x) => ({ topic: x.topic.code, textVi: x.textVi })),
      forms: p.forms.map((x) => ({ form: x.form.code, descriptionVi: x.descriptionVi })),
      responsibilities: p.responsibilities.map((r) => ({
        unit: r.organisation?.code ?? null,
        duty: r.duty,
        dutyVi: r.dutyVi,
      })),
    };
    const { requestId } = await gql(
      `mutation($id: ID!, $input: PlanInput!) { updatePlan(id: $id, input: $input) { id } }`,
      { id: plan, input },
    );
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({ operation: "updatePlan", entity: "plan", entityId: plan });
    const before = e.before as Partial<Plan>;
    const after = e.after as Partial<Plan>;
    expect(Object.keys(before).sort()).toEqual(["audience", "topics"]);
    expect(Object.keys(after).sort()).toEqual(["audience", "topics"]);
    expect(before.audience).toBe(p.audience);
    expect(after.audience).toBe("Cán bộ, công chức và người dân");
    expect(before.topics).toEqual(p.topics.map((x) => ({ topic: x.topic.code, textVi: x.textVi })));
    expect(after.topics).toEqual(input.topics);
  });

  const SET = `mutation($plan: ID!, $targets: [PlanTargetInput!]!) { setPlanTargets(plan: $plan, targets: $targets) { id } }`;
  const target = (form: string, unit: string | null, quantity: number, periodStart = "2022-01-01") => ({
    form,
    unit,
    periodStart,
    periodEnd: "2022-12-31",
    quantity,
  });

  it("setPlanTargets: old → new, cells kept in place rather than deleted and re-inserted", async () => {
    const first = await gql(SET, {
      plan,
      targets: [target("F1", null, 10), target("F2", "SKHCN_NA.TTTT", 4), target("F3", null, 2)],
    });
    const e1 = await oneEvent(first.requestId);
    expect(e1).toMatchObject({ operation: "setPlanTargets", entity: "plan", entityId: plan });
    expect(e1.before).toEqual({ targets: [] });
    expect(e1.after).toEqual({
      targets: [target("F1", null, 10), target("F2", "SKHCN_NA.TTTT", 4), target("F3", null, 2)],
    });
    const kept = (await api().handle.db.select().from(t.planTargets)).find((r) => r.formCode === "F1")!;

    // F1 changes, F2 is dropped, F3 stays as it was, F4 is new.
    const second = await gql(SET, {
      plan,
      targets: [target("F1", null, 12), target("F3", null, 2), target("F4", null, 1, "2022-07-01")],
    });
    const e2 = await oneEvent(second.requestId);
    expect(e2.before).toEqual({ targets: [target("F1", null, 10), target("F2", "SKHCN_NA.TTTT", 4)] });
    expect(e2.after).toEqual({ targets: [target("F1", null, 12), target("F4", null, 1, "2022-07-01")] });
    const rows = await api().handle.db.select().from(t.planTargets);
    expect(rows.map((r) => `${r.formCode}:${r.quantity}`).sort()).toEqual(["F1:12", "F3:2", "F4:1"]);
    expect(rows.find((r) => r.formCode === "F1")).toMatchObject({ id: kept.id, createdAt: kept.createdAt });
  });

  it("copyPlan: after = what the new plan got, naming its source", async () => {
    const { data, requestId } = await gql(
      `mutation($from: ID!) { copyPlan(from: $from, number: "Dự thảo 2023", issuedOn: "2023-01-16") { id } }`,
      { from: plan },
    );
    const e = await oneEvent(requestId);
    expect(e).toMatchObject({ operation: "copyPlan", entity: "plan", entityId: data.copyPlan.id, before: null });
    expect(e.after).toMatchObject({
      copiedFrom: { id: Number(plan), number: "88/SKHCN-VP" },
      number: "Dự thảo 2023",
      year: 2023,
      issuedOn: "2023-01-16",
      targets: [
        { form: "F1", unit: null, periodStart: "2023-01-01", periodEnd: "2023-12-31", quantity: 12 },
        { form: "F3", unit: null, periodStart: "2023-01-01", periodEnd: "2023-12-31", quantity: 2 },
        { form: "F4", unit: null, periodStart: "2023-07-01", periodEnd: "2023-12-31", quantity: 1 },
      ],
    });
    expect((e.after as { topics: string[] }).topics).not.toContain("N04.10");
  });
});
