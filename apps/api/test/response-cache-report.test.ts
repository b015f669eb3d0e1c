import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryStore } from "../src/plugins/response-cache";
import { editorToken, type Started, startApi } from "./helpers";

const READ = `query($plan: ID!) { orientationReport(plan: $plan, year: 2022) {
  sections { paragraphs { id text } } edits { key text } } }`;
const SAVE = `mutation($plan: ID!) { saveReportEdits(plan: $plan, year: 2022, edits: [{ key: "III.1", text: "Đã sửa." }]) { key } }`;

async function post(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: { orientationReport: { edits: { key: string; text: string }[] } } };
  return { hit: res.headers.get("x-cache") === "hit", body };
}

// The year-end report runs 12 statements and the impact verdicts; the Office reads it again on
// every visit to /bao-cao while editing, so a repeat is served from the cache, and a saved edit
// (a mutation: the data version moves) shows on the next read.
describe("response cache serves the year-end report (PGlite, memory)", () => {
  let api: Started;
  let editor: string;
  let plan: string;
  let statements = 0;
  beforeAll(async () => {
    api = await startApi("pglite", { onQuery: () => statements++, deps: { responseCache: memoryStore() } });
    editor = await editorToken(api);
    plan = (await api.gql<{ plan: { id: string } }>(`{ plan(number: "88/SKHCN-VP") { id } }`)).data!.plan.id;
  });
  afterAll(() => api?.close());

  it("answers a repeated report from the cache, and a saved edit on the next read", async () => {
    const first = await post(api.url, editor, READ, { plan });
    statements = 0;
    const again = await post(api.url, editor, READ, { plan });
    expect([first.hit, again.hit]).toEqual([false, true]);
    expect(again.body).toEqual(first.body);
    expect(statements).toBeLessThanOrEqual(2); // the token and the data version

    const saved = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: SAVE, variables: { plan } }),
    });
    expect(saved.status).toBe(200);
    const after = await post(api.url, editor, READ, { plan });
    expect(after.hit).toBe(false);
    expect(after.body.data!.orientationReport.edits).toEqual([{ key: "III.1", text: "Đã sửa." }]);
  });
});
