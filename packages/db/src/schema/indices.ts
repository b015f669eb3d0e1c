import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  foreignKey,
  integer,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
} from "drizzle-orm/pg-core";
import { auditColumns, isNfc } from "./columns";
import { provinces } from "./geo";
import { importBatches } from "./imports";
import { organisations } from "./organisations";

export const subjectKind = pgEnum("subject_kind", ["province", "department"]);

/** Who an index scores: a province (national indices) or a provincial department (DEPT_PAR, DDCI). */
export const indices = pgTable(
  "indices",
  {
    code: text().primaryKey(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    shortName: text().notNull(),
    publisher: text().notNull(),
    /** The unit of measure of the total ("%", "điểm"); `unit` elsewhere is an organisational unit. */
    measureUnit: text().notNull(),
    higherIsBetter: boolean().notNull().default(true),
    subjectKind: subjectKind().notNull(),
    firstYear: smallint(),
    sourceUrl: text(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [check("indices_name_vi_nfc", isNfc(t.nameVi))],
);

/**
 * A methodology version of an index and the years it covers. Raw changes
 * across versions are not comparable; every value carries its version.
 * totalMin/totalMax bound the index total under this version.
 */
export const methodologyVersions = pgTable(
  "methodology_versions",
  {
    code: text().primaryKey(),
    indexCode: text()
      .notNull()
      .references(() => indices.code),
    nameVi: text().notNull(),
    firstYear: smallint().notNull(),
    lastYear: smallint(),
    totalMin: numeric({ mode: "number" }).notNull(),
    totalMax: numeric({ mode: "number" }).notNull(),
    legalBasis: text(),
    sourceUrl: text(),
    notes: text(),
  },
  (t) => [
    unique("methodology_versions_index_code_key").on(t.code, t.indexCode),
    check("methodology_versions_years", sql`${t.lastYear} IS NULL OR ${t.lastYear} >= ${t.firstYear}`),
    check("methodology_versions_scale", sql`${t.totalMax} > ${t.totalMin}`),
  ],
);

/** Index → component → sub-component. Ids are dotted paths: "PAPI.D5", "PAPI.D5.1". */
export const indexComponents = pgTable(
  "index_components",
  {
    id: text().primaryKey(),
    indexCode: text()
      .notNull()
      .references(() => indices.code),
    parentId: text().references((): AnyPgColumn => indexComponents.id),
    code: text().notNull(),
    nameVi: text().notNull(),
    nameEn: text().notNull(),
    sortOrder: smallint().notNull().default(0),
  },
  (t) => [
    unique("index_components_id_index_key").on(t.id, t.indexCode),
    check("index_components_name_vi_nfc", isNfc(t.nameVi)),
  ],
);

/** Which components a methodology version has, and their scale (max points) under it. */
export const componentVersions = pgTable(
  "component_versions",
  {
    componentId: text()
      .notNull()
      .references(() => indexComponents.id, { onDelete: "cascade" }),
    versionCode: text()
      .notNull()
      .references(() => methodologyVersions.code, { onDelete: "cascade" }),
    scaleMin: numeric({ mode: "number" }).notNull(),
    scaleMax: numeric({ mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.componentId, t.versionCode] }),
    check("component_versions_scale", sql`${t.scaleMax} > ${t.scaleMin}`),
  ],
);

/** What a score belongs to. Exactly one of provinceCode / organisationCode is set. */
export const subjects = pgTable(
  "subjects",
  {
    code: text().primaryKey(),
    kind: subjectKind().notNull(),
    provinceCode: text()
      .unique()
      .references(() => provinces.code),
    organisationCode: text()
      .unique()
      .references(() => organisations.code),
  },
  (t) => [
    check(
      "subjects_one_target",
      sql`(${t.kind} = 'province' AND ${t.provinceCode} IS NOT NULL AND ${t.organisationCode} IS NULL)
       OR (${t.kind} = 'department' AND ${t.organisationCode} IS NOT NULL AND ${t.provinceCode} IS NULL)`,
    ),
  ],
);

export const valueStatus = pgEnum("value_status", ["published", "not_published", "no_data"]);

/**
 * One published figure: a subject's score on an index (componentId null = the
 * total) for a survey year. "not_published" (e.g. PCI outside VCCI's top 30
 * from 2023) and "no_data" (no survey in that province) carry no value: a
 * missing value is never zero. Scale checks live in a trigger (see migration
 * 0001) because the bound depends on the methodology version.
 */
export const indexValues = pgTable(
  "index_values",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    subjectCode: text()
      .notNull()
      .references(() => subjects.code),
    indexCode: text()
      .notNull()
      .references(() => indices.code),
    componentId: text(),
    year: smallint().notNull(),
    versionCode: text().notNull(),
    value: numeric({ mode: "number" }),
    publishedRank: integer(),
    publishedOutOf: integer(),
    status: valueStatus().notNull().default("published"),
    sourceUrl: text(),
    /** How the figure was obtained when not read directly (e.g. "rank derived: 17 in 2021 + 1"). */
    note: text(),
    /**
     * The value was computed here from published parts (a PAPI dimension or
     * total as the sum of what it is made of), not read from a publication.
     * An import never lets a derived value silently replace a read one.
     */
    valueDerived: boolean().notNull().default(false),
    importBatchId: integer().references(() => importBatches.id),
    ...auditColumns,
  },
  (t) => [
    unique("index_values_one_per_year").on(t.subjectCode, t.indexCode, t.componentId, t.year).nullsNotDistinct(),
    foreignKey({
      name: "index_values_component_of_index",
      columns: [t.componentId, t.indexCode],
      foreignColumns: [indexComponents.id, indexComponents.indexCode],
    }),
    foreignKey({
      name: "index_values_version_of_index",
      columns: [t.versionCode, t.indexCode],
      foreignColumns: [methodologyVersions.code, methodologyVersions.indexCode],
    }),
    check("index_values_year", sql`${t.year} BETWEEN 2000 AND 2100`),
    check(
      "index_values_status_matches_value",
      sql`(${t.status} = 'published' AND (${t.value} IS NOT NULL OR ${t.publishedRank} IS NOT NULL))
       OR (${t.status} <> 'published' AND ${t.value} IS NULL AND ${t.publishedRank} IS NULL)`,
    ),
    check(
      "index_values_rank",
      sql`${t.publishedRank} IS NULL OR (${t.publishedRank} >= 1 AND (${t.publishedOutOf} IS NULL OR ${t.publishedRank} <= ${t.publishedOutOf}))`,
    ),
    check("index_values_source", sql`${t.sourceUrl} IS NOT NULL OR ${t.importBatchId} IS NOT NULL`),
  ],
);
