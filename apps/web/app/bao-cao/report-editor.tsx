"use client";

import { useActionState, useState } from "react";
import { useHydrated } from "../../lib/use-hydrated";
import type { ReportQuery } from "../../lib/graphql/generated/graphql";
import { type DraftState, draftNextPlan } from "./actions";

type Report = ReportQuery["orientationReport"];

/**
 * The generated report as a document: every paragraph editable in place,
 * tables as generated. "Tải DOCX" sends the edits to be laid out on the server;
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
  /** Whether the person may draft next year's plan (editor): without it the form is not shown at all. */
  canDraft: boolean;
}) {
  const [edits, setEdits] = useState<Record<string, string>>({});
  const hydrated = useHydrated();
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
        body: JSON.stringify({ edits }),
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
        {Object.keys(edits).length > 0 && (
          <span className="note">Đã sửa {Object.keys(edits).length} đoạn (chỉ áp dụng cho tệp tải xuống).</span>
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
              <div key={p.id} className="doc-paragraph">
                <textarea
                  className="no-print"
                  aria-label={`Đoạn ${p.id}`}
                  data-paragraph={p.id}
                  value={edits[p.id] ?? p.text}
                  rows={Math.max(2, Math.ceil((edits[p.id] ?? p.text).length / 110))}
                  onChange={(e) => setEdits({ ...edits, [p.id]: e.target.value })}
                />
                <p className="print-only">{edits[p.id] ?? p.text}</p>
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
