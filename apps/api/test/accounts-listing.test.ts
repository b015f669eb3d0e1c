import { createServiceToken, type DbHandle, SYSTEM_ACTOR } from "@cchc/db";
import { createTestDb, testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "../src/modules/auth/users.service";
import { type ApiServer, createServer } from "../src/server";

describe.each(testDrivers())("listing accounts with their tokens (%s)", (driver) => {
  let handle: DbHandle;
  let server: ApiServer;
  let url: string;
  const tokenReads: string[] = [];
  let admin: string;
  beforeAll(async () => {
    handle = await createTestDb(driver, { onQuery: (q) => q.includes('from "api_tokens"') && tokenReads.push(q) });
    server = await createServer({ db: handle.db, log: () => {}, tokenCacheSeconds: 60 });
    url = await server.listen(0);
    for (const [username, role] of [
      ["vanphong", "editor"],
      ["lanhdao", "viewer"],
    ] as const)
      await createPerson(handle.db, SYSTEM_ACTOR, { username, name: username, password: "mat-khau-dung-1", role });
    await createServiceToken(handle.db, { name: "Kịch bản nhập", role: "editor", createdBy: "test" });
    admin = (await createServiceToken(handle.db, { name: "Quản trị (kịch bản)", role: "admin", createdBy: "test" }))
      .token;
  });
  afterAll(async () => {
    await server.stop();
    await handle.close();
  });

  it("answers each account with its own tokens, reading tokens in one statement whatever the number of accounts", async () => {
    const ask = () =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query: "{ accounts { name tokens { name } } }" }),
      }).then((r) => r.json() as Promise<{ data: { accounts: { name: string; tokens: { name: string }[] }[] } }>);
    await ask(); // the admin token's own lookup is now remembered
    tokenReads.length = 0;
    const { data } = await ask();
    const byName = new Map(data.accounts.map((a) => [a.name, a.tokens.map((t) => t.name)]));
    expect(data.accounts.length).toBe(4);
    expect(byName.get("Kịch bản nhập")).toEqual(["Kịch bản nhập"]);
    expect(byName.get("vanphong")).toEqual([]);
    expect(tokenReads).toHaveLength(1);
  });
});
