import { sql } from "@cchc/db";
import { testDrivers } from "@cchc/db/testing";
import { describe, expect, it } from "vitest";
import type { Started } from "./helpers";
import { usePapiApi } from "./papi-panel";

const FIXTURE = "TF01";
const COPIED = "40";
const PLANTED = 2;
const FROM = 2022;

type Impact = {
  window: { from: number; to: number; preYears: number[]; postYears: number[] };
  synth: {
    effect: number;
    series: { year: number; actual: number; synthetic: number; gap: number }[];
    rank: { rank: number; of: number; p: number };
    placebos: { subject: { code: string }; ratio: number }[];
    verdict: { level: string; text: string };
  };
  did: { estimate: number };
};

/** The fixture province: Nghệ An's PAPI total and dimension 5, plus PLANTED points from FROM on. */
async function plantCopy({ handle: { db } }: Started) {
  await db.execute(sql`
    INSERT INTO provinces (code, name_vi, name_en, region_code, valid_from)
    SELECT ${FIXTURE}, 'Tỉnh thử nghiệm (TEST FIXTURE)', 'Test province (TEST FIXTURE)', region_code, valid_from
    FROM provinces WHERE code = ${COPIED}`);
  await db.execute(sql`INSERT INTO subjects (code, kind, province_code) VALUES (${FIXTURE}, 'province', ${FIXTURE})`);
  await db.execute(sql`
    INSERT INTO index_values (subject_code, index_code, component_id, year, version_code, value, source_url)
    SELECT ${FIXTURE}, index_code, component_id, year, version_code, value + CASE WHEN year >= ${FROM} THEN ${PLANTED} ELSE 0 END,
           'TEST FIXTURE: copy of Nghệ An + ' || ${PLANTED} || ' from ' || ${FROM}
    FROM index_values WHERE subject_code = ${COPIED} AND index_code = 'PAPI' AND value IS NOT NULL
      AND (component_id IS NULL OR component_id = 'PAPI.D5')`);
}

/**
 * A planted effect on the stored PAPI panel: a TEST FIXTURE province whose
 * PAPI values copy Nghệ An's — the total and dimension 5 (Thủ tục hành chính
 * công) — plus 2 points on both from 2022 on (+2 on a dimension is +2 on the
 * unweighted sum), inserted as an extra unit. Its synthetic counterpart can
 * rebuild the copy before 2022, so the +2 afterwards must stand out from the
 * in-space placebos: on the dimension (provinces' 2021→2024 changes have an
 * sd of 0.28 points) p ≤ 0.05; on the 80-point total (sd of changes 1.78
 * points, so +2 is about one sd) only p ≤ 0.10 — four pre-years and 56
 * donors fit almost every unit exactly, and the ranking then rests on the
 * post-period alone.
 */
describe.each(testDrivers())("impact detects a planted +2 effect on the PAPI panel on %s", (driver) => {
  const api = usePapiApi(driver, { setup: plantCopy });

  const run = async (subject: string, component: string | null = null) => {
    const r = await api.gql<{ impact: Impact }>(
      `query($s: ID!, $c: ID) { impact(subject: $s, index: PAPI, component: $c, treatedFrom: ${FROM}, comparison: ALL) {
        window { from to preYears postYears }
        synth { effect series { year actual synthetic gap } rank { rank of p } placebos { subject { code } ratio } verdict { level text } }
        did { estimate } } }`,
      { s: subject, c: component },
    );
    expect(r.errors).toBeUndefined();
    return r.data!.impact;
  };

  it("finds +2 points on the copy's dimension 5 with p ≤ 0.05 among all units", async () => {
    const r = await run(FIXTURE, "PAPI.D5");
    expect(r.window).toMatchObject({ from: 2018, to: 2024, preYears: [2018, 2019, 2020, 2021] });
    for (const p of r.synth.series.filter((s) => s.year < FROM)) expect(Math.abs(p.gap)).toBeLessThan(1e-6);
    // More donors than pre-years: the exact pre-fit is not unique (the minimum-norm one spreads the weight
    // beyond Nghệ An), so the post gap is the plant plus that combination's own post-period noise.
    expect(Math.abs(r.synth.effect - PLANTED)).toBeLessThan(0.5);
    // p = rank / units, over the subject and every donor fitted as if treated.
    expect(r.synth.rank.of).toBe(r.synth.placebos.length);
    expect(r.synth.rank.p).toBeCloseTo(r.synth.rank.rank / r.synth.rank.of, 12);
    expect(r.synth.rank.of).toBeGreaterThanOrEqual(50);
    expect(r.synth.rank.p).toBeLessThanOrEqual(0.05);
    expect(r.synth.verdict.level).toBe("CLEAR");
    expect(r.synth.verdict.text).toMatch(/^Mức cải thiện vượt nhóm so sánh, khó là ngẫu nhiên \(p = 0,0\d\)$/);
  });

  it("ranks the copy's +2 on the 80-point total in the top tenth (p ≤ 0.10)", async () => {
    const r = await run(FIXTURE);
    expect(r.window.preYears).toEqual([2018, 2019, 2020, 2021]);
    expect(Math.abs(r.synth.effect - PLANTED)).toBeLessThan(0.5);
    expect(r.synth.rank.p).toBeLessThanOrEqual(0.1);
    expect(r.synth.rank.p).toBeCloseTo(r.synth.rank.rank / r.synth.rank.of, 12);
  });

  it("without the plant, the copied province itself is not flagged, on the total or on dimension 5", async () => {
    expect((await run(COPIED)).synth.rank.p).toBeGreaterThan(0.1);
    expect((await run(COPIED, "PAPI.D5")).synth.rank.p).toBeGreaterThan(0.1);
  });
});
