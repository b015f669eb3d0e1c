import { describe, expect, it } from "vitest";
import { indexSentence, indicesSection } from "../../src/orientation/indices";
import type { ReportIndex } from "../../src/orientation/types";

// TEST FIXTURE: invented figures.
const published: ReportIndex = {
  shortName: "SIPAS",
  measureUnit: "%",
  status: "published",
  value: 85.926,
  rank: 7,
  outOf: 63,
  rankChange: 0,
  valueChange: 1.5,
  peerMean: 80,
  movers: [
    { name: "A", valueChange: 2 },
    { name: "B", valueChange: -1.25 },
    { name: "C", valueChange: 0.5 },
    { name: "D", valueChange: 0.1 },
  ],
};

describe("section II (indices)", () => {
  it("writes a percentage index with rank, unchanged rank, rise and at most three movers", () => {
    expect(indexSentence(published, 2023)).toBe(
      "SIPAS năm 2023: đạt 85,93%, xếp thứ 7/63, giữ nguyên thứ hạng, điểm tăng 1,5 so với năm 2022, cao hơn trung bình nhóm so sánh (80). Thành phần thay đổi nhiều nhất: A (+2); B (−1,25); C (+0,5).",
    );
  });

  it("says when a year is not published, has no data, or has a rank without a score", () => {
    expect(indexSentence({ ...published, status: "not_published" }, 2021)).toBe(
      "SIPAS: năm 2021 không công bố kết quả.",
    );
    expect(indexSentence({ ...published, status: "no_data" }, 2021)).toMatch(/chưa có số liệu năm 2021/);
    expect(
      indexSentence(
        { ...published, measureUnit: "điểm", value: null, outOf: null, rankChange: 3, valueChange: null, movers: [] },
        2021,
      ),
    ).toBe("SIPAS năm 2021: chưa nhập điểm, xếp thứ 7, tăng 3 bậc.");
  });

  it("tabulates every index with dashes for what is missing and names the peer group", () => {
    const s = indicesSection({
      year: 2023,
      subjectName: "Hà Tĩnh",
      peerGroupName: "Bắc Trung Bộ",
      indices: [published, { ...published, shortName: "PCI", value: null, rank: null, rankChange: -2, peerMean: null }],
    });
    expect(s.heading).toBe("KẾT QUẢ CÁC CHỈ SỐ NĂM 2023 CỦA TỈNH HÀ TĨNH");
    expect(s.paragraphs.map((p) => p.id)).toEqual(["II.1", "II.2"]);
    expect(s.tables[0]!.caption).toBe("Bảng 3. Các chỉ số năm 2023 (nhóm so sánh: Bắc Trung Bộ)");
    expect(s.tables[0]!.rows).toEqual([
      ["SIPAS", "85,93", "7/63", "0", "80"],
      ["PCI", "—", "—", "−2", "—"],
    ]);
  });
});
