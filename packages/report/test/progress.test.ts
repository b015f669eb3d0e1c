import { describe, expect, it } from "vitest";
import { elapsedShare, statusOf, summariseProgress } from "../src/progress";

describe("plan progress", () => {
  it("pro-rates a period by the days elapsed, both ends included", () => {
    expect(elapsedShare("2022-01-01", "2022-03-31", "2021-12-31")).toBe(0);
    expect(elapsedShare("2022-01-01", "2022-03-31", "2022-01-01")).toBeCloseTo(1 / 90, 12);
    expect(elapsedShare("2022-01-01", "2022-03-31", "2022-02-14")).toBeCloseTo(45 / 90, 12);
    expect(elapsedShare("2022-01-01", "2022-03-31", "2022-03-31")).toBe(1);
    expect(elapsedShare("2022-01-01", "2022-03-31", "2022-12-31")).toBe(1);
  });

  it("gives green from 100 % of the target to date, amber from 70 %, red below, grey without a due target", () => {
    expect(statusOf(6, 12, 6)).toEqual({ ratio: 1, status: "ON_TRACK" });
    expect(statusOf(5, 12, 7)).toEqual({ ratio: 5 / 7, status: "BEHIND" });
    expect(statusOf(4, 12, 6)).toEqual({ ratio: 4 / 6, status: "FAR_BEHIND" });
    expect(statusOf(3, null, null)).toEqual({ ratio: null, status: "NO_TARGET" });
    expect(statusOf(0, 4, 0)).toEqual({ ratio: null, status: "NOT_DUE" });
  });

  it("totals per form include Department-wide targets; a unit's untargeted deliveries do not make up for a targeted form", () => {
    const { rows, byForm, byUnit } = summariseProgress([
      { unit: "A", form: "F1", delivered: 3, target: 4, targetToDate: 2 },
      { unit: "B", form: "F1", delivered: 0, target: 4, targetToDate: 2 },
      { unit: "B", form: "F2", delivered: 2, target: null, targetToDate: null },
      { unit: null, form: "F2", delivered: 0, target: 8, targetToDate: 4 },
    ]);
    expect(rows.map((r) => [r.unit, r.form, r.status])).toEqual([
      ["A", "F1", "ON_TRACK"],
      ["B", "F1", "FAR_BEHIND"],
      ["B", "F2", "NO_TARGET"],
    ]);
    // F2 has a Department-wide target: every unit's F2 delivery counts (2 of 4 due).
    expect(byForm.map((r) => [r.form, r.delivered, r.target, r.targetToDate, r.status])).toEqual([
      ["F1", 3, 8, 4, "BEHIND"],
      ["F2", 2, 8, 4, "FAR_BEHIND"],
    ]);
    // B delivered 2 (F2, no unit target) but 0 of the 2 F1 due.
    expect(byUnit.map((r) => [r.unit, r.delivered, r.target, r.status, r.ratio])).toEqual([
      ["A", 3, 4, "ON_TRACK", 1.5],
      ["B", 2, 4, "FAR_BEHIND", 0],
    ]);
  });
});
