import { resolve } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { describe, expect, it } from "vitest";
import { apiQuery, vi } from "../helpers/api";
import { tableRows, useStackAndBrowser, waitForCharts, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

interface Impact {
  synth: {
    series: { year: number; actual: number; synthetic: number; gap: number }[];
    weights: { subject: { code: string; nameVi: string }; weight: number }[];
    placebos: { subject: { code: string; nameVi: string }; ratio: number }[];
    rank: { rank: number; of: number; p: number };
    verdict: { text: string; weakestPoint: string; assumptions: string[] };
  };
  did: { verdict: { text: string } };
}
const IMPACT = `query ($component: ID, $comparison: ImpactComparison!) {
  impact(subject: "40", index: PAPI, component: $component, treatedFrom: 2022, comparison: $comparison) {
    synth {
      series { year actual synthetic gap }
      weights { subject { code nameVi } weight }
      placebos { subject { code nameVi } ratio }
      rank { rank of p }
      verdict { text weakestPoint assumptions }
    }
    did { verdict { text } }
  }
}`;
/** Causal wording the panel must never carry (whole words: "dao động", "độ" are not "do"). */
const CAUSAL = [/(^|[^\p{L}])nhờ(?!\p{L})/iu, /(^|[^\p{L}])do\s/iu, /tác động của/iu];
/** As the panel signs a figure: a true minus, "0" when it rounds to nothing. */
const signed = (x: number, digits: number) => {
  const s = vi(Math.abs(x), digits);
  return s === "0" ? "0" : `${x > 0 ? "+" : "−"}${s}`;
};
const percent = (w: number) => new Intl.NumberFormat("vi-VN", { style: "percent", maximumFractionDigits: 1 }).format(w);
const CHARTS = ["impact-series-chart", "impact-gap-chart", "impact-placebo-chart"].map((t) => `[data-testid="${t}"]`);

describe.skipIf(!haveChromium)("impact panel (Đánh giá mức cải thiện) and the “Cần bao nhiêu điểm?” calculator", () => {
  const env = useStackAndBrowser();

  it("draws Nghệ An's PAPI against its synthetic unit from 2022, with every placebo, and the API's numbers", async () => {
    const { impact } = await apiQuery<{ impact: Impact }>(env.stack(), IMPACT, { comparison: "ALL" });
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 }, locale: "vi-VN" });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/chien-dich`);
    const panel = page.getByTestId("impact-panel");
    expect(await waitForCharts(page, CHARTS.join(", "))).toBe(3);

    // The series chart carries the same campaign bands as the page's other charts, and the start year.
    const bands = await page.$$eval('[data-testid="dose-chart"], [data-testid="impact-series-chart"]', (cs) =>
      cs.map((c) => (c as HTMLElement).dataset.bands),
    );
    expect(bands).toHaveLength(2);
    expect(Number(bands[1])).toBeGreaterThan(0);
    expect(bands[1]).toBe(bands[0]);
    // One grey line per placebo: every unit but the subject.
    const placebos = impact.synth.placebos.filter((p) => p.subject.code !== "40");
    expect(placebos.length).toBeGreaterThanOrEqual(30);
    expect(await page.getByTestId("impact-gap-chart").getAttribute("data-placebos")).toBe(String(placebos.length));

    // The tables say what the API says.
    expect(await tableRows(page, '[data-testid="impact-series-table"]')).toEqual(
      impact.synth.series.map((p) => [String(p.year), vi(p.actual), vi(p.synthetic), signed(p.gap, 4)]),
    );
    expect(impact.synth.series.map((p) => p.year)).toContain(2022);
    const weights = impact.synth.weights.filter((w) => w.weight >= 0.0005).sort((a, b) => b.weight - a.weight);
    expect(weights.length).toBeGreaterThan(0);
    expect(await tableRows(page, '[data-testid="impact-weights-table"]')).toEqual(
      weights.map((w) => [w.subject.nameVi, percent(w.weight)]),
    );
    const ratios = await tableRows(page, '[data-testid="impact-placebo-table"]');
    expect(ratios).toHaveLength(impact.synth.placebos.length);
    expect(ratios.find((r) => r[1] === "Nghệ An")?.[0]).toBe(String(impact.synth.rank.rank));
    const gapRows = await tableRows(page, '[data-testid="impact-gap-table"]');
    expect(gapRows).toHaveLength(placebos.length + 1);
    expect(gapRows[0]).toEqual(["Nghệ An", ...impact.synth.series.map((p) => signed(p.gap, 3))]);

    // The verdicts as the API words them, with assumptions and the weakest point; no causal word anywhere in the panel.
    expect(await page.getByTestId("impact-verdict-text").textContent()).toBe(impact.synth.verdict.text);
    expect(await page.getByTestId("impact-did-verdict-text").textContent()).toBe(impact.did.verdict.text);
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(impact.synth.verdict.weakestPoint);
    for (const a of impact.synth.verdict.assumptions) expect(text).toContain(a);
    for (const word of CAUSAL) expect(text).not.toMatch(word);
    // Nor on the rest of the page: "nhờ" and "tác động của" appear nowhere (a plain "do" can be "lý do").
    const pageText = (await page.locator("main").textContent()) ?? "";
    for (const word of [CAUSAL[0]!, CAUSAL[2]!]) expect(pageText).not.toMatch(word);
    await panel.screenshot({ path: resolve(artifactsDir, "impact-panel.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the comparison group and the component in the URL, on /chien-dich and on /chi-so", async () => {
    const { impact: peers } = await apiQuery<{ impact: Impact }>(env.stack(), IMPACT, { comparison: "PEERS" });
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await page.goto(`${env.stack().webUrl}/chien-dich?topic=N04`);
    await waitForCharts(page, CHARTS.join(", "));
    await page.getByTestId("impact-panel").locator('select[name="comparison"]').selectOption("PEERS");
    await page.waitForURL(/comparison=PEERS/);
    expect(page.url()).toContain("topic=N04");
    await expect.poll(() => page.getByTestId("impact-verdict-text").textContent()).toBe(peers.synth.verdict.text);

    const { impact: d5 } = await apiQuery<{ impact: Impact }>(env.stack(), IMPACT, {
      component: "PAPI.D5",
      comparison: "ALL",
    });
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&impactComponent=PAPI.D5`);
    await waitForCharts(page, CHARTS.join(", "));
    expect(await page.getByTestId("impact-verdict-text").textContent()).toBe(d5.synth.verdict.text);
    expect(await tableRows(page, '[data-testid="impact-series-table"]')).toEqual(
      d5.synth.series.map((p) => [String(p.year), vi(p.actual), vi(p.synthetic), signed(p.gap, 4)]),
    );
    await page.close();
  });

  it("answers the calculator from a plain GET form rendered on the server, on a 390 px phone", async () => {
    const { whatIf, rankTarget } = await apiQuery<{
      whatIf: { rankBefore: number; rankAfter: number; outOf: number };
      rankTarget: { outOf: number; components: { component: { nameVi: string }; delta: number | null }[] };
    }>(
      env.stack(),
      `{ whatIf(subject: "40", index: PAPI, year: 2023, changes: [{ component: "PAPI.D5", delta: 1.5 }]) {
           rankBefore rankAfter outOf }
         rankTarget(subject: "40", index: PAPI, year: 2023, targetRank: 5) {
           outOf components { component { nameVi } delta } } }`,
    );
    const answer = `${whatIf.rankBefore}/${whatIf.outOf} → ${whatIf.rankAfter}/${whatIf.outOf}`;
    // The server's HTML already holds the answer (React's text separators removed): no client script computes it.
    const cookie = await env.stack().sessionCookie("editor");
    const html = await fetch(
      `${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2023&whatIfComponent=PAPI.D5&delta=1%2C5&targetRank=5`,
      { headers: { cookie: `${cookie.name}=${cookie.value}` } },
    ).then(async (r) => (await r.text()).replaceAll("<!-- -->", ""));
    expect(html).toContain(answer);

    const page = await env.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${env.stack().webUrl}/chi-so/PAPI?subject=40&year=2023`);
    const calc = page.getByTestId("what-it-takes");
    expect(await calc.getByTestId("calc-assumption").textContent()).toContain("các tỉnh khác giữ nguyên");
    await calc.locator('select[name="whatIfComponent"]').selectOption("PAPI.D5");
    await calc.locator('input[name="delta"]').fill("1,5");
    await calc.locator('input[name="targetRank"]').fill("5");
    await calc.getByRole("button", { name: "Tính" }).click();
    await page.waitForURL(/delta=1%2C5/);
    expect(await page.getByTestId("calc-what-if").textContent()).toContain(answer);
    // The least Δ per component, rounded up at 4 decimals so the shown figure still reaches rank 5.
    const up = (d: number) => vi(Math.ceil(d * 1e4 - 1e-9) / 1e4);
    expect((await tableRows(page, '[data-testid="calc-rank-target"]')).map((r) => [r[0], r[3]])).toEqual(
      rankTarget.components.map((c) => [
        c.component.nameVi,
        c.delta == null ? expect.stringMatching(/^Không đạt được/) : up(c.delta),
      ]),
    );
    const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
  });

  it("passes axe (WCAG 2.1 AA) on the panel and the calculator at 1366 px and 390 px, and fits a phone", async () => {
    const problems: string[] = [];
    for (const viewport of [
      { width: 1366, height: 900 },
      { width: 390, height: 844 },
    ])
      for (const path of [
        "/chien-dich",
        "/chi-so/PAPI?subject=40&year=2023&whatIfComponent=PAPI.D5&delta=0%2C5&impactComponent=PAPI.D5",
      ]) {
        const page = await env.browser().newPage({ viewport, locale: "vi-VN", bypassCSP: true }, "admin");
        await page.goto(`${env.stack().webUrl}${path}`);
        await waitForCharts(page, CHARTS.join(", "));
        const { violations } = await new AxeBuilder({ page })
          .include('[data-testid="impact-panel"]')
          .include('[data-testid="what-it-takes"]')
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        for (const v of violations)
          problems.push(`${path} @${viewport.width}: ${v.id} ${v.help} — ${v.nodes[0]?.target.join(" ")}`);
        const width = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);
        if (width > viewport.width) problems.push(`${path} @${viewport.width}: ${width} px wide`);
        await page.close();
      }
    expect(problems).toEqual([]);
  }, 300_000);
});
