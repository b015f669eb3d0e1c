/** vi-VN formats used everywhere in the UI: 85,92 · 10/02/2022. */
const number = (digits: number) =>
  new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits, minimumFractionDigits: 0 });

export function formatNumber(value: number | null | undefined, digits = 2): string {
  return value == null ? "—" : number(digits).format(value);
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** "+2 bậc" when the rank number fell by 2 (rank 1 = best). */
export function formatRankChange(delta: number | null): string {
  if (delta == null) return "";
  if (delta === 0) return "giữ nguyên thứ hạng";
  return delta > 0 ? `tăng ${delta} bậc` : `giảm ${-delta} bậc`;
}
