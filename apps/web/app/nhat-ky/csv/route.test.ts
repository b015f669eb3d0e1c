import { describe, expect, it, vi } from "vitest";

const pages: Record<string, unknown> = {};
const asked: unknown[] = [];
vi.mock("../../../lib/graphql/client", async () =>
  (await import("../../../lib/graphql/mock-client")).mockClient(
    async (_doc, variables: { after: string | null; filter: unknown; first: number }) => {
      asked.push(variables);
      const page = pages[variables.after ?? "first"];
      if (page instanceof Error) throw page;
      return { auditEvents: page };
    },
  ),
);
const { GET } = await import("./route");
const { GraphQLRequestError } = await import("../../../lib/graphql/client");

const event = (id: number, over: Record<string, unknown> = {}) => ({
  id: String(id),
  at: "2024-03-01T18:00:00.000Z",
  actorName: "Văn phòng Sở",
  actorUserId: "u-1",
  actorTokenId: null,
  operation: "createActivity",
  entity: "activity",
  entityId: String(id),
  before: null,
  after: '{"title":"Tập huấn, hội nghị"}',
  requestId: null,
  clientAddress: "10.0.0.5",
  ...over,
});

describe("GET /nhat-ky/csv", () => {
  it("pages through the API and streams neutralised, quoted CSV with a BOM", async () => {
    pages.first = { events: [event(3, { actorName: "=HYPERLINK(1)" }), event(2)], hasNextPage: true, endCursor: "2" };
    pages["2"] = { events: [event(1)], hasNextPage: false, endCursor: "1" };
    const res = await GET(new Request("http://localhost/nhat-ky/csv?entity=activity&from=2024-03-01"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="nhat-ky-thay-doi-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("Mã sự kiện,")).toBe(true);
    const lines = text.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe(
      `3,2024-03-01T18:00:00.000Z,02/03/2024 01:00:00,'=HYPERLINK(1),u-1,,createActivity,activity,3,,"{""title"":""Tập huấn, hội nghị""}",,10.0.0.5`,
    );
    expect(lines.slice(2).map((l) => l.split(",")[0])).toEqual(["2", "1"]);
    expect(asked).toEqual([
      { filter: { entity: "activity", from: "2024-03-01" }, first: 500, after: null },
      { filter: { entity: "activity", from: "2024-03-01" }, first: 500, after: "2" },
    ]);
  });

  it("answers 403 to a non-admin", async () => {
    pages.first = new GraphQLRequestError("no", [{ message: "no", extensions: { code: "FORBIDDEN" } }]);
    const res = await GET(new Request("http://localhost/nhat-ky/csv"));
    expect(res.status).toBe(403);
  });
});
