/** Small text helpers shared by the report's sections. */

/** "Tin, bài của CBCCVC" → "tin, bài của CBCCVC": mid-sentence, without lowering acronyms. */
export function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Lu}/u.test(name) ? name : name.charAt(0).toLocaleLowerCase("vi") + name.slice(1);
}
