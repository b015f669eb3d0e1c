/** vi-VN numbers as the report prints them: 1.234 · 85,92 · +2,5. */
export function vi(value: number, digits = 0): string {
  return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: digits }).format(value);
}

export function viSigned(value: number, digits = 0): string {
  return `${value > 0 ? "+" : value < 0 ? "−" : ""}${vi(Math.abs(value), digits)}`;
}
