import { valueStatusLabel } from "@cchc/schema/vocabulary";
import Link from "next/link";
import {
  COMPUTED_RANK_NOTE,
  COMPUTED_RANK_TITLE,
  percentileChange,
  shownRank,
  type SparkPlan,
} from "../../lib/figures";
import { formatNumber, formatRankChange, formatSigned, upperFirst } from "@cchc/schema/format";
import type { FigureFieldsFragment, FigureSourceFieldsFragment } from "../../lib/graphql/generated/graphql";
import { pointsWord } from "../../lib/index-detail";
import { quartileGroupOf } from "../../lib/series";
import { Sparkline } from "../charts/sparkline";
import { FigureSource } from "./figure-source";

interface Props {
  code: string;
  shortName: string;
  nameVi: string;
  /** The total's unit of measure ("%", "điểm"). */
  measureUnit: string;
  year: number;
  figure: FigureFieldsFragment | null;
  /** Source of this year's figure (the series point's). */
  source: FigureSourceFieldsFragment | null;
  /** The latest year with a value or a rank, and the overview of that year. */
  latest: { year: number; href: string } | null;
  /** What the sparkline can draw (lib/figures sparkPlan); null: too few figures, said in words. */
  spark: SparkPlan | null;
  href: string;
}

/**
 * One index in a year: the headline figure first (value, or the rank when only
 * the rank is published), then rank / out of, change, group, status; a
 * sparkline of the years with figures; source and freshness.
 */
export function IndexCard({
  code,
  shortName,
  nameVi,
  measureUnit,
  year,
  figure: f,
  source,
  latest,
  spark,
  href,
}: Props) {
  const r = shownRank(f);
  // Across a merger the ranks count different units: no "tăng/giảm n bậc", the percentiles instead.
  const rankGain = f?.mergerBreak
    ? null
    : r?.computed
      ? (f?.rankChange ?? null)
      : (f?.publishedRankChange ?? f?.rankChange ?? null);
  const standing = f?.mergerBreak ? percentileChange(f.percentile, f.previousPercentile) : null;
  const pct = measureUnit === "%" ? "%" : "";
  const empty = !f || (f.status === "PUBLISHED" && f.value == null && r == null);
  const latestLink =
    latest && latest.year !== year ? (
      <>
        {" "}
        Năm mới nhất có số liệu: <Link href={latest.href}>{latest.year}</Link>.
      </>
    ) : latest ? null : (
      <> Chưa có năm nào: nhập bảng kết quả chính thức ở trang Nhập dữ liệu.</>
    );
  return (
    <article className="card" data-testid={`card-${code}`}>
      <h3>
        <Link href={href} title={nameVi}>
          {shortName}
        </Link>
      </h3>
      <div className="name">{nameVi}</div>
      {empty || f.status !== "PUBLISHED" ? (
        <div className="value status" data-testid="card-empty">
          {upperFirst(valueStatusLabel(empty ? "NO_DATA" : f.status))} năm {year}.{latestLink}
        </div>
      ) : (
        <>
          <div className="value" data-testid="card-value">
            {f.value != null ? (
              `${formatNumber(f.value, 4)}${pct}`
            ) : r ? (
              <>
                hạng {r.rank}
                <span className="of">/{r.outOf ?? "?"}</span>
              </>
            ) : null}
          </div>
          <div className="rank" data-testid="card-rank">
            {r != null ? (
              <>
                Xếp thứ <strong>{r.rank}</strong>
                {r.outOf ? `/${r.outOf}` : ""} năm {year}
                {r.computed && (
                  <span className="note" title={COMPUTED_RANK_TITLE}>
                    {" "}
                    ({COMPUTED_RANK_NOTE})
                  </span>
                )}{" "}
                {rankGain != null && (
                  <span className={rankGain > 0 ? "up" : rankGain < 0 ? "down" : ""}>
                    {rankGain > 0 ? "▲" : rankGain < 0 ? "▼" : "■"} {formatRankChange(rankGain)}
                  </span>
                )}
              </>
            ) : (
              `Năm ${year}: chưa có thứ hạng`
            )}
            {f.value == null && <span className="note"> · chưa có điểm, chỉ có thứ hạng công bố</span>}
            {f.mergerBreak && r != null && (
              <span className="note" data-testid="card-merger" title={f.rankChangeUnavailableReason ?? undefined}>
                {" "}
                · {standing ? `${standing.text} so với ${year - 1}; ` : ""}
                không so “tăng/giảm bậc” với {year - 1} vì đã sắp xếp lại tỉnh
              </span>
            )}
          </div>
          <div className="meta">
            {f.valueChange != null && (
              <span className={f.valueChange > 0 ? "up" : f.valueChange < 0 ? "down" : ""}>
                {f.valueChange > 0 ? "▲ " : f.valueChange < 0 ? "▼ " : "■ "}
                {formatSigned(f.valueChange, 4)} {pointsWord(measureUnit)} so với {year - 1}.{" "}
              </span>
            )}
            {f.valueChange == null && f.value != null && f.changeUnavailableReason && `${f.changeUnavailableReason}. `}
            {quartileGroupOf(f.percentile) && <span className="badge">{quartileGroupOf(f.percentile)}</span>}
          </div>
        </>
      )}
      {spark ? (
        <Sparkline
          label={`${shortName} qua các năm ${spark.first}–${spark.last} (${spark.kind === "rank" ? "thứ hạng" : "điểm"})`}
          plan={spark}
        />
      ) : (
        <p className="note spark-missing" data-testid="sparkline-missing">
          Chưa đủ số liệu để vẽ xu hướng (cần ít nhất hai năm có điểm hoặc thứ hạng). Nhập bảng kết quả {shortName} các
          năm trước ở trang Nhập dữ liệu.
        </p>
      )}
      <FigureSource source={empty ? null : source} latestYear={latest?.year ?? null} year={year} testId="card-source" />
    </article>
  );
}
