import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DbHandle } from "../src/client";
import { migrationsFolder } from "../src/migrate";

const migrateFrom = (h: DbHandle, folder: string) =>
  h.driver === "pglite"
    ? migratePglite(h.db as unknown as PgliteDatabase<Record<string, never>>, { migrationsFolder: folder })
    : migratePostgres(h.db as unknown as PostgresJsDatabase<Record<string, never>>, { migrationsFolder: folder });

/**
 * For tests of a migration on data written before it: apply only the
 * migrations whose tag sorts before `tag` (a copy of the folder with a
 * shortened journal), and return the step that applies the rest.
 */
export async function migrateBefore(h: DbHandle, tag: string): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), `cchc-before-${tag}-`));
  try {
    await cp(migrationsFolder, dir, { recursive: true });
    const journal = JSON.parse(await readFile(join(dir, "meta/_journal.json"), "utf8"));
    journal.entries = journal.entries.filter((e: { tag: string }) => e.tag < tag);
    await writeFile(join(dir, "meta/_journal.json"), JSON.stringify(journal));
    await migrateFrom(h, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return async () => {
    await migrateFrom(h, migrationsFolder);
  };
}
