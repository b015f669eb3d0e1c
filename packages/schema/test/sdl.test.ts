import { buildSchema, isEnumType, isInputObjectType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { typeDefs } from "../src/index";

/** Analysts read the schema through introspection: every type and every Query field says what it is. */
describe("schema.graphql", () => {
  const schema = buildSchema(typeDefs);
  const own = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith("__") && !["String", "Int", "Float", "Boolean", "ID"].includes(t.name),
  );

  it("builds", () => {
    expect(schema.getQueryType()?.getFields().indexSeries).toBeDefined();
  });

  it("describes every type it defines", () => {
    expect(own.filter((t) => !t.description && t.name !== "Query").map((t) => t.name)).toEqual([]);
  });

  it("describes every Query field and argument-bearing input", () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    expect(fields.filter((f) => !f.description).map((f) => f.name)).toEqual([]);
    const inputs = own.filter(isInputObjectType).flatMap((t) =>
      Object.values(t.getFields())
        .filter((f) => !f.description)
        .map((f) => `${t.name}.${f.name}`),
    );
    expect(inputs).toEqual([]);
  });

  it("uses the glossary's enum values for indices and statuses", () => {
    const values = (name: string) => {
      const t = schema.getType(name);
      return isEnumType(t) ? t.getValues().map((v) => v.name) : [];
    };
    expect(values("IndexCode")).toEqual(["PAR_INDEX", "SIPAS", "PAPI", "PCI", "DEPT_PAR", "DDCI"]);
    expect(values("ValueStatus")).toEqual(["PUBLISHED", "NOT_PUBLISHED", "NO_DATA"]);
    expect(own.filter(isObjectType).length).toBeGreaterThan(15);
  });
});
