import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { useApi } from "./helpers";

/**
 * An index's unit of measure is `measureUnit` (migration 0020; `unit` means an
 * organisational unit everywhere else). Analysts' queries asking the old
 * `unit` keep working: it is deprecated and gives the same value.
 */
describe.each(testDrivers())("an index's unit of measure on %s", (driver) => {
  const api = useApi(driver);

  it("is measureUnit, and the deprecated unit gives the same", async () => {
    const { data, errors } = await api.gql<{ indices: { code: string; measureUnit: string; unit: string }[] }>(
      `{ indices { code measureUnit unit } }`,
    );
    expect(errors).toBeUndefined();
    const units = Object.fromEntries(data!.indices.map((i) => [i.code, i.measureUnit]));
    expect(units).toMatchObject({ PAR_INDEX: "%", SIPAS: "%", PAPI: "điểm", PCI: "điểm" });
    for (const i of data!.indices) expect(i.unit, i.code).toBe(i.measureUnit);
  });

  it("says so in the schema", async () => {
    const { data } = await api.gql<{ __type: { fields: { name: string; isDeprecated: boolean }[] } }>(
      `{ __type(name: "Index") { fields(includeDeprecated: true) { name isDeprecated } } }`,
    );
    const fields = Object.fromEntries(data!.__type.fields.map((f) => [f.name, f.isDeprecated]));
    expect(fields).toMatchObject({ measureUnit: false, unit: true });
  });
});
