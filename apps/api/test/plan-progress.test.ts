import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editorToken, type Started, startApi } from "./helpers";

type Row = {
  unit: { code: string } | null;
  form: { code: string } | null;
  delivered: number;
  target: number | null;
  targetToDate: number | null;
  ratio: number | null;
  status: string;
};
type Progress = {
  asOf: string;
  rule: string;
  rows: Row[];
  byForm: Row[];
  byUnit: Row[];
  topicsWithoutActivity: { code: string }[];
  unitsIdleThisQuarter: { code: string }[];
};
const ROW = "unit { code } form { code } delivered target targetToDate ratio status";
const Q = `query($plan: ID!, $asOf: Date) { planProgress(plan: $plan, asOf: $asOf) { asOf rule rows { ${ROW} } byForm { ${ROW} } byUnit { ${ROW} } topicsWithoutActivity { code } unitsIdleThisQuarter { code } } }`;
const SET = `mutation($plan: ID!, $targets: [PlanTargetInput!]!) { setPlanTargets(plan: $plan, targets: $targets) { targets { form { code } unit { code } periodStart periodEnd quantity } } }`;

describe.each(testDrivers())("plan monitoring on %s", (driver) => {
  let api: Started;
  let editor: string;
  let plan: string;
  beforeAll(async () => {
    api = await startApi(driver);
    editor = await editorToken(api);
    plan = (await api.gql<{ plan: { id: string } }>(`{ plan(number: "88/SKHCN-VP") { id } }`)).data!.plan.id;
  });
  afterAll(() => api?.close());
  const asEditor = (query: string, variables: Record<string, unknown>) => api.gqlAs(editor, query, variables);
  const progress = async (asOf?: string) => {
    const res = await api.gql<{ planProgress: Progress }>(Q, { plan, asOf });
    expect(res.errors).toBeUndefined();
    return res.data!.planProgress;
  };
  /** Delivered per unit|form under the plan up to a date, from activityStats — the dashboard's own query. */
  const delivered = async (to: string) => {
    const { data } = await api.gql<{ activityStats: { keys: string[]; count: number }[] }>(
      `query($to: Date) { activityStats(groupBy: [PLAN, UNIT, FORM], filter: { to: $to }) { keys count } }`,
      { to },
    );
    return new Map(
      data!.activityStats.filter((g) => g.keys[0] === plan).map((g) => [`${g.keys[1]}|${g.keys[2]}`, g.count]),
    );
  };

  it("without targets: every cell grey, delivered as activityStats counts them, seen at the plan's year end", async () => {
    const p = await progress();
    expect(p.asOf).toBe("2022-12-31");
    expect(p.rule).toMatch(/^Chỉ tiêu đến ngày = .*Xanh: .*vàng: .*đỏ: dưới 70%/);
    const expected = await delivered("2022-12-31");
    expect(new Map(p.rows.map((r) => [`${r.unit!.code}|${r.form!.code}`, r.delivered]))).toEqual(expected);
    expect(p.byForm.reduce((a, r) => a + r.delivered, 0)).toBe(26);
    expect(p.byForm.map((r) => r.form!.code)).toEqual(["F1", "F2", "F3", "F4", "F5"]);
    expect(new Set(p.rows.map((r) => r.status))).toEqual(new Set(["NO_TARGET"]));
  });

  it("pro-rates quarterly targets to the date and lights each cell by the stated rule", async () => {
    const targets = [
      { form: "F1", unit: "SKHCN_NA.TTTT", periodStart: "2022-01-01", periodEnd: "2022-03-31", quantity: 3 },
      { form: "F1", unit: "SKHCN_NA.TTTT", periodStart: "2022-04-01", periodEnd: "2022-06-30", quantity: 3 },
      { form: "F1", unit: "SKHCN_NA.TTTT", periodStart: "2022-07-01", periodEnd: "2022-09-30", quantity: 3 },
      { form: "F2", unit: "SKHCN_NA.VP", periodStart: "2022-01-01", periodEnd: "2022-12-31", quantity: 4 },
      { form: "F4", unit: null, periodStart: "2022-01-01", periodEnd: "2022-12-31", quantity: 12 },
    ];
    const set = await asEditor(SET, { plan, targets });
    expect(set.errors).toBeUndefined();
    const p = await progress("2022-06-30");
    const got = await delivered("2022-06-30");
    const tttt = p.rows.find((r) => r.unit?.code === "SKHCN_NA.TTTT" && r.form?.code === "F1")!;
    expect(tttt).toMatchObject({ delivered: got.get("SKHCN_NA.TTTT|F1") ?? 0, target: 9, targetToDate: 6 });
    const vp = p.rows.find((r) => r.unit?.code === "SKHCN_NA.VP" && r.form?.code === "F2")!;
    expect(vp.targetToDate).toBeCloseTo((4 * 181) / 365, 10); // 1 Jan – 30 Jun is 181 of 365 days
    for (const r of [tttt, vp]) {
      const ratio = r.delivered / r.targetToDate!;
      expect(r.ratio).toBeCloseTo(ratio, 10);
      expect(r.status).toBe(ratio >= 1 ? "ON_TRACK" : ratio >= 0.7 ? "BEHIND" : "FAR_BEHIND");
    }
    // The Department-wide F4 target counts every unit's F4 activities.
    const f4 = p.byForm.find((r) => r.form?.code === "F4")!;
    const f4Delivered = [...got.entries()].filter(([k]) => k.endsWith("|F4")).reduce((a, [, n]) => a + n, 0);
    expect(f4).toMatchObject({ unit: null, delivered: f4Delivered, target: 12 });
    expect(f4.ratio).toBeCloseTo(f4Delivered / ((12 * 181) / 365), 10);
  });

  it("lists the plan's topics without activity and the units idle in the quarter", async () => {
    const p = await progress("2022-01-31");
    const { data } = await api.gql<{ plan: { topics: { topic: { code: string } }[] } }>(
      `{ plan(number: "88/SKHCN-VP") { topics { topic { code } } } }`,
    );
    const all = data!.plan.topics.map((t) => t.topic.code);
    expect(p.topicsWithoutActivity.length).toBeGreaterThan(0);
    expect(p.topicsWithoutActivity.every((t) => all.includes(t.code))).toBe(true);
    const yearEnd = await progress();
    expect(yearEnd.topicsWithoutActivity.length).toBeLessThan(p.topicsWithoutActivity.length);
    const { data: q } = await api.gql<{ activityStats: { keys: string[] }[] }>(
      `{ activityStats(groupBy: [UNIT], filter: { from: "2022-01-01", to: "2022-01-31" }) { keys } }`,
    );
    const active = new Set(q!.activityStats.map((g) => g.keys[0]));
    expect(p.unitsIdleThisQuarter.map((u) => u.code).some((c) => active.has(c))).toBe(false);
  });

  it("refuses bad targets naming the row and field, and writes nothing; viewers may not set targets", async () => {
    const before = await progress();
    const bad = await asEditor(SET, {
      plan,
      targets: [
        { form: "F1", periodStart: "2022-01-01", periodEnd: "2022-12-31", quantity: 5 },
        { form: "F1", unit: "SKHCN_NA.VP", periodStart: "2022-01-01", periodEnd: "2022-12-31", quantity: -1 },
      ],
    });
    expect(bad.errors?.[0]?.message).toBe("row 2: quantity must be a whole number ≥ 0, got -1");
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const outside = await asEditor(SET, {
      plan,
      targets: [{ form: "F1", periodStart: "2023-01-01", periodEnd: "2023-03-31", quantity: 5 }],
    });
    expect(outside.errors?.[0]?.message).toBe("row 1: period 2023-01-01–2023-03-31 is outside the plan's year 2022");
    expect(await progress()).toEqual(before);
    expect((await api.gql(SET, { plan, targets: [] })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("exports the monitoring table as XLSX", async () => {
    const res = await fetch(
      `${api.url.replace("/graphql", "")}/export/plan-progress.xlsx?plan=${plan}&asOf=2022-06-30`,
      { headers: { authorization: `Bearer ${api.viewerToken}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="theo-doi-ke-hoach-2022-2022-06-30.xlsx"',
    );
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});
