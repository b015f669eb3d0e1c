/** Numbers as Vietnamese readers write them (vi-VN: comma decimal, dot thousands). */
const cache = new Map<number, Intl.NumberFormat>();

/** `x` with exactly `digits` decimals in vi-VN ("0,03", "1.234,50"); "−" for negatives. */
export function formatVi(x: number, digits = 2): string {
  let f = cache.get(digits);
  if (!f) {
    f = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    cache.set(digits, f);
  }
  return f.format(x).replace("-", "−");
}

/** With an explicit sign for changes: "+1,85", "−0,20". */
export const formatViSigned = (x: number, digits = 2): string => (x > 0 ? "+" : "") + formatVi(x, digits);

/** A p-value: 2 decimals, 3 when 2 would print 0,00. */
export const formatP = (p: number): string => (p < 0.005 ? formatVi(p, 3) : formatVi(p, 2));
