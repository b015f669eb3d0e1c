export {
  ACTIVITY_EXPORT_COLUMNS,
  type ActivityExportRow,
  activityExportRows,
  type Col,
  exportActivities,
  writeActivityTemplate,
  writeTable,
} from "./export";
export { ACTIVITY_COLUMNS } from "./kinds/activities";
export {
  ACTIVITY_FIELD_KEYS,
  ACTIVITY_FIELDS,
  type ActivityColumn,
  type ActivityFieldKey,
  type ActivityValueType,
  activityDatesProblem,
  activityProblem,
} from "./kinds/activity-columns";
export { LONG_COLUMNS } from "./kinds/long";
export { FileError, MAX_FILE_BYTES, openTable } from "./read-table";
export { formatRejection, type ImportKind, ImportRejected, type ImportReport, type Rejection } from "./report";
export { detectKind, type ImportOptions, runImport } from "./run";
export { UndoError, undoImport } from "./undo";
export { ProvinceMatcher, type UnitMatch } from "./matchers";
