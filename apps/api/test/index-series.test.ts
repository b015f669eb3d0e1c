import { testDrivers } from "@cchc/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

describe.each(testDrivers())("indexSeries over HTTP on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
  });
  afterAll(() => api?.close());

  it("returns Nghệ An's PAPI series with ranks, sources and methodology versions", async () => {
    const { data, errors } = await api.gql<{
      indexSeries: {
        year: number;
        value: number | null;
        publishedRank: number;
        status: string;
        methodologyVersion: { code: string };
      }[];
    }>(
      `query { indexSeries(subject: "40", index: PAPI) { year value publishedRank publishedOutOf status sourceUrl methodologyVersion { code } } }`,
    );
    expect(errors).toBeUndefined();
    const s = data!.indexSeries;
    expect(s.map((p) => p.year)).toEqual([2014, 2015, 2016, 2017, 2018, 2021, 2022, 2023]);
    expect(s.find((p) => p.year === 2023)).toMatchObject({
      value: 42.8474,
      publishedRank: 25,
      status: "PUBLISHED",
      methodologyVersion: { code: "PAPI_2018" },
    });
    expect(s.find((p) => p.year === 2014)).toMatchObject({
      value: null,
      publishedRank: 27,
      methodologyVersion: { code: "PAPI_2011" },
    });
  });

  it("returns one component's series and honours from/to", async () => {
    const { data } = await api.gql<{ indexSeries: { year: number; value: number }[] }>(
      `query { indexSeries(subject: "40", index: PAPI, component: "PAPI.D8", from: 2020, to: 2024) { year value } }`,
    );
    expect(data!.indexSeries).toEqual([{ year: 2023, value: 2.9799 }]);
  });

  it("refuses from after to with BAD_USER_INPUT", async () => {
    const { errors } = await api.gql(
      `query { indexSeries(subject: "40", index: PAPI, from: 2024, to: 2020) { year } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
