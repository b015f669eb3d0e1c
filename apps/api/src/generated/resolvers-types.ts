import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RegionRow, ProvinceRow, OrganisationRow, IndexRow, VersionRow, ComponentRow, ComponentVersionRow, TopicRow, FormRow, PlanRow, PlanTopicRow, PlanFormRow, PlanResponsibilityRow, ActivityRow, SeriesPointRow, CoverageRowRow, SubjectSeriesRow, SubjectRow, ActivityGroupRow, ImportReportRow, ImportBatchRow, ImportUnitMatchRow, RankingResultRow, RankingEntryRow, ProfileFigureRow, IndexProfileRow, SubjectProfileRow, PeerGroupRow, PeerGroupMembershipRow, AlignmentRow, AlignmentYearRow, AlignmentComponentYearRow, PlanTargetRow, ProgressEntryRow, PlanProgressResultRow, ProposedTargetRow, OrientationReportRow, AccountRow, ApiTokenRow } from '../mappers';
import type { ApiContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601 (YYYY-MM-DD). */
  Date: { input: string; output: string; }
};

/** An account: a person who signs in, or a service account that only holds API tokens. */
export type Account = {
  __typename?: 'Account';
  createdAt: Scalars['String']['output'];
  disabled: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  isService: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  role: Role;
  tokens: Array<ApiToken>;
  username?: Maybe<Scalars['String']['output']>;
};

/** One thing done (hoạt động). */
export type Activity = {
  __typename?: 'Activity';
  audience?: Maybe<Scalars['String']['output']>;
  channel?: Maybe<Scalars['String']['output']>;
  endsOn: Scalars['Date']['output'];
  form: Form;
  id: Scalars['ID']['output'];
  /** True for the labelled demo log shipped with a fresh install. */
  isDemo: Scalars['Boolean']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  participants?: Maybe<Scalars['Int']['output']>;
  plan?: Maybe<Plan>;
  reach?: Maybe<Scalars['Int']['output']>;
  startsOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  topics: Array<Topic>;
  unit: Organisation;
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of activities, newest first. */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  edges: Array<ActivityEdge>;
  nodes: Array<Activity>;
  pageInfo: PageInfo;
  /** Number of activities matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Dimensions to group activity statistics by. */
export type ActivityDimension =
  | 'CHANNEL'
  | 'FORM'
  | 'PLAN'
  | 'TOPIC'
  | 'UNIT';

/** An activity and the cursor that points at it. */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  cursor: Scalars['String']['output'];
  node: Activity;
};

