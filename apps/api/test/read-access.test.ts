import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

/** Reads need a viewer token unless the deployment opts into anonymous reads (ANONYMOUS_READ=true). */
describe("read access", () => {
  let closed: Started;
  let open: Started;
  beforeAll(async () => {
    [closed, open] = await Promise.all([startApi("pglite"), startApi("pglite", { anonymousRead: true })]);
  });
  afterAll(async () => {
    await closed?.close();
    await open?.close();
  });

  const anonymous = (api: Started, path = "/graphql") =>
    fetch(api.url.replace(/\/graphql$/, path), {
      method: path === "/graphql" ? "POST" : "GET",
      headers: { "content-type": "application/json" },
      ...(path === "/graphql" ? { body: JSON.stringify({ query: "{ indices { code } }" }) } : {}),
    });

  it("refuses a query without a token by default, naming what is needed", async () => {
    const body = (await (await anonymous(closed)).json()) as {
      data?: unknown;
      errors?: { message: string; extensions: { code: string } }[];
    };
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/viewer/);
  });

  it("refuses a download without a token by default", async () => {
    expect((await anonymous(closed, "/export/ranking.csv?index=PAPI&year=2023")).status).toBe(401);
  });

  it("answers the same query with a viewer token", async () => {
    const res = await closed.gql<{ indices: { code: string }[] }>("{ indices { code } }");
    expect(res.data?.indices.map((i) => i.code)).toContain("PAPI");
  });

  it("answers anonymous reads when the deployment allows them", async () => {
    const body = (await (await anonymous(open)).json()) as { data?: { indices: { code: string }[] } };
    expect(body.data?.indices.map((i) => i.code)).toContain("PCI");
    expect((await anonymous(open, "/export/ranking.csv?index=PAPI&year=2023")).status).toBe(200);
  });
});
