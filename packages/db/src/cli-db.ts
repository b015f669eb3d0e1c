import { createDb, type DbHandle } from "./client";
import { dbConfigFromEnv } from "./config";
import { DataDirInUseError } from "./lock";
import { migrate } from "./migrate";

/**
 * For command-line tools: open the configured database and migrate it, or
 * exit with code 3 and the reason when `npm start` holds the PGlite directory.
 * `hint` is added to that message (e.g. the URL to use instead).
 */
export async function openCliDb(hint?: string): Promise<DbHandle> {
  let handle: DbHandle;
  try {
    handle = await createDb(dbConfigFromEnv());
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(hint ? `${error.message}\n${hint}` : error.message);
      process.exit(3);
    }
    throw error;
  }
  await migrate(handle);
  return handle;
}
