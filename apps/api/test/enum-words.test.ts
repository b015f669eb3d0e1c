import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

/**
 * Enums whose database word differs from the GraphQL name travel as the
 * database's word behind the API; the vocabulary's enum resolvers (ENUM_WORDS)
 * spell them on the way out. ValueStatus (ranking, subject-profile), ImportKind
 * (imports), Role (sign-in) and ImpactVerdictLevel (impact-planted-effect) are
 * asserted by their own tests; SubjectKind here.
 */
describe.each(testDrivers())("enum names over HTTP on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
  });
  afterAll(() => api?.close());

  it("spells subject_kind as SubjectKind, for an index and a subject", async () => {
    const { data, errors } = await api.gql<{
      indices: { code: string; subjectKind: string }[];
      subject: { kind: string };
    }>(`{ indices { code subjectKind } subject(code: "40") { kind } }`);
    expect(errors).toBeUndefined();
    const kinds = Object.fromEntries(data!.indices.map((i) => [i.code, i.subjectKind]));
    expect(kinds).toMatchObject({ PAPI: "PROVINCE", PCI: "PROVINCE", DEPT_PAR: "DEPARTMENT", DDCI: "DEPARTMENT" });
    expect(data!.subject.kind).toBe("PROVINCE");
  });
});
