import { numberFormat } from "@cchc/schema/format";
import type { ImportReportFieldsFragment } from "../../lib/graphql/generated/graphql";

// Up to 4 decimals: PAPI figures are published to 4 places (the default 3 would show 42,8474 as 42,847).
const vi = numberFormat(4);
const shown = (json: string | null | undefined) => {
  if (json == null) return "—";
  const v = JSON.parse(json) as unknown;
  return v == null ? "—" : typeof v === "number" ? vi.format(v) : String(v);
};

/** Counts, then every rejected row, every change (old → new) and every published figure kept against a derived one. */
export function ReportView({ report }: { report: ImportReportFieldsFragment }) {
  return (
    <div data-testid="import-report">
      <p>
        {report.files.join(", ")}: <strong>{vi.format(report.rows)}</strong> dòng — thêm mới{" "}
        <strong data-testid="count-insert">{vi.format(report.insert)}</strong>, cập nhật{" "}
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
      {report.units.length > 0 && (
        <table className="data" data-testid="import-units">
          <caption>
            Tỉnh đọc theo năm của dòng — tên hay mã có trước và sau 01/07/2025, hoặc tỉnh mới từ ngày đó
          </caption>
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Năm</th>
              <th>Ghi trong tệp</th>
              <th>Đọc là</th>
            </tr>
          </thead>
          <tbody>
            {report.units.map((u) => (
              <tr key={`${u.file}|${u.row}|${u.written}`}>
                <td>{u.row}</td>
                <td>{u.year}</td>
                <td style={{ textAlign: "left" }}>{u.written}</td>
                <td style={{ textAlign: "left" }}>{u.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.kept.length > 0 && (
        <table className="data" data-testid="kept">
          <caption>
            Giữ điểm công bố — giá trị tính từ các thành phần trong tệp khác điểm đã công bố; không ghi đè
          </caption>
          <thead>
            <tr>
              <th>Dòng</th>
              <th>Đối tượng</th>
              <th>Điểm công bố</th>
              <th>Tính từ thành phần</th>
              <th>Lý do</th>
            </tr>
          </thead>
          <tbody>
            {report.kept.map((k) => (
              <tr key={`${k.file}|${k.row}|${k.target}`}>
                <td>{k.row}</td>
                <td>{k.sourceUrl ? <a href={k.sourceUrl}>{k.target}</a> : k.target}</td>
                <td>{vi.format(k.published)}</td>
                <td>{vi.format(k.derived)}</td>
                <td style={{ textAlign: "left" }}>{k.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
