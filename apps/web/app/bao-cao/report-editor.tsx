"use client";

import { formatTimeAndDay } from "@cchc/schema/format";
import { useActionState, useEffect, useState, useTransition } from "react";
import { useHydrated } from "../../lib/use-hydrated";
import type { ReportQuery } from "../../lib/graphql/generated/graphql";
import { type DraftState, draftNextPlan, type SavedEdit, saveReportEdits } from "./actions";
import styles from "./report-editor.module.css";

type Report = ReportQuery["orientationReport"];

const byKey = (edits: readonly SavedEdit[]) => Object.fromEntries(edits.map((e) => [e.key, e]));

/**
 * The generated report as a document: every paragraph editable in place,
 * tables as generated. An editor saves the edits for the plan and year (they
 * come back on reload, with who saved them and when); until then the page
 * says which paragraphs are unsaved and the browser asks before leaving.
 * "Tải DOCX" lays out the saved edits and any unsaved ones on the server;
 * printing uses the print stylesheet (the text, not the text boxes).
 */
export function ReportEditor({
  report,
  plan,
  year,
  canDraft,
}: {
  report: Report;
  plan: string;
  year: number;
  /** Whether the person is an editor: saves edits and drafts next year's plan (otherwise neither control is shown). */
  canDraft: boolean;
}) {
  /** The edits saved in the database, by paragraph id. */
  const [saved, setSaved] = useState<Record<string, SavedEdit>>(() => byKey(report.edits));
  /** What was typed since, by paragraph id. */
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [saving, startSaving] = useTransition();
  const [saveError, setSaveError] = useState<string | null>(null);
  const hydrated = useHydrated();
  const generated = Object.fromEntries(report.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, p.text])));
  const shown = (id: string) => edits[id] ?? saved[id]?.text ?? generated[id] ?? "";
  const unsaved = Object.keys(edits).filter((id) => edits[id] !== (saved[id]?.text ?? generated[id]));
  const last = Object.values(saved).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];

  // Unsaved edits (an editor's before saving, anyone's typed for a download): the browser asks before leaving.
  useEffect(() => {
    if (unsaved.length === 0) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved.length]);

  function save() {
    setSaveError(null);
    // A paragraph typed back to the generated text is saved as empty: the generated paragraph stands.
    const changes = unsaved.map((id) => ({
      key: id,
      text: edits[id]!.trim() === (generated[id] ?? "").trim() ? "" : edits[id]!,
    }));
    startSaving(async () => {
      const res = await saveReportEdits(plan, year, changes);
      if (res.status === "error") return setSaveError(res.message);
      setSaved(byKey(res.edits));
      setEdits({});
    });
  }
  const [downloading, setDownloading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [draft, draftAction, drafting] = useActionState<DraftState, FormData>(draftNextPlan, { status: "idle" });

  async function download() {
    setDownloading(true);
    setError(null);
    try {
      const res = await fetch(`/tai-xuong/report.docx?plan=${plan}&year=${year}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ edits: Object.fromEntries(unsaved.map((id) => [id, edits[id]!])) }),
      });
      if (!res.ok)
        throw new Error(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `lỗi ${res.status}`);
      const url = URL.createObjectURL(await res.blob());
      const a = Object.assign(document.createElement("a"), { href: url, download: `bao-cao-cchc-${year}.docx` });
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(`Không tải được DOCX: ${(e as Error).message}`);
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <p className="no-print">
        <button type="button" onClick={download} disabled={downloading} data-testid="download-docx">
          {downloading ? "Đang tạo…" : "Tải DOCX"}
        </button>{" "}
        <button type="button" onClick={() => window.print()}>
          In / lưu PDF
        </button>{" "}
        {canDraft && (
          <>
            <button type="button" onClick={save} disabled={saving || unsaved.length === 0} data-testid="save-edits">
              {saving ? "Đang lưu…" : "Lưu các đoạn đã sửa"}
            </button>{" "}
          </>
        )}
        {unsaved.length > 0 && (
          <strong className={styles.unsaved} data-testid="unsaved" role="status">
            {canDraft
              ? `${unsaved.length} đoạn chưa lưu`
              : `Đã sửa ${unsaved.length} đoạn (chưa lưu; chỉ áp dụng cho tệp tải xuống)`}
          </strong>
        )}{" "}
        {last && (
          <span className="note" data-testid="saved-at">
            Đã lưu lúc {formatTimeAndDay(last.updatedAt)} bởi {last.updatedBy} ({Object.keys(saved).length} đoạn đã
            sửa).
          </span>
        )}
        {saveError && (
          <span role="alert" className="down">
            {saveError}
          </span>
        )}
        {error && (
          <span role="alert" className="down">
            {error}
          </span>
        )}
      </p>
      <article className="document" data-testid="report" data-hydrated={hydrated || undefined}>
        <header className="doc-header">
          <div>
            {report.issuerParentName && <div>{report.issuerParentName.toUpperCase()}</div>}
            <strong>{report.issuerName.toUpperCase()}</strong>
            <div>{report.numberLine}</div>
          </div>
          <div>
            <strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>
            <div className="motto">Độc lập - Tự do - Hạnh phúc</div>
          </div>
        </header>
        <h3 className="doc-title">
          {report.title}
          <br />
          {report.subtitle}
        </h3>
        {report.sections.map((s) => (
          <section key={s.numeral}>
            <h4>
              {s.numeral}. {s.heading}
            </h4>
            {s.paragraphs.map((p) => (
              <div
                key={p.id}
                className={`doc-paragraph ${unsaved.includes(p.id) ? styles.unsavedParagraph : saved[p.id] ? styles.savedParagraph : ""}`}
                data-state={unsaved.includes(p.id) ? "unsaved" : saved[p.id] ? "saved" : undefined}
              >
                <textarea
                  className="no-print"
                  aria-label={`Đoạn ${p.id}`}
                  aria-describedby={unsaved.includes(p.id) ? `chua-luu-${p.id}` : undefined}
                  data-paragraph={p.id}
                  value={shown(p.id)}
                  rows={Math.max(2, Math.ceil(shown(p.id).length / 110))}
                  onChange={(e) => setEdits({ ...edits, [p.id]: e.target.value })}
                />
                {(unsaved.includes(p.id) || saved[p.id]) && (
                  <small className={`no-print ${styles.paragraphNote}`}>
                    {unsaved.includes(p.id) ? (
                      <span id={`chua-luu-${p.id}`} className={styles.unsaved}>
                        chưa lưu
                      </span>
                    ) : (
                      "đã sửa"
                    )}
                    {shown(p.id) !== p.text && (
                      <>
                        {" · "}
                        <button
                          type="button"
                          className={styles.linkButton}
                          onClick={() => setEdits({ ...edits, [p.id]: p.text })}
                        >
                          dùng đoạn tạo tự động
                        </button>
                      </>
                    )}
                  </small>
                )}
                <p className="print-only">{shown(p.id)}</p>
              </div>
            ))}
            {s.tables.map((t) => (
              <table key={t.caption} className="data">
                <caption>{t.caption}</caption>
                <thead>
                  <tr>
                    {t.columns.map((c) => (
                      <th key={c}>{c}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {t.rows.map((r) => (
                    <tr key={r.join("|")}>
                      {r.map((c, i) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
                        <td key={i}>{c}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
          </section>
        ))}
        <footer className="doc-footer">
          <div>
            <em>
              <strong>Nơi nhận:</strong>
            </em>
            {report.recipients.map((r) => (
              <div key={r}>- {r};</div>
            ))}
          </div>
          <div className="signature">
            <strong>{report.signatureAuthority}</strong>
            {report.signatureTitle !== report.signatureAuthority && <strong>{report.signatureTitle}</strong>}
          </div>
        </footer>
      </article>
      {canDraft && (
        <form action={draftAction} className="panel no-print" data-testid="draft-plan">
          <h3>Dự thảo kế hoạch năm {year + 1}</h3>
          <p className="note">
            Tạo kế hoạch mới từ kế hoạch này (nội dung, hình thức, phân công) với chỉ tiêu đề xuất ở mục IV:{" "}
            {report.proposedTargets.map((t) => `${t.form.shortNameVi} ${t.quantity}`).join("; ")}.
          </p>
          <input type="hidden" name="plan" value={plan} />
          <input type="hidden" name="year" value={year + 1} />
          <input
            type="hidden"
            name="proposals"
            value={JSON.stringify(report.proposedTargets.map((t) => ({ form: t.form.code, quantity: t.quantity })))}
          />
          <label>
            Số hiệu dự thảo <input name="number" defaultValue={`Dự thảo KH tuyên truyền CCHC ${year + 1}`} size={40} />
          </label>{" "}
          <button type="submit" disabled={drafting}>
            {drafting ? "Đang tạo…" : "Tạo dự thảo kế hoạch"}
          </button>
          {draft.status === "error" && (
            <p role="alert" className="down">
              {draft.message}
            </p>
          )}
        </form>
      )}
    </>
  );
}
