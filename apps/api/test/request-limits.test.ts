import { buildSchema, getIntrospectionQuery, parse, validate } from "graphql";
import { typeDefs } from "@cchc/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, limitRules } from "../src/plugins/limits";
import { testDrivers } from "@cchc/db/testing";
import { fetchChecked, type Started, startApi } from "./helpers";

type Answer = {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
};

const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
const ALIAS_BOMB = aliases(1_000, 'subjectProfile(subject: "40", year: 2023) { subjectCode indices { indexCode } }');
const INTROSPECTION_BOMB = aliases(5_000, "__schema { types { name fields { name } } }");

describe.each(testDrivers())("bounded work per request (graphql-armor, cost, tokens) (%s)", (driver) => {
  let api: Started;
  beforeAll(async () => {
    // The token cache on, as deployed (TOKEN_CACHE_SECONDS=10): a refused document then never touches the database.
    api = await startApi(driver, { tokenCacheSeconds: 10 });
  });
  afterAll(() => api?.close());

  const post = async (query: string, variables?: Record<string, unknown>): Promise<Answer> => {
    const t0 = performance.now();
    const res = await fetchChecked(api.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${api.viewerToken}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Answer["body"];
    return { status: res.status, ms: performance.now() - t0, body };
  };

  it("allows 15 aliases and refuses 16 with 400", async () => {
    const ok = await post(aliases(15, 'subject(code: "40") { code }'));
    expect(ok.status).toBe(200);
    expect(ok.body.errors).toBeUndefined();
    const over = await post(aliases(16, 'subject(code: "40") { code }'));
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.message).toBe("Truy vấn có 16 bí danh (alias), vượt giới hạn 15 (TOO_MANY_ALIASES)");
    expect(over.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("refuses more than 10 directives", async () => {
    const skip = Array.from({ length: 11 }, () => "@skip(if: false)").join(" ");
    const res = await post(`{ indices { code ${skip} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/11 chỉ thị \(directive\), vượt giới hạn 10 \(TOO_MANY_DIRECTIVES\)/);
  });

  it("stops parsing a document of more than 1,000 tokens", async () => {
    const res = await post(`{ indices { ${"code ".repeat(1_000)} } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(res.body.errors?.[0]?.message).toMatch(/1000 tokens\. Parsing aborted/);
  });

  it("prices root fields by what they cost: 15 subjects pass, 6 orientation reports do not", async () => {
    const cheap = await post(aliases(15, 'subject(code: "40") { code nameVi }'));
    expect(cheap.body.errors).toBeUndefined();
    const reports = await post(aliases(6, 'orientationReport(plan: "1") { year }'));
    expect(reports.status).toBe(400);
    expect(reports.body.errors?.[0]?.message).toMatch(/^Truy vấn ước tính tốn 600\d\d đơn vị, vượt giới hạn 50000/);
    // compareSeries is priced per subject; a list in a variable counts as the 70 allowed.
    const compare = await post(
      `query($s: [ID!]!) { ${Array.from({ length: 8 }, (_, i) => `c${i}: compareSeries(subjects: $s, index: PAPI) { subject { code } }`).join(" ")} }`,
      { s: ["40"] },
    );
    expect(compare.body.errors?.[0]?.message).toMatch(/QUERY_TOO_COSTLY/);
  });

  it("counts introspection: one GraphiQL introspection passes, eleven copies of __schema do not", async () => {
    const one = await post(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
    const eleven = await post(aliases(11, "__schema { types { name } }"));
    expect(eleven.status).toBe(400);
    expect(eleven.body.errors?.[0]?.message).toMatch(/QUERY_TOO_COSTLY/);
  });

  it("refuses the bombs by each rule alone, not only by the token limit", () => {
    const schema = buildSchema(typeDefs);
    const rules = limitRules({ ...DEFAULT_LIMITS, maxTokens: 1e9 }).validationRules;
    for (const bomb of [ALIAS_BOMB, INTROSPECTION_BOMB]) {
      const t0 = performance.now();
      const messages = validate(schema, parse(bomb), rules).map((e) => e.message);
      expect(performance.now() - t0).toBeLessThan(1_000);
      expect(messages.some((m) => m.includes("TOO_MANY_ALIASES"))).toBe(true);
      expect(messages.some((m) => m.includes("QUERY_TOO_COSTLY"))).toBe(true);
    }
  });

  it("refuses a NUL character in a string literal with 400", async () => {
    const res = await post('{ activities(filter: { search: "a\\u0000b" }) { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/NUL.*\(BAD_USER_INPUT\)/);
  });

  it("refuses both bombs in under 1 s each while /health answers within 100 ms", async () => {
    const health = api.url.replace(/\/graphql$/, "/health");
    // The bodies are made once: the client shares this process (and its event loop) with the server.
    const bodies = [ALIAS_BOMB, INTROSPECTION_BOMB].map((query) => JSON.stringify({ query }));
    const fire = async (body: string): Promise<Answer> => {
      const t0 = performance.now();
      const res = await fetch(api.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${api.viewerToken}` },
        body,
      });
      return { status: res.status, ms: performance.now() - t0, body: (await res.json()) as Answer["body"] };
    };
    const round = async () => {
      const latencies: number[] = [];
      let firing = true;
      const probe = (async () => {
        while (firing) {
          const t0 = performance.now();
          const res = await fetch(health);
          await res.text();
          latencies.push(performance.now() - t0);
          expect(res.status).toBe(200);
          await new Promise((r) => setTimeout(r, 5));
        }
      })();
      // Ten waves of four bombs (two of each) at once: 40 refused documents, 6 MB of bodies.
      const bombs: Answer[] = [];
      for (let wave = 0; wave < 10; wave++)
        bombs.push(...(await Promise.all(Array.from({ length: 4 }, (_, i) => fire(bodies[i % 2]!)))));
      firing = false;
      await probe;
      for (const b of bombs) {
        expect(b.status).toBe(400);
        expect(b.body.data).toBeUndefined();
        expect(b.ms).toBeLessThan(1_000);
      }
      expect(latencies.length).toBeGreaterThan(0);
      return { bombs, latencies, worst: Math.max(...latencies) };
    };
    // The machine's two cores are shared (other test files, other work): a round whose worst
    // probe is over 100 ms is tried again, up to three rounds; every bomb of every round must be refused.
    let best = Number.POSITIVE_INFINITY;
    for (let attempt = 1; attempt <= 3 && best >= 100; attempt++) {
      const r = await round();
      best = Math.min(best, r.worst);
      console.log(
        `round ${attempt}: ${r.bombs.length} bombs answered in at most ${Math.max(...r.bombs.map((b) => b.ms)).toFixed(0)} ms; /health ${r.latencies.length} probes, worst ${r.worst.toFixed(1)} ms`,
      );
    }
    expect(best).toBeLessThan(100);
  });
});
