import { createServiceToken } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

describe.each(testDrivers())("activity and topic-link mutations on %s", (driver) => {
  let api: Started;
  let editor: string;
  let analyst: string;
  beforeAll(async () => {
    api = await startApi(driver);
    editor = (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" }))
      .token;
    analyst = (await createServiceToken(api.handle.db, { name: "Phân tích", role: "analyst", createdBy: "test" }))
      .token;
  });
  afterAll(() => api?.close());

  async function gql(query: string, variables: Record<string, unknown>, token = editor) {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as {
      data?: Record<string, any>;
      errors?: { message: string; extensions: { code: string; field?: string } }[];
    };
  }
  const CREATE = `mutation($input: ActivityInput!) { createActivity(input: $input) { id title startsOn endsOn unit { code } form { code } topics { code } plan { number } } }`;
  const input = {
    unit: "SKHCN_NA.TTTT",
    form: "F1",
    topics: ["N04.03", "N02"],
    title: "Hướng dẫn nộp hồ sơ trực tuyến".normalize("NFD"),
    startsOn: "2024-05-06",
    plan: null,
    url: "https://ngheandost.gov.vn/tin-tuc/1",
    reach: 1200,
  };
  const count = async () =>
    (await api.gql<{ activities: { totalCount: number } }>(`{ activities { totalCount } }`)).data!.activities
      .totalCount;

  it("records an activity, NFC, end date defaulting to the start", async () => {
    const before = await count();
    const res = await gql(CREATE, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createActivity).toMatchObject({
      title: "Hướng dẫn nộp hồ sơ trực tuyến",
      startsOn: "2024-05-06",
      endsOn: "2024-05-06",
      unit: { code: "SKHCN_NA.TTTT" },
      topics: [{ code: "N02" }, { code: "N04.03" }],
    });
    expect(res.data!.createActivity.title).toBe(res.data!.createActivity.title.normalize("NFC"));
    expect(await count()).toBe(before + 1);
  });

  it.each([
    [{ startsOn: "2024-02-30" }, "input.startsOn"],
    [{ endsOn: "2024-05-01" }, "input.endsOn"],
    [{ reach: -5 }, "input.reach"],
    [{ topics: [] }, "input.topics"],
    [{ topics: ["N99"] }, "input.topics"],
    [{ unit: "KHONG_CO" }, "input.unit"],
    [{ url: "javascript:alert(1)" }, "input.url"],
  ])("refuses %j naming %s, writing nothing", async (change, field) => {
    const before = await count();
    const res = await gql(CREATE, { input: { ...input, ...change } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(await count()).toBe(before);
  });

  it("updates fields and topics, deletes, and answers NOT_FOUND after", async () => {
    const id = (await gql(CREATE, { input })).data!.createActivity.id;
    const upd = await gql(
      `mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { title topics { code } } }`,
      { id, input: { ...input, title: "Sửa tiêu đề", topics: ["N04.14"] } },
    );
    expect(upd.data!.updateActivity).toEqual({ title: "Sửa tiêu đề", topics: [{ code: "N04.14" }] });
    expect((await gql(`mutation($id: ID!) { deleteActivity(id: $id) }`, { id })).data!.deleteActivity).toBe(id);
    expect((await gql(`mutation($id: ID!) { deleteActivity(id: $id) }`, { id })).errors?.[0]?.extensions.code).toBe(
      "NOT_FOUND",
    );
  });

  it("replaces a topic's component links; refuses unknown components and analysts", async () => {
    const SET = `mutation($c: [ID!]!) { setTopicComponents(topic: "N04.12", components: $c) { code linkedComponents { id } } }`;
    const ok = await gql(SET, { c: ["PAPI.D1", "PAPI.D3", "SIPAS.GOPY"] });
    expect(ok.data!.setTopicComponents.linkedComponents.map((c: { id: string }) => c.id).sort()).toEqual([
      "PAPI.D1",
      "PAPI.D3",
      "SIPAS.GOPY",
    ]);
    expect((await gql(SET, { c: ["PAPI.D9"] })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await gql(SET, { c: [] }, analyst)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const still = await api.gql<{ topics: { code: string; linkedComponents: { id: string }[] }[] }>(
      `{ topics { code linkedComponents { id } } }`,
    );
    expect(still.data!.topics.find((t) => t.code === "N04.12")!.linkedComponents).toHaveLength(3);
  });
});
