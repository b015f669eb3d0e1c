/** The year-end report's input (filled by the API with the dashboard's queries) and its output shapes. */

import type { PlanDocumentInput } from "../plan-document";

export interface ReportInput {
  /** The plan as its document names it (the same fields as next year's draft takes). */
  plan: Pick<
    PlanDocumentInput,
    "number" | "titleVi" | "year" | "issuerName" | "issuerParentName" | "issuedPlace" | "signedBy" | "recipients"
  >;
  subjectName: string;
  year: number;
  forms: ReportForm[];
  /** The plan's topics with the activities of the year on each (a parent counts its sub-topics). */
  topics: { code: string; title: string; count: number }[];
  /** Every unit of the plan (at any depth under the issuer, and any unit with activities under it) with the year's activities. */
  units: { code: string; name: string; count: number }[];
  notable: { title: string; startsOn: string; unitName: string; reach: number | null }[];
  indices: ReportIndex[];
  /** Components of the year with their linked topics, for the assessment and the orientation. */
  components: ReportComponent[];
  peerGroupName: string | null;
  /** Synthetic-control verdicts for the index components linked to the plan's topics (III.4); absent: no paragraph. */
  impact?: ReportImpact;
  /** What it would take to reach the leading group in the subject's latest year (IV.4); absent: no paragraph. */
  target?: ReportTarget | null;
}

/** One component's verdict, as @cchc/analytics words it (never causal). */
export interface ReportVerdict {
  component: string;
  /** The verdict's sentence, e.g. "Chưa phân biệt được với dao động thông thường (p = 0,41)". */
  text: string;
  /** The single weakest point of that evidence; null when the method refused the data (the text says why). */
  weakestPoint: string | null;
}

export interface ReportImpact {
  indexName: string;
  /** First treated year: the plan's year. */
  treatedFrom: number;
  /** Years compared (one methodology version); null when no version covers the year. */
  window: { from: number; to: number } | null;
  verdicts: ReportVerdict[];
  /** What the synthetic-control reading assumes (the same for every component). */
  assumptions: string[];
}

export interface ReportTarget {
  indexName: string;
  /** The subject's latest year with a stored total. */
  year: number;
  total: number;
  rank: number;
  /** Number of units ranked that year. */
  outOf: number;
  /** The leading group, e.g. 10 for "nhóm 10 tỉnh dẫn đầu". */
  targetRank: number;
  /** Smallest rise of the total reaching targetRank (0 when already there), every other unit unchanged. */
  totalDelta: number;
  /** The components linked to the plan's topics: the rise each alone needs (null beyond its scale maximum). */
  components: { name: string; value: number; scaleMax: number; delta: number | null }[];
}

export interface ReportForm {
  code: string;
  name: string;
  delivered: number;
  target: number | null;
}

export interface ReportComponent {
  indexName: string;
  name: string;
  value: number | null;
  valueChange: number | null;
  peerMean: number | null;
  topics: { code: string; count: number; leadUnit: string | null }[];
}

export interface ReportIndex {
  shortName: string;
  /** The total's unit of measure ("%", "điểm"). */
  measureUnit: string;
  /** The figure's status in the database's words (index_values.status); "missing": no figure stored at all. */
  status: "published" | "not_published" | "no_data" | "missing";
  value: number | null;
  rank: number | null;
  outOf: number | null;
  rankChange: number | null;
  valueChange: number | null;
  peerMean: number | null;
  movers: { name: string; valueChange: number }[];
}

/** The row of an index with no figure stored for the year: the report says so instead of a number. */
export const missingIndex = (shortName: string, measureUnit: string): ReportIndex => ({
  shortName,
  measureUnit,
  status: "missing",
  value: null,
  rank: null,
  outOf: null,
  rankChange: null,
  valueChange: null,
  peerMean: null,
  movers: [],
});

export interface ReportTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

export interface ReportSection {
  numeral: string;
  heading: string;
  /** Paragraph ids are stable so that the Office's edits can replace generated text. */
  paragraphs: { id: string; text: string }[];
  tables: ReportTable[];
}

/** An administrative document (báo cáo, kế hoạch) as the DOCX layout takes it. */
export interface OfficialDocument {
  issuerParentName: string | null;
  issuerName: string;
  place: string;
  numberLine: string;
  title: string;
  subtitle: string;
  sections: ReportSection[];
  recipients: string[];
  signature: { authority: string; title: string; name: string };
}

export interface OrientationReport extends OfficialDocument {
  /** Section IV's targets per form for next year, to start next year's plan from. */
  proposals: { form: string; quantity: number }[];
}
