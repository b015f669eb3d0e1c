import { getIntrospectionQuery } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

describe("depth, cost and body limits", () => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi("pglite");
  });
  afterAll(() => api?.close());

  it("refuses a document nested deeper than 12 levels through the topic cycle", async () => {
    const nest = (n: number): string => (n === 0 ? "code" : `parent { ${nest(n - 1)} }`);
    const ok = await api.gql(`{ topics { ${nest(10)} } }`);
    expect(ok.errors).toBeUndefined();
    const deep = await api.gql(`{ topics { ${nest(13)} } }`);
    // graphql-armor counts fields down to the leaf: topics, 13 parents and code are 15.
    expect(deep.errors?.[0]?.message).toBe("Truy vấn có 15 cấp lồng nhau, vượt giới hạn 12 (QUERY_TOO_DEEP)");
    const justOver = await api.gql(`{ topics { ${nest(11)} } }`);
    expect(justOver.errors?.[0]?.message).toMatch(/có 13 cấp lồng nhau, vượt giới hạn 12/);
  });

  it("lets the standard introspection query through (GraphiQL, codegen)", async () => {
    const res = await api.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect((res.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(50);
  });

  it("refuses a document whose estimated cost is over the limit, before running it", async () => {
    const fields =
      "id title unit { nameVi children { nameVi children { nameVi } } } form { code } topics { code parent { code } linkedComponents { id versions { scaleMax } } }";
    const aliases = Array.from({ length: 10 }, (_, i) => `a${i}: activities(first: 500) { nodes { ${fields} } }`).join(
      " ",
    );
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.errors?.[0]?.message).toMatch(
      /^Truy vấn ước tính tốn \d+ đơn vị, vượt giới hạn 50000: .*\(QUERY_TOO_COSTLY\)$/,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers 413 to a body over 1 MB", async () => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ indices { code } } #${"x".repeat(1_100_000)}` }),
    });
    expect(res.status).toBe(413);
  });

  it("masks an unknown error and logs it with the id the client sees", async () => {
    const logged: string[] = [];
    const other = await startApi("pglite", { log: (m) => logged.push(m) });
    await other.handle.close(); // the database goes away under the server: an unexpected error
    const res = await other.gql(`{ indices { code } }`);
    const err = res.errors?.[0];
    expect(err?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(err?.message).toMatch(/^Lỗi máy chủ, mã lỗi [a-z0-9]+ \(INTERNAL_SERVER_ERROR\)$/);
    expect(err?.message).not.toMatch(/select|indices|PGlite/i);
    expect(logged).toContain(`unexpected error ${err?.extensions?.errorId}`);
    await other.server.stop();
  });
});
