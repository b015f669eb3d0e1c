import type { IndexProfileRow, ProfileFigureRow } from "../../mappers";

/** A row of the profile statement: the figure's own columns as the API returns them, plus the previous year's. */
export interface FigureSql
  extends Pick<
    ProfileFigureRow,
    | "componentId"
    | "value"
    | "rank"
    | "outOf"
    | "publishedRank"
    | "publishedOutOf"
    | "status"
    | "previousValue"
    | "nationalMean"
    | "nationalMedian"
    | "nationalBest"
    | "regionMean"
    | "peerMean"
    | "zScore"
    | "percentile"
    | "previousPercentile"
  > {
  indexCode: string;
  versionCode: string;
  previousRank: number | null;
  previousPublishedRank: number | null;
  previousVersion: string | null;
}

const EMPTY = (componentId: string | null): ProfileFigureRow => ({
  componentId,
  value: null,
  rank: null,
  outOf: 0,
  publishedRank: null,
  publishedOutOf: null,
  status: "no_data",
  versionCode: null,
  previousValue: null,
  valueChange: null,
  rankChange: null,
  publishedRankChange: null,
  changeUnavailableReason: null,
  mergerBreak: false,
  rankChangeUnavailableReason: null,
  nationalMean: null,
  nationalMedian: null,
  nationalBest: null,
  regionMean: null,
  peerMean: null,
  zScore: null,
  percentile: null,
  previousPercentile: null,
});

/**
 * Change from the previous year. Values (and computed ranks) are compared only
 * under the same methodology version; published rank changes are kept as
 * published — they are what the index owner and the press report — except
 * across a merger of provinces (`mergerBreak`, 2024 → 2025: 63 → 34), where
 * neither rank change is given: the two ranks are out of different sets of
 * units. The value change of a unit that continued (Nghệ An) stays, and the
 * percentiles of the two years remain comparable.
 */
export function figure(r: FigureSql, year: number, mergerBreak = false): ProfileFigureRow {
  const versionChanged = r.previousVersion !== null && r.previousVersion !== r.versionCode;
  const reason =
    r.previousVersion === null
      ? `Không có số liệu năm ${year - 1}`
      : versionChanged
        ? `Đổi phương pháp (${r.previousVersion} → ${r.versionCode}): không so sánh trực tiếp điểm và thứ hạng`
        : r.value === null || r.previousValue === null
          ? `Thiếu điểm năm ${r.value === null ? year : year - 1}`
          : null;
  const comparable = reason === null;
  return {
    componentId: r.componentId,
    value: r.value,
    rank: r.rank,
    outOf: r.outOf,
    publishedRank: r.publishedRank,
    publishedOutOf: r.publishedOutOf,
    status: r.status,
    versionCode: r.versionCode,
    previousValue: r.previousValue,
    valueChange: comparable ? Number((r.value! - r.previousValue!).toFixed(10)) : null,
    rankChange:
      comparable && !mergerBreak && r.rank !== null && r.previousRank !== null ? r.previousRank - r.rank : null,
    publishedRankChange:
      !mergerBreak && r.publishedRank !== null && r.previousPublishedRank !== null
        ? r.previousPublishedRank - r.publishedRank
        : null,
    changeUnavailableReason: reason,
    mergerBreak,
    rankChangeUnavailableReason: mergerBreak
      ? `Sắp xếp đơn vị hành chính cấp tỉnh giữa năm ${year - 1} và ${year}: thứ hạng hai năm tính trên hai tập tỉnh khác nhau, không so sánh “tăng/giảm bậc”; so sánh phân vị`
      : null,
    nationalMean: r.nationalMean,
    nationalMedian: r.nationalMedian,
    nationalBest: r.nationalBest,
    regionMean: r.regionMean,
    peerMean: r.peerMean,
    zScore: r.zScore,
    percentile: r.percentile,
    previousPercentile: r.previousPercentile,
  };
}

/**
 * Components that changed, largest change first whatever its direction: a
 * component that fell while the total rose (PAPI Nghệ An 2024: service
 * delivery −0,5082, total +0,2225) is what moved most, not a footnote.
 */
export function drivers(_total: ProfileFigureRow, components: ProfileFigureRow[]): ProfileFigureRow[] {
  const moved = components.filter((c) => c.valueChange !== null && c.valueChange !== 0);
  return moved.sort((a, b) => Math.abs(b.valueChange!) - Math.abs(a.valueChange!));
}

export function assembleProfile(
  indices: { code: string }[],
  components: { id: string; indexCode: string }[],
  rows: FigureSql[],
  year: number,
  mergerBreak = false,
): IndexProfileRow[] {
  const byKey = new Map(rows.map((r) => [`${r.indexCode}|${r.componentId ?? ""}`, r]));
  return indices.map(({ code }) => {
    const get = (componentId: string | null) => {
      const r = byKey.get(`${code}|${componentId ?? ""}`);
      return r ? figure(r, year, mergerBreak) : { ...EMPTY(componentId), mergerBreak };
    };
    const total = get(null);
    const comps = components
      .filter((c) => c.indexCode === code)
      .map((c) => get(c.id))
      .filter((f) => f.status !== "no_data" || f.previousValue !== null);
    return { indexCode: code, total, components: comps, drivers: drivers(total, comps) };
  });
}
