export { reportDocument, reportDocx } from "./docx";
export { buildPlanDocument, type PlanDocumentInput } from "./plan-document";
export {
  applyEdits,
  buildOrientationReport,
  impactParagraph,
  missingIndex,
  type OfficialDocument,
  type OrientationReport,
  proposedTarget,
  type ReportImpact,
  type ReportIndex,
  type ReportInput,
  type ReportSection,
  type ReportTable,
  type ReportTarget,
  type ReportVerdict,
  targetSentence,
  verdictSentence,
} from "./orientation";
export {
  elapsedShare,
  FAR_BEHIND_BELOW,
  PROGRESS_RULE,
  type ProgressCell,
  type ProgressRow,
  type ProgressStatus,
  statusOf,
  summariseProgress,
} from "./progress";
