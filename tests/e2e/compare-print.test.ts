import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { useStackAndBrowser, waitForCharts } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

type Ranking = {
  ranking: { rows: { rank: number | null; outOf: number; subject: { code: string; nameVi: string } }[] };
};

describe.skipIf(!haveChromium)("compare (So sánh): printing", () => {
  const env = useStackAndBrowser();

  it("prints the whole ranking, Nghệ An's row included", async () => {
    const { ranking } = await apiQuery<Ranking>(
      env.stack(),
      "{ ranking(index: PAPI, year: 2023) { rows { rank outOf subject { code nameVi } } } }",
    );
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1300 } });
    await page.goto(`${env.stack().webUrl}/so-sanh?index=PAPI&year=2023`);
    await waitForCharts(page, '[data-testid="compare-lines"], [data-testid="choropleth"]');
    await page.emulateMedia({ media: "print" });
    const pdf = resolve(artifactsDir, "compare-print.pdf");
    writeFileSync(pdf, await page.pdf({ format: "A4", printBackground: true }));
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    const na = ranking.rows.find((r) => r.subject.code === "40")!;
    expect(text).toMatch(new RegExp(`${na.rank}/${na.outOf}\\s+Nghệ An\\s+Bắc Trung Bộ`));
    // Every row, not the first 12 of a scroll box.
    const ranked = ranking.rows.filter((r) => r.rank != null);
    for (const r of ranked)
      expect(text, r.subject.nameVi).toMatch(new RegExp(`${r.rank}/${r.outOf}\\s+${r.subject.nameVi}`));
    expect(text).not.toContain("Tải PNG");
    await page.close();
  });
});
