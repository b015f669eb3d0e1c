import { formatNumber, formatRankChange } from "../../lib/format";
import type { CardFigures } from "../../lib/series";

interface Props {
  shortName: string;
  nameVi: string;
  unit: string;
  figures: CardFigures | null;
}

/** One index: latest value, rank / out of, change from the previous year. */
export function IndexCard({ shortName, nameVi, unit, figures: f }: Props) {
  return (
    <article className="card" data-testid={`card-${shortName}`}>
      <h3>{shortName}</h3>
      <div className="name">{nameVi}</div>
      {!f ? (
        <div className="meta">Chưa có dữ liệu. Nhập bảng kết quả chính thức để hiển thị.</div>
      ) : (
        <>
          <div className="value">
            {f.value != null ? `${formatNumber(f.value, 4)}${unit === "%" ? "%" : ""}` : <span className="note">Điểm chưa nhập</span>}
          </div>
          <div className="rank">
            {f.rank != null ? (
              <>
                Xếp thứ <strong>{f.rank}</strong>
                {f.outOf ? `/${f.outOf}` : ""} năm {f.year}{" "}
                {f.rankGain != null && (
                  <span className={f.rankGain > 0 ? "up" : f.rankGain < 0 ? "down" : ""}>
                    {f.rankGain > 0 ? "▲" : f.rankGain < 0 ? "▼" : "■"} {formatRankChange(f.rankGain)}
                  </span>
                )}
              </>
            ) : (
              `Năm ${f.year}`
            )}
          </div>
          <div className="meta">
            {f.valueChange != null &&
              `${f.valueChange >= 0 ? "+" : ""}${formatNumber(f.valueChange, 4)} ${unit === "%" ? "điểm %" : "điểm"} so với ${f.previousYear}. `}
            {f.methodologyBreak && `Đổi phương pháp so với ${f.previousYear}: điểm không so sánh trực tiếp. `}
            {f.sourceUrl && (
              <a href={f.sourceUrl} rel="noreferrer">
                Nguồn
              </a>
            )}
          </div>
        </>
      )}
    </article>
  );
}
