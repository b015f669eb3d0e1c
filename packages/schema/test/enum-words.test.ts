import { describe, expect, it } from "vitest";
import { ACCESS_ROLE, ENUM_WORDS, IMPORT_KIND, SUBJECT_KIND, VALUE_STATUS, VERDICT_LEVEL } from "../src/index";
import { sdlEnumValues } from "./sdl-enum";

/** ENUM_WORDS, the enum resolvers and codegen's enumValues: every SDL value named once, each the vocabulary's word. */
describe("ENUM_WORDS", () => {
  it.each(Object.entries(ENUM_WORDS))("%s maps exactly the SDL's values", (name, words) => {
    expect(Object.keys(words).sort()).toEqual(sdlEnumValues(name));
    expect(new Set(Object.values(words)).size).toBe(Object.keys(words).length);
  });

  it.each([
    ["ValueStatus", Object.fromEntries(Object.entries(VALUE_STATUS).map(([w, s]) => [w, s.graphql]))],
    ["ImportKind", IMPORT_KIND],
    ["Role", ACCESS_ROLE],
    ["SubjectKind", SUBJECT_KIND],
    ["ImpactVerdictLevel", VERDICT_LEVEL],
  ] as const)("%s turns the vocabulary's table round", (name, table) => {
    for (const [word, graphql] of Object.entries(table))
      expect((ENUM_WORDS[name] as Record<string, string>)[graphql]).toBe(word);
  });

  it("spells a status, a kind and a level as the database and @cchc/analytics do", () => {
    expect(ENUM_WORDS.ValueStatus.NOT_PUBLISHED).toBe("not_published");
    expect(ENUM_WORDS.ImportKind.ACTIVITIES).toBe("activities");
    expect(ENUM_WORDS.SubjectKind.DEPARTMENT).toBe("department");
    expect(ENUM_WORDS.ImpactVerdictLevel.INDISTINGUISHABLE).toBe("indistinguishable");
  });
});
