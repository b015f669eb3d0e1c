import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import { useApi } from "./helpers";
import { PAPI_DIMENSIONS } from "./papi-panel";

describe.each(testDrivers())("provinces, indices and plan over HTTP on %s", (driver) => {
  const api = useApi(driver);

  it("lists the 63 provinces before the merger and 34 after, with successors", async () => {
    const { data } = await api.gql<{ before: { code: string; successor: { nameVi: string } }[]; after: unknown[] }>(
      `query { before: provinces { code nameVi region { nameVi } successor { code nameVi } } after: provinces(validOn: "2025-07-01") { code } }`,
    );
    expect(data!.before).toHaveLength(63);
    expect(data!.after).toHaveLength(34);
    expect(data!.before.find((p) => p.code === "44")?.successor.nameVi).toBe("Quảng Trị");
    expect(data!.before.find((p) => p.code === "40")?.successor.nameVi).toBe("Nghệ An");
  });

  it("lists the peer groups with their members in order", async () => {
    const { data } = await api.gql<{ peerGroups: { code: string; nameVi: string; members: { code: string }[] }[] }>(
      `{ peerGroups { code nameVi members { code } } }`,
    );
    const btb = data!.peerGroups.find((g) => g.members.some((m) => m.code === "40"));
    expect(btb?.nameVi).toMatch(/Bắc Trung Bộ/);
    expect(btb?.members.map((m) => m.code)).toEqual(expect.arrayContaining(["38", "40", "42", "44", "45", "46"]));
  });

  it("gives PAPI its two methodology versions and 8 dimensions with sub-dimensions", async () => {
    const { data } = await api.gql<{
      index: { versions: { code: string }[]; components: { id: string; children: { id: string }[] }[] };
    }>(
      `query { index(code: PAPI) { versions { code firstYear lastYear } components { id nameVi children { id versions { version { code } scaleMax } } } } }`,
    );
    expect(data!.index.versions.map((v) => v.code)).toEqual(["PAPI_2011", "PAPI_2018"]);
    expect(data!.index.components.map((c) => c.id)).toEqual(PAPI_DIMENSIONS);
    expect(data!.index.components[4]!.children.map((c) => c.id)).toEqual([
      "PAPI.D5.1",
      "PAPI.D5.2",
      "PAPI.D5.3",
      "PAPI.D5.4",
    ]);
  });

  it("returns plan 88 with its topics, forms, units and duties", async () => {
    const { data } = await api.gql<{
      plan: {
        number: string;
        issuedOn: string;
        topics: unknown[];
        forms: { form: { code: string } }[];
        units: unknown[];
        responsibilities: { duty: string }[];
      };
    }>(
      `query { plan(number: "88/SKHCN-VP") { number issuedOn issuer { nameVi } topics { topic { code linkedComponents { id } } textVi } forms { form { code } } units { code nameVi } responsibilities { duty appliesToAllUnits organisation { nameVi } } } }`,
    );
    expect(data!.plan).toMatchObject({ number: "88/SKHCN-VP", issuedOn: "2022-02-10" });
    expect(data!.plan.topics).toHaveLength(19);
    expect(data!.plan.forms.map((f) => f.form.code)).toEqual(["F1", "F2", "F3", "F4", "F5"]);
    expect(data!.plan.units.length).toBeGreaterThanOrEqual(5);
    expect(data!.plan.responsibilities.map((r) => r.duty)).toEqual(["lead", "monitor", "implement", "implement"]);
  });
});
