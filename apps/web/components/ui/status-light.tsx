import type { ProgressStatus } from "../../lib/graphql/generated/graphql";

const LABEL: Record<ProgressStatus, string> = {
  ON_TRACK: "Đạt",
  BEHIND: "Chậm",
  FAR_BEHIND: "Chậm nhiều",
  NO_TARGET: "Chưa đặt chỉ tiêu",
  NOT_DUE: "Chưa đến kỳ",
};

/** A traffic light with its word: colour is never the only signal (print, colour blindness). */
export function StatusLight({ status }: { status: ProgressStatus }) {
  return (
    <span className={`light light-${status}`} data-status={status}>
      <span aria-hidden="true">●</span> {LABEL[status]}
    </span>
  );
}
