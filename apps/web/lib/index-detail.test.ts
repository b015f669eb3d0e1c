import { describe, expect, it } from "vitest";
import {
  componentRank,
  driversIntro,
  indexCodeOf,
  missingText,
  otherRankText,
  seriesValueText,
  seriesView,
  signedChange,
  unexplainedText,
} from "./index-detail";

// TEST FIXTURE: shapes as the API returns them, values made up for the wording.
const point = (year: number, value: number | null, rank: number | null, publishedRank: number | null = null) => ({
  year,
  value,
  rank,
  outOf: 63,
  publishedRank,
  publishedOutOf: publishedRank == null ? null : 63,
});

describe("the route's index", () => {
  it("accepts the four codes and nothing else", () => {
    expect(indexCodeOf("PAPI")).toBe("PAPI");
    expect(indexCodeOf("PAR_INDEX")).toBe("PAR_INDEX");
    expect(indexCodeOf("papi")).toBeUndefined();
    expect(indexCodeOf("PAR INDEX")).toBeUndefined();
  });
});

describe("seriesView", () => {
  it("spans the unit's years and its predecessors' valued ones, one shown rank per year", () => {
    const series = [point(2021, 40.5, 10, 9), point(2023, null, 12)];
    const history = [
      {
        points: [
          { year: 2019, value: 41 },
          { year: 2018, value: null },
        ],
      },
    ];
    const v = seriesView(series, history);
    expect(v.years).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(v.ranks.map((r) => r?.text ?? null)).toEqual([null, null, "9/63", null, "12/63"]);
    expect(v.rankedYears).toBe(2);
    expect(v.valued).toBe(1);
    expect(v.latestFigure).toBe(2023);
    expect(v.byYear.get(2021)?.value).toBe(40.5);
  });
});

describe("missingText", () => {
  it("says what is missing of values and of ranks, each once", () => {
    expect(missingText("PAPI", 0, 0, [])).toBe(
      "Chưa có điểm PAPI năm nào (chỉ có thứ hạng công bố); chưa có thứ hạng năm nào.",
    );
    expect(missingText("PCI", 1, 1, [point(2020, null, null), point(2022, 65.25, 3)])).toBe(
      "Chỉ có điểm PCI năm 2022 (65,25): một điểm chưa đủ để vẽ đường điểm; chỉ có thứ hạng của một năm, chưa đủ để vẽ đường.",
    );
    expect(missingText("PCI", 3, 1, [])).toBe("chỉ có thứ hạng của một năm, chưa đủ để vẽ đường.");
  });
});

describe("series table cells", () => {
  it("leaves a year without a row blank, a row without a value a dash, percent with its sign", () => {
    expect(seriesValueText(undefined, "%")).toBe("");
    expect(seriesValueText({ value: null }, "%")).toBe("—");
    expect(seriesValueText({ value: 81.23456 }, "%")).toBe("81,2346%");
    expect(seriesValueText({ value: 6.5 }, "điểm")).toBe("6,5");
  });

  it("shows the computed rank beside a published one only when they differ", () => {
    expect(otherRankText(point(2021, 40, 10, 9))).toBe("Tính từ số liệu: 10/63");
    expect(otherRankText(point(2021, 40, 9, 9))).toBe("");
    expect(otherRankText(point(2021, 40, 10))).toBe("");
    expect(otherRankText(undefined)).toBe("");
  });
});

describe("component cells", () => {
  it("signs a gain, writes a true minus for a loss, dashes a missing change", () => {
    expect(signedChange(1.5)).toBe("+1,5");
    expect(signedChange(-0.25)).toBe("−0,25");
    expect(signedChange(0)).toBe("0");
    expect(signedChange(null)).toBe("—");
  });

  it("gives the change of the rank it shows: published with the published change, computed with its own", () => {
    const published = { ...point(2023, 1, 12, 10), rankChange: 5, publishedRankChange: 2 };
    expect(componentRank(published)).toBe("10/63 (tăng 2 bậc)");
    const computed = { ...point(2023, 1, 12), rankChange: -3, publishedRankChange: null };
    expect(componentRank(computed)).toBe("12/63 (tính từ số liệu) (giảm 3 bậc)");
    expect(componentRank({ ...point(2023, 1, 12, 10), rankChange: 1, publishedRankChange: null })).toBe("10/63");
    expect(componentRank({ rank: null, outOf: 0, publishedRank: null })).toBe("—");
  });
});

describe("drivers wording", () => {
  it("writes a true minus for a driver's loss", () => {
    expect(signedChange(-1.25)).toBe("−1,25");
    expect(signedChange(0.5)).toBe("+0,5");
    expect(signedChange(0)).toBe("0");
  });

  it("introduces sub-components, a total's rise or fall, or components alone", () => {
    expect(driversIntro("Tham gia", 2, "điểm", 2024)).toBe(
      "Các thành phần con của “Tham gia” so với 2023, thay đổi lớn nhất trước (cả tăng và giảm):",
    );
    expect(driversIntro(null, -0.5, "%", 2024)).toBe(
      "Tổng điểm giảm 0,5 điểm % so với 2023. Các thành phần thay đổi nhiều nhất, cả tăng và giảm:",
    );
    expect(driversIntro(null, 0, "điểm", 2024)).toMatch(/^Tổng điểm tăng 0 điểm so với 2023\./);
    expect(driversIntro(null, null, "điểm", 2024)).toBe(
      "Các thành phần thay đổi nhiều nhất so với 2023, cả tăng và giảm:",
    );
  });

  it("states the unexplained rest, or why there is none", () => {
    expect(unexplainedText(-0.1, "điểm", 2024)).toMatch(/^Phần chưa giải thích .*: −0,1 điểm \(.* năm 2024\)\.$/);
    expect(unexplainedText(null, "điểm", 2024)).toMatch(/^Các thành phần không cộng lại bằng tổng điểm/);
  });
});
