export { reportDocument, reportDocx } from "./docx";
export { vi, viSigned } from "./format";
export { buildPlanDocument, type PlanDocumentInput } from "./plan-document";
export {
  applyEdits,
  buildOrientationReport,
  type OfficialDocument,
  type OrientationReport,
  proposedTarget,
  type ReportIndex,
  type ReportInput,
  type ReportSection,
  type ReportTable,
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
