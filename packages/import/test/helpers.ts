import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type DbHandle, seed, sql } from "@cchc/db";
import { createTestDb, type TestDriver } from "@cchc/db/testing";

/** ../shared/data beside the repository: real published data, read in place. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/data");
export const PAPI_DIR = join(SHARED, "papi-subdims");
export const PCI_FILE = join(SHARED, "pci-vcci-2005-2016/pci_2005_2016_tidy_canonical.csv");

export async function seededDb(driver: TestDriver, demo = true): Promise<DbHandle> {
  const h = await createTestDb(driver);
  await seed(h.db, { demo });
  return h;
}

export const tmp = () => mkdtempSync(join(tmpdir(), "cchc-import-"));

export async function rows<T>(h: DbHandle, q: ReturnType<typeof sql>): Promise<T[]> {
  const r = (await h.db.execute(q)) as unknown as T[] | { rows: T[] };
  return Array.isArray(r) ? r : r.rows;
}

/** A fingerprint of everything an import may write, to prove a refused import wrote nothing. */
export async function fingerprint(h: DbHandle) {
  const [r] = await rows<{ v: number; a: number; b: number; sum: string | null }>(
    h,
    sql`SELECT (SELECT count(*)::int FROM index_values) AS v, (SELECT count(*)::int FROM activities) AS a,
               (SELECT count(*)::int FROM import_batches) AS b, (SELECT sum(value)::text FROM index_values) AS sum`,
  );
  return r;
}
