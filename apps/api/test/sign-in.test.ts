import { type DbHandle, SYSTEM_ACTOR, sql } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth } from "../src/modules/auth/better-auth";
import { createPerson, createSetupCode, needsFirstAdmin } from "../src/modules/auth/users.service";
import { type ApiServer, createServer } from "../src/server";

describe.each(testDrivers())("signing in (%s)", (driver) => {
  let handle: DbHandle;
  let server: ApiServer;
  let base: string;
  beforeAll(async () => {
    handle = await createTestDb(driver);
    const auth = createAuth(handle.db, {
      secret: "test-secret-long-enough-for-better-auth-0123",
      baseURL: "http://127.0.0.1",
    });
    server = await createServer({ db: handle.db, log: () => {}, auth, tokenCacheSeconds: 0 });
    base = (await server.listen(0)).replace(/\/graphql$/, "");
    await createPerson(handle.db, SYSTEM_ACTOR, {
      username: "vanphong",
      name: "Văn phòng Sở",
      password: "mat-khau-dung-1",
      role: "editor",
    });
    await createPerson(handle.db, SYSTEM_ACTOR, {
      username: "lanhdao",
      name: "Lãnh đạo Sở",
      password: "mat-khau-dung-2",
      role: "viewer",
    });
  });
  afterAll(async () => {
    await server.stop();
    await handle.close();
  });

  const signIn = (username: string, password: string, address = "203.0.113.7") =>
    fetch(`${base}/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": address },
      body: JSON.stringify({ username, password }),
    });
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .find((c) => c.includes("session_token="))!
      .split(";")[0]!;
  const gql = async (cookie: string, query: string) =>
    (await (
      await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie, "x-cchc-session": "1" },
        body: JSON.stringify({ query }),
      })
    ).json()) as { data?: Record<string, unknown>; errors?: { extensions?: { code?: string } }[] };

  it("signs a person in with an httpOnly, SameSite=Lax cookie that identifies them to GraphQL", async () => {
    const res = await signIn("vanphong", "mat-khau-dung-1");
    expect(res.status).toBe(200);
    const line = res.headers.getSetCookie().find((c) => c.includes("session_token="))!;
    expect(line).toMatch(/HttpOnly/i);
    expect(line).toMatch(/SameSite=Lax/i);
    const answer = await gql(cookieOf(res), "{ viewer { name role } }");
    expect(answer.data?.viewer).toEqual({ name: "Văn phòng Sở", role: "EDITOR" });
  });

  it("ignores a session cookie sent without the dashboard's header (another page on this machine cannot spend it)", async () => {
    const cookie = cookieOf(await signIn("vanphong", "mat-khau-dung-1"));
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ query: "{ viewer { name } }" }),
    });
    expect(res.status).toBe(401);
    const upload = await fetch(`${base}/uploads?name=a.csv`, { method: "POST", headers: { cookie }, body: "a,b\n" });
    expect(upload.status).toBe(401);
  });

  it("refuses a wrong password with 401 and the same words as an unknown user, and records both", async () => {
    const wrong = await signIn("lanhdao", "sai-mat-khau", "203.0.113.8");
    const unknown = await signIn("khong-co-ai", "sai-mat-khau", "203.0.113.8");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(((await wrong.json()) as { error: string }).error).toBe(((await unknown.json()) as { error: string }).error);
    const rows = await handle.db.execute(
      sql`SELECT after->>'outcome' AS outcome FROM audit_events WHERE operation = 'signIn' AND client_address = '203.0.113.8'`,
    );
    const outcomes = ((rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[])) as {
      outcome: string;
    }[];
    expect(outcomes.map((r) => r.outcome)).toEqual(["failed", "failed"]);
  });

  it("locks an account after 5 failures: even the right password then gets 429 with Retry-After", async () => {
    await createPerson(handle.db, SYSTEM_ACTOR, {
      username: "khoa",
      name: "Bị khoá",
      password: "mat-khau-dung-3",
      role: "viewer",
    });
    for (let i = 0; i < 5; i++) expect((await signIn("khoa", `sai-${i}`, `198.51.100.${i}`)).status).toBe(401);
    const locked = await signIn("khoa", "mat-khau-dung-3", "198.51.100.99");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(800);
    // Another account from those addresses is not affected.
    expect((await signIn("lanhdao", "mat-khau-dung-2", "198.51.100.1")).status).toBe(200);
  });

  it("a viewer's session reads but is refused every write", async () => {
    const cookie = cookieOf(await signIn("lanhdao", "mat-khau-dung-2"));
    expect((await gql(cookie, "{ viewer { role } }")).data?.viewer).toEqual({ role: "VIEWER" });
    const write = await gql(cookie, 'mutation { deleteActivity(id: "1") }');
    expect(write.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const admin = await gql(cookie, "{ accounts { id } }");
    expect(admin.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("signing out ends the session on the server, not only in the browser", async () => {
    const cookie = cookieOf(await signIn("vanphong", "mat-khau-dung-1"));
    const out = await fetch(`${base}/auth/sign-out`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: "{}",
    });
    expect(out.status).toBe(200);
    const after = await gql(cookie, "{ viewer { name } }");
    expect(after.data?.viewer ?? null).toBeNull();
    expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("makes the first admin once with the set-up code, and never again", async () => {
    expect(await needsFirstAdmin(handle.db)).toBe(true);
    const code = (await createSetupCode(handle.db))!;
    const setup = (body: object) =>
      fetch(`${base}/auth/setup`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const person = { username: "quantri", name: "Quản trị", password: "mat-khau-quan-tri" };
    expect((await setup({ ...person, code: "sai-ma-thiet-lap" })).status).toBe(400);
    expect((await setup({ ...person, code })).status).toBe(201);
    expect(await needsFirstAdmin(handle.db)).toBe(false);
    expect(await createSetupCode(handle.db)).toBeNull();
    expect((await setup({ ...person, username: "quantri2", code })).status).toBe(400);
    const cookie = cookieOf(await signIn("quantri", "mat-khau-quan-tri"));
    expect((await gql(cookie, "{ viewer { role } }")).data?.viewer).toEqual({ role: "ADMIN" });
  });
});
