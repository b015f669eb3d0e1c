import { queryRows, sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const Q = `{ subjectProfile(subject: "40", year: 2023) { indices { index { code shortName } total { value percentile previousPercentile } components { component { id nameVi } value } } } }`;
type Profile = {
  subjectProfile: {
    indices: {
      index: { code: string; shortName: string };
      total: { value: number | null; percentile: number | null; previousPercentile: number | null };
      components: { component: { id: string; nameVi: string }; value: number | null }[];
    }[];
  };
};

/**
 * A profile is one statement: the server holds the catalogue of indices
 * (Catalogue) and every subject's names (SubjectDirectory), and the profile's
 * statement reads both data versions (migration 0016 for the catalogue). An
 * edited component or index shows on the next request; until then nothing
 * but the profile is read.
 */
describe.each(testDrivers())("a profile in one statement, the catalogue held by the server, on %s", (driver) => {
  let api: Started;
  const statements: string[] = [];
  beforeAll(async () => {
    api = await startApi(driver, { onQuery: (q) => statements.push(q) });
  });
  afterAll(() => api?.close());

  const profile = async () => {
    statements.length = 0;
    const { data, errors } = await api.gql<Profile>(Q);
    expect(errors).toBeUndefined();
    return data!.subjectProfile.indices.find((i) => i.index.code === "PAPI")!;
  };
  const dataStatements = () => statements.filter((q) => !q.includes("api_tokens"));

  it("reads one statement once the catalogue is held, and reloads it after an edit", async () => {
    await profile();
    const again = await profile();
    expect(dataStatements()).toHaveLength(1);
    expect(dataStatements()[0]).toContain("WITH ctx AS");
    const first = again.components[0]!.component;
    expect(first.nameVi).not.toContain("(thử)");

    await api.handle.db.execute(sql`UPDATE index_components SET name_vi = name_vi || ' (thử)' WHERE id = ${first.id}`);
    await api.handle.db.execute(sql`UPDATE indices SET short_name = 'PAPI (thử)' WHERE code = 'PAPI'`);
    const edited = await profile();
    expect(edited.components.find((c) => c.component.id === first.id)!.component.nameVi).toMatch(/\(thử\)$/);
    expect(edited.index.shortName).toBe("PAPI (thử)");
    expect(
      dataStatements().filter((q) => q.includes('FROM "index_components"') || q.includes('from "index_components"')),
    ).toHaveLength(1);
    await profile();
    expect(dataStatements()).toHaveLength(1);

    await api.handle.db.execute(
      sql`UPDATE index_components SET name_vi = replace(name_vi, ' (thử)', '') WHERE id = ${first.id}`,
    );
    await api.handle.db.execute(sql`UPDATE indices SET short_name = 'PAPI' WHERE code = 'PAPI'`);
  });

  it("gives the previous year's stored percentile beside this year's", async () => {
    // The latest year whose previous year is stored too.
    const [pair] = await queryRows<{ year: number; previous: number }>(
      api.handle.db,
      sql`SELECT v.year, pv.percentile AS previous
          FROM index_values v
          JOIN index_values p ON p.subject_code = v.subject_code AND p.index_code = v.index_code
            AND p.component_id IS NULL AND p.year = v.year - 1
          JOIN index_value_stats pv ON pv.value_id = p.id
          WHERE v.subject_code = '40' AND v.index_code = 'PAPI' AND v.component_id IS NULL
          ORDER BY v.year DESC LIMIT 1`,
    );
    expect(pair?.previous).toBeTypeOf("number");
    const { data, errors } = await api.gql<Profile>(Q.replace("year: 2023", `year: ${pair!.year}`));
    expect(errors).toBeUndefined();
    const papi = data!.subjectProfile.indices.find((i) => i.index.code === "PAPI")!;
    expect(papi.total.previousPercentile).toBeCloseTo(pair!.previous, 9);
    expect(papi.total.percentile).not.toBeNull();
  });
});
