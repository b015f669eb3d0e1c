/**
 * What each GraphQL type's resolvers receive as parent: the database row the
 * service returned (codegen `mappers`), so field resolvers follow foreign keys
 * through loaders instead of services pre-joining everything.
 */
import type { tables as t } from "@cchc/db";

export type RegionRow = typeof t.regions.$inferSelect;
export type ProvinceRow = typeof t.provinces.$inferSelect;
export type OrganisationRow = typeof t.organisations.$inferSelect;
export type IndexRow = typeof t.indices.$inferSelect;
export type VersionRow = typeof t.methodologyVersions.$inferSelect;
export type ComponentRow = typeof t.indexComponents.$inferSelect;
export type ComponentVersionRow = typeof t.componentVersions.$inferSelect;
export type TopicRow = typeof t.topics.$inferSelect;
export type FormRow = typeof t.forms.$inferSelect;
export type PlanRow = typeof t.plans.$inferSelect;
export type PlanTopicRow = typeof t.planTopics.$inferSelect;
export type PlanFormRow = typeof t.planForms.$inferSelect;
export type PlanResponsibilityRow = typeof t.planResponsibilities.$inferSelect;
export type ActivityRow = typeof t.activities.$inferSelect;
export type SeriesPointRow = Pick<
  typeof t.indexValues.$inferSelect,
  | "year"
  | "value"
  | "publishedRank"
  | "publishedOutOf"
  | "status"
  | "versionCode"
  | "sourceUrl"
  | "note"
  | "valueDerived"
> & { rank: number | null; outOf: number; zScore: number | null } & FigureSourceSql;
/** Where a series point comes from (indexSeries' statement): the index's publisher, the last change, the import batch. */
export interface FigureSourceSql {
  publisher: string;
  updatedAt: string;
  batchId: number | null;
  batchKind: string | null;
  batchFileName: string | null;
  batchSha256: string | null;
  batchRowCount: number | null;
  batchCreatedAt: string | null;
  batchCreatedBy: string | null;
}
/** One index × year of dataCoverage. */
export interface CoverageRowRow {
  indexCode: string;
  year: number;
  versionCode: string;
  expected: number;
  withValue: number;
  rankOnly: number;
  withPublishedRank: number;
  notPublished: number;
  noData: number;
  missing: number;
  componentValues: number;
  subjectValue: number | null;
  subjectPublishedRank: number | null;
  sources: string[];
  importBatches: ImportBatchRow[];
  figuresOutsideImports: number;
  lastChanged: string;
}
export interface SubjectSeriesRow {
  subjectCode: string;
  points: SeriesPointRow[];
}
export interface SubjectRow {
  code: string;
  kind: "province" | "department";
  nameVi: string;
  nameEn: string | null;
  regionCode: string | null;
  /** The region, when whoever found the subject already had it (the SubjectDirectory; undefined: load it). */
  region?: RegionRow | null;
}
export interface ActivityGroupRow {
  periodStart: string | null;
  period: string | null;
  keys: string[];
  count: number;
  reachSum: number;
  participantsSum: number;
  comparedCount?: number | null;
  comparedReachSum?: number | null;
  countChange?: number | null;
  countChangePercent?: number | null;
}
export type ImportReportRow = import("@cchc/import").ImportReport;
export type ImportUnitMatchRow = import("@cchc/import").UnitMatch;
export type ImportBatchRow = typeof t.importBatches.$inferSelect;
export interface RankingEntryRow {
  subjectCode: string;
  /** The subject, when the ranking statement already read it (undefined: load it). */
  subject?: SubjectRow;
  value: number | null;
  rank: number | null;
  publishedRank: number | null;
  outOf: number;
  status: "published" | "not_published" | "no_data";
  tier: string | null;
}
export interface RankingResultRow {
  index: import("./generated/resolvers-types").IndexCode;
  year: number;
  componentId: string | null;
  versionCode: string | null;
  rows: RankingEntryRow[];
  stats: { count: number; mean: number | null; median: number | null; min: number | null; max: number | null };
}
export interface ProfileFigureRow {
  componentId: string | null;
  value: number | null;
  rank: number | null;
  outOf: number;
  publishedRank: number | null;
  publishedOutOf: number | null;
  status: "published" | "not_published" | "no_data";
  versionCode: string | null;
  previousValue: number | null;
  valueChange: number | null;
  rankChange: number | null;
  publishedRankChange: number | null;
  changeUnavailableReason: string | null;
  /** Provincial units merged between the previous year and this one: rank changes are withheld. */
  mergerBreak: boolean;
  rankChangeUnavailableReason: string | null;
  nationalMean: number | null;
  nationalMedian: number | null;
  nationalBest: number | null;
  regionMean: number | null;
  peerMean: number | null;
  zScore: number | null;
  percentile: number | null;
  /** The previous year's percentile (same definition, within that year): the standing to compare across a merger. */
  previousPercentile: number | null;
  /** The component's row, when whoever built the figure had it (the Catalogue; undefined: load it). */
  component?: ComponentRow | null;
}
export interface IndexProfileRow {
  indexCode: string;
  /** The index's row, when whoever built the profile had it (the Catalogue; undefined: load it). */
  index?: IndexRow;
  total: ProfileFigureRow;
  components: ProfileFigureRow[];
  drivers: ProfileFigureRow[];
}
export interface SubjectProfileRow {
  subjectCode: string;
  year: number;
  peerGroupCode: string | null;
  mergerBreak: boolean;
  indices: IndexProfileRow[];
}
/** A peer group; `year` when reached through a profile (its members default to that year's). */
export type PeerGroupRow = typeof t.peerGroups.$inferSelect & { year?: number };
/** A member of a peer group with its survey years (null = open). */
export interface PeerGroupMembershipRow {
  province: typeof t.provinces.$inferSelect;
  firstYear: number | null;
  lastYear: number | null;
}
export interface AlignmentComponentYearRow {
  componentId: string;
  value: number | null;
  zScore: number | null;
  zChange: number | null;
}
export interface AlignmentYearRow {
  year: number;
  dose: number;
  doseObserved: boolean;
  components: AlignmentComponentYearRow[];
  meanZChange: number | null;
}
export interface AlignmentRow {
  subjectCode: string;
  topicCodes: string[];
  componentIds: string[];
  lagYears: number;
  years: AlignmentYearRow[];
  spearman: number | null;
  n: number;
  insufficientData: boolean;
  interpretation: string;
}

export type PlanTargetRow = typeof t.planTargets.$inferSelect;
/** A monitoring row: unit and form as codes ("" form on a unit's total), resolved through loaders. */
export type ProgressEntryRow = import("@cchc/report").ProgressRow;
export interface PlanProgressResultRow {
  plan: PlanRow;
  asOf: string;
  rule: string;
  rows: ProgressEntryRow[];
  byForm: ProgressEntryRow[];
  byUnit: ProgressEntryRow[];
  topicCodesWithoutActivity: string[];
  unitCodesIdleThisQuarter: string[];
}
export interface ProposedTargetRow {
  formCode: string;
  quantity: number;
}
/** The generated year-end report with its plan and year, for the saved edits (modules/plans). */
export type { OrientationReportResult as OrientationReportRow } from "./modules/plans/report.service";

/** An account as the admin page shows it (modules/auth). */
export type { UserRow as AccountRow } from "./modules/auth/users.service";
/** An API token's listing row (never its hash). */
export type ApiTokenRow = Awaited<ReturnType<typeof import("@cchc/db").listTokens>>[number];
