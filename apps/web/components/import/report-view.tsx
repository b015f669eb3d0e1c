import type { ImportReportFieldsFragment } from "../../lib/graphql/generated/graphql";

const vi = new Intl.NumberFormat("vi-VN");
const shown = (json: string | null | undefined) => {
  if (json == null) return "—";
  const v = JSON.parse(json) as unknown;
  return v == null ? "—" : typeof v === "number" ? vi.format(v) : String(v);
};

/** Counts, then every rejected row and every change (old → new). */
export function ReportView({ report }: { report: ImportReportFieldsFragment }) {
  return (
    <div data-testid="import-report">
      <p>
        {report.files.join(", ")}: <strong>{vi.format(report.rows)}</strong> dòng — thêm mới <strong data-testid="count-insert">{vi.format(report.insert)}</strong>, cập nhật{" "}
        <strong>{vi.format(report.update)}</strong>, không đổi {vi.format(report.unchanged)}, bị từ chối{" "}
        <strong className={report.rejected.length ? "down" : ""}>{vi.format(report.rejected.length)}</strong>.
      </p>
      {report.rejected.length > 0 && (
        <table className="data" data-testid="rejected">
          <caption>Dòng bị từ chối — sửa tệp rồi tải lên lại; chưa có gì được ghi.</caption>
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Cột</th>
              <th>Lý do</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.slice(0, 200).map((r) => (
              <tr key={`${r.file}|${r.row}|${r.column}|${r.reason}`}>
                <td>{r.row ?? "tệp"}</td>
                <td>{r.column ?? ""}</td>
                <td style={{ textAlign: "left" }}>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.changes.length > 0 && (
        <table className="data">
          <caption>Giá trị sẽ thay đổi (cũ → mới)</caption>
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Đối tượng</th>
              <th>Trường</th>
              <th>Cũ</th>
              <th>Mới</th>
            </tr>
          </thead>
          <tbody>
            {report.changes.slice(0, 200).map((c) => (
              <tr key={`${c.row}|${c.target}|${c.field}`}>
                <td>{c.row}</td>
                <td>{c.target}</td>
                <td>{c.field}</td>
                <td>{shown(c.from)}</td>
                <td>{shown(c.to)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
