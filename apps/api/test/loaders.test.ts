import { seed } from "@cchc/db";
import { createTestDb } from "@cchc/db/testing";
import DataLoader from "dataloader";
import { describe, expect, it } from "vitest";
import { createLoaders } from "../src/loaders";

describe("a request's loaders", () => {
  it("are made on first use, kept for the request, batched into one statement, and never shared between requests", async () => {
    const regionQueries: string[] = [];
    const handle = await createTestDb("pglite", {
      onQuery: (q) => q.includes('from "regions"') && regionQueries.push(q),
    });
    try {
      await seed(handle.db, { demo: false });
      const first = createLoaders(handle.db);
      const made = (loaders: object) =>
        Object.values(loaders).filter((v) => v instanceof DataLoader).length +
        [...(Object.values(loaders).find((v) => v instanceof Map) ?? new Map()).values()].length;
      expect(made(first)).toBe(0);
      expect(first.region).toBe(first.region);
      expect(made(first)).toBe(1);
      const [north, central] = await Promise.all([first.region.load("DBSH"), first.region.load("BTB_DHMT")]);
      expect(north?.code).toBe("DBSH");
      expect(central?.code).toBe("BTB_DHMT");
      expect(regionQueries).toHaveLength(1);

      // A value primed into one request's loader stays in that request.
      first.region.prime("TDMNPB", { ...north!, code: "TDMNPB", nameVi: "primed" });
      expect((await first.region.load("TDMNPB"))?.nameVi).toBe("primed");
      const second = createLoaders(handle.db);
      expect(second.region).not.toBe(first.region);
      expect((await second.region.load("TDMNPB"))?.nameVi).toBe("Trung du và miền núi phía Bắc");
      expect(regionQueries).toHaveLength(2);
    } finally {
      await handle.close();
    }
  });
});
