import { createServiceToken, listAuditEvents } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

type Edit = { key: string; text: string; updatedBy: string; updatedAt: string };
const SAVE = `mutation($plan: ID!, $year: Int!, $edits: [ReportEditInput!]!) {
  saveReportEdits(plan: $plan, year: $year, edits: $edits) { key text updatedBy updatedAt } }`;
const READ = `query($plan: ID!, $year: Int) { orientationReport(plan: $plan, year: $year) {
  sections { paragraphs { id text } } edits { key text updatedBy updatedAt } } }`;

describe.each(testDrivers())("the report's saved paragraph edits on %s", (driver) => {
  let api: Started;
  let editor: string;
  let plan: string;
  beforeAll(async () => {
    api = await startApi(driver);
    editor = (await createServiceToken(api.handle.db, { name: "Văn phòng Sở", role: "editor", createdBy: "test" }))
      .token;
    plan = (await api.gql<{ plan: { id: string } }>(`{ plan(number: "88/SKHCN-VP") { id } }`)).data!.plan.id;
  });
  afterAll(() => api?.close());

  const read = async (year = 2022) => {
    const res = await api.gql<{
      orientationReport: { sections: { paragraphs: { id: string; text: string }[] }[]; edits: Edit[] };
    }>(READ, { plan, year });
    expect(res.errors).toBeUndefined();
    return res.data!.orientationReport;
  };
  const save = (edits: { key: string; text: string }[], year = 2022, token = editor) =>
    api.gqlAs<{ saveReportEdits: Edit[] }>(token, SAVE, { plan, year, edits });
  const events = () => listAuditEvents(api.handle.db, { operation: "saveReportEdits" }, 10);

  it("saves edits in one transaction with one audit event, and reads them back with who and when", async () => {
    const before = await read();
    const generated = before.sections[2]!.paragraphs.find((p) => p.id === "III.1")!.text;
    expect(before.edits).toEqual([]);
    const res = await save([
      { key: "III.1", text: "Ưu điểm: các đơn vị phối hợp tốt." },
      // Typed on a Mac (NFD): stored NFC, trimmed.
      { key: "I.2", text: "  Theo đơn vị: Văn phòng Sở dẫn đầu. ".normalize("NFD") },
    ]);
    expect(res.errors).toBeUndefined();
    // Who: the token's account, as the audit trail names it ("Văn phòng Sở (token n)").
    const who = expect.stringMatching(/^Văn phòng Sở \(token \d+\)$/);
    expect(res.data!.saveReportEdits.map((e) => [e.key, e.text, e.updatedBy])).toEqual([
      ["I.2", "Theo đơn vị: Văn phòng Sở dẫn đầu.", who],
      ["III.1", "Ưu điểm: các đơn vị phối hợp tốt.", who],
    ]);
    const after = await read();
    expect(after.edits).toEqual(res.data!.saveReportEdits);
    expect(Date.now() - Date.parse(after.edits[0]!.updatedAt)).toBeLessThan(60_000);
    // The sections stay as generated; another year has none of these edits.
    expect(after.sections[2]!.paragraphs.find((p) => p.id === "III.1")!.text).toBe(generated);
    expect((await read(2023)).edits).toEqual([]);

    const [event, ...rest] = await events();
    expect(rest).toEqual([]);
    expect(event).toMatchObject({
      operation: "saveReportEdits",
      entity: "report",
      entityId: `${plan}/2022`,
      actorName: who,
      before: { plan: "88/SKHCN-VP", year: 2022, paragraphs: { "I.2": null, "III.1": null } },
      after: {
        plan: "88/SKHCN-VP",
        year: 2022,
        paragraphs: { "I.2": "Theo đơn vị: Văn phòng Sở dẫn đầu.", "III.1": "Ưu điểm: các đơn vị phối hợp tốt." },
      },
    });
  });

  it("records old → new, takes an empty text back to the generated paragraph, and skips unchanged ones", async () => {
    const res = await save([
      { key: "III.1", text: "Ưu điểm: phối hợp tốt, chủ động." },
      { key: "I.2", text: "" },
    ]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveReportEdits.map((e) => e.key)).toEqual(["III.1"]);
    const [event] = await events();
    expect(event!.before).toMatchObject({
      paragraphs: { "I.2": "Theo đơn vị: Văn phòng Sở dẫn đầu.", "III.1": "Ưu điểm: các đơn vị phối hợp tốt." },
    });
    expect(event!.after).toMatchObject({ paragraphs: { "I.2": null, "III.1": "Ưu điểm: phối hợp tốt, chủ động." } });
    const count = (await events()).length;
    expect((await save([{ key: "III.1", text: "Ưu điểm: phối hợp tốt, chủ động." }])).errors).toBeUndefined();
    expect(await events()).toHaveLength(count);
  });

  it("lays the saved edits out in the DOCX", async () => {
    const res = await fetch(`${api.url.replace("/graphql", "")}/export/report.docx?plan=${plan}&year=2022`, {
      headers: { authorization: `Bearer ${api.viewerToken}` },
    });
    expect(res.status).toBe(200);
    const xml = await (await JSZip.loadAsync(Buffer.from(await res.arrayBuffer())))
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("Ưu điểm: phối hợp tốt, chủ động.");
  });

  it("refuses a viewer, an unknown paragraph id and a key given twice, writing nothing", async () => {
    const count = (await events()).length;
    const viewer = await save([{ key: "III.1", text: "Lãnh đạo sửa." }], 2022, api.viewerToken);
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = await save([{ key: "V.1", text: "x" }]);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const twice = await save([
      { key: "I.1", text: "a" },
      { key: "I.1", text: "b" },
    ]);
    expect(twice.errors?.[0]?.message).toContain("given twice");
    expect(await events()).toHaveLength(count);
    expect((await read()).edits.map((e) => e.text)).toEqual(["Ưu điểm: phối hợp tốt, chủ động."]);
  });
});
