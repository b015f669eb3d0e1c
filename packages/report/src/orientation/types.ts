/** The year-end report's input (filled by the API with the dashboard's queries) and its output shapes. */

export interface ReportInput {
  plan: {
    number: string;
    titleVi: string;
    year: number;
    issuerName: string;
    issuerParentName: string | null;
    issuedPlace: string | null;
    signedBy: string | null;
    recipients: string[];
  };
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
  unit: string;
  status: "PUBLISHED" | "NOT_PUBLISHED" | "NO_DATA" | "MISSING";
  value: number | null;
  rank: number | null;
  outOf: number | null;
  rankChange: number | null;
  valueChange: number | null;
  peerMean: number | null;
  movers: { name: string; valueChange: number }[];
}

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
