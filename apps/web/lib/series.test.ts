import { describe, expect, it } from "vitest";
import { latestFigures } from "./series";

const point = (year: number, value: number | null, rank: number | null, version: string) => ({
  year,
  value,
  publishedRank: rank,
  publishedOutOf: 63,
  status: "PUBLISHED" as const,
  sourceUrl: null,
  note: null,
  methodologyVersion: { code: version, nameVi: version },
});

describe("latestFigures", () => {
  it("gives rank gained (rank number fell) and value change within one methodology", () => {
    const f = latestFigures([point(2022, 40, 17, "PAPI_2018"), point(2023, 42.8474, 25, "PAPI_2018")]);
    expect(f).toMatchObject({ year: 2023, rank: 25, rankGain: -8, methodologyBreak: false });
    expect(f!.valueChange).toBeCloseTo(2.8474, 6);
  });

  it("withholds the value change across methodology versions but keeps the rank change", () => {
    const f = latestFigures([point(2017, 35.77, 44, "PAPI_2011"), point(2018, 46.57, 4, "PAPI_2018")]);
    expect(f).toMatchObject({ valueChange: null, rankGain: 40, methodologyBreak: true });
  });

  it("reports no change when the previous year is missing, and null for an empty series", () => {
    expect(latestFigures([point(2018, 46.57, 4, "PAPI_2018"), point(2021, null, 15, "PAPI_2018")])).toMatchObject({ rankGain: null, previousYear: null });
    expect(latestFigures([])).toBeNull();
  });
});
