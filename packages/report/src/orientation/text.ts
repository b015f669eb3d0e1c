/** Small text helpers shared by the report's sections. */

/** "Tin, bài của CBCCVC" → "tin, bài của CBCCVC": mid-sentence, without lowering acronyms. */
export function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase("vi") + name.slice(1);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
