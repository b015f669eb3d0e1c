/**
 * The words the API, its exports, the web and the report use for the schema's
 * enums, in one place: each value's database word, its GraphQL name and its
 * Vietnamese label. Map an enum through these, never with an ad hoc table or
 * `toUpperCase() as never`; docs/glossary.md gives the terms. Pure (no Node
 * APIs): the web imports `@cchc/schema/vocabulary`. Figures, dates and the
 * rank-change phrase are in ./format.
 */

/** A figure's status (index_values.status ↔ ValueStatus). */
export const VALUE_STATUS = {
  published: { graphql: "PUBLISHED", label: "công bố" },
  not_published: { graphql: "NOT_PUBLISHED", label: "không công bố" },
  no_data: { graphql: "NO_DATA", label: "không có số liệu" },
} as const;
export type ValueStatusWord = keyof typeof VALUE_STATUS;
export type ValueStatusName = (typeof VALUE_STATUS)[ValueStatusWord]["graphql"];

/** The GraphQL name of a stored status ("not_published" → "NOT_PUBLISHED"). */
export const valueStatusName = <S extends ValueStatusWord>(s: S) => VALUE_STATUS[s].graphql;

/**
 * A status in words, lower case for inside a sentence or a cell ("không công
 * bố"), from the stored word (API, exports) or the GraphQL name (web);
 * `upperFirst` (./format) makes the form that starts a line ("Không công bố").
 */
export const valueStatusLabel = (s: ValueStatusWord | ValueStatusName) =>
  (Object.values(VALUE_STATUS).find((v) => v.graphql === s) ?? VALUE_STATUS[s as ValueStatusWord]).label;

/**
 * The indices (IndexCode), provincial ones in the dashboard's tab order: how
 * each reads in a tab or a title (the seed's shortName) and what it scores
 * (its subject kind).
 */
export const INDEX_CODE = {
  PAR_INDEX: { label: "PAR INDEX", subjectKind: "province" },
  SIPAS: { label: "SIPAS", subjectKind: "province" },
  PAPI: { label: "PAPI", subjectKind: "province" },
  PCI: { label: "PCI", subjectKind: "province" },
  DEPT_PAR: { label: "PAR cấp sở", subjectKind: "department" },
  DDCI: { label: "DDCI", subjectKind: "department" },
} as const;
export type IndexCodeName = keyof typeof INDEX_CODE;
type ProvinceIndexCode = {
  [C in IndexCodeName]: (typeof INDEX_CODE)[C]["subjectKind"] extends "province" ? C : never;
}[IndexCodeName];
/** The indices that score provinces, each with a detail page and a card, in tab order. */
export const PROVINCE_INDEX_CODES = (Object.keys(INDEX_CODE) as IndexCodeName[]).filter(
  (c) => INDEX_CODE[c].subjectKind === "province",
) as ProvinceIndexCode[];
/** "PAR_INDEX" → "PAR INDEX". */
export const indexCodeLabel = (code: IndexCodeName) => INDEX_CODE[code].label;

/** A plan-monitoring light (ProgressStatus): its colour and what it means. */
export const PROGRESS_STATUS = {
  ON_TRACK: { colour: "Xanh", label: "đạt" },
  BEHIND: { colour: "Vàng", label: "chậm" },
  FAR_BEHIND: { colour: "Đỏ", label: "chậm nhiều" },
  NO_TARGET: { colour: "Xám", label: "chưa đặt chỉ tiêu" },
  NOT_DUE: { colour: "Xám", label: "chưa đến kỳ" },
} as const;
export type ProgressStatusName = keyof typeof PROGRESS_STATUS;

/** "Xanh – đạt": a light as the monitoring export and the report write it. */
export const progressStatusLabel = (s: ProgressStatusName) =>
  `${PROGRESS_STATUS[s].colour} – ${PROGRESS_STATUS[s].label}`;

/** An import's kind (the importer's word ↔ ImportKind). */
export const IMPORT_KIND = { papi: "PAPI", pci: "PCI", long: "LONG", activities: "ACTIVITIES" } as const;
export const importKindName = <K extends keyof typeof IMPORT_KIND>(k: K) => IMPORT_KIND[k];

/**
 * An access role (the database's word ↔ Role). "Access role" only: a unit's
 * duty in a plan (lead, monitor, implement) is a plan duty, not a role.
 */
export const ACCESS_ROLE = { viewer: "VIEWER", analyst: "ANALYST", editor: "EDITOR", admin: "ADMIN" } as const;
/** Role's GraphQL names to the database's words, as an enum resolver map (Role: { VIEWER: "viewer", … }). */
export const ACCESS_ROLE_BY_NAME = Object.fromEntries(
  Object.entries(ACCESS_ROLE).map(([word, name]) => [name, word]),
) as { [W in keyof typeof ACCESS_ROLE as (typeof ACCESS_ROLE)[W]]: W };
