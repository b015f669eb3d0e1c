/**
 * View logic of /chi-so/[index]: which index the route names, the series' years and ranks, and the
 * sentences the page writes around its figures. Pure, so the wording is tested here, not in a browser.
 */
import { PROVINCE_INDEX_CODES } from "@cchc/schema/vocabulary";
import { formatNumber, formatRankChange, formatSigned } from "@cchc/schema/format";
import { latestYearWithFigure, rankText, type ShownRank, shownRank } from "./figures";
import type { IndexCode } from "./graphql/generated/graphql";
import { yearSpan } from "./series";

/** The indices with a detail page, in tab order (the provincial ones). */
export const INDEX_CODES: readonly IndexCode[] = PROVINCE_INDEX_CODES;

/** The route's segment as an index code, or undefined for anything else. */
export function indexCodeOf(raw: string): IndexCode | undefined {
  return INDEX_CODES.find((c) => c === raw);
}

type Ranked = {
  value?: number | null;
  rank?: number | null;
  outOf?: number | null;
  publishedRank?: number | null;
  publishedOutOf?: number | null;
};
type SeriesPoint = Ranked & { year: number };

/**
 * The years shown (the unit's own and its predecessors' valued ones), one rank per year (lib/figures:
 * the chart, its table and the overview's cards say the same) and how many years have a value or a rank.
 */
export function seriesView<P extends SeriesPoint>(
  series: readonly P[],
  history: readonly { points: readonly { year: number; value?: number | null }[] }[],
) {
  const years = yearSpan(
    series.map((p) => p.year),
    history.flatMap((s) => s.points.filter((p) => p.value != null).map((p) => p.year)),
  );
  const byYear = new Map(series.map((p) => [p.year, p]));
  const ranks: (ShownRank | null)[] = years.map((y) => shownRank(byYear.get(y)));
  return {
    years,
    byYear,
    ranks,
    rankedYears: ranks.filter((r) => r != null).length,
    valued: series.filter((p) => p.value != null).length,
    latestFigure: latestYearWithFigure(series),
  };
}

/** Why the series chart has too little to draw: missing values and missing ranks, each said once. */
export function missingText(
  name: string,
  valued: number,
  ranked: number,
  series: readonly { year: number; value?: number | null }[],
): string {
  const one = series.find((p) => p.value != null);
  const values =
    valued === 0
      ? `Chưa có điểm ${name} năm nào (chỉ có thứ hạng công bố)`
      : valued === 1
        ? `Chỉ có điểm ${name} năm ${one?.year} (${formatNumber(one?.value, 4)}): một điểm chưa đủ để vẽ đường điểm`
        : "";
  const ranks =
    ranked === 0 ? "chưa có thứ hạng năm nào" : ranked === 1 ? "chỉ có thứ hạng của một năm, chưa đủ để vẽ đường" : "";
  return `${[values, ranks].filter(Boolean).join("; ")}.`;
}

/** A year's score in the series table: blank for a year without a row, "—" for a row without a value. */
export function seriesValueText(p: { value?: number | null } | undefined, measureUnit: string): string {
  if (!p) return "";
  return p.value != null ? `${formatNumber(p.value, 4)}${measureUnit === "%" ? "%" : ""}` : "—";
}

/** The computed rank beside a published one that differs from it, so neither hides the other. */
export function otherRankText(p: Ranked | undefined): string {
  const shown = shownRank(p);
  return p && !shown?.computed && p.rank != null && `${p.rank}/${p.outOf}` !== shown?.text
    ? `Tính từ số liệu: ${p.rank}/${p.outOf}`
    : "";
}

/** A component's rank as everywhere else (lib/figures), with the change of that same rank. */
export function componentRank(c: Ranked & { rankChange?: number | null; publishedRankChange?: number | null }): string {
  const r = shownRank(c);
  if (!r) return "—";
  const gain = r.computed ? c.rankChange : (c.publishedRankChange ?? null);
  return `${rankText(c)}${gain ? ` (${formatRankChange(gain)})` : ""}`;
}

/** A component's or a driver's change as the page writes it, to 4 decimals: "+0,5", "−1,25", "0", "—". */
export const signedChange = (x: number | null | undefined) => formatSigned(x, 4);

/** "điểm %" for an index scored in percent, else "điểm". */
export function pointsWord(measureUnit: string): string {
  return measureUnit === "%" ? "điểm %" : "điểm";
}

/** The sentence above the list of what moved: sub-components, the total's change, or just the components. */
export function driversIntro(
  parentName: string | null,
  change: number | null | undefined,
  measureUnit: string,
  year: number,
) {
  if (parentName)
    return `Các thành phần con của “${parentName}” so với ${year - 1}, thay đổi lớn nhất trước (cả tăng và giảm):`;
  if (change != null)
    return `Tổng điểm ${change >= 0 ? "tăng" : "giảm"} ${formatNumber(Math.abs(change), 4)} ${pointsWord(measureUnit)} so với ${year - 1}. Các thành phần thay đổi nhiều nhất, cả tăng và giảm:`;
  return `Các thành phần thay đổi nhiều nhất so với ${year - 1}, cả tăng và giảm:`;
}

/** What the listed components leave of the total's change, or why it cannot be said. */
export function unexplainedText(unexplained: number | null, measureUnit: string, year: number): string {
  return unexplained != null
    ? `Phần chưa giải thích bởi các thành phần liệt kê: ${signedChange(unexplained)} ${pointsWord(measureUnit)} (tổng thay đổi trừ tổng thay đổi của các thành phần trên; các thành phần cộng lại bằng tổng điểm theo phương pháp năm ${year}).`
    : "Các thành phần không cộng lại bằng tổng điểm (có trọng số hoặc thiếu điểm thành phần một năm), nên không tính phần chưa giải thích; thay đổi của thành phần không phải là phần đóng góp vào tổng.";
}
