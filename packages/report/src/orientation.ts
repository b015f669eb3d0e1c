/**
 * The year-end report with next-year orientation (báo cáo kết quả thực hiện
 * và định hướng năm N+1), built from data: every number comes from the input,
 * which the API fills with the same queries as the dashboard. Sentences that
 * relate campaigns to indices use the alignment wording, never a cause.
 * One module per section (orientation/); this file assembles them.
 */
import { assessmentSection } from "./orientation/assessment";
import { directionSection, proposedTarget } from "./orientation/direction";
import { indicesSection } from "./orientation/indices";
import { resultsSection } from "./orientation/results";
import type { OrientationReport, ReportInput } from "./orientation/types";

export { proposedTarget } from "./orientation/direction";
export { missingIndex } from "./orientation/types";
export { impactParagraph, targetSentence, verdictSentence } from "./orientation/impact";
export type {
  OfficialDocument,
  OrientationReport,
  ReportImpact,
  ReportIndex,
  ReportInput,
  ReportSection,
  ReportTable,
  ReportTarget,
  ReportVerdict,
} from "./orientation/types";

/** "88/SKHCN-VP" → "SKHCN": the issuer's abbreviation in the number line. */
export function abbreviation(number: string): string {
  return number.split("/")[1]?.split("-")[0] ?? "";
}

export function buildOrientationReport(input: ReportInput): OrientationReport {
  const { year, plan } = input;
  const [authority = "", signerTitle = ""] = (plan.signedBy ?? "GIÁM ĐỐC").split(" — ");
  return {
    issuerParentName: plan.issuerParentName,
    issuerName: plan.issuerName,
    place: plan.issuedPlace ?? "",
    numberLine: `Số:      /BC-${abbreviation(plan.number)}`,
    title: "BÁO CÁO",
    subtitle: `Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm ${year} và định hướng năm ${year + 1}`,
    sections: [resultsSection(input), indicesSection(input), assessmentSection(input), directionSection(input)],
    recipients: plan.recipients,
    signature: { authority, title: signerTitle || authority, name: "" },
    proposals: input.forms.map((f) => ({ form: f.code, quantity: proposedTarget(f.delivered, f.target) })),
  };
}

/** Replaces generated paragraphs by the Office's edited text, by paragraph id. */
export function applyEdits(report: OrientationReport, edits: Record<string, string>): OrientationReport {
  return {
    ...report,
    sections: report.sections.map((s) => ({
      ...s,
      paragraphs: s.paragraphs.map((p) =>
        edits[p.id] !== undefined ? { ...p, text: edits[p.id]!.normalize("NFC") } : p,
      ),
    })),
  };
}
