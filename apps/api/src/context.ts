import type { Db } from "@cchc/db";
import { type TokenCheck, type Viewer, viewerFrom } from "./auth";
import { createLoaders, type Loaders } from "./loaders";
import type { SubjectDirectory } from "./modules/indices/subject-names";
import type { Uploads } from "./uploads";

export type { Viewer };

/** Built fresh for every request: loaders must not cache across users or writes. */
export interface ApiContext {
  db: Db;
  loaders: Loaders;
  viewer: Viewer;
  uploads: Uploads;
  /** Every subject's names and region, kept per server (checked against data_versions on use). */
  subjects: SubjectDirectory;
}

export async function createContext(
  db: Db,
  uploads: Uploads,
  subjects: SubjectDirectory,
  check: TokenCheck,
  authorization: string | undefined,
): Promise<ApiContext> {
  return { db, loaders: createLoaders(db), viewer: await viewerFrom(check, authorization), uploads, subjects };
}