/** Filters on activities; all given filters must hold. */
export type ActivityFilter = {
  /** Only activities on this channel (exact name). */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Only activities of these forms (F1…F5). */
  forms?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Activities that end on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Include the demo log (default true). */
  includeDemo?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only activities lasting at least this many days, start and end included (campaigns: 7). */
  minDays?: InputMaybe<Scalars['Int']['input']>;
  /** Only activities recorded under this plan (id). */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the title, channel or notes; diacritics and case are ignored ("cai cach" finds "cải cách"). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Activities that start on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
  /** Activities tagged with any of these topics (a parent topic includes its children). */
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only activities of these units (organisation codes). */
  units?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** One group of activity statistics. */
export type ActivityGroup = {
  __typename?: 'ActivityGroup';
  /** With compareTo: the same group's count in the compared period (0 when it had none). */
  comparedCount?: Maybe<Scalars['Int']['output']>;
  /** With compareTo: the same group's reach in the compared period. */
  comparedReachSum?: Maybe<Scalars['Int']['output']>;
  /** Activities in the group (an activity with two topics counts once per topic when grouping by TOPIC). */
  count: Scalars['Int']['output'];
  /** With compareTo: count − comparedCount. */
  countChange?: Maybe<Scalars['Int']['output']>;
  /** With compareTo: change in % of comparedCount; null when comparedCount is 0. */
  countChangePercent?: Maybe<Scalars['Float']['output']>;
  /** Key of each requested dimension, in the order asked. */
  keys: Array<Scalars['String']['output']>;
  /** Sum of participants in the group. */
  participantsSum: Scalars['Int']['output'];
  /** Label of the period: 2022, 2022-Q1, 2022-03. */
  period?: Maybe<Scalars['String']['output']>;
  /** First day of the period (when a period was asked for). */
  periodStart?: Maybe<Scalars['Date']['output']>;
  /** Sum of reach (people reached) in the group. */
  reachSum: Scalars['Int']['output'];
};

/** An activity to record or change. Text is stored NFC; dates are ISO. */
export type ActivityInput = {
  /** Who it was for. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** The outlet: Tạp chí KH&CN, ngheandost.gov.vn, a conference hall… */
  channel?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to startsOn. */
  endsOn?: InputMaybe<Scalars['Date']['input']>;
  /** Form code F1…F5. */
  form: Scalars['ID']['input'];
  /** Anything else worth keeping. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** People present (≥ 0). */
  participants?: InputMaybe<Scalars['Int']['input']>;
  /** Plan id, when recorded under a plan. */
  plan?: InputMaybe<Scalars['ID']['input']>;
  /** People reached (≥ 0). */
  reach?: InputMaybe<Scalars['Int']['input']>;
  /** First day. */
  startsOn: Scalars['Date']['input'];
  /** What was done, in Vietnamese (at most 500 characters). */
  title: Scalars['String']['input'];
  /** Topic codes (N01…N04.15); at least one. */
  topics: Array<Scalars['ID']['input']>;
  /** Unit (organisation code, e.g. SKHCN_NA.VP). */
  unit: Scalars['ID']['input'];
  /** http(s) address of the article, video or page. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * Alignment of the Department's communication on some topics with the index
 * components those topics aim at. It shows whether the two move together —
 * consistent with, not caused by: every province communicates every year, and
 * one Department is a small input to a provincial index.
 */
export type Alignment = {
  __typename?: 'Alignment';
  components: Array<IndexComponent>;
  /** True below 5 pairs: not distinguishable from normal variation. */
  insufficientData: Scalars['Boolean']['output'];
  /** How to read it, in Vietnamese (phù hợp / tương quan, never nhân quả). */
  interpretation: Scalars['String']['output'];
  /** Dose in year Y is paired with the components' change in year Y + lagYears. */
  lagYears: Scalars['Int']['output'];
  /** Number of year pairs. */
  n: Scalars['Int']['output'];
  /** Spearman's ρ between dose and meanZChange (lagged); null below 3 pairs or without variation. */
  spearman?: Maybe<Scalars['Float']['output']>;
  subject: Subject;
  topics: Array<Topic>;
  years: Array<AlignmentYear>;
};

/** One linked component in one year of an alignment. */
export type AlignmentComponentYear = {
  __typename?: 'AlignmentComponentYear';
  component: IndexComponent;
  value?: Maybe<Scalars['Float']['output']>;
  /** zScore − previous year's zScore; null across a merger of provinces (2025: standings among 63 and among 34 are not compared). */
  zChange?: Maybe<Scalars['Float']['output']>;
  /** Within-year z-score among all subjects (comparable across methodology versions). */
  zScore?: Maybe<Scalars['Float']['output']>;
};

/** One year of an alignment: the Department's activity dose and the linked components. */
export type AlignmentYear = {
  __typename?: 'AlignmentYear';
  components: Array<AlignmentComponentYear>;
  /** Activities started this year on the linked topics. */
  dose: Scalars['Int']['output'];
  /** False when the activity log has no record at all this year: the dose is unknown, not zero, and the year is left out of the correlation. */
  doseObserved: Scalars['Boolean']['output'];
  /** Mean zChange of the linked components with a value (the outcome side of the correlation). */
  meanZChange?: Maybe<Scalars['Float']['output']>;
  year: Scalars['Int']['output'];
};

/** An API token (only its first characters are kept in clear). */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['String']['output']>;
  role: Role;
};

/**
 * One recorded write (sự kiện nhật ký): who did what to which entity, when, and
 * the values before and after. The trail is append-only: the database refuses to
 * change or delete an event.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who, as shown to people: a person's name, “<account> (token <id>)”, an OS user for the CLI, or “hệ thống”. */
  actorName: Scalars['String']['output'];
  /** The API token the request came with, if any. */
  actorTokenId?: Maybe<Scalars['Int']['output']>;
  /** The account (person or service account), when known. */
  actorUserId?: Maybe<Scalars['String']['output']>;
  /** The values after the write, as JSON text; null for a deletion. */
  after?: Maybe<Scalars['String']['output']>;
  /** When, ISO 8601 with the time zone (UTC). */
  at: Scalars['String']['output'];
  /** The values before the write, as JSON text; null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** The client's address. */
  clientAddress?: Maybe<Scalars['String']['output']>;
  /** The kind of thing changed: activity, topic, plan, import_batch, user, api_token, session … */
  entity: Scalars['String']['output'];
  /** Which one (an id or a code). */
  entityId?: Maybe<Scalars['String']['output']>;
  /** Increasing with time; the paging cursor. */
  id: Scalars['ID']['output'];
  /** The operation: a mutation's name (createActivity, setPlanTargets, commitImport …) or signIn. */
  operation: Scalars['String']['output'];
  /** The request's id (x-request-id), to find it in the server's log. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** The last event's id on this page. */
  endCursor?: Maybe<Scalars['ID']['output']>;
  events: Array<AuditEvent>;
  /** True when older events match the filter: ask again with after = endCursor. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Which audit events to list; every condition given must hold. */
export type AuditFilter = {
  /** The actor: an account id exactly, or part of the actor's name (case-insensitive). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Entity kind, exactly (activity, plan, import_batch …). */
  entity?: InputMaybe<Scalars['String']['input']>;
  /** Entity id or code, exactly. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** From this moment (ISO 8601), or from the start of this day (YYYY-MM-DD, Vietnam time). */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Operation name, exactly (updatePlan …). */
  operation?: InputMaybe<Scalars['String']['input']>;
  /** Up to this moment (ISO 8601), or to the end of this day (YYYY-MM-DD, Vietnam time). */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** What to compare each group with. */
export type Comparison =
  /** The period just before (the previous month, quarter or year). */
  | 'PREVIOUS_PERIOD'
  /** The same period one year earlier. */
  | 'SAME_PERIOD_LAST_YEAR';

/** Raise one component by delta points (whatIf). */
export type ComponentDelta = {
  /** A top-level component id of the index, e.g. PAPI.D5. */
  component: Scalars['ID']['input'];
  /** Points added to the component's stored value (may be negative). */
  delta: Scalars['Float']['input'];
};

/** A component's scale (max points) under one methodology version. */
export type ComponentVersion = {
  __typename?: 'ComponentVersion';
  scaleMax: Scalars['Float']['output'];
  scaleMin: Scalars['Float']['output'];
  version: MethodologyVersion;
};

/**
 * How complete the stored figures of one index are in one year: what leadership
 * can rely on and what the Office still has to import.
 */
export type CoverageRow = {
  __typename?: 'CoverageRow';
  /** Component (and sub-component) values stored, for all subjects. */
  componentValues: Scalars['Int']['output'];
  /** Subjects the index could score that year: provinces valid on 30 June, or departments. */
  expected: Scalars['Int']['output'];
  /** Stored figures of this year not written by an import (seeded from publications or typed). */
  figuresOutsideImports: Scalars['Int']['output'];
  /** Import batches that wrote figures of this year, oldest first (undone batches excluded: their rows are gone). */
  importBatches: Array<ImportBatch>;
  index: Index;
  /** When a figure of this index and year last changed, ISO 8601 (UTC). */
  lastChanged: Scalars['String']['output'];
  /** Methodology version of the year's figures (the most common one). */
  methodologyVersion: MethodologyVersion;
  /** expected − withValue − rankOnly: subjects with neither value nor rank stored. */
  missing: Scalars['Int']['output'];
  /** Marked “no data” (not surveyed that year). */
  noData: Scalars['Int']['output'];
  /** Marked “not published” (e.g. PCI outside VCCI's top 30 from 2023). */
  notPublished: Scalars['Int']['output'];
  /** Subjects with a published rank but no value (the value is still to import). */
  rankOnly: Scalars['Int']['output'];
  /** Distinct sources of the year's figures, as stored (a web address or a described file). */
  sources: Array<Scalars['String']['output']>;
  subjectPublishedRank?: Maybe<Scalars['Int']['output']>;
  /** The subject asked about (default Nghệ An): its stored total value and published rank this year. */
  subjectValue?: Maybe<Scalars['Float']['output']>;
  /** Subjects with a published rank (with or without a value). */
  withPublishedRank: Scalars['Int']['output'];
  /** Subjects with a stored total value. */
  withValue: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/**
 * Where a stored figure comes from and when it changed: the publisher of the
 * index, the document it was read from (a page, or the file an import read), the
 * import batch that wrote it, and the last change of the stored row. The
 * release date of the document is not stored yet: say so rather than guess.
 */
export type FigureSource = {
  __typename?: 'FigureSource';
  /** The document in words: a site (baonghean.vn) or a described file (github.com/hnks-gh/ml-mcdm (PAPI sub-dimension panel…)). */
  document: Scalars['String']['output'];
  /** The import batch that wrote the figure; null when it was seeded or typed. */
  importBatch?: Maybe<ImportBatch>;
  /** Who publishes the index (e.g. “UNDP, CECODES, VFF-CRT, RTA”, “Bộ Nội vụ”). */
  publisher: Scalars['String']['output'];
  /** When the stored figure last changed, ISO 8601 (UTC). */
  updatedAt: Scalars['String']['output'];
  /** The first web address in the stored source, when there is one. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A form of propaganda (hình thức): F1 press/website … F5 guide documents/videos. */
export type Form = {
  __typename?: 'Form';
  code: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  shortNameVi: Scalars['String']['output'];
};

/** What the subject is compared with in `impact`. */
export type ImpactComparison =
  /** Every province with complete data in the window. */
  | 'ALL'
  /** The subject's peer group (default: the first group it belongs to). Small: p cannot go below 1 / units. */
  | 'PEERS';

/** Step 2: difference-in-differences against the comparison group's mean series. */
export type ImpactDid = {
  __typename?: 'ImpactDid';
  comparison: Array<Subject>;
  /** (post mean − pre mean) of the subject minus the same of the group's mean. */
  estimate: Scalars['Float']['output'];
  /** Subject − group mean every year (the pre years show the pre-trend). */
  gaps: Array<ImpactYearGap>;
  /** Components not linked (topic_component_links) to the campaign's topics, same window and group. */
  outcome: ImpactDidFamily;
  /** Sample sd of the pre-period values (subject and group): the yardstick for size. */
  outcomeSd: Scalars['Float']['output'];
  /** Every comparison unit treated as if it were the subject. */
  space: ImpactDidFamily;
  /** Fake start years inside the pre period. */
  time: ImpactDidFamily;
  verdict: ImpactVerdict;
};

/** A placebo family with the actual estimate's rank among it (null inference when the family is empty). */
export type ImpactDidFamily = {
  __typename?: 'ImpactDidFamily';
  inference?: Maybe<ImpactPlaceboRank>;
  placebos: Array<ImpactDidPlacebo>;
};

/** One placebo estimate: a unit (space), a fake start year (time) or a component (outcome). */
export type ImpactDidPlacebo = {
  __typename?: 'ImpactDidPlacebo';
  /** The untargeted component (outcome family). */
  component?: Maybe<IndexComponent>;
  estimate: Scalars['Float']['output'];
  /** The unit treated as if it were the subject (space family). */
  subject?: Maybe<Subject>;
  /** The fake first treated year (time family). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** n, mean, median and standard deviation of a set of changes (null when n = 0; sd null when n < 2). */
export type ImpactDistribution = {
  __typename?: 'ImpactDistribution';
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  n: Scalars['Int']['output'];
  sd?: Maybe<Scalars['Float']['output']>;
};

/** A unit left out of the comparison, with the reason (e.g. no value for 2019). */
export type ImpactDroppedUnit = {
  __typename?: 'ImpactDroppedUnit';
  reason: Scalars['String']['output'];
  subject: Subject;
};

/** The rank with units whose pre-RMSPE exceeds k × the subject's left out. */
export type ImpactFilteredRank = {
  __typename?: 'ImpactFilteredRank';
  convention: Scalars['String']['output'];
  direction: Scalars['String']['output'];
  excluded: Array<Subject>;
  k: Scalars['Float']['output'];
  of: Scalars['Int']['output'];
  p: Scalars['Float']['output'];
  rank: Scalars['Int']['output'];
};

/** The fit pretending the treatment began earlier, inside the pre period; from null (with reason) when impossible. */
export type ImpactInTime = {
  __typename?: 'ImpactInTime';
  effect?: Maybe<Scalars['Float']['output']>;
  from?: Maybe<Scalars['Int']['output']>;
  postRmspe?: Maybe<Scalars['Float']['output']>;
  preRmspe?: Maybe<Scalars['Float']['output']>;
  ratio?: Maybe<Scalars['Float']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** Refits without each donor weighing more than threshold; min/max over the full fit and every refit. */
export type ImpactLeaveOneOut = {
  __typename?: 'ImpactLeaveOneOut';
  max: Scalars['Float']['output'];
  min: Scalars['Float']['output'];
  runs: Array<ImpactLeaveOneOutRun>;
  threshold: Scalars['Float']['output'];
};

/** A refit without one heavy donor. */
export type ImpactLeaveOneOutRun = {
  __typename?: 'ImpactLeaveOneOutRun';
  effect: Scalars['Float']['output'];
  preRmspe: Scalars['Float']['output'];
  without: Subject;
};

/**
 * Rank of the actual estimate among its placebos: rank = 1 + placebos at least
 * as extreme (ties count against it), of = placebos + 1, p = rank / of.
 */
export type ImpactPlaceboRank = {
  __typename?: 'ImpactPlaceboRank';
  /** The convention in words. */
  convention: Scalars['String']['output'];
  /** two-sided, greater or less. */
  direction: Scalars['String']['output'];
  of: Scalars['Int']['output'];
  p: Scalars['Float']['output'];
  rank: Scalars['Int']['output'];
};

/**
 * Step 1: the subject's change from the last pre year to the last year of the
 * window, against its comparison group's and the nation's changes.
 */
export type ImpactRelativeChange = {
  __typename?: 'ImpactRelativeChange';
  change: Scalars['Float']['output'];
  from: Scalars['Int']['output'];
  /** Changes of the comparison group (subject excluded). */
  group: ImpactDistribution;
  /** Changes of every unit with both values, the subject included. */
  nation: ImpactDistribution;
  /** Share (0–1) of the other units whose change is smaller; ties count half. */
  percentile: Scalars['Float']['output'];
  to: Scalars['Int']['output'];
  /** (change − nation mean) / nation sd. */
  z?: Maybe<Scalars['Float']['output']>;
  /** (change − group mean) / group sd. */
  zInGroup?: Maybe<Scalars['Float']['output']>;
};

/**
 * Did the subject's index (or component) move more than comparable provinces
 * did after treatedFrom? Peer-relative change, difference-in-differences and
 * synthetic control with placebos. Compares movements; does not attribute them.
 */
export type ImpactResult = {
  __typename?: 'ImpactResult';
  /** Cautions about the whole evaluation (e.g. a small donor pool). */
  cautions: Array<Scalars['String']['output']>;
  comparison: ImpactComparison;
  /** The component evaluated; null = the index total. */
  component?: Maybe<IndexComponent>;
  did: ImpactDid;
  /** Comparison units with complete data in the window (the synthetic control's donor pool). */
  donors: Array<Subject>;
  /** Comparison units left out, with the reason. */
  dropped: Array<ImpactDroppedUnit>;
  index: IndexCode;
  /** The peer group used (PEERS). */
  peerGroup?: Maybe<PeerGroup>;
  relativeChange: ImpactRelativeChange;
  subject: Subject;
  synth: ImpactSynth;
  treatedFrom: Scalars['Int']['output'];
  window: ImpactWindow;
};

/**
 * Step 3: synthetic control (predictors = pre-period values, V = I; weights
 * solved exactly by quadprog) with in-space placebos, leave-one-out and an
 * in-time placebo.
 */
export type ImpactSynth = {
  __typename?: 'ImpactSynth';
  /** Mean post gap, in the outcome's points. */
  effect: Scalars['Float']['output'];
  filtered?: Maybe<ImpactFilteredRank>;
  inTime: ImpactInTime;
  leaveOneOut: ImpactLeaveOneOut;
  outcomeSd: Scalars['Float']['output'];
  /** The subject first, then every donor fitted as if treated. */
  placebos: Array<ImpactSynthPlacebo>;
  postRmspe: Scalars['Float']['output'];
  preRmspe: Scalars['Float']['output'];
  /** Rank of the subject's ratio among all units (1 = largest), p = rank / units. */
  rank?: Maybe<ImpactPlaceboRank>;
  ratio: Scalars['Float']['output'];
  series: Array<ImpactSynthPoint>;
  verdict: ImpactVerdict;
  /** Every donor, largest weight first. */
  weights: Array<ImpactWeight>;
};

/** One unit of the in-space placebo distribution (the subject first). */
export type ImpactSynthPlacebo = {
  __typename?: 'ImpactSynthPlacebo';
  /** Mean post gap. */
  effect: Scalars['Float']['output'];
  /** The unit's gap every year (for the grey placebo lines). */
  gaps: Array<ImpactYearGap>;
  postRmspe: Scalars['Float']['output'];
  preRmspe: Scalars['Float']['output'];
  /** postRmspe / preRmspe (pre floored at 1e-6 · (1 + mean |value|)). */
  ratio: Scalars['Float']['output'];
  subject: Subject;
};

/** One year of the synthetic-control figure. */
export type ImpactSynthPoint = {
  __typename?: 'ImpactSynthPoint';
  actual: Scalars['Float']['output'];
  /** actual − synthetic. */
  gap: Scalars['Float']['output'];
  synthetic: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/**
 * A verdict in Vietnamese, never causal: whether the movement can be told apart
 * from normal variation, what that reading assumes and its weakest point.
 */
export type ImpactVerdict = {
  __typename?: 'ImpactVerdict';
  assumptions: Array<Scalars['String']['output']>;
  /** Every caution found, the weakest point first. */
  cautions: Array<Scalars['String']['output']>;
  /** The size in points and in standard deviations (empty when insufficient). */
  detail: Scalars['String']['output'];
  level: ImpactVerdictLevel;
  /** One sentence, e.g. “Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên (p = 0,03)”. */
  text: Scalars['String']['output'];
  weakestPoint: Scalars['String']['output'];
};

/** Fixed verdict levels, decided in this order (packages/analytics verdict.ts). */
export type ImpactVerdictLevel =
  /** p ≤ 0.05. */
  | 'clear'
  /** p > 0.10. */
  | 'indistinguishable'
  /** Fewer than 3 pre-period years, or nothing to rank against. */
  | 'insufficient'
  /** 0.05 < p ≤ 0.10. */
  | 'suggestive'
  /** |effect| < 0.1 × the outcome's standard deviation, whatever p. */
  | 'tiny';

/** A donor's weight in the synthetic unit (w ≥ 0, Σw = 1). */
export type ImpactWeight = {
  __typename?: 'ImpactWeight';
  subject: Subject;
  weight: Scalars['Float']['output'];
};

/** The years an impact evaluation actually used. */
export type ImpactWindow = {
  __typename?: 'ImpactWindow';
  /** Why the window is shorter than the stored years (a methodology change); null when it is not. */
  cutReason?: Maybe<Scalars['String']['output']>;
  from: Scalars['Int']['output'];
  /** The methodology version of every year of the window. */
  methodologyVersion: MethodologyVersion;
  /** treatedFrom and after (evaluation / post period). */
  postYears: Array<Scalars['Int']['output']>;
  /** Years before treatedFrom (fitting / pre period). */
  preYears: Array<Scalars['Int']['output']>;
  to: Scalars['Int']['output'];
};

/** A gap (subject − comparison) in one year. */
export type ImpactYearGap = {
  __typename?: 'ImpactYearGap';
  gap: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** One committed import. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  createdAt: Scalars['String']['output'];
  createdBy: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
  sha256: Scalars['String']['output'];
  /** When it was undone; null while in force. */
  undoneAt?: Maybe<Scalars['String']['output']>;
};

/** A stored value the import changes, old → new. */
export type ImportChange = {
  __typename?: 'ImportChange';
  field: Scalars['String']['output'];
  file?: Maybe<Scalars['String']['output']>;
  /** Old value as JSON. */
  from?: Maybe<Scalars['String']['output']>;
  row: Scalars['Int']['output'];
  /** What the row is, in words. */
  target: Scalars['String']['output'];
  /** New value as JSON. */
  to?: Maybe<Scalars['String']['output']>;
};

/**
 * A figure read from a publication that the file's derived value (a PAPI
 * dimension or total summed from its parts) disagrees with: the published
 * figure is kept, and both are shown so the Office can check the source.
 */
export type ImportKeptFigure = {
  __typename?: 'ImportKeptFigure';
  /** What the file's parts sum to. */
  derived: Scalars['Float']['output'];
  file?: Maybe<Scalars['String']['output']>;
  /** The stored figure, as published. */
  published: Scalars['Float']['output'];
  /** Why the published figure stays, in Vietnamese. */
  reason: Scalars['String']['output'];
  row: Scalars['Int']['output'];
  /** Where the published figure was read. */
  sourceUrl?: Maybe<Scalars['String']['output']>;
  /** What the row is, in words. */
  target: Scalars['String']['output'];
};

/** Kinds of file an import understands. */
export type ImportKind =
  /** The activity log template. */
  | 'activities'
  /** The long template: one index value per row. */
  | 'long'
  /** The PAPI sub-dimension panel (a directory: CLI only). */
  | 'papi'
  /** VCCI's PCI table in the tidy one-row-per-province-year layout. */
  | 'pci';

/** A row the import refused, and why. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  /**
   * English code, for refusals that have one: PROVINCE_MERGED (a row of a year from 2025 names a unit merged away
   * on 01/07/2025 — the reason names its successor), PROVINCE_NOT_IN_YEAR (a unit that did not exist that year),
   * PROVINCE_AMBIGUOUS.
   */
  code?: Maybe<Scalars['String']['output']>;
  /** Column header as written, when one cell is at fault. */
  column?: Maybe<Scalars['String']['output']>;
  /** File name, when an import reads several. */
  file?: Maybe<Scalars['String']['output']>;
  /** Why, in Vietnamese where the refusal has an English code (see code). */
  reason: Scalars['String']['output'];
  /** Row number in the file (header = 1); null for a whole-file problem. */
  row?: Maybe<Scalars['Int']['output']>;
};

/** What an import would do (preview) or did (commit). */
export type ImportReport = {
  __typename?: 'ImportReport';
  /** The batch, when committed (undo with undoImport). */
  batch?: Maybe<ImportBatch>;
  changes: Array<ImportChange>;
  /** True when written; false for a preview, a refused file or nothing to change. */
  committed: Scalars['Boolean']['output'];
  files: Array<Scalars['String']['output']>;
  insert: Scalars['Int']['output'];
  /** Published figures kept against a differing derived value (not changes: nothing is written for them). */
  kept: Array<ImportKeptFigure>;
  kind: ImportKind;
  rejected: Array<ImportRejection>;
  rows: Scalars['Int']['output'];
  /** SHA-256 of the file(s). */
  sha256: Scalars['String']['output'];
  unchanged: Scalars['Int']['output'];
  /** Names read as a unit of their row's era where the era mattered (63 units up to 2024, 34 from 2025). */
  units: Array<ImportUnitMatch>;
  update: Scalars['Int']['output'];
};

/**
 * How a province name or code was read for its row's year where the era mattered: the name or code belongs to
 * units before and after 01/07/2025 ("Quảng Trị", "44"), or the unit was formed then.
 */
export type ImportUnitMatch = {
  __typename?: 'ImportUnitMatch';
  file?: Maybe<Scalars['String']['output']>;
  /** In Vietnamese, e.g. “Quảng Trị” năm 2025: Quảng Trị (mã 44), đơn vị mới từ 01/07/2025, hợp nhất Quảng Bình, Quảng Trị. */
  note: Scalars['String']['output'];
  /** The unit read: its key and official code. */
  province: Province;
  /** First row read so (header = 1). */
  row: Scalars['Int']['output'];
  /** The name or code as written. */
  written: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** An index with its component tree and methodology versions. */
export type Index = {
  __typename?: 'Index';
  code: IndexCode;
  /** Top-level components; sub-components via children. */
  components: Array<IndexComponent>;
  /** True when a higher value is better (rank 1 = highest). */
  higherIsBetter: Scalars['Boolean']['output'];
  /** Unit of measure of the total: % or điểm. */
  measureUnit: Scalars['String']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  publisher: Scalars['String']['output'];
  shortName: Scalars['String']['output'];
  sourceUrl?: Maybe<Scalars['String']['output']>;
  subjectKind: SubjectKind;
  /**
   * The unit of measure under its old name.
   * @deprecated Đơn vị đo của chỉ số: dùng measureUnit (unit là đơn vị tổ chức)
   */
  unit: Scalars['String']['output'];
  versions: Array<MethodologyVersion>;
};

/** Codes of the indices the service knows. */
export type IndexCode =
  /** Department and District Competitiveness Index. */
  | 'DDCI'
  /** Department-level PAR index set by the province. */
  | 'DEPT_PAR'
  /** Provincial Governance and Public Administration Performance Index (UNDP), sum of dimensions of 1–10 points. */
  | 'PAPI'
  /** Chỉ số cải cách hành chính (Bộ Nội vụ), %. */
  | 'PAR_INDEX'
  /** Provincial Competitiveness Index (VCCI), weighted mean of 10 sub-indices, max 100. */
  | 'PCI'
  /** Chỉ số hài lòng về sự phục vụ hành chính (Bộ Nội vụ), %. */
  | 'SIPAS';

/** A component (chỉ số thành phần / lĩnh vực / dimension) or sub-component of an index. */
export type IndexComponent = {
  __typename?: 'IndexComponent';
  children: Array<IndexComponent>;
  code: Scalars['String']['output'];
  /** Dotted id, e.g. PAPI.D5 or PAPI.D5.1. */
  id: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  parent?: Maybe<IndexComponent>;
  /** The methodology versions this component belongs to, with its scale under each. */
  versions: Array<ComponentVersion>;
};

/** A subject's standing on one index in a year. */
export type IndexProfile = {
  __typename?: 'IndexProfile';
  /** Top-level components, in the index's order. */
  components: Array<ProfileFigure>;
  /**
   * Components that changed, largest change first whatever its direction (a
   * component that fell while the total rose is listed by its size). For an
   * unweighted sum (PAPI) the change of each component is its contribution;
   * for weighted indices (PCI) it is the unweighted change, as weights are not
   * published per year. Components without a comparable change are left out.
   */
  drivers: Array<ProfileFigure>;
  index: Index;
  /** The index total. */
  total: ProfileFigure;
};

/** A methodology version of an index and the years it covers. Raw changes across versions are not comparable. */
export type MethodologyVersion = {
  __typename?: 'MethodologyVersion';
  code: Scalars['ID']['output'];
  firstYear: Scalars['Int']['output'];
  /** Last year covered; null while in force. */
  lastYear?: Maybe<Scalars['Int']['output']>;
  legalBasis?: Maybe<Scalars['String']['output']>;
  nameVi: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  totalMax: Scalars['Float']['output'];
  /** Range of the index total under this version. */
  totalMin: Scalars['Float']['output'];
};

/** Writes. Every mutation needs an API token with the editor role or above. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Change the caller's own password. */
  changePassword: Scalars['Boolean']['output'];
  /** Import an uploaded file in one transaction. Refused as a whole (BAD_USER_INPUT, with the report in extensions) if any row is rejected. */
  commitImport: ImportReport;
  /** Start next year's plan from an existing one (editor): topics, forms, responsibilities and targets copied, periods moved to the new year. The draft keeps the number given. */
  copyPlan: Plan;
  /** Create a person's account (admins). */
  createAccount: Account;
  /** Record an activity. */
  createActivity: Activity;
  /** A token for an account: admins for any account, others for their own; never above the account's role. */
  createApiToken: NewApiToken;
  /** Delete an activity; returns its id. */
  deleteActivity: Scalars['ID']['output'];
  /** Dry run of an uploaded file (POST /uploads first): counts, changes and rejected rows; nothing is written. */
  previewImport: ImportReport;
  /** Set a new password for a person (admins); their sessions end. */
  resetAccountPassword: Account;
  /** Revoke a token: admins any, others their own. */
  revokeApiToken: ApiToken;
  /** Save paragraph edits of a plan's year-end report (editor), in one transaction with one audit event (old → new texts); returns every saved edit of that plan and year. */
  saveReportEdits: Array<ReportEdit>;
  /** Disable or re-enable an account (admins); its sessions end and its tokens stop working. */
  setAccountDisabled: Account;
  /** Change an account's role (admins); the last admin keeps theirs. */
  setAccountRole: Account;
  /**
   * Replace a peer group's members (editor), in the order given, each with its survey years — e.g. Bắc Trung Bộ:
   * Quảng Bình and Quảng Trị (45) with lastYear 2024, the new Quảng Trị with firstYear 2025. One transaction with one
   * audit event (members before → after); a bound outside the province's existence, an unknown province or a
   * province given twice is refused in Vietnamese (BAD_USER_INPUT) and nothing is written. Profiles' peer means follow
   * at once.
   */
  setPeerGroupMembers: PeerGroup;
  /** Replace a plan's quantity targets (editor), in one transaction. */
  setPlanTargets: Plan;
  /** Set the index components a topic aims at (replaces the current links). */
  setTopicComponents: Topic;
  /** Undo a committed batch: delete what it inserted, restore what it changed. */
  undoImport: UndoResult;
  /** Replace an activity's fields and topics. */
  updateActivity: Activity;
  /** Edit a plan's wording, topics, forms and responsibilities (editor), in one transaction; targets are set with setPlanTargets. */
  updatePlan: Plan;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationChangePasswordArgs = {
  current: Scalars['String']['input'];
  next: Scalars['String']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationCommitImportArgs = {
  kind?: InputMaybe<ImportKind>;
  source?: InputMaybe<Scalars['String']['input']>;
  upload: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationCopyPlanArgs = {
  from: Scalars['ID']['input'];
  issuedOn: Scalars['Date']['input'];
  number: Scalars['String']['input'];
  targets?: InputMaybe<Array<PlanTargetInput>>;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationCreateAccountArgs = {
  input: NewAccountInput;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationCreateActivityArgs = {
  input: ActivityInput;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationCreateApiTokenArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  role: Role;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationDeleteActivityArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationPreviewImportArgs = {
  kind?: InputMaybe<ImportKind>;
  source?: InputMaybe<Scalars['String']['input']>;
  upload: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationResetAccountPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSaveReportEditsArgs = {
  edits: Array<ReportEditInput>;
  plan: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSetAccountDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSetAccountRoleArgs = {
  id: Scalars['ID']['input'];
  role: Role;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSetPeerGroupMembersArgs = {
  group: Scalars['ID']['input'];
  members: Array<PeerGroupMemberInput>;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSetPlanTargetsArgs = {
  plan: Scalars['ID']['input'];
  targets: Array<PlanTargetInput>;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationSetTopicComponentsArgs = {
  components: Array<Scalars['ID']['input']>;
  topic: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationUndoImportArgs = {
  batch: Scalars['ID']['input'];
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationUpdateActivityArgs = {
  id: Scalars['ID']['input'];
  input: ActivityInput;
};


/** Writes. Every mutation needs an API token with the editor role or above. */
export type MutationUpdatePlanArgs = {
  id: Scalars['ID']['input'];
  input: PlanInput;
};

/** A person's new account, made by an admin. */
export type NewAccountInput = {
  /** Full name as people see it ("Nguyễn Văn A — Văn phòng Sở"). */
  name: Scalars['String']['input'];
  /** Initial password, at least 10 characters; stored only as an argon2id hash. */
  password: Scalars['String']['input'];
  /** What the person may do. */
  role: Role;
  /** Sign-in name: 3–64 lower-case letters without diacritics, digits, dot, hyphen, underscore. */
  username: Scalars['String']['input'];
};

/** A new token: `secret` is shown this once and never stored. */
export type NewApiToken = {
  __typename?: 'NewApiToken';
  secret: Scalars['String']['output'];
  token: ApiToken;
};

/** The Department or one of its units. */
export type Organisation = {
  __typename?: 'Organisation';
  children: Array<Organisation>;
  code: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  parent?: Maybe<Organisation>;
  shortNameVi?: Maybe<Scalars['String']['output']>;
};

/** The year-end report with next-year orientation, generated from the data (download as DOCX: /export/report.docx?plan=&year=). */
export type OrientationReport = {
  __typename?: 'OrientationReport';
  /** The Office's saved paragraph edits for this plan and year, in paragraph order (sections' paragraphs stay as generated). */
  edits: Array<ReportEdit>;
  issuerName: Scalars['String']['output'];
  issuerParentName?: Maybe<Scalars['String']['output']>;
  numberLine: Scalars['String']['output'];
  place: Scalars['String']['output'];
  /** Section IV's proposed targets per form for the next year (never below this year's target or delivery), to start next year's plan with copyPlan. */
  proposedTargets: Array<ProposedTarget>;
  recipients: Array<Scalars['String']['output']>;
  sections: Array<ReportSection>;
  signatureAuthority: Scalars['String']['output'];
  signatureTitle: Scalars['String']['output'];
  subtitle: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A named set of provinces to compare against (e.g. Bắc Trung Bộ, 6 provinces). */
export type PeerGroup = {
  __typename?: 'PeerGroup';
  code: Scalars['ID']['output'];
  /** What the group is, era by era. */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Members in survey year `year` (membership years and the province's validity: Bắc Trung Bộ has six members up
   * to 2024 and five from 2025). Without `year`: the profile's year when reached through SubjectProfile.peerGroup,
   * else every member of every era, in the group's order.
   */
  members: Array<Province>;
  /** Each member with the survey years it counts in (null = open). */
  memberships: Array<PeerGroupMembership>;
  nameVi: Scalars['String']['output'];
};


/** A named set of provinces to compare against (e.g. Bắc Trung Bộ, 6 provinces). */
export type PeerGroupMembersArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A member of a peer group with the survey years it counts in. A bound must be
 * a year the province exists in (valid on 1 July of it): Quảng Bình up to 2024,
 * the new Quảng Trị ("2025-quang-tri") from 2025.
 */
export type PeerGroupMemberInput = {
  /** First survey year it counts in; null = from the province's first year. */
  firstYear?: InputMaybe<Scalars['Int']['input']>;
  /** Last survey year it counts in; null = as long as the province exists. */
  lastYear?: InputMaybe<Scalars['Int']['input']>;
  /** The province's key (Province.code: "40", "2025-quang-tri"). */
  province: Scalars['ID']['input'];
};

/** A province's membership of a peer group, in survey years. */
export type PeerGroupMembership = {
  __typename?: 'PeerGroupMembership';
  /** First survey year it counts in; null = from the province's first year. */
  firstYear?: Maybe<Scalars['Int']['output']>;
  /** Last survey year it counts in; null = as long as the province exists. */
  lastYear?: Maybe<Scalars['Int']['output']>;
  province: Province;
};

/** Time bucket for activity statistics. */
export type Period =
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

/** A yearly CCHC propaganda plan (kế hoạch), e.g. 88/SKHCN-VP. */
export type Plan = {
  __typename?: 'Plan';
  audience?: Maybe<Scalars['String']['output']>;
  forms: Array<PlanForm>;
  id: Scalars['ID']['output'];
  implementsText?: Maybe<Scalars['String']['output']>;
  issuedOn: Scalars['Date']['output'];
  issuer: Organisation;
  number: Scalars['String']['output'];
  purposes: Array<Scalars['String']['output']>;
  recipients: Array<Scalars['String']['output']>;
  requirements: Array<Scalars['String']['output']>;
  responsibilities: Array<PlanResponsibility>;
  signedBy?: Maybe<Scalars['String']['output']>;
  /** Quantity targets per form, unit (null: the whole Department) and period. */
  targets: Array<PlanTarget>;
  titleVi: Scalars['String']['output'];
  topics: Array<PlanTopic>;
  /** Units of the issuing Department at any depth (everyone the plan applies to), and any other unit with activities under the plan. */
  units: Array<Organisation>;
  year: Scalars['Int']['output'];
};

/** A form as described in one plan. */
export type PlanForm = {
  __typename?: 'PlanForm';
  descriptionVi: Scalars['String']['output'];
  form: Form;
};

/** A form of a plan, as described in it. */
export type PlanFormInput = {
  /** What the plan asks under this form. */
  descriptionVi: Scalars['String']['input'];
  /** Form code (F1…). */
  form: Scalars['ID']['input'];
};

/** A plan's editable content; lists replace the plan's current ones, in order. */
export type PlanInput = {
  /** Đối tượng tuyên truyền. */
  audience?: InputMaybe<Scalars['String']['input']>;
  /** Forms in order (replaces the plan's). */
  forms: Array<PlanFormInput>;
  /** The document the plan implements (căn cứ). */
  implementsText?: InputMaybe<Scalars['String']['input']>;
  /** Mục đích, one entry each. */
  purposes: Array<Scalars['String']['input']>;
  /** Nơi nhận, one entry each. */
  recipients: Array<Scalars['String']['input']>;
  /** Yêu cầu, one entry each. */
  requirements: Array<Scalars['String']['input']>;
  /** Duties in order (replaces the plan's). */
  responsibilities: Array<PlanResponsibilityInput>;
  /** Title, e.g. "Kế hoạch tuyên truyền cải cách hành chính năm 2023". */
  titleVi: Scalars['String']['input'];
  /** Topics in order (replaces the plan's). */
  topics: Array<PlanTopicInput>;
};

/** Monitoring of a plan as of a date (theo dõi thực hiện kế hoạch). */
export type PlanProgress = {
  __typename?: 'PlanProgress';
  asOf: Scalars['Date']['output'];
  byForm: Array<PlanProgressRow>;
  byUnit: Array<PlanProgressRow>;
  plan: Plan;
  /** Per unit and form (cells with a target or an activity). */
  rows: Array<PlanProgressRow>;
  /** The traffic-light rule in words, to show with the statuses. */
  rule: Scalars['String']['output'];
  /** Topics of the plan with no activity yet (a parent counts its sub-topics). */
  topicsWithoutActivity: Array<Topic>;
  /** Units of the Department with no activity in asOf's quarter. */
  unitsIdleThisQuarter: Array<Organisation>;
};

/** Delivered against target to date for a unit and form, a form, or a unit. */
export type PlanProgressRow = {
  __typename?: 'PlanProgressRow';
  /** Activities recorded under the plan that started on or before asOf. */
  delivered: Scalars['Int']['output'];
  /** Null on a unit's total. */
  form?: Maybe<Form>;
  /** Delivered against a target ÷ target to date. */
  ratio?: Maybe<Scalars['Float']['output']>;
  status: ProgressStatus;
  /** Sum of the targets over the plan; null when none is set. */
  target?: Maybe<Scalars['Int']['output']>;
  /** The targets pro-rated to asOf by the share of each period elapsed. */
  targetToDate?: Maybe<Scalars['Float']['output']>;
  /** Null on a form's total. */
  unit?: Maybe<Organisation>;
};

/** A duty under a plan (§III), for one unit or for every unit. */
export type PlanResponsibility = {
  __typename?: 'PlanResponsibility';
  appliesToAllUnits: Scalars['Boolean']['output'];
  /** The unit's plan duty: lead (chủ trì), monitor (theo dõi, đôn đốc) or implement (thực hiện). */
  duty: Scalars['String']['output'];
  /** The duty as worded in the plan. */
  dutyVi: Scalars['String']['output'];
  /** The unit; null when the duty applies to every unit. */
  organisation?: Maybe<Organisation>;
  /**
   * The plan duty under its old name; the same value as duty.
   * @deprecated Nhiệm vụ trong kế hoạch, không phải quyền truy cập: dùng duty
   */
  role: Scalars['String']['output'];
};

/** A duty under a plan, for one unit or for every unit. */
export type PlanResponsibilityInput = {
  /** The unit's plan duty: lead, monitor or implement. Required (give it here, or under its old name role). */
  duty?: InputMaybe<Scalars['String']['input']>;
  /** The duty as worded in the plan. */
  dutyVi: Scalars['String']['input'];
  /**
   * The plan duty under its old name; if both are given they must agree.
   * @deprecated Nhiệm vụ trong kế hoạch, không phải quyền truy cập: dùng duty
   */
  role?: InputMaybe<Scalars['String']['input']>;
  /** Unit code; omit when the duty applies to every unit. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** A quantity target: so many activities of a form by a unit (or the whole Department) within a period. */
export type PlanTarget = {
  __typename?: 'PlanTarget';
  form: Form;
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  quantity: Scalars['Int']['output'];
  /** Null when the target is the whole Department's. */
  unit?: Maybe<Organisation>;
};

/** A quantity target to set on a plan. */
export type PlanTargetInput = {
  /** Form code (F1…). */
  form: Scalars['ID']['input'];
  /** Last day of the period, within the plan's year. */
  periodEnd: Scalars['Date']['input'];
  /** First day of the period, within the plan's year. */
  periodStart: Scalars['Date']['input'];
  /** Number of activities (≥ 0). */
  quantity: Scalars['Int']['input'];
  /** Unit code; omit for a Department-wide target. */
  unit?: InputMaybe<Scalars['ID']['input']>;
};

/** A topic as worded in one plan. */
export type PlanTopic = {
  __typename?: 'PlanTopic';
  textVi: Scalars['String']['output'];
  topic: Topic;
};

/** A topic of a plan, as worded in it. */
export type PlanTopicInput = {
  /** The topic as worded in this plan. */
  textVi: Scalars['String']['input'];
  /** Topic code (N01…). */
  topic: Scalars['ID']['input'];
};

/** One figure of a subject in a year — an index total or a component — with its context. */
export type ProfileFigure = {
  __typename?: 'ProfileFigure';
  /** Why valueChange is null: no value in one of the years, or the methodology version changed. */
  changeUnavailableReason?: Maybe<Scalars['String']['output']>;
  /** The component; null for the index total. */
  component?: Maybe<IndexComponent>;
  /**
   * True when provincial units were merged between the previous year and this one (2024 → 2025: 63 → 34; 2008 →
   * 2009: Hà Tây). The two years' ranks are out of different sets of units: rankChange and publishedRankChange are
   * null and no "tăng/giảm n bậc" may be shown; compare percentile with the previous year's instead. A chart
   * breaks its line here, as at a methodology change. valueChange is unaffected.
   */
  mergerBreak: Scalars['Boolean']['output'];
  methodologyVersion?: Maybe<MethodologyVersion>;
  /** The best value this year (highest, or lowest where lower is better). */
  nationalBest?: Maybe<Scalars['Float']['output']>;
  nationalMean?: Maybe<Scalars['Float']['output']>;
  nationalMedian?: Maybe<Scalars['Float']['output']>;
  /** Subjects with a value this year. */
  outOf: Scalars['Int']['output'];
  /** Mean of the peer group this year. */
  peerMean?: Maybe<Scalars['Float']['output']>;
  /** Share of subjects with a value that this one equals or beats, 0–100, within the year. */
  percentile?: Maybe<Scalars['Float']['output']>;
  /**
   * The same share in the previous year, within that year. Across a merger of provinces (mergerBreak) rank changes
   * are withheld and this is what to compare `percentile` with.
   */
  previousPercentile?: Maybe<Scalars['Float']['output']>;
  previousValue?: Maybe<Scalars['Float']['output']>;
  publishedOutOf?: Maybe<Scalars['Int']['output']>;
  publishedRank?: Maybe<Scalars['Int']['output']>;
  /** Published rank positions gained since the previous year (positive = better); null across a merger (mergerBreak). */
  publishedRankChange?: Maybe<Scalars['Int']['output']>;
  /** Rank among subjects with a value this year (ties share a rank). */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Rank positions gained since the previous year (computed ranks; positive = better); null across a methodology change or a merger (mergerBreak). */
  rankChange?: Maybe<Scalars['Int']['output']>;
  /** Why no rank change is given across a merger, in Vietnamese; null otherwise. */
  rankChangeUnavailableReason?: Maybe<Scalars['String']['output']>;
  /** Mean of the subject's region this year. */
  regionMean?: Maybe<Scalars['Float']['output']>;
  status: ValueStatus;
  value?: Maybe<Scalars['Float']['output']>;
  /** value − previous year's value; null when not comparable (see changeUnavailableReason). */
  valueChange?: Maybe<Scalars['Float']['output']>;
  /** (value − national mean) / standard deviation, within the year: comparable across methodology versions. */
  zScore?: Maybe<Scalars['Float']['output']>;
};

/** Traffic light of plan monitoring; the rule is PlanProgress.rule. */
export type ProgressStatus =
  /** 70% to under 100% (amber). */
  | 'BEHIND'
  /** Under 70% (red). */
  | 'FAR_BEHIND'
  /** A target is set but its period has not started (grey). */
  | 'NOT_DUE'
  /** No target set (grey). */
  | 'NO_TARGET'
  /** Delivered at least 100% of the target to date (green). */
  | 'ON_TRACK';

/** A proposed next-year target for a form (Department-wide, whole year). */
export type ProposedTarget = {
  __typename?: 'ProposedTarget';
  form: Form;
  quantity: Scalars['Int']['output'];
};

/** A province-level unit with its validity period (63 until 30/06/2025, 34 from 01/07/2025). */
export type Province = {
  __typename?: 'Province';
  /**
   * Stable key, never reused: the GSO code for the 63 pre-2025 units ("40" = Nghệ An, one identity before and
   * after 01/07/2025 when not merged); "2025-…" for units formed on 01/07/2025 ("2025-quang-tri").
   */
  code: Scalars['ID']['output'];
  /**
   * Official code (mã số đơn vị hành chính). From 01/07/2025 the codes of Quyết định 19/2025/QĐ-TTg; a successor
   * may carry a predecessor's code while being a different unit ("44" is Quảng Bình until 30/06/2025 and the new
   * Quảng Trị, code "2025-quang-tri", from 01/07/2025), so a code names a unit only together with a date.
   */
  gsoCode?: Maybe<Scalars['String']['output']>;
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
  region: Region;
  /** The unit this one became part of on 01/07/2025 (itself when unchanged); null for units formed then. */
  successor?: Maybe<Province>;
  validFrom: Scalars['Date']['output'];
  /** Last day of validity; null while the unit exists. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

/**
 * A period in which the set of provincial units stayed the same, in survey years. Ranks, "xếp thứ n/N" and rank
 * changes are comparable only within an era; across eras compare percentiles (and values of a unit that continued).
 */
export type ProvinceEra = {
  __typename?: 'ProvinceEra';
  /** First survey year of the era (units of year Y are those valid on 1 July of Y). */
  firstYear: Scalars['Int']['output'];
  /** Last survey year; null for the current era. */
  lastYear?: Maybe<Scalars['Int']['output']>;
  /** The act that changed the units, for eras after the first. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  /** The day the units changed (the earliest validity for the first era). */
  startsOn: Scalars['Date']['output'];
  /** Units valid in the era's first year (64, 63, 34). */
  unitCount: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Every account (admins). */
  accounts: Array<Account>;
  /** Activities matching the filter, as a Relay connection (first ≤ 500). */
  activities: ActivityConnection;
  /** Counts and reach of activities grouped by dimensions and/or period, computed in one SQL statement. */
  activityStats: Array<ActivityGroup>;
  /** Alignment of activities on a topic (with its sub-topics) and the components it is linked to, or on one component and the topics linked to it. Give topic, component, or both. */
  alignment: Alignment;
  /** The audit trail, newest first (admin only): at most 500 events a page, paged with after = the previous page's endCursor. */
  auditEvents: AuditEventPage;
  /**
   * Several subjects' series for the same index or component (at most 70
   * subjects), in one statement: lines to compare. Subjects are returned in the
   * order asked; an unknown code is an error.
   */
  compareSeries: Array<SubjectSeries>;
  /**
   * Coverage of the stored index figures: one row per index and year with
   * figures, in index order then year; one SQL statement. `subject` (default
   * "40", Nghệ An) fills subjectValue and subjectPublishedRank.
   */
  dataCoverage: Array<CoverageRow>;
  /** Forms of propaganda. */
  forms: Array<Form>;
  /**
   * The impact ladder for one subject from treatedFrom on: relative change,
   * DiD and synthetic control with all placebos, and verdicts. The window
   * defaults to the methodology version of treatedFrom (cut at a change, said
   * in window.cutReason); a window given across a methodology change, or over
   * years whose ranked units differ (the 2025 merger), is refused. `topics`:
   * the campaign's topics (default: every topic) — outcome placebos are the
   * components linked to none of them. Reads the panel in one statement.
   */
  impact: ImpactResult;
  /** Committed imports, newest first. */
  importBatches: Array<ImportBatch>;
  /** One index with its component tree and methodology versions. */
  index?: Maybe<Index>;
  /**
   * A subject's series for an index total (component omitted) or one component,
   * with the methodology version of each year.
   */
  indexSeries: Array<SeriesPoint>;
  /** The indices with their component trees and methodology versions. */
  indices: Array<Index>;
  /** The caller's own API tokens. */
  myApiTokens: Array<ApiToken>;
  /** The Department's units. */
  organisations: Array<Organisation>;
  /** The report on the plan's year (or the year given) with the orientation for the next year, generated from the data. */
  orientationReport: OrientationReport;
  /** Peer groups (provinces compared with each other, e.g. Bắc Trung Bộ). */
  peerGroups: Array<PeerGroup>;
  /** A plan by id or number (e.g. "88/SKHCN-VP"). */
  plan?: Maybe<Plan>;
  /** Delivered against target per unit and form as of a date (default: today, capped at the plan's year end). */
  planProgress: PlanProgress;
  /** All plans, newest first. */
  plans: Array<Plan>;
  /** The eras of provincial units (64 until 2008, 63 from 2009, 34 from 2025): a chart breaks its lines between eras. */
  provinceEras: Array<ProvinceEra>;
  /**
   * Province-level units valid on a day: by default 30/06/2025 (the 63). With `year`, the units of that survey year
   * (those valid on 1 July of it: 63 up to 2024, 34 from 2025); `year` wins over `validOn`.
   */
  provinces: Array<Province>;
  /** The smallest rise on each top-level component that reaches targetRank (every other province unchanged). */
  rankTarget: RankTarget;
  /** A year's ranking: standard competition ranking on the stored (published-precision) values, direction from the index, computed in one SQL statement. */
  ranking: Ranking;
  /** A subject by code ("40" = Nghệ An). */
  subject?: Maybe<Subject>;
  /**
   * A subject's profile for a year: every index's value, rank, change, national /
   * region / peer context, z-score and percentile, components and drivers. Peer
   * group defaults to the first group the subject belongs to. With `parent` (a
   * component id) only that component's index is profiled and its `components`
   * are the parent's sub-components (drill-down); `drivers` then orders them by
   * their change.
   */
  subjectProfile?: Maybe<SubjectProfile>;
  /** The topic catalogue. */
  topics: Array<Topic>;
  /** Who is calling; null without a session or token. */
  viewer?: Maybe<Viewer>;
  /** The subject's rank in a year if its top-level components rose by the deltas (every other province unchanged). */
  whatIf: WhatIf;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryActivityStatsArgs = {
  compareTo?: InputMaybe<Comparison>;
  filter?: InputMaybe<ActivityFilter>;
  groupBy?: InputMaybe<Array<ActivityDimension>>;
  period?: InputMaybe<Period>;
};


export type QueryAlignmentArgs = {
  component?: InputMaybe<Scalars['ID']['input']>;
  lagYears?: InputMaybe<Scalars['Int']['input']>;
  subject: Scalars['ID']['input'];
  topic?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCompareSeriesArgs = {
  component?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  index: IndexCode;
  subjects: Array<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDataCoverageArgs = {
  subject?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryImpactArgs = {
  comparison?: InputMaybe<ImpactComparison>;
  component?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  index: IndexCode;
  peerGroup?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
  topics?: InputMaybe<Array<Scalars['ID']['input']>>;
  treatedFrom: Scalars['Int']['input'];
};


export type QueryImportBatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndexArgs = {
  code: IndexCode;
};


export type QueryIndexSeriesArgs = {
  component?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Int']['input']>;
  index: IndexCode;
  subject: Scalars['ID']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrientationReportArgs = {
  plan: Scalars['ID']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPlanArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPlanProgressArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  plan: Scalars['ID']['input'];
};


export type QueryProvincesArgs = {
  validOn?: InputMaybe<Scalars['Date']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRankTargetArgs = {
  index: IndexCode;
  subject: Scalars['ID']['input'];
  targetRank: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRankingArgs = {
  component?: InputMaybe<Scalars['ID']['input']>;
  index: IndexCode;
  year: Scalars['Int']['input'];
};


export type QuerySubjectArgs = {
  code: Scalars['ID']['input'];
};


export type QuerySubjectProfileArgs = {
  parent?: InputMaybe<Scalars['ID']['input']>;
  peerGroup?: InputMaybe<Scalars['ID']['input']>;
  subject: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryWhatIfArgs = {
  changes: Array<ComponentDelta>;
  index: IndexCode;
  subject: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};

/** What it would take to reach a rank, one component at a time, every other province unchanged. */
export type RankTarget = {
  __typename?: 'RankTarget';
  assumption: Scalars['String']['output'];
  components: Array<RankTargetComponent>;
  index: IndexCode;
  methodologyVersion: MethodologyVersion;
  outOf: Scalars['Int']['output'];
  rankBefore: Scalars['Int']['output'];
  rule: Scalars['String']['output'];
  subject: Subject;
  targetRank: Scalars['Int']['output'];
  totalBefore: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** The smallest rise of one component that reaches the target rank. */
export type RankTargetComponent = {
  __typename?: 'RankTargetComponent';
  component: IndexComponent;
  /** Smallest Δ ≥ 0; null when the target cannot be reached within the component's scale max. */
  delta?: Maybe<Scalars['Float']['output']>;
  /** The rank after +delta (today's rank when unreachable). */
  rankReached: Scalars['Int']['output'];
  /** Why null. */
  reason?: Maybe<Scalars['String']['output']>;
  scaleMax: Scalars['Float']['output'];
  totalReached: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
};

/** A year's ranking of an index total or component. */
export type Ranking = {
  __typename?: 'Ranking';
  /** Component ranked; null = the index total. */
  component?: Maybe<IndexComponent>;
  index: IndexCode;
  methodologyVersion?: Maybe<MethodologyVersion>;
  /** Ranked subjects first (best first), then those without a value. */
  rows: Array<RankingRow>;
  stats: RankingStats;
  year: Scalars['Int']['output'];
};

/** One subject's place in a year's ranking. */
export type RankingRow = {
  __typename?: 'RankingRow';
  /** Number of subjects ranked (with a value) this year. */
  outOf: Scalars['Int']['output'];
  /** Rank as published by the index owner, when stored. */
  publishedRank?: Maybe<Scalars['Int']['output']>;
  /** Rank among subjects with a value, by the index's direction; ties share a rank (1, 2, 2, 4). */
  rank?: Maybe<Scalars['Int']['output']>;
  status: ValueStatus;
  subject: Subject;
  /** Published performance group, where its thresholds are sourced (PAR INDEX: A ≥ 90%, B 80–<90%, C 70–<80%). */
  tier?: Maybe<Scalars['String']['output']>;
  /** The value ranked (null when not published or no data). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Summary of the values ranked. */
export type RankingStats = {
  __typename?: 'RankingStats';
  count: Scalars['Int']['output'];
  max?: Maybe<Scalars['Float']['output']>;
  mean?: Maybe<Scalars['Float']['output']>;
  median?: Maybe<Scalars['Float']['output']>;
  min?: Maybe<Scalars['Float']['output']>;
};

/** One of the six socio-economic regions. */
export type Region = {
  __typename?: 'Region';
  code: Scalars['ID']['output'];
  nameEn: Scalars['String']['output'];
  nameVi: Scalars['String']['output'];
};

/**
 * The Office's saved wording of one paragraph of the year-end report, for one
 * plan and report year. It replaces the generated paragraph on /bao-cao and in
 * the DOCX (/export/report.docx); without one the generated text stands.
 */
export type ReportEdit = {
  __typename?: 'ReportEdit';
  /** The paragraph's id, as in ReportParagraph.id (I.1, III.2 …). */
  key: Scalars['String']['output'];
  /** The saved text (NFC). */
  text: Scalars['String']['output'];
  /** When it was saved last, ISO 8601 (UTC). */
  updatedAt: Scalars['String']['output'];
  /** Who saved it last, as the audit trail names them. */
  updatedBy: Scalars['String']['output'];
};

/**
 * A paragraph's new text; an empty text (or only spaces) removes the saved
 * edit, so the generated paragraph is back.
 */
export type ReportEditInput = {
  /** The paragraph's key in the generated report ("III.1"). */
  key: Scalars['String']['input'];
  /** The paragraph as the Office wrote it; empty brings the generated text back. */
  text: Scalars['String']['input'];
};

/** A paragraph of a generated report; the id stays the same so edits can replace it. */
export type ReportParagraph = {
  __typename?: 'ReportParagraph';
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
};

/** A numbered section of a generated report. */
export type ReportSection = {
  __typename?: 'ReportSection';
  heading: Scalars['String']['output'];
  /** I, II, III, IV. */
  numeral: Scalars['String']['output'];
  paragraphs: Array<ReportParagraph>;
  tables: Array<ReportTable>;
};

/** A table of a generated report, cells already formatted vi-VN. */
export type ReportTable = {
  __typename?: 'ReportTable';
  caption: Scalars['String']['output'];
  columns: Array<Scalars['String']['output']>;
  rows: Array<Array<Scalars['String']['output']>>;
};

/**
 * What a person may do, in increasing order: VIEWER reads (leadership), ANALYST also queries
 * for analysis, EDITOR records and imports (the Office), ADMIN manages accounts and tokens.
 */
export type Role =
  | 'admin'
  | 'analyst'
  | 'editor'
  | 'viewer';

/** One year of a subject's index (or component) series. */
export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  methodologyVersion: MethodologyVersion;
  /** How the figure was obtained when not read directly (e.g. derived from a rank change). */
  note?: Maybe<Scalars['String']['output']>;
  /** Subjects with a value that year. */
  outOf: Scalars['Int']['output'];
  /** Denominator of the published rank (e.g. 63). */
  publishedOutOf?: Maybe<Scalars['Int']['output']>;
  /** Rank as published by the index owner. */
  publishedRank?: Maybe<Scalars['Int']['output']>;
  /** Rank among subjects with a value that year (ties share a rank); null without a value. */
  rank?: Maybe<Scalars['Int']['output']>;
  /** Publisher, document, import batch and last change of this figure. */
  source: FigureSource;
  sourceUrl?: Maybe<Scalars['String']['output']>;
  status: ValueStatus;
  /** The value at the precision published; null when only the rank was published, or not published. */
  value?: Maybe<Scalars['Float']['output']>;
  /** True when the value was computed here from published parts (a PAPI dimension or total as their sum), not read from a publication. */
  valueDerived: Scalars['Boolean']['output'];
  year: Scalars['Int']['output'];
  /** (value − that year's national mean) / standard deviation: comparable across methodology versions. */
  zScore?: Maybe<Scalars['Float']['output']>;
};

/** What a score belongs to: a province or a provincial department. */
export type Subject = {
  __typename?: 'Subject';
  /** Subject code: the province code for provinces, the organisation code for departments. */
  code: Scalars['ID']['output'];
  kind: SubjectKind;
  nameEn?: Maybe<Scalars['String']['output']>;
  nameVi: Scalars['String']['output'];
  /** The region, for provinces. */
  region?: Maybe<Region>;
};

/** Whether a subject is a province or a provincial department. */
export type SubjectKind =
  | 'department'
  | 'province';

/** Everything about one subject in one year, across the indices that score it. */
export type SubjectProfile = {
  __typename?: 'SubjectProfile';
  indices: Array<IndexProfile>;
  /** True when provincial units were merged since the previous year (as ProfileFigure.mergerBreak). */
  mergerBreak: Scalars['Boolean']['output'];
  /** The peer group the means compare with; its means use the members of this year (PeerGroup.members(year)). */
  peerGroup?: Maybe<PeerGroup>;
  subject: Subject;
  year: Scalars['Int']['output'];
};

/** One subject's yearly series, for comparisons. */
export type SubjectSeries = {
  __typename?: 'SubjectSeries';
  /** Per year, as indexSeries gives them. */
  points: Array<SeriesPoint>;
  /** Whose series. */
  subject: Subject;
};

/** A propaganda topic (nội dung tuyên truyền), N01…N04.15. */
export type Topic = {
  __typename?: 'Topic';
  code: Scalars['ID']['output'];
  /** Index components this topic aims at (editable links). */
  linkedComponents: Array<IndexComponent>;
  parent?: Maybe<Topic>;
  shortTitleVi: Scalars['String']['output'];
  titleVi: Scalars['String']['output'];
};

/** What undoing a batch did. */
export type UndoResult = {
  __typename?: 'UndoResult';
  batch: ImportBatch;
  /** Rows the batch had inserted, now deleted. */
  deleted: Scalars['Int']['output'];
  /** Rows the batch had changed, now back to their earlier values. */
  restored: Scalars['Int']['output'];
};

/** Whether a figure exists. A missing value is never zero. */
export type ValueStatus =
  /** Scored but not published (e.g. PCI outside VCCI's top 30 from 2023). */
  | 'not_published'
  /** No data for this subject in this year (e.g. no PAPI survey). */
  | 'no_data'
  /** Published with a value and/or a rank. */
  | 'published';

/** The caller: a signed-in person, or the account an API token belongs to. */
export type Viewer = {
  __typename?: 'Viewer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  role: Role;
  /** Set when the request came with an API token rather than a session. */
  tokenName?: Maybe<Scalars['String']['output']>;
};

/**
 * The subject's rank in a year's published table if its components rose by the
 * deltas, every other province unchanged.
 */
export type WhatIf = {
  __typename?: 'WhatIf';
  /** The stated assumption (every other province unchanged). */
  assumption: Scalars['String']['output'];
  components: Array<WhatIfComponent>;
  index: IndexCode;
  methodologyVersion: MethodologyVersion;
  /** Units ranked that year (the subject included). */
  outOf: Scalars['Int']['output'];
  rankAfter: Scalars['Int']['output'];
  rankBefore: Scalars['Int']['output'];
  /** How component values add up to the total, in words (e.g. PAPI: unweighted sum of the dimensions). */
  rule: Scalars['String']['output'];
  subject: Subject;
  totalAfter: Scalars['Float']['output'];
  totalBefore: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** A component's value before and after the change asked. */
export type WhatIfComponent = {
  __typename?: 'WhatIfComponent';
  after: Scalars['Float']['output'];
  before: Scalars['Float']['output'];
  component: IndexComponent;
  /** Its weight in the total (1 for a sum). */
  weight: Scalars['Float']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<AccountRow>;
  Activity: ResolverTypeWrapper<ActivityRow>;
  ActivityConnection: ResolverTypeWrapper<Omit<ActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActivityEdge']>, nodes: Array<ResolversTypes['Activity']> }>;
  ActivityDimension: ActivityDimension;
  ActivityEdge: ResolverTypeWrapper<Omit<ActivityEdge, 'node'> & { node: ResolversTypes['Activity'] }>;
  ActivityFilter: ActivityFilter;
  ActivityGroup: ResolverTypeWrapper<ActivityGroupRow>;
  ActivityInput: ActivityInput;
  Alignment: ResolverTypeWrapper<AlignmentRow>;
  AlignmentComponentYear: ResolverTypeWrapper<AlignmentComponentYearRow>;
  AlignmentYear: ResolverTypeWrapper<AlignmentYearRow>;
  ApiToken: ResolverTypeWrapper<ApiTokenRow>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventPage: ResolverTypeWrapper<AuditEventPage>;
  AuditFilter: AuditFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparison: Comparison;
  ComponentDelta: ComponentDelta;
  ComponentVersion: ResolverTypeWrapper<ComponentVersionRow>;
  CoverageRow: ResolverTypeWrapper<CoverageRowRow>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FigureSource: ResolverTypeWrapper<Omit<FigureSource, 'importBatch'> & { importBatch?: Maybe<ResolversTypes['ImportBatch']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Form: ResolverTypeWrapper<FormRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImpactComparison: ImpactComparison;
  ImpactDid: ResolverTypeWrapper<Omit<ImpactDid, 'comparison' | 'outcome' | 'space' | 'time'> & { comparison: Array<ResolversTypes['Subject']>, outcome: ResolversTypes['ImpactDidFamily'], space: ResolversTypes['ImpactDidFamily'], time: ResolversTypes['ImpactDidFamily'] }>;
  ImpactDidFamily: ResolverTypeWrapper<Omit<ImpactDidFamily, 'placebos'> & { placebos: Array<ResolversTypes['ImpactDidPlacebo']> }>;
  ImpactDidPlacebo: ResolverTypeWrapper<Omit<ImpactDidPlacebo, 'component' | 'subject'> & { component?: Maybe<ResolversTypes['IndexComponent']>, subject?: Maybe<ResolversTypes['Subject']> }>;
  ImpactDistribution: ResolverTypeWrapper<ImpactDistribution>;
  ImpactDroppedUnit: ResolverTypeWrapper<Omit<ImpactDroppedUnit, 'subject'> & { subject: ResolversTypes['Subject'] }>;
  ImpactFilteredRank: ResolverTypeWrapper<Omit<ImpactFilteredRank, 'excluded'> & { excluded: Array<ResolversTypes['Subject']> }>;
  ImpactInTime: ResolverTypeWrapper<ImpactInTime>;
  ImpactLeaveOneOut: ResolverTypeWrapper<Omit<ImpactLeaveOneOut, 'runs'> & { runs: Array<ResolversTypes['ImpactLeaveOneOutRun']> }>;
  ImpactLeaveOneOutRun: ResolverTypeWrapper<Omit<ImpactLeaveOneOutRun, 'without'> & { without: ResolversTypes['Subject'] }>;
  ImpactPlaceboRank: ResolverTypeWrapper<ImpactPlaceboRank>;
  ImpactRelativeChange: ResolverTypeWrapper<ImpactRelativeChange>;
  ImpactResult: ResolverTypeWrapper<Omit<ImpactResult, 'component' | 'did' | 'donors' | 'dropped' | 'peerGroup' | 'subject' | 'synth' | 'window'> & { component?: Maybe<ResolversTypes['IndexComponent']>, did: ResolversTypes['ImpactDid'], donors: Array<ResolversTypes['Subject']>, dropped: Array<ResolversTypes['ImpactDroppedUnit']>, peerGroup?: Maybe<ResolversTypes['PeerGroup']>, subject: ResolversTypes['Subject'], synth: ResolversTypes['ImpactSynth'], window: ResolversTypes['ImpactWindow'] }>;
  ImpactSynth: ResolverTypeWrapper<Omit<ImpactSynth, 'filtered' | 'leaveOneOut' | 'placebos' | 'weights'> & { filtered?: Maybe<ResolversTypes['ImpactFilteredRank']>, leaveOneOut: ResolversTypes['ImpactLeaveOneOut'], placebos: Array<ResolversTypes['ImpactSynthPlacebo']>, weights: Array<ResolversTypes['ImpactWeight']> }>;
  ImpactSynthPlacebo: ResolverTypeWrapper<Omit<ImpactSynthPlacebo, 'subject'> & { subject: ResolversTypes['Subject'] }>;
  ImpactSynthPoint: ResolverTypeWrapper<ImpactSynthPoint>;
  ImpactVerdict: ResolverTypeWrapper<ImpactVerdict>;
  ImpactVerdictLevel: null;
  ImpactWeight: ResolverTypeWrapper<Omit<ImpactWeight, 'subject'> & { subject: ResolversTypes['Subject'] }>;
  ImpactWindow: ResolverTypeWrapper<Omit<ImpactWindow, 'methodologyVersion'> & { methodologyVersion: ResolversTypes['MethodologyVersion'] }>;
  ImpactYearGap: ResolverTypeWrapper<ImpactYearGap>;
  ImportBatch: ResolverTypeWrapper<ImportBatchRow>;
  ImportChange: ResolverTypeWrapper<ImportChange>;
  ImportKeptFigure: ResolverTypeWrapper<ImportKeptFigure>;
  ImportKind: null;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  ImportReport: ResolverTypeWrapper<ImportReportRow>;
  ImportUnitMatch: ResolverTypeWrapper<ImportUnitMatchRow>;
  Index: ResolverTypeWrapper<IndexRow>;
  IndexCode: IndexCode;
  IndexComponent: ResolverTypeWrapper<ComponentRow>;
  IndexProfile: ResolverTypeWrapper<IndexProfileRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  MethodologyVersion: ResolverTypeWrapper<VersionRow>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewAccountInput: NewAccountInput;
  NewApiToken: ResolverTypeWrapper<Omit<NewApiToken, 'token'> & { token: ResolversTypes['ApiToken'] }>;
  Organisation: ResolverTypeWrapper<OrganisationRow>;
  OrientationReport: ResolverTypeWrapper<OrientationReportRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeerGroup: ResolverTypeWrapper<PeerGroupRow>;
  PeerGroupMemberInput: PeerGroupMemberInput;
  PeerGroupMembership: ResolverTypeWrapper<PeerGroupMembershipRow>;
  Period: Period;
  Plan: ResolverTypeWrapper<PlanRow>;
  PlanForm: ResolverTypeWrapper<PlanFormRow>;
  PlanFormInput: PlanFormInput;
  PlanInput: PlanInput;
  PlanProgress: ResolverTypeWrapper<PlanProgressResultRow>;
  PlanProgressRow: ResolverTypeWrapper<ProgressEntryRow>;
  PlanResponsibility: ResolverTypeWrapper<PlanResponsibilityRow>;
  PlanResponsibilityInput: PlanResponsibilityInput;
  PlanTarget: ResolverTypeWrapper<PlanTargetRow>;
  PlanTargetInput: PlanTargetInput;
  PlanTopic: ResolverTypeWrapper<PlanTopicRow>;
  PlanTopicInput: PlanTopicInput;
  ProfileFigure: ResolverTypeWrapper<ProfileFigureRow>;
  ProgressStatus: ProgressStatus;
  ProposedTarget: ResolverTypeWrapper<ProposedTargetRow>;
  Province: ResolverTypeWrapper<ProvinceRow>;
  ProvinceEra: ResolverTypeWrapper<ProvinceEra>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankTarget: ResolverTypeWrapper<Omit<RankTarget, 'components' | 'methodologyVersion' | 'subject'> & { components: Array<ResolversTypes['RankTargetComponent']>, methodologyVersion: ResolversTypes['MethodologyVersion'], subject: ResolversTypes['Subject'] }>;
  RankTargetComponent: ResolverTypeWrapper<Omit<RankTargetComponent, 'component'> & { component: ResolversTypes['IndexComponent'] }>;
  Ranking: ResolverTypeWrapper<RankingResultRow>;
  RankingRow: ResolverTypeWrapper<RankingEntryRow>;
  RankingStats: ResolverTypeWrapper<RankingStats>;
  Region: ResolverTypeWrapper<RegionRow>;
  ReportEdit: ResolverTypeWrapper<ReportEdit>;
  ReportEditInput: ReportEditInput;
  ReportParagraph: ResolverTypeWrapper<ReportParagraph>;
  ReportSection: ResolverTypeWrapper<ReportSection>;
  ReportTable: ResolverTypeWrapper<ReportTable>;
  Role: null;
  SeriesPoint: ResolverTypeWrapper<SeriesPointRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subject: ResolverTypeWrapper<SubjectRow>;
  SubjectKind: null;
  SubjectProfile: ResolverTypeWrapper<SubjectProfileRow>;
  SubjectSeries: ResolverTypeWrapper<SubjectSeriesRow>;
  Topic: ResolverTypeWrapper<TopicRow>;
  UndoResult: ResolverTypeWrapper<Omit<UndoResult, 'batch'> & { batch: ResolversTypes['ImportBatch'] }>;
  ValueStatus: null;
  Viewer: ResolverTypeWrapper<Viewer>;
  WhatIf: ResolverTypeWrapper<Omit<WhatIf, 'components' | 'methodologyVersion' | 'subject'> & { components: Array<ResolversTypes['WhatIfComponent']>, methodologyVersion: ResolversTypes['MethodologyVersion'], subject: ResolversTypes['Subject'] }>;
  WhatIfComponent: ResolverTypeWrapper<Omit<WhatIfComponent, 'component'> & { component: ResolversTypes['IndexComponent'] }>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: AccountRow;
  Activity: ActivityRow;
  ActivityConnection: Omit<ActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActivityEdge']>, nodes: Array<ResolversParentTypes['Activity']> };
  ActivityEdge: Omit<ActivityEdge, 'node'> & { node: ResolversParentTypes['Activity'] };
  ActivityFilter: ActivityFilter;
  ActivityGroup: ActivityGroupRow;
  ActivityInput: ActivityInput;
  Alignment: AlignmentRow;
  AlignmentComponentYear: AlignmentComponentYearRow;
  AlignmentYear: AlignmentYearRow;
  ApiToken: ApiTokenRow;
  AuditEvent: AuditEvent;
  AuditEventPage: AuditEventPage;
  AuditFilter: AuditFilter;
  Boolean: Scalars['Boolean']['output'];
  ComponentDelta: ComponentDelta;
  ComponentVersion: ComponentVersionRow;
  CoverageRow: CoverageRowRow;
  Date: Scalars['Date']['output'];
  FigureSource: Omit<FigureSource, 'importBatch'> & { importBatch?: Maybe<ResolversParentTypes['ImportBatch']> };
  Float: Scalars['Float']['output'];
  Form: FormRow;
  ID: Scalars['ID']['output'];
  ImpactDid: Omit<ImpactDid, 'comparison' | 'outcome' | 'space' | 'time'> & { comparison: Array<ResolversParentTypes['Subject']>, outcome: ResolversParentTypes['ImpactDidFamily'], space: ResolversParentTypes['ImpactDidFamily'], time: ResolversParentTypes['ImpactDidFamily'] };
  ImpactDidFamily: Omit<ImpactDidFamily, 'placebos'> & { placebos: Array<ResolversParentTypes['ImpactDidPlacebo']> };
  ImpactDidPlacebo: Omit<ImpactDidPlacebo, 'component' | 'subject'> & { component?: Maybe<ResolversParentTypes['IndexComponent']>, subject?: Maybe<ResolversParentTypes['Subject']> };
  ImpactDistribution: ImpactDistribution;
  ImpactDroppedUnit: Omit<ImpactDroppedUnit, 'subject'> & { subject: ResolversParentTypes['Subject'] };
  ImpactFilteredRank: Omit<ImpactFilteredRank, 'excluded'> & { excluded: Array<ResolversParentTypes['Subject']> };
  ImpactInTime: ImpactInTime;
  ImpactLeaveOneOut: Omit<ImpactLeaveOneOut, 'runs'> & { runs: Array<ResolversParentTypes['ImpactLeaveOneOutRun']> };
  ImpactLeaveOneOutRun: Omit<ImpactLeaveOneOutRun, 'without'> & { without: ResolversParentTypes['Subject'] };
  ImpactPlaceboRank: ImpactPlaceboRank;
  ImpactRelativeChange: ImpactRelativeChange;
  ImpactResult: Omit<ImpactResult, 'component' | 'did' | 'donors' | 'dropped' | 'peerGroup' | 'subject' | 'synth' | 'window'> & { component?: Maybe<ResolversParentTypes['IndexComponent']>, did: ResolversParentTypes['ImpactDid'], donors: Array<ResolversParentTypes['Subject']>, dropped: Array<ResolversParentTypes['ImpactDroppedUnit']>, peerGroup?: Maybe<ResolversParentTypes['PeerGroup']>, subject: ResolversParentTypes['Subject'], synth: ResolversParentTypes['ImpactSynth'], window: ResolversParentTypes['ImpactWindow'] };
  ImpactSynth: Omit<ImpactSynth, 'filtered' | 'leaveOneOut' | 'placebos' | 'weights'> & { filtered?: Maybe<ResolversParentTypes['ImpactFilteredRank']>, leaveOneOut: ResolversParentTypes['ImpactLeaveOneOut'], placebos: Array<ResolversParentTypes['ImpactSynthPlacebo']>, weights: Array<ResolversParentTypes['ImpactWeight']> };
  ImpactSynthPlacebo: Omit<ImpactSynthPlacebo, 'subject'> & { subject: ResolversParentTypes['Subject'] };
  ImpactSynthPoint: ImpactSynthPoint;
  ImpactVerdict: ImpactVerdict;
  ImpactWeight: Omit<ImpactWeight, 'subject'> & { subject: ResolversParentTypes['Subject'] };
  ImpactWindow: Omit<ImpactWindow, 'methodologyVersion'> & { methodologyVersion: ResolversParentTypes['MethodologyVersion'] };
  ImpactYearGap: ImpactYearGap;
  ImportBatch: ImportBatchRow;
  ImportChange: ImportChange;
  ImportKeptFigure: ImportKeptFigure;
  ImportRejection: ImportRejection;
  ImportReport: ImportReportRow;
  ImportUnitMatch: ImportUnitMatchRow;
  Index: IndexRow;
  IndexComponent: ComponentRow;
  IndexProfile: IndexProfileRow;
  Int: Scalars['Int']['output'];
  MethodologyVersion: VersionRow;
  Mutation: Record<PropertyKey, never>;
  NewAccountInput: NewAccountInput;
  NewApiToken: Omit<NewApiToken, 'token'> & { token: ResolversParentTypes['ApiToken'] };
  Organisation: OrganisationRow;
  OrientationReport: OrientationReportRow;
  PageInfo: PageInfo;
  PeerGroup: PeerGroupRow;
  PeerGroupMemberInput: PeerGroupMemberInput;
  PeerGroupMembership: PeerGroupMembershipRow;
  Plan: PlanRow;
  PlanForm: PlanFormRow;
  PlanFormInput: PlanFormInput;
  PlanInput: PlanInput;
  PlanProgress: PlanProgressResultRow;
  PlanProgressRow: ProgressEntryRow;
  PlanResponsibility: PlanResponsibilityRow;
  PlanResponsibilityInput: PlanResponsibilityInput;
  PlanTarget: PlanTargetRow;
  PlanTargetInput: PlanTargetInput;
  PlanTopic: PlanTopicRow;
  PlanTopicInput: PlanTopicInput;
  ProfileFigure: ProfileFigureRow;
  ProposedTarget: ProposedTargetRow;
  Province: ProvinceRow;
  ProvinceEra: ProvinceEra;
  Query: Record<PropertyKey, never>;
  RankTarget: Omit<RankTarget, 'components' | 'methodologyVersion' | 'subject'> & { components: Array<ResolversParentTypes['RankTargetComponent']>, methodologyVersion: ResolversParentTypes['MethodologyVersion'], subject: ResolversParentTypes['Subject'] };
  RankTargetComponent: Omit<RankTargetComponent, 'component'> & { component: ResolversParentTypes['IndexComponent'] };
  Ranking: RankingResultRow;
  RankingRow: RankingEntryRow;
  RankingStats: RankingStats;
  Region: RegionRow;
  ReportEdit: ReportEdit;
  ReportEditInput: ReportEditInput;
  ReportParagraph: ReportParagraph;
  ReportSection: ReportSection;
  ReportTable: ReportTable;
  SeriesPoint: SeriesPointRow;
  String: Scalars['String']['output'];
  Subject: SubjectRow;
  SubjectProfile: SubjectProfileRow;
  SubjectSeries: SubjectSeriesRow;
  Topic: TopicRow;
  UndoResult: Omit<UndoResult, 'batch'> & { batch: ResolversParentTypes['ImportBatch'] };
  Viewer: Viewer;
  WhatIf: Omit<WhatIf, 'components' | 'methodologyVersion' | 'subject'> & { components: Array<ResolversParentTypes['WhatIfComponent']>, methodologyVersion: ResolversParentTypes['MethodologyVersion'], subject: ResolversParentTypes['Subject'] };
  WhatIfComponent: Omit<WhatIfComponent, 'component'> & { component: ResolversParentTypes['IndexComponent'] };
};

export type AccountResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isService?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  username?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActivityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Activity'] = ResolversParentTypes['Activity']> = {
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  participants?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType>;
  reach?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ActivityConnectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActivityConnection'] = ResolversParentTypes['ActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Activity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActivityEdgeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActivityEdge'] = ResolversParentTypes['ActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Activity'], ParentType, ContextType>;
};

export type ActivityGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ActivityGroup'] = ResolversParentTypes['ActivityGroup']> = {
  comparedCount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  comparedReachSum?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  countChange?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countChangePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  participantsSum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reachSum?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlignmentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Alignment'] = ResolversParentTypes['Alignment']> = {
  components?: Resolver<Array<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  insufficientData?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  interpretation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lagYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  spearman?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['AlignmentYear']>, ParentType, ContextType>;
};

export type AlignmentComponentYearResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AlignmentComponentYear'] = ResolversParentTypes['AlignmentComponentYear']> = {
  component?: Resolver<ResolversTypes['IndexComponent'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AlignmentYearResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AlignmentYear'] = ResolversParentTypes['AlignmentYear']> = {
  components?: Resolver<Array<ResolversTypes['AlignmentComponentYear']>, ParentType, ContextType>;
  dose?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doseObserved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  meanZChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ApiTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  actorName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorTokenId?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  actorUserId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientAddress?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventPageResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['AuditEventPage'] = ResolversParentTypes['AuditEventPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ComponentVersionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ComponentVersion'] = ResolversParentTypes['ComponentVersion']> = {
  scaleMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  scaleMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
};

export type CoverageRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['CoverageRow'] = ResolversParentTypes['CoverageRow']> = {
  componentValues?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  figuresOutsideImports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  importBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Index'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  methodologyVersion?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noData?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  notPublished?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subjectPublishedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  subjectValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  withPublishedRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withValue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FigureSourceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['FigureSource'] = ResolversParentTypes['FigureSource']> = {
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  importBatch?: Resolver<Maybe<ResolversTypes['ImportBatch']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FormResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Form'] = ResolversParentTypes['Form']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortNameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImpactDidResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactDid'] = ResolversParentTypes['ImpactDid']> = {
  comparison?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['ImpactYearGap']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImpactDidFamily'], ParentType, ContextType>;
  outcomeSd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  space?: Resolver<ResolversTypes['ImpactDidFamily'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['ImpactDidFamily'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ImpactVerdict'], ParentType, ContextType>;
};

export type ImpactDidFamilyResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactDidFamily'] = ResolversParentTypes['ImpactDidFamily']> = {
  inference?: Resolver<Maybe<ResolversTypes['ImpactPlaceboRank']>, ParentType, ContextType>;
  placebos?: Resolver<Array<ResolversTypes['ImpactDidPlacebo']>, ParentType, ContextType>;
};

export type ImpactDidPlaceboResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactDidPlacebo'] = ResolversParentTypes['ImpactDidPlacebo']> = {
  component?: Resolver<Maybe<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  estimate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImpactDistributionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactDistribution'] = ResolversParentTypes['ImpactDistribution']> = {
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sd?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ImpactDroppedUnitResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactDroppedUnit'] = ResolversParentTypes['ImpactDroppedUnit']> = {
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
};

export type ImpactFilteredRankResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactFilteredRank'] = ResolversParentTypes['ImpactFilteredRank']> = {
  convention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  excluded?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  k?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactInTimeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactInTime'] = ResolversParentTypes['ImpactInTime']> = {
  effect?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  postRmspe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  preRmspe?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImpactLeaveOneOutResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactLeaveOneOut'] = ResolversParentTypes['ImpactLeaveOneOut']> = {
  max?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['ImpactLeaveOneOutRun']>, ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImpactLeaveOneOutRunResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactLeaveOneOutRun'] = ResolversParentTypes['ImpactLeaveOneOutRun']> = {
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  preRmspe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  without?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
};

export type ImpactPlaceboRankResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactPlaceboRank'] = ResolversParentTypes['ImpactPlaceboRank']> = {
  convention?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  of?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  p?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactRelativeChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactRelativeChange'] = ResolversParentTypes['ImpactRelativeChange']> = {
  change?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['ImpactDistribution'], ParentType, ContextType>;
  nation?: Resolver<ResolversTypes['ImpactDistribution'], ParentType, ContextType>;
  percentile?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  z?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zInGroup?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ImpactResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactResult'] = ResolversParentTypes['ImpactResult']> = {
  cautions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['ImpactComparison'], ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  did?: Resolver<ResolversTypes['ImpactDid'], ParentType, ContextType>;
  donors?: Resolver<Array<ResolversTypes['Subject']>, ParentType, ContextType>;
  dropped?: Resolver<Array<ResolversTypes['ImpactDroppedUnit']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['IndexCode'], ParentType, ContextType>;
  peerGroup?: Resolver<Maybe<ResolversTypes['PeerGroup']>, ParentType, ContextType>;
  relativeChange?: Resolver<ResolversTypes['ImpactRelativeChange'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  synth?: Resolver<ResolversTypes['ImpactSynth'], ParentType, ContextType>;
  treatedFrom?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  window?: Resolver<ResolversTypes['ImpactWindow'], ParentType, ContextType>;
};

export type ImpactSynthResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactSynth'] = ResolversParentTypes['ImpactSynth']> = {
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  filtered?: Resolver<Maybe<ResolversTypes['ImpactFilteredRank']>, ParentType, ContextType>;
  inTime?: Resolver<ResolversTypes['ImpactInTime'], ParentType, ContextType>;
  leaveOneOut?: Resolver<ResolversTypes['ImpactLeaveOneOut'], ParentType, ContextType>;
  outcomeSd?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  placebos?: Resolver<Array<ResolversTypes['ImpactSynthPlacebo']>, ParentType, ContextType>;
  postRmspe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  preRmspe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['ImpactPlaceboRank']>, ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  series?: Resolver<Array<ResolversTypes['ImpactSynthPoint']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ImpactVerdict'], ParentType, ContextType>;
  weights?: Resolver<Array<ResolversTypes['ImpactWeight']>, ParentType, ContextType>;
};

export type ImpactSynthPlaceboResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactSynthPlacebo'] = ResolversParentTypes['ImpactSynthPlacebo']> = {
  effect?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gaps?: Resolver<Array<ResolversTypes['ImpactYearGap']>, ParentType, ContextType>;
  postRmspe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  preRmspe?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
};

export type ImpactSynthPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactSynthPoint'] = ResolversParentTypes['ImpactSynthPoint']> = {
  actual?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactVerdictResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactVerdict'] = ResolversParentTypes['ImpactVerdict']> = {
  assumptions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cautions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ImpactVerdictLevel'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weakestPoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImpactVerdictLevelResolvers = { CLEAR: 'clear', INDISTINGUISHABLE: 'indistinguishable', INSUFFICIENT: 'insufficient', SUGGESTIVE: 'suggestive', TINY: 'tiny' };

export type ImpactWeightResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactWeight'] = ResolversParentTypes['ImpactWeight']> = {
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type ImpactWindowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactWindow'] = ResolversParentTypes['ImpactWindow']> = {
  cutReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methodologyVersion?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
  postYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  preYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImpactYearGapResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImpactYearGap'] = ResolversParentTypes['ImpactYearGap']> = {
  gap?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportBatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  undoneAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportChangeResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportChange'] = ResolversParentTypes['ImportChange']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ImportKeptFigureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportKeptFigure'] = ResolversParentTypes['ImportKeptFigure']> = {
  derived?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportKindResolvers = { ACTIVITIES: 'activities', LONG: 'long', PAPI: 'papi', PCI: 'pci' };

export type ImportRejectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  column?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ImportReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportReport'] = ResolversParentTypes['ImportReport']> = {
  batch?: Resolver<Maybe<ResolversTypes['ImportBatch']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['ImportChange']>, ParentType, ContextType>;
  committed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  files?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  insert?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kept?: Resolver<Array<ResolversTypes['ImportKeptFigure']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ImportKind'], ParentType, ContextType>;
  rejected?: Resolver<Array<ResolversTypes['ImportRejection']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['ImportUnitMatch']>, ParentType, ContextType>;
  update?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportUnitMatchResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ImportUnitMatch'] = ResolversParentTypes['ImportUnitMatch']> = {
  file?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  written?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndexResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Index'] = ResolversParentTypes['Index']> = {
  code?: Resolver<ResolversTypes['IndexCode'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  measureUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['SubjectKind'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['MethodologyVersion']>, ParentType, ContextType>;
};

export type IndexComponentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IndexComponent'] = ResolversParentTypes['IndexComponent']> = {
  children?: Resolver<Array<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ComponentVersion']>, ParentType, ContextType>;
};

export type IndexProfileResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['IndexProfile'] = ResolversParentTypes['IndexProfile']> = {
  components?: Resolver<Array<ResolversTypes['ProfileFigure']>, ParentType, ContextType>;
  drivers?: Resolver<Array<ResolversTypes['ProfileFigure']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Index'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['ProfileFigure'], ParentType, ContextType>;
};

export type MethodologyVersionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['MethodologyVersion'] = ResolversParentTypes['MethodologyVersion']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  firstYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalMin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'current' | 'next'>>;
  commitImport?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationCommitImportArgs, 'upload'>>;
  copyPlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationCopyPlanArgs, 'from' | 'issuedOn' | 'number'>>;
  createAccount?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationCreateAccountArgs, 'input'>>;
  createActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationCreateActivityArgs, 'input'>>;
  createApiToken?: Resolver<ResolversTypes['NewApiToken'], ParentType, ContextType, RequireFields<MutationCreateApiTokenArgs, 'name' | 'role'>>;
  deleteActivity?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteActivityArgs, 'id'>>;
  previewImport?: Resolver<ResolversTypes['ImportReport'], ParentType, ContextType, RequireFields<MutationPreviewImportArgs, 'upload'>>;
  resetAccountPassword?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationResetAccountPasswordArgs, 'id' | 'password'>>;
  revokeApiToken?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  saveReportEdits?: Resolver<Array<ResolversTypes['ReportEdit']>, ParentType, ContextType, RequireFields<MutationSaveReportEditsArgs, 'edits' | 'plan' | 'year'>>;
  setAccountDisabled?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationSetAccountDisabledArgs, 'disabled' | 'id'>>;
  setAccountRole?: Resolver<ResolversTypes['Account'], ParentType, ContextType, RequireFields<MutationSetAccountRoleArgs, 'id' | 'role'>>;
  setPeerGroupMembers?: Resolver<ResolversTypes['PeerGroup'], ParentType, ContextType, RequireFields<MutationSetPeerGroupMembersArgs, 'group' | 'members'>>;
  setPlanTargets?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationSetPlanTargetsArgs, 'plan' | 'targets'>>;
  setTopicComponents?: Resolver<ResolversTypes['Topic'], ParentType, ContextType, RequireFields<MutationSetTopicComponentsArgs, 'components' | 'topic'>>;
  undoImport?: Resolver<ResolversTypes['UndoResult'], ParentType, ContextType, RequireFields<MutationUndoImportArgs, 'batch'>>;
  updateActivity?: Resolver<ResolversTypes['Activity'], ParentType, ContextType, RequireFields<MutationUpdateActivityArgs, 'id' | 'input'>>;
  updatePlan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType, RequireFields<MutationUpdatePlanArgs, 'id' | 'input'>>;
};

export type NewApiTokenResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['NewApiToken'] = ResolversParentTypes['NewApiToken']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['ApiToken'], ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  children?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  shortNameVi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrientationReportResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['OrientationReport'] = ResolversParentTypes['OrientationReport']> = {
  edits?: Resolver<Array<ResolversTypes['ReportEdit']>, ParentType, ContextType>;
  issuerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuerParentName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  numberLine?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedTargets?: Resolver<Array<ResolversTypes['ProposedTarget']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['ReportSection']>, ParentType, ContextType>;
  signatureAuthority?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signatureTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subtitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PeerGroupResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeerGroup'] = ResolversParentTypes['PeerGroup']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<PeerGroupMembersArgs>>;
  memberships?: Resolver<Array<ResolversTypes['PeerGroupMembership']>, ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PeerGroupMembershipResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PeerGroupMembership'] = ResolversParentTypes['PeerGroupMembership']> = {
  firstYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
};

export type PlanResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Plan'] = ResolversParentTypes['Plan']> = {
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forms?: Resolver<Array<ResolversTypes['PlanForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementsText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recipients?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  responsibilities?: Resolver<Array<ResolversTypes['PlanResponsibility']>, ParentType, ContextType>;
  signedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['PlanTarget']>, ParentType, ContextType>;
  titleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['PlanTopic']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanFormResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanForm'] = ResolversParentTypes['PlanForm']> = {
  descriptionVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
};

export type PlanProgressResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanProgress'] = ResolversParentTypes['PlanProgress']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  byForm?: Resolver<Array<ResolversTypes['PlanProgressRow']>, ParentType, ContextType>;
  byUnit?: Resolver<Array<ResolversTypes['PlanProgressRow']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['Plan'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['PlanProgressRow']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topicsWithoutActivity?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  unitsIdleThisQuarter?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type PlanProgressRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanProgressRow'] = ResolversParentTypes['PlanProgressRow']> = {
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['Form']>, ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetToDate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type PlanResponsibilityResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanResponsibility'] = ResolversParentTypes['PlanResponsibility']> = {
  appliesToAllUnits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dutyVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlanTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanTarget'] = ResolversParentTypes['PlanTarget']> = {
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
};

export type PlanTopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['PlanTopic'] = ResolversParentTypes['PlanTopic']> = {
  textVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['Topic'], ParentType, ContextType>;
};

export type ProfileFigureResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProfileFigure'] = ResolversParentTypes['ProfileFigure']> = {
  changeUnavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  component?: Resolver<Maybe<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  mergerBreak?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  methodologyVersion?: Resolver<Maybe<ResolversTypes['MethodologyVersion']>, ParentType, ContextType>;
  nationalBest?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nationalMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  nationalMedian?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  peerMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  percentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousPercentile?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  previousValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  publishedOutOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishedRankChange?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankChange?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rankChangeUnavailableReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionMean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueChange?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  zScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type ProposedTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProposedTarget'] = ResolversParentTypes['ProposedTarget']> = {
  form?: Resolver<ResolversTypes['Form'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  gsoCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type ProvinceEraResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ProvinceEra'] = ResolversParentTypes['ProvinceEra']> = {
  firstYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  activities?: Resolver<ResolversTypes['ActivityConnection'], ParentType, ContextType, RequireFields<QueryActivitiesArgs, 'first'>>;
  activityStats?: Resolver<Array<ResolversTypes['ActivityGroup']>, ParentType, ContextType, RequireFields<QueryActivityStatsArgs, 'groupBy'>>;
  alignment?: Resolver<ResolversTypes['Alignment'], ParentType, ContextType, RequireFields<QueryAlignmentArgs, 'lagYears' | 'subject'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventPage'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'first'>>;
  compareSeries?: Resolver<Array<ResolversTypes['SubjectSeries']>, ParentType, ContextType, RequireFields<QueryCompareSeriesArgs, 'index' | 'subjects'>>;
  dataCoverage?: Resolver<Array<ResolversTypes['CoverageRow']>, ParentType, ContextType, RequireFields<QueryDataCoverageArgs, 'subject'>>;
  forms?: Resolver<Array<ResolversTypes['Form']>, ParentType, ContextType>;
  impact?: Resolver<ResolversTypes['ImpactResult'], ParentType, ContextType, RequireFields<QueryImpactArgs, 'comparison' | 'index' | 'subject' | 'treatedFrom'>>;
  importBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryImportBatchesArgs, 'first'>>;
  index?: Resolver<Maybe<ResolversTypes['Index']>, ParentType, ContextType, RequireFields<QueryIndexArgs, 'code'>>;
  indexSeries?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType, RequireFields<QueryIndexSeriesArgs, 'index' | 'subject'>>;
  indices?: Resolver<Array<ResolversTypes['Index']>, ParentType, ContextType>;
  myApiTokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  orientationReport?: Resolver<ResolversTypes['OrientationReport'], ParentType, ContextType, RequireFields<QueryOrientationReportArgs, 'plan'>>;
  peerGroups?: Resolver<Array<ResolversTypes['PeerGroup']>, ParentType, ContextType>;
  plan?: Resolver<Maybe<ResolversTypes['Plan']>, ParentType, ContextType, Partial<QueryPlanArgs>>;
  planProgress?: Resolver<ResolversTypes['PlanProgress'], ParentType, ContextType, RequireFields<QueryPlanProgressArgs, 'plan'>>;
  plans?: Resolver<Array<ResolversTypes['Plan']>, ParentType, ContextType>;
  provinceEras?: Resolver<Array<ResolversTypes['ProvinceEra']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  rankTarget?: Resolver<ResolversTypes['RankTarget'], ParentType, ContextType, RequireFields<QueryRankTargetArgs, 'index' | 'subject' | 'targetRank' | 'year'>>;
  ranking?: Resolver<ResolversTypes['Ranking'], ParentType, ContextType, RequireFields<QueryRankingArgs, 'index' | 'year'>>;
  subject?: Resolver<Maybe<ResolversTypes['Subject']>, ParentType, ContextType, RequireFields<QuerySubjectArgs, 'code'>>;
  subjectProfile?: Resolver<Maybe<ResolversTypes['SubjectProfile']>, ParentType, ContextType, RequireFields<QuerySubjectProfileArgs, 'subject' | 'year'>>;
  topics?: Resolver<Array<ResolversTypes['Topic']>, ParentType, ContextType>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
  whatIf?: Resolver<ResolversTypes['WhatIf'], ParentType, ContextType, RequireFields<QueryWhatIfArgs, 'changes' | 'index' | 'subject' | 'year'>>;
};

export type RankTargetResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankTarget'] = ResolversParentTypes['RankTarget']> = {
  assumption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['RankTargetComponent']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['IndexCode'], ParentType, ContextType>;
  methodologyVersion?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
  outOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  targetRank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankTargetComponentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankTargetComponent'] = ResolversParentTypes['RankTargetComponent']> = {
  component?: Resolver<ResolversTypes['IndexComponent'], ParentType, ContextType>;
  delta?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  rankReached?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scaleMax?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalReached?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RankingResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Ranking'] = ResolversParentTypes['Ranking']> = {
  component?: Resolver<Maybe<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['IndexCode'], ParentType, ContextType>;
  methodologyVersion?: Resolver<Maybe<ResolversTypes['MethodologyVersion']>, ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['RankingRow']>, ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['RankingStats'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RankingRowResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankingRow'] = ResolversParentTypes['RankingRow']> = {
  outOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  tier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RankingStatsResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['RankingStats'] = ResolversParentTypes['RankingStats']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  max?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  mean?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  median?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  min?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type RegionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Region'] = ResolversParentTypes['Region']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportEditResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReportEdit'] = ResolversParentTypes['ReportEdit']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportParagraphResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReportParagraph'] = ResolversParentTypes['ReportParagraph']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportSectionResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReportSection'] = ResolversParentTypes['ReportSection']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numeral?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['ReportParagraph']>, ParentType, ContextType>;
  tables?: Resolver<Array<ResolversTypes['ReportTable']>, ParentType, ContextType>;
};

export type ReportTableResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['ReportTable'] = ResolversParentTypes['ReportTable']> = {
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  columns?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<Array<Array<ResolversTypes['String']>>, ParentType, ContextType>;
};

export type RoleResolvers = { ADMIN: 'admin', ANALYST: 'analyst', EDITOR: 'editor', VIEWER: 'viewer' };

export type SeriesPointResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = {
  methodologyVersion?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publishedOutOf?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  publishedRank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rank?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['FigureSource'], ParentType, ContextType>;
  sourceUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ValueStatus'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  valueDerived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  zScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SubjectResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Subject'] = ResolversParentTypes['Subject']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SubjectKind'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
};

export type SubjectKindResolvers = { DEPARTMENT: 'department', PROVINCE: 'province' };

export type SubjectProfileResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SubjectProfile'] = ResolversParentTypes['SubjectProfile']> = {
  indices?: Resolver<Array<ResolversTypes['IndexProfile']>, ParentType, ContextType>;
  mergerBreak?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  peerGroup?: Resolver<Maybe<ResolversTypes['PeerGroup']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SubjectSeriesResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['SubjectSeries'] = ResolversParentTypes['SubjectSeries']> = {
  points?: Resolver<Array<ResolversTypes['SeriesPoint']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
};

export type TopicResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Topic'] = ResolversParentTypes['Topic']> = {
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  linkedComponents?: Resolver<Array<ResolversTypes['IndexComponent']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Topic']>, ParentType, ContextType>;
  shortTitleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  titleVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UndoResultResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['UndoResult'] = ResolversParentTypes['UndoResult']> = {
  batch?: Resolver<ResolversTypes['ImportBatch'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ValueStatusResolvers = { NOT_PUBLISHED: 'not_published', NO_DATA: 'no_data', PUBLISHED: 'published' };

export type ViewerResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokenName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WhatIfResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WhatIf'] = ResolversParentTypes['WhatIf']> = {
  assumption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  components?: Resolver<Array<ResolversTypes['WhatIfComponent']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['IndexCode'], ParentType, ContextType>;
  methodologyVersion?: Resolver<ResolversTypes['MethodologyVersion'], ParentType, ContextType>;
  outOf?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankAfter?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankBefore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Subject'], ParentType, ContextType>;
  totalAfter?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  totalBefore?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WhatIfComponentResolvers<ContextType = ApiContext, ParentType extends ResolversParentTypes['WhatIfComponent'] = ResolversParentTypes['WhatIfComponent']> = {
  after?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  component?: Resolver<ResolversTypes['IndexComponent'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ApiContext> = {
  Account?: AccountResolvers<ContextType>;
  Activity?: ActivityResolvers<ContextType>;
  ActivityConnection?: ActivityConnectionResolvers<ContextType>;
  ActivityEdge?: ActivityEdgeResolvers<ContextType>;
  ActivityGroup?: ActivityGroupResolvers<ContextType>;
  Alignment?: AlignmentResolvers<ContextType>;
  AlignmentComponentYear?: AlignmentComponentYearResolvers<ContextType>;
  AlignmentYear?: AlignmentYearResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventPage?: AuditEventPageResolvers<ContextType>;
  ComponentVersion?: ComponentVersionResolvers<ContextType>;
  CoverageRow?: CoverageRowResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FigureSource?: FigureSourceResolvers<ContextType>;
  Form?: FormResolvers<ContextType>;
  ImpactDid?: ImpactDidResolvers<ContextType>;
  ImpactDidFamily?: ImpactDidFamilyResolvers<ContextType>;
  ImpactDidPlacebo?: ImpactDidPlaceboResolvers<ContextType>;
  ImpactDistribution?: ImpactDistributionResolvers<ContextType>;
  ImpactDroppedUnit?: ImpactDroppedUnitResolvers<ContextType>;
  ImpactFilteredRank?: ImpactFilteredRankResolvers<ContextType>;
  ImpactInTime?: ImpactInTimeResolvers<ContextType>;
  ImpactLeaveOneOut?: ImpactLeaveOneOutResolvers<ContextType>;
  ImpactLeaveOneOutRun?: ImpactLeaveOneOutRunResolvers<ContextType>;
  ImpactPlaceboRank?: ImpactPlaceboRankResolvers<ContextType>;
  ImpactRelativeChange?: ImpactRelativeChangeResolvers<ContextType>;
  ImpactResult?: ImpactResultResolvers<ContextType>;
  ImpactSynth?: ImpactSynthResolvers<ContextType>;
  ImpactSynthPlacebo?: ImpactSynthPlaceboResolvers<ContextType>;
  ImpactSynthPoint?: ImpactSynthPointResolvers<ContextType>;
  ImpactVerdict?: ImpactVerdictResolvers<ContextType>;
  ImpactVerdictLevel?: ImpactVerdictLevelResolvers;
  ImpactWeight?: ImpactWeightResolvers<ContextType>;
  ImpactWindow?: ImpactWindowResolvers<ContextType>;
  ImpactYearGap?: ImpactYearGapResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportChange?: ImportChangeResolvers<ContextType>;
  ImportKeptFigure?: ImportKeptFigureResolvers<ContextType>;
  ImportKind?: ImportKindResolvers;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  ImportReport?: ImportReportResolvers<ContextType>;
  ImportUnitMatch?: ImportUnitMatchResolvers<ContextType>;
  Index?: IndexResolvers<ContextType>;
  IndexComponent?: IndexComponentResolvers<ContextType>;
  IndexProfile?: IndexProfileResolvers<ContextType>;
  MethodologyVersion?: MethodologyVersionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewApiToken?: NewApiTokenResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrientationReport?: OrientationReportResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PeerGroup?: PeerGroupResolvers<ContextType>;
  PeerGroupMembership?: PeerGroupMembershipResolvers<ContextType>;
  Plan?: PlanResolvers<ContextType>;
  PlanForm?: PlanFormResolvers<ContextType>;
  PlanProgress?: PlanProgressResolvers<ContextType>;
  PlanProgressRow?: PlanProgressRowResolvers<ContextType>;
  PlanResponsibility?: PlanResponsibilityResolvers<ContextType>;
  PlanTarget?: PlanTargetResolvers<ContextType>;
  PlanTopic?: PlanTopicResolvers<ContextType>;
  ProfileFigure?: ProfileFigureResolvers<ContextType>;
  ProposedTarget?: ProposedTargetResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceEra?: ProvinceEraResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankTarget?: RankTargetResolvers<ContextType>;
  RankTargetComponent?: RankTargetComponentResolvers<ContextType>;
  Ranking?: RankingResolvers<ContextType>;
  RankingRow?: RankingRowResolvers<ContextType>;
  RankingStats?: RankingStatsResolvers<ContextType>;
  Region?: RegionResolvers<ContextType>;
  ReportEdit?: ReportEditResolvers<ContextType>;
  ReportParagraph?: ReportParagraphResolvers<ContextType>;
  ReportSection?: ReportSectionResolvers<ContextType>;
  ReportTable?: ReportTableResolvers<ContextType>;
  Role?: RoleResolvers;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  Subject?: SubjectResolvers<ContextType>;
  SubjectKind?: SubjectKindResolvers;
  SubjectProfile?: SubjectProfileResolvers<ContextType>;
  SubjectSeries?: SubjectSeriesResolvers<ContextType>;
  Topic?: TopicResolvers<ContextType>;
  UndoResult?: UndoResultResolvers<ContextType>;
  ValueStatus?: ValueStatusResolvers;
  Viewer?: ViewerResolvers<ContextType>;
  WhatIf?: WhatIfResolvers<ContextType>;
  WhatIfComponent?: WhatIfComponentResolvers<ContextType>;
};

