import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { spearman } from "@cchc/analytics";
import { testDrivers } from "@cchc/db/testing";
import { runImport } from "@cchc/import";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Started, startApi } from "./helpers";

const PAPI_DIR = resolve(import.meta.dirname, "../../../../shared/data/papi-subdims");
const Q = `query($topic: ID, $component: ID, $lag: Int) { alignment(subject: "40", topic: $topic, component: $component, lagYears: $lag) {
  topics { code } components { id } lagYears spearman n insufficientData interpretation
  years { year dose doseObserved meanZChange components { component { id } value zScore zChange } } } }`;
type Year = {
  year: number;
  dose: number;
  doseObserved: boolean;
  meanZChange: number | null;
  components: { component: { id: string }; zScore: number | null; zChange: number | null }[];
};
type A = {
  topics: { code: string }[];
  components: { id: string }[];
  spearman: number | null;
  n: number;
  insufficientData: boolean;
  interpretation: string;
  years: Year[];
};

describe.each(testDrivers())("alignment on %s", (driver) => {
  let api: Started;
  beforeAll(async () => {
    api = await startApi(driver);
    await runImport(api.handle.db, PAPI_DIR, { by: "test" });
  });
  afterAll(() => api?.close());
  const align = async (vars: Record<string, unknown>) => {
    const res = await api.gql<{ alignment: A }>(Q, vars);
    expect(res.errors).toBeUndefined();
    return res.data!.alignment;
  };

  it("pairs the demo log 2021–2024 with the linked components and says 4 year pairs are not enough", async () => {
    const a = await align({ topic: "N04.14" });
    expect(a.components.map((c) => c.id)).toEqual(["PAPI.D3", "PAR_INDEX.TTHC", "SIPAS.GOPY"]);
    const y2023 = a.years.find((y) => y.year === 2023)!;
    const { data } = await api.gql<{ activities: { totalCount: number } }>(
      `{ activities(filter: { topics: ["N04.14"], from: "2023-01-01", to: "2023-12-31" }) { totalCount } }`,
    );
    expect(y2023.dose).toBe(data!.activities.totalCount);
    const prof = await api.gql<{
      subjectProfile: {
        indices: { index: { code: string }; components: { component: { id: string }; zScore: number }[] }[];
      };
    }>(
      `{ subjectProfile(subject: "40", year: 2023) { indices { index { code } components { component { id } zScore } } } }`,
    );
    const d3 = prof
      .data!.subjectProfile.indices.find((i) => i.index.code === "PAPI")!
      .components.find((c) => c.component.id === "PAPI.D3")!;
    expect(y2023.components.find((c) => c.component.id === "PAPI.D3")!.zScore).toBeCloseTo(d3.zScore, 10);
    // The log starts in 2021: earlier years have index values but an unknown dose, kept out of the pairs.
    expect(a.years.filter((y) => y.doseObserved).map((y) => y.year)).toEqual([2021, 2022, 2023, 2024]);
    expect(a.years.find((y) => y.year === 2015)).toMatchObject({ dose: 0, doseObserved: false });
    expect(a).toMatchObject({ n: 4, insufficientData: true });
    expect(a.interpretation).toBe("Mới có 4 cặp năm: chưa đủ để phân biệt với dao động thông thường.");
  });

  it("with a longer log, gives Spearman's ρ of dose in Y against the mean z-change in Y + lag, in alignment wording", async () => {
    // A test log 2012–2020 (not real data): 1..9 activities a year on N04.12.
    const lines = ["Ngày bắt đầu,Đơn vị,Hình thức,Nội dung,Tiêu đề"];
    for (let y = 2012; y <= 2020; y++)
      for (let i = 0; i < ((y * 7) % 9) + 1; i++)
        lines.push(`15/0${(i % 9) + 1}/${y},SKHCN_NA.VP,F2,N04.12,Thử nghiệm ${y}-${i}`);
    const path = resolve(tmpdir(), `align-${driver}.csv`);
    writeFileSync(path, `${lines.join("\n")}\n`);
    await runImport(api.handle.db, path, { by: "test" });
    for (const lag of [0, 1]) {
      const a = await align({ topic: "N04.12", lag });
      const byYear = new Map(a.years.map((y) => [y.year, y]));
      const logged = new Set([...Array.from({ length: 9 }, (_, i) => 2012 + i), 2021, 2022, 2023, 2024]);
      const pairs = a.years
        .filter((y) => logged.has(y.year))
        .flatMap((y) => {
          const o = byYear.get(y.year + lag)?.meanZChange;
          return o == null ? [] : [[y.dose, o] as [number, number]];
        });
      const expected = spearman(pairs);
      expect(a.n).toBe(expected.n);
      expect(a.n).toBeGreaterThanOrEqual(8);
      expect(a.spearman).toBeCloseTo(expected.rho!, 12);
      expect(a.insufficientData).toBe(false);
      expect(a.interpretation).toMatch(/^Tương quan (cùng|ngược) chiều.*không cho phép kết luận/);
      expect(a.interpretation).not.toMatch(/nhờ/);
    }
  });

  it("refuses a call without topic or component, and an unknown topic", async () => {
    expect((await api.gql(`{ alignment(subject: "40") { n } }`)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect((await api.gql(`{ alignment(subject: "40", topic: "N99") { n } }`)).errors?.[0]?.message).toBe(
      "unknown topic N99",
    );
  });
});
