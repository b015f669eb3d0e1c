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

/** What an index measures (indices.subject_kind ↔ SubjectKind). */
export const SUBJECT_KIND = { province: "PROVINCE", department: "DEPARTMENT" } as const;

/** An impact verdict's level (@cchc/analytics' VerdictLevel ↔ ImpactVerdictLevel). */
export const VERDICT_LEVEL = {
  insufficient: "INSUFFICIENT",
  tiny: "TINY",
  clear: "CLEAR",
  suggestive: "SUGGESTIVE",
  indistinguishable: "INDISTINGUISHABLE",
} as const;

/**
 * An access role (the database's word ↔ Role). "Access role" only: a unit's
 * duty in a plan (lead, monitor, implement) is a plan duty, not a role.
 */
export const ACCESS_ROLE = { viewer: "VIEWER", analyst: "ANALYST", editor: "EDITOR", admin: "ADMIN" } as const;

/** A word ↔ name table turned round: { NOT_PUBLISHED: "not_published", … }. */
type ByName<M extends Record<string, string>> = { [W in keyof M as M[W]]: W };
const byName = <M extends Record<string, string>>(words: M) =>
  Object.fromEntries(Object.entries(words).map(([word, name]) => [name, word])) as ByName<M>;

/**
 * Every GraphQL enum whose database word differs from its name, as enum
 * resolvers (ValueStatus: { NOT_PUBLISHED: "not_published", … }). The API
 * serves them (apps/api/src/resolvers.ts) and codegen's enumValues types the
 * server from them, so resolvers and services take and return the database's
 * words and never convert by hand. The other enums (IndexCode, Period,
 * ProgressStatus …) have no other word: their GraphQL names are the values.
 */
export const ENUM_WORDS = {
  Role: byName(ACCESS_ROLE),
  ValueStatus: byName(
    Object.fromEntries(Object.entries(VALUE_STATUS).map(([word, s]) => [word, s.graphql])) as {
      [W in ValueStatusWord]: (typeof VALUE_STATUS)[W]["graphql"];
    },
  ),
  ImportKind: byName(IMPORT_KIND),
  SubjectKind: byName(SUBJECT_KIND),
  ImpactVerdictLevel: byName(VERDICT_LEVEL),
} as const;
