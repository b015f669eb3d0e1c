/**
 * What happens when a value this service derived (a PAPI dimension or total
 * summed from the file's parts) meets a stored figure read from a
 * publication. The published figure is the record; the derived one may only
 * add precision to it, never contradict it:
 * - it agrees at the published precision and has more digits (36,3586 for a
 *   printed 36,36): the derived value is stored, the note keeps the printed one;
 * - anything else (35,7539 for a printed 35,77; 42,8473 for an official
 *   42,8474): the published figure stays and the import reports both.
 */
export type Precedence = { take: "derived"; note: string } | { take: "published"; reason: string };

/** Decimal places a figure carries as stored (36.36 → 2, 42.8474 → 4, 47 → 0). */
export function decimalsOf(x: number): number {
  const [mantissa, exponent] = String(x).split("e");
  const fraction = mantissa!.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

const vi = (x: number) => x.toLocaleString("vi-VN", { maximumFractionDigits: 10 });

export function derivedAgainstPublished(derived: number, published: number, sourceUrl: string | null): Precedence {
  const places = decimalsOf(published);
  const roundedToPublished = Number(derived.toFixed(places));
  const source = sourceUrl ? ` (${sourceUrl})` : "";
  if (decimalsOf(derived) > places && Math.abs(roundedToPublished - published) < 1e-9) {
    return {
      take: "derived",
      note: `Điểm công bố ${vi(published)}${source}; giá trị lưu được tính từ các thành phần, làm tròn ${places} chữ số thập phân bằng điểm công bố`,
    };
  }
  const difference = Number(Math.abs(derived - published).toFixed(Math.max(places, decimalsOf(derived))));
  const lastDigit = 10 ** -places;
  return {
    take: "published",
    reason:
      difference <= lastDigit + 1e-12
        ? `giữ điểm công bố ${vi(published)}: giá trị tính từ các thành phần (${vi(derived)}) chỉ lệch ${vi(difference)} ở chữ số cuối, do làm tròn các thành phần`
        : `giữ điểm công bố ${vi(published)}: giá trị tính từ các thành phần là ${vi(derived)}, lệch ${vi(difference)} — hơn mức làm tròn, cần đối chiếu nguồn`,
  };
}
