import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { apiQuery } from "../helpers/api";
import { useStackAndBrowser, watchErrors } from "../helpers/browser";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("import page in Chromium", () => {
  const env = useStackAndBrowser();

  const file = (name: string, content: string) => {
    const path = resolve(artifactsDir, name);
    writeFileSync(path, content);
    return path;
  };

  it("shows every rejected row of a bad file and offers no import", async () => {
    const page = await env.browser().newPage();
    await page.goto(`${env.stack().webUrl}/nhap-du-lieu`);
    await page.setInputFiles(
      '[data-testid="import-file"]',
      file(
        "sai.csv",
        "Đối tượng,Chỉ số,Năm,Điểm,Nguồn\nHà Tĩnh,SIPAS,2022 (công bố 2023),84,https://x.vn\nNghệ Tĩnh,SIPAS,2022,84,https://x.vn\n",
      ),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.waitForSelector('[data-testid="rejected"]');
    const rows = await page.$$eval('[data-testid="rejected"] tbody tr', (trs) => trs.map((tr) => tr.textContent));
    expect(rows).toEqual([
      '2Năm"2022 (công bố 2023)" is not a year — it names 2 years; write the survey year alone (e.g. 2022)',
      '3Đối tượngunknown province "Nghệ Tĩnh"',
    ]);
    expect(await page.locator('[data-testid="import-commit"]').count()).toBe(0);
    await page.close();
  });

  it("previews, then imports a SIPAS table on confirmation, and lists the batch", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${env.stack().webUrl}/nhap-du-lieu`);
    await page.setInputFiles(
      '[data-testid="import-file"]',
      file(
        "sipas-2022.csv",
        "Đối tượng;Chỉ số;Năm;Điểm;Xếp hạng;Trên tổng số;Nguồn\nHà Tĩnh;SIPAS;2022;84,51;;;https://example.gov.vn/sipas-2022\nThanh Hóa;SIPAS;2022;83,9;;;https://example.gov.vn/sipas-2022\n",
      ),
    );
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.waitForSelector('[data-testid="import-commit"]');
    expect(await page.locator('[data-testid="count-insert"]').textContent()).toBe("2");
    await page.screenshot({ path: resolve(artifactsDir, "import-preview.png"), fullPage: true });
    await page.locator('[data-testid="import-commit"]').click();
    await page.waitForSelector('[data-testid="import-done"]');
    expect(await apiQuery(env.stack(), '{ indexSeries(subject: "42", index: SIPAS) { year value } }')).toEqual({
      indexSeries: [{ year: 2022, value: 84.51 }],
    });
    await page.reload();
    expect(await page.locator('[data-testid="batches"] tbody tr').first().textContent()).toContain("sipas-2022.csv");
    await page.screenshot({ path: resolve(artifactsDir, "import-done.png"), fullPage: true });
    // The activity export downloads through the dashboard's own origin.
    const download = await page.request.get(`${env.stack().webUrl}/tai-xuong/activities.xlsx`);
    expect(download.headers()["content-disposition"]).toBe('attachment; filename="hoat-dong.xlsx"');
    expect((await download.body()).subarray(0, 2).toString()).toBe("PK");
    expect(errors).toEqual([]);
    await page.close();
  });
});
