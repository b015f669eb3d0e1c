import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import type { VersionRow } from "../src/mappers";
import { chooseWindow } from "../src/modules/impact/window";
import { usePapiApi } from "./papi-panel";

type Err = { message: string; extensions?: Record<string, unknown> };

describe.each(testDrivers())("impact refuses what it cannot compare, on the PAPI panel on %s", (driver) => {
  const api = usePapiApi(driver);

  const refusal = async (args: string) => {
    const r = await api.gql(`{ impact(${args}) { treatedFrom } }`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    return r.errors![0] as Err;
  };

  it("refuses a window across PAPI's 2018 methodology change, naming the year", async () => {
    const e = await refusal(`subject: "40", index: PAPI, treatedFrom: 2015, from: 2011, to: 2020, comparison: ALL`);
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to" });
    expect(e.message).toBe(
      "Cửa sổ 2011–2020 vượt qua lần đổi phương pháp PAPI năm 2018 (PAPI_2018): điểm trước và sau 2018 không so sánh được. Hãy bắt đầu cửa sổ từ 2018 trở đi hoặc kết thúc trước 2018 (BAD_USER_INPUT)",
    );
    // From the other side: treated in 2022, window asked from 2016.
    const e2 = await refusal(`subject: "40", index: PAPI, treatedFrom: 2022, from: 2016, comparison: ALL`);
    expect(e2.message).toMatch(/^Cửa sổ 2016–2024 vượt qua lần đổi phương pháp PAPI năm 2018/);
    expect(e2.extensions).toMatchObject({ field: "from" });
  });

  it("cuts a default window at the change and says why", async () => {
    const r = await api.gql<{ impact: { window: { from: number; to: number; cutReason: string } } }>(
      `{ impact(subject: "40", index: PAPI, treatedFrom: 2015, comparison: PEERS) { window { from to cutReason } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.impact.window).toEqual({
      from: 2011,
      to: 2017,
      cutReason: "PAPI đổi phương pháp năm 2018: cửa sổ kết thúc năm 2017, các năm sau không so sánh được.",
    });
  });

  it("refuses fewer than 3 pre-years", async () => {
    const e = await refusal(`subject: "40", index: PAPI, treatedFrom: 2020`);
    expect(e.message).toBe(
      "Chỉ có 2 năm có số liệu trước 2020 trong cửa sổ 2018–2024; cần ít nhất 3 năm trước (BAD_USER_INPUT)",
    );
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "treatedFrom" });
  });

  it("refuses an unknown subject, component, peer group or topic with NOT_FOUND", async () => {
    expect(await refusal(`subject: "99", index: PAPI, treatedFrom: 2022`)).toMatchObject({
      message: 'Không có đơn vị mã "99" (NOT_FOUND)',
      extensions: { code: "NOT_FOUND", field: "subject" },
    });
    expect(await refusal(`subject: "40", index: PAPI, component: "PCI.C1", treatedFrom: 2022`)).toMatchObject({
      message: 'Chỉ số PAPI không có chỉ số thành phần "PCI.C1" (NOT_FOUND)',
      extensions: { code: "NOT_FOUND", field: "component" },
    });
    expect(await refusal(`subject: "40", index: PAPI, treatedFrom: 2022, peerGroup: "NOPE"`)).toMatchObject({
      extensions: { code: "NOT_FOUND", field: "peerGroup" },
    });
    expect(await refusal(`subject: "40", index: PAPI, treatedFrom: 2022, topics: ["N99"]`)).toMatchObject({
      message: "Không có nội dung tuyên truyền N99 (NOT_FOUND)",
    });
  });

  it("refuses an index without a cross-section of provinces", async () => {
    const e = await refusal(`subject: "40", index: PAR_INDEX, treatedFrom: 2020`);
    expect(e.message).toMatch(/^Chỉ số PAR_INDEX không có số liệu của các tỉnh để so sánh/);
    expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "index" });
  });

  it("never answers with a stack trace or English-only text", async () => {
    const e = await refusal(`subject: "40", index: PAPI, treatedFrom: 1990`);
    expect(e.message).toMatch(/\(BAD_USER_INPUT\)$/);
    expect(JSON.stringify(e)).not.toMatch(/stack|at \w+ \(/);
  });
});

describe("the window never mixes the 63 provinces with the 34 of the 2025 merger", () => {
  const version = { code: "X_2018", nameVi: "X", firstYear: 2018, lastYear: null } as VersionRow;
  const old = Array.from({ length: 63 }, (_, i) => ({
    code: String(i + 1),
    validFrom: "1900-01-01",
    validTo: i < 29 ? null : "2025-06-30",
  }));
  const merged = Array.from({ length: 5 }, (_, i) => ({ code: `2025-${i}`, validFrom: "2025-07-01", validTo: null }));

  it("refuses a window reaching 2025, naming the year and both unit counts", () => {
    expect(() =>
      chooseWindow("X", [version], [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025], [...old, ...merged], {
        treatedFrom: 2022,
      }),
    ).toThrow(
      "Năm 2025 xếp hạng 34 đơn vị, khác với 63 đơn vị của năm 2018 (sáp nhập tỉnh từ 01/07/2025: 63 → 34): không so sánh lẫn hai bộ đơn vị. Hãy chọn cửa sổ nằm trọn trong một giai đoạn (BAD_USER_INPUT)",
    );
  });

  it("accepts the same window ending in 2024, with the 63 as its units", () => {
    const w = chooseWindow("X", [version], [2018, 2019, 2020, 2021, 2022, 2023, 2024], [...old, ...merged], {
      treatedFrom: 2022,
      to: 2024,
    });
    expect(w.units.size).toBe(63);
    expect(w.preYears).toEqual([2018, 2019, 2020, 2021]);
  });
});
