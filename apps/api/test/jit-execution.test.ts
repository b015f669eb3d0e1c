import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jitExecution } from "../src/jit-executor";
import { type Started, startApi } from "./helpers";

/** graphql-js's response paths carry the parent type's name; graphql-jit's do not. */
const executorOf = (info: GraphQLResolveInfo) => ("typename" in info.path ? "graphql-js" : "jit");

describe("graphql-jit through Apollo's responseForOperation hook", () => {
  const runs: string[] = [];
  const schema = makeExecutableSchema({
    typeDefs: `type Query { ok: Int!, missing: Int } type Mutation { write: Int }`,
    resolvers: {
      Query: {
        ok: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
          runs.push(`ok:${executorOf(info)}`);
          return 1;
        },
        missing: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
          runs.push(`missing:${executorOf(info)}`);
          throw new GraphQLError("no such thing", { extensions: { code: "NOT_FOUND" } });
        },
      },
      Mutation: {
        write: (_: unknown, __: unknown, ___: unknown, info: GraphQLResolveInfo) => {
          runs.push(`write:${executorOf(info)}`);
          throw new GraphQLError("refused", { extensions: { code: "BAD_USER_INPUT" } });
        },
      },
    },
  });
  const apollo = new ApolloServer({ schema, plugins: [jitExecution(schema)] });
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());
  const run = async (query: string) => {
    runs.length = 0;
    const res = await apollo.executeOperation({ query });
    return res.body.kind === "single" ? res.body.singleResult : null;
  };

  it("answers a query without errors from the compiled document, once", async () => {
    expect(await run("{ ok }")).toEqual({ data: { ok: 1 } });
    expect(runs).toEqual(["ok:jit"]);
    await run("{ ok }");
    expect(runs).toEqual(["ok:jit"]);
  });

  it("lets graphql-js answer a query that errs, so Apollo reports the error as usual", async () => {
    const result = await run("{ ok missing }");
    expect(runs).toEqual(["ok:jit", "missing:jit", "ok:graphql-js", "missing:graphql-js"]);
    expect(result?.data).toEqual({ ok: 1, missing: null });
    expect(result?.errors).toEqual([
      expect.objectContaining({ message: "no such thing", path: ["missing"], extensions: { code: "NOT_FOUND" } }),
    ]);
  });

  it("never runs a mutation twice: mutations go straight to graphql-js", async () => {
    const result = await run("mutation { write }");
    expect(runs).toEqual(["write:graphql-js"]);
    expect(result?.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT" });
  });
});

describe("the API's answers do not depend on the executor", () => {
  let jit: Started;
  let reference: Started;
  beforeAll(async () => {
    [jit, reference] = await Promise.all([startApi("pglite"), startApi("pglite", { executor: "graphql-js" })]);
  });
  afterAll(() => Promise.all([jit?.close(), reference?.close()]));

  const post = async (api: Started, query: string) => {
    const res = await fetch(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.viewerToken}` },
      body: JSON.stringify({ query }),
    });
    return { status: res.status, body: await res.text() };
  };

  it.each([
    [
      "a series",
      `{ indexSeries(subject: "40", index: PAPI) { year value valueDerived rank outOf zScore methodologyVersion { code } sourceUrl } }`,
    ],
    [
      "a ranking",
      `{ ranking(index: PAPI, year: 2023) { rows { subject { code nameVi region { nameVi } } value rank outOf status tier } stats { count mean median } } }`,
    ],
    [
      "an unknown subject (NOT_FOUND)",
      `{ compareSeries(subjects: ["40", "99x"], index: PAR_INDEX) { subject { code } } }`,
    ],
    ["a bad year (BAD_USER_INPUT)", `{ ranking(index: PAPI, year: 1990) { stats { count } } }`],
    ["a variable of the wrong type", `query ($y: Int!) { ranking(index: PAPI, year: $y) { stats { count } } }`],
  ])("%s: same status and body", async (_, query) => {
    const [a, b] = await Promise.all([post(jit, query), post(reference, query)]);
    expect(a.status).toBe(b.status);
    expect(a.body).toBe(b.body);
  });
});
