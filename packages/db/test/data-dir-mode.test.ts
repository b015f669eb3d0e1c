import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../src/client";

const root = mkdtempSync(join(tmpdir(), "data-dir-mode-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe("the PGlite data directory is private", () => {
  it("is created with mode 700, and so is a missing parent (./.data)", async () => {
    const dataDir = join(root, "fresh", ".data", "pglite");
    const handle = await createDb({ dataDir });
    try {
      expect(mode(dataDir).toString(8)).toBe("700");
      expect(mode(join(root, "fresh", ".data")).toString(8)).toBe("700");
    } finally {
      await handle.close();
    }
  }, 60_000);

  it("is tightened to 700 when it already exists with wider permissions", async () => {
    const dataDir = join(root, "existing");
    mkdirSync(dataDir, { mode: 0o755 });
    expect(mode(dataDir).toString(8)).toBe("755");
    const handle = await createDb({ dataDir });
    try {
      expect(mode(dataDir).toString(8)).toBe("700");
    } finally {
      await handle.close();
    }
  }, 60_000);
});
