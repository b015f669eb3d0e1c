import { testDrivers } from "@cchc/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { editorToken, useApi } from "./helpers";

type Plan = {
  id: string;
  titleVi: string;
  purposes: string[];
  recipients: string[];
  topics: { topic: { code: string }; textVi: string }[];
  forms: { form: { code: string }; descriptionVi: string }[];
  responsibilities: {
    organisation: { code: string } | null;
    appliesToAllUnits: boolean;
    duty: string;
    dutyVi: string;
  }[];
};
const PLAN = `{ plan(number: "88/SKHCN-VP") { id titleVi implementsText purposes requirements audience recipients topics { topic { code } textVi } forms { form { code } descriptionVi } responsibilities { organisation { code } appliesToAllUnits duty dutyVi } } }`;
const UPDATE = `mutation($id: ID!, $input: PlanInput!) { updatePlan(id: $id, input: $input) { titleVi } }`;

describe.each(testDrivers())("editing a plan on %s", (driver) => {
  const api = useApi(driver);
  let editor: string;
  beforeAll(async () => {
    editor = await editorToken(api);
  });
  const read = async () => (await api.gql<{ plan: Plan & Record<string, unknown> }>(PLAN)).data!.plan;
  const asEditor = (variables: Record<string, unknown>) => api.gqlAs(editor, UPDATE, variables);
  const inputOf = (p: Awaited<ReturnType<typeof read>>) => ({
    titleVi: p.titleVi,
    implementsText: p.implementsText,
    purposes: p.purposes,
    requirements: p.requirements,
    audience: p.audience,
    recipients: p.recipients,
    topics: p.topics.map((x) => ({ topic: x.topic.code, textVi: x.textVi })),
    forms: p.forms.map((x) => ({ form: x.form.code, descriptionVi: x.descriptionVi })),
    responsibilities: p.responsibilities.map((r) => ({
      unit: r.organisation?.code ?? null,
      duty: r.duty as string | undefined,
      role: undefined as string | undefined,
      dutyVi: r.dutyVi,
    })),
  });

  it("rewrites a topic (stored NFC), drops another and adds a duty, in one go", async () => {
    const before = await read();
    const input = inputOf(before);
    input.topics[0]!.textVi = "Chủ trương, chính sách mới về cải cách hành chính".normalize("NFD");
    input.topics = input.topics.filter((x) => x.topic !== "N04.10");
    input.responsibilities.push({
      unit: "SKHCN_NA.TTTT",
      duty: "implement",
      role: undefined,
      dutyVi: "Đăng tải chuyên mục CCHC hằng tháng.",
    });
    expect((await asEditor({ id: before.id, input })).errors).toBeUndefined();
    const after = await read();
    expect(after.topics[0]!.textVi).toBe("Chủ trương, chính sách mới về cải cách hành chính".normalize("NFC"));
    expect(after.topics.map((x) => x.topic.code)).not.toContain("N04.10");
    expect(after.topics).toHaveLength(before.topics.length - 1);
    expect(after.responsibilities.at(-1)).toEqual({
      organisation: { code: "SKHCN_NA.TTTT" },
      appliesToAllUnits: false,
      duty: "implement",
      dutyVi: "Đăng tải chuyên mục CCHC hằng tháng.",
    });
    expect(after.forms).toEqual(before.forms);
  });

  it("still reads and takes a duty under its deprecated old name role, the same value", async () => {
    const before = await read();
    const old = await api.gql<{ plan: { responsibilities: { role: string; duty: string }[] } }>(
      `{ plan(number: "88/SKHCN-VP") { responsibilities { role duty } } }`,
    );
    expect(old.errors).toBeUndefined();
    expect(old.data!.plan.responsibilities.map((r) => r.role)).toEqual(before.responsibilities.map((r) => r.duty));
    expect(old.data!.plan.responsibilities.every((r) => r.role === r.duty)).toBe(true);
    const input = inputOf(before);
    input.responsibilities = input.responsibilities.map((r) => ({ ...r, duty: undefined, role: r.duty }));
    input.responsibilities[0]!.role = "monitor";
    expect((await asEditor({ id: before.id, input })).errors).toBeUndefined();
    expect((await read()).responsibilities.map((r) => r.duty)).toEqual([
      "monitor",
      ...before.responsibilities.slice(1).map((r) => r.duty),
    ]);
    expect((await asEditor({ id: before.id, input: inputOf(before) })).errors).toBeUndefined();
    expect(await read()).toEqual(before);
  });

  it("refuses a bad entry naming the list, entry and reason, and writes nothing; viewers may not edit", async () => {
    const before = await read();
    const input = inputOf(before);
    input.titleVi = "Tiêu đề khác";
    input.responsibilities[1] = { ...input.responsibilities[1]!, duty: "chủ trì" };
    const res = await asEditor({ id: before.id, input });
    expect(res.errors?.[0]?.message).toBe('responsibilities 2: duty must be lead, monitor or implement, got "chủ trì"');
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.responsibilities[1].duty",
    });
    const none = inputOf(before);
    none.responsibilities[0] = { ...none.responsibilities[0]!, duty: undefined };
    expect((await asEditor({ id: before.id, input: none })).errors?.[0]?.message).toBe(
      "responsibilities 1: duty must be lead, monitor or implement, got none",
    );
    const disagree = inputOf(before);
    disagree.responsibilities[0] = { ...disagree.responsibilities[0]!, duty: "lead", role: "monitor" };
    expect((await asEditor({ id: before.id, input: disagree })).errors?.[0]?.message).toBe(
      'responsibilities 1: duty "lead" and its old name role "monitor" disagree; give duty only',
    );
    const unknown = await asEditor({
      id: before.id,
      input: { ...inputOf(before), topics: [{ topic: "N99", textVi: "x" }] },
    });
    expect(unknown.errors?.[0]?.message).toBe('topics 1: unknown topic "N99"');
    const forms = inputOf(before).forms;
    const twice = await asEditor({ id: before.id, input: { ...inputOf(before), forms: [...forms, forms[0]!] } });
    expect(twice.errors?.[0]?.message).toBe("forms: a form is listed twice");
    const blank = await asEditor({
      id: before.id,
      input: { ...inputOf(before), forms: [{ ...forms[0]!, descriptionVi: " " }] },
    });
    expect(blank.errors?.[0]?.message).toBe("forms 1: text must not be empty");
    expect(await read()).toEqual(before);
    expect((await api.gql(UPDATE, { id: before.id, input: inputOf(before) })).errors?.[0]?.extensions?.code).toBe(
      "FORBIDDEN",
    );
  });
});
