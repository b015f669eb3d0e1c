import { createServiceToken, revokeToken } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { tokenCheck } from "../src/auth";

describe("remembered token lookups", () => {
  it("looks a token up once within the window, forgets unknown tokens, and sees a revocation when the window is 0", async () => {
    const lookups: string[] = [];
    const handle = await createTestDb("pglite", { onQuery: (q) => q.includes('"api_tokens"') && lookups.push(q) });
    try {
      const { token, id } = await createServiceToken(handle.db, {
        name: "Phân tích",
        role: "analyst",
        createdBy: "test",
      });
      lookups.length = 0;
      const cached = tokenCheck(handle.db, 30);
      expect((await cached(token))?.role).toBe("analyst");
      expect((await cached(token))?.role).toBe("analyst");
      expect(lookups).toHaveLength(1);
      expect(await cached("cchc_unknown")).toBeNull();
      expect(await cached("cchc_unknown")).toBeNull();
      expect(lookups).toHaveLength(3);
      await revokeToken(handle.db, id);
      expect((await cached(token))?.role).toBe("analyst"); // within the window: documented
      expect(await tokenCheck(handle.db, 0)(token)).toBeNull();
    } finally {
      await handle.close();
    }
  });
});
