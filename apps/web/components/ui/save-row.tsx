import type { ReactNode } from "react";

/** What a form's save action has come to (useActionState): not yet, saved, or refused with a message. */
export type SaveState = { status: "idle" } | { status: "saved" } | { status: "error"; message: string };

/**
 * A form's last line: the submit button ("Đang lưu…" while the action runs),
 * then `saved` once it has saved (role status) or the action's message when
 * it was refused (role alert).
 */
export function SaveRow({
  label,
  pending,
  state,
  saved,
}: {
  label: string;
  pending: boolean;
  state: SaveState;
  saved: ReactNode;
}) {
  return (
    <p>
      <button type="submit" disabled={pending}>
        {pending ? "Đang lưu…" : label}
      </button>{" "}
      {state.status === "saved" && <span role="status">{saved}</span>}
      {state.status === "error" && (
        <span role="alert" className="down">
          {state.message}
        </span>
      )}
    </p>
  );
}
