import type { Db } from "@cchc/db";
import { createLoaders, type Loaders } from "./loaders";

/** Who is calling. Tokens and roles arrive with the access issue; until then every caller reads. */
export interface Viewer {
  role: "anonymous";
}

/** Built fresh for every request: loaders must not cache across users or writes. */
export interface ApiContext {
  db: Db;
  loaders: Loaders;
  viewer: Viewer;
}

export function createContext(db: Db): ApiContext {
  return { db, loaders: createLoaders(db), viewer: { role: "anonymous" } };
}
