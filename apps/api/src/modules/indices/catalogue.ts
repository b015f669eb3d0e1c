import { asc, type Db, queryRows, sql, tables as t } from "@cchc/db";
import type { ComponentRow, IndexRow, VersionRow } from "../../mappers";
import { Versioned } from "../../versioned";

/**
 * The version of the catalogue of indices (indices, components, methodology
 * and component versions; migration 0016), as a column of a statement that
 * reads figures, so the catalogue can be checked in the same round.
 */
export const CATALOGUE_VERSION = sql.raw(`(SELECT version::float8 FROM data_versions WHERE name = 'catalogue')`);

export interface CatalogueData {
  /** Every index, in display order. */
  indices: readonly IndexRow[];
  /** Every component, in display order. */
  components: readonly ComponentRow[];
  /** Every methodology version. */
  versions: readonly VersionRow[];
  indexByCode: ReadonlyMap<string, IndexRow>;
  componentById: ReadonlyMap<string, ComponentRow>;
}

const EMPTY: CatalogueData = {
  indices: [],
  components: [],
  versions: [],
  indexByCode: new Map(),
  componentById: new Map(),
};

/**
 * The indices and their components, kept per server: a profile lists every
 * index and its components, a few dozen rows that change only with the
 * catalogue (a seed or a migration), and reading them on each request cost
 * two statements of the profile's six (tracker #19).
 */
export class Catalogue {
  readonly #data: Versioned<CatalogueData>;

  constructor(db: Db) {
    this.#data = new Versioned(() => loadCatalogue(db), EMPTY);
  }

  /** The catalogue as of `version` or later. */
  at(version: number | null | undefined): Promise<CatalogueData> {
    return this.#data.at(version);
  }
}

async function loadCatalogue(db: Db) {
  // The version first: data read after it is at least that new.
  const [row] = await queryRows<{ version: number }>(db, sql`SELECT ${CATALOGUE_VERSION} AS version`);
  const [indices, components, versions] = await Promise.all([
    db.select().from(t.indices).orderBy(asc(t.indices.sortOrder), asc(t.indices.code)),
    db.select().from(t.indexComponents).orderBy(asc(t.indexComponents.sortOrder), asc(t.indexComponents.id)),
    db
      .select()
      .from(t.methodologyVersions)
      .orderBy(asc(t.methodologyVersions.indexCode), asc(t.methodologyVersions.firstYear)),
  ]);
  const value: CatalogueData = {
    indices: indices.map((i) => Object.freeze(i)),
    components: components.map((c) => Object.freeze(c)),
    versions: versions.map((v) => Object.freeze(v)),
    indexByCode: new Map(indices.map((i) => [i.code, i])),
    componentById: new Map(components.map((c) => [c.id, c])),
  };
  return { version: row?.version, value };
}
