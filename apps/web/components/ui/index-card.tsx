import Link from "next/link";
import { formatNumber, formatRankChange } from "../../lib/format";
import type { FigureFieldsFragment } from "../../lib/graphql/generated/graphql";
import { tierOf } from "../../lib/series";
import { Sparkline } from "../charts/sparkline";

interface Props {
  code: string;
  shortName: string;
  nameVi: string;
  unit: string;
  year: number;
  figure: FigureFieldsFragment | null;
  spark: { years: number[]; values: (number | null)[] };
  href: string;
}

const STATUS_TEXT = { NOT_PUBLISHED: "Không công bố", NO_DATA: "Không có số liệu" } as const;

/** One index in a year: value, rank / out of, change in value and rank, group, status; a sparkline of all years. */
export function IndexCard({ code, shortName, nameVi, unit, year, figure: f, spark, href }: Props) {
  const rank = f?.publishedRank ?? f?.rank ?? null;
  const outOf = f?.publishedOutOf ?? f?.outOf ?? null;
  const rankGain = f?.publishedRankChange ?? f?.rankChange ?? null;
  // No published rank: the rank is computed from the values loaded here (ties share a rank), and says so.
  const computed = f?.publishedRank == null && f?.rank != null;
  const pct = unit === "%" ? "%" : "";
  return (
    <article className="card" data-testid={`card-${code}`}>
      <h3>
        <Link href={href}>{shortName}</Link>
      </h3>
      <div className="name">{nameVi}</div>
      {!f || (f.status === "PUBLISHED" && f.value == null && rank == null) ? (
        <div className="meta">
          Chưa có số liệu năm {year}. Nhập bảng kết quả chính thức (trang Nhập dữ liệu) để hiển thị.
        </div>
      ) : f.status !== "PUBLISHED" ? (
        <div className="value status">
          {STATUS_TEXT[f.status]} năm {year}
        </div>
      ) : (
        <>
          <div className="value" data-testid="card-value">
            {f.value != null ? `${formatNumber(f.value, 4)}${pct}` : <span className="note">Điểm chưa nhập</span>}
          </div>
          <div className="rank">
            {rank != null ? (
              <>
                Xếp thứ <strong>{rank}</strong>
                {outOf ? `/${outOf}` : ""} năm {year}
                {computed && (
                  <span
                    className="note"
                    title="Không có thứ hạng công bố: thứ hạng tính từ điểm đã nhập, hạng bằng nhau khi điểm bằng nhau"
                  >
                    {" "}
                    (tính từ điểm)
                  </span>
                )}{" "}
                {rankGain != null && (
                  <span className={rankGain > 0 ? "up" : rankGain < 0 ? "down" : ""}>
                    {rankGain > 0 ? "▲" : rankGain < 0 ? "▼" : "■"} {formatRankChange(rankGain)}
                  </span>
                )}
              </>
            ) : (
              `Năm ${year}`
            )}
          </div>
          <div className="meta">
            {f.valueChange != null && (
              <span className={f.valueChange > 0 ? "up" : f.valueChange < 0 ? "down" : ""}>
                {f.valueChange > 0 ? "▲ +" : f.valueChange < 0 ? "▼ " : "■ "}
                {formatNumber(f.valueChange, 4)} {unit === "%" ? "điểm %" : "điểm"} so với {year - 1}.{" "}
              </span>
            )}
            {f.valueChange == null && f.changeUnavailableReason && `${f.changeUnavailableReason}. `}
            {tierOf(f.percentile) && <span className="badge">{tierOf(f.percentile)}</span>}
          </div>
        </>
      )}
      <Sparkline label={`${shortName} qua các năm`} years={spark.years} values={spark.values} />
    </article>
  );
}
