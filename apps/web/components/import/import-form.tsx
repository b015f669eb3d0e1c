"use client";

import { useActionState } from "react";
import { type ImportState, importStep } from "../../app/nhap-du-lieu/actions";
import { ReportView } from "./report-view";

/** Choose a file → preview (dry run) → confirm. Nothing is written before the confirmation. */
export function ImportForm() {
  const [state, step, pending] = useActionState(importStep, { step: "idle" } as ImportState);
  return (
    <section className="panel">
      <form action={step}>
        <input type="hidden" name="intent" value="preview" />
        <label>
          Tệp CSV hoặc XLSX:{" "}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv" required data-testid="import-file" />
        </label>{" "}
        <button type="submit" disabled={pending}>
          {pending ? "Đang xử lý…" : "Xem trước"}
        </button>
      </form>
      {state.step === "error" && (
        <div role="alert">
          <p className="down">{state.message}</p>
          {state.report && <ReportView report={state.report} />}
        </div>
      )}
      {state.step === "preview" && (
        <>
          <h3>Xem trước: {state.fileName}</h3>
          <ReportView report={state.report} />
          {state.report.rejected.length === 0 && state.report.insert + state.report.update > 0 && (
            <form action={step}>
              <input type="hidden" name="intent" value="commit" />
              <button type="submit" disabled={pending} data-testid="import-commit">
                Nhập {state.report.insert + state.report.update} dòng
              </button>
            </form>
          )}
          {state.report.rejected.length === 0 && state.report.insert + state.report.update === 0 && (
            <p>Tệp không thay đổi gì so với dữ liệu hiện có.</p>
          )}
        </>
      )}
      {state.step === "done" && (
        <p data-testid="import-done">
          Đã nhập {state.fileName}: lô số <strong>{state.report.batch?.id}</strong> (thêm {state.report.insert}, cập
          nhật {state.report.update}). Có thể hoàn tác cả lô.
        </p>
      )}
    </section>
  );
}
