import { buildSchema, type GraphQLEnumType } from "graphql";
import { describe, expect, it } from "vitest";
import { ACCESS_ROLE, IMPORT_KIND, PROGRESS_STATUS, typeDefs, VALUE_STATUS } from "../src/index";

/** The vocabulary names exactly the SDL's enum values: a value added to one and not the other fails here. */
describe("vocabulary", () => {
  const schema = buildSchema(typeDefs);
  const values = (name: string) =>
    (schema.getType(name) as GraphQLEnumType)
      .getValues()
      .map((v) => v.name)
      .sort();

  it.each([
    ["ValueStatus", Object.values(VALUE_STATUS).map((s) => s.graphql)],
    ["ProgressStatus", Object.keys(PROGRESS_STATUS)],
    ["ImportKind", Object.values(IMPORT_KIND)],
    ["Role", Object.values(ACCESS_ROLE)],
  ])("%s", (name, ours) => {
    expect([...ours].sort()).toEqual(values(name));
  });

  it("has one Vietnamese wording per status, NFC", () => {
    for (const s of Object.values(VALUE_STATUS)) expect(s.label).toBe(s.label.normalize("NFC"));
    expect(VALUE_STATUS.no_data.label).toBe("không có số liệu");
  });
});
