import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { useStackAndBrowser, watchErrors } from "../helpers/browser";
import { writeState } from "../helpers/db-state";
import { artifactsDir, haveChromium } from "../helpers/stack";

describe.skipIf(!haveChromium)("people sign in, and each sees and does what their role allows", () => {
  const env = useStackAndBrowser();

  it("the Office's editor signs in, imports, sets a target, signs out", async () => {
    const page = await env.browser().newPage({ viewport: { width: 1280, height: 1400 }, locale: "vi-VN" }, "anonymous");
    const errors = watchErrors(page);
    const web = env.stack().webUrl;
    await page.goto(`${web}/theo-doi`);
    expect(new URL(page.url()).pathname).toBe("/dang-nhap");
    const { username, password, name } = env.stack().people.editor;
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau-roi");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.locator(".form-error").waitFor();
    expect(await page.locator(".form-error").textContent()).toContain("INVALID_CREDENTIALS");
    // The username stays filled in after a refusal; only the password is typed again.
    expect(await page.getByLabel("Tên đăng nhập").inputValue()).toBe(username);
    await page.getByLabel("Mật khẩu").fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL(`${web}/theo-doi`);
    expect(await page.locator(".site-user a").textContent()).toBe(name);

    await page.goto(`${web}/nhap-du-lieu`);
    const csv = resolve(artifactsDir, "sipas-2022-sign-in.csv");
    writeFileSync(csv, "Đối tượng;Chỉ số;Năm;Điểm;Nguồn\nHà Tĩnh;SIPAS;2022;84,51;https://example.gov.vn/sipas-2022\n");
    await page.setInputFiles('[data-testid="import-file"]', csv);
    await page.getByRole("button", { name: "Xem trước" }).click();
    await page.locator('[data-testid="import-commit"]').click();
    await page.waitForSelector('[data-testid="import-done"]');

    await page.goto(`${web}/theo-doi`);
    await page.waitForSelector('[data-testid="targets-form"][data-hydrated]');
    await page.locator('input[name="t|SKHCN_NA.VP|F2"]').fill("12");
    await page.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
    await page.getByText("Đã lưu 1 chỉ tiêu.").waitFor();

    // Both writes are recorded as this person.
    const admin = await env.stack().sessionCookie("admin");
    const trail = (await (
      await fetch(env.stack().apiUrl, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: `${admin.name}=${admin.value}`, "x-cchc-session": "1" },
        body: JSON.stringify({ query: "{ auditEvents(first: 20) { events { operation actorName } } }" }),
      })
    ).json()) as { data: { auditEvents: { events: { operation: string; actorName: string }[] } } };
    expect(trail.data.auditEvents.events.filter((e) => e.actorName === name).map((e) => e.operation)).toEqual(
      expect.arrayContaining(["commitImport", "setPlanTargets"]),
    );

    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await page.waitForURL(/\/dang-nhap/);
    await page.goto(`${web}/theo-doi`);
    expect(new URL(page.url()).pathname).toBe("/dang-nhap");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leadership's viewer sees the pages without a single write control, and the editor's form replayed as them changes nothing", async () => {
    const web = env.stack().webUrl;
    // Capture the exact server-action request the editor's targets form sends.
    const editor = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } });
    await editor.goto(`${web}/theo-doi`);
    await editor.waitForSelector('[data-testid="targets-form"][data-hydrated]');
    await editor.locator('input[name="t|SKHCN_NA.TTTT|F1"]').fill("777");
    let captured: { headers: Record<string, string>; body: Buffer } | null = null;
    await editor.route("**/theo-doi**", async (route) => {
      const req = route.request();
      if (req.method() === "POST" && req.headers()["next-action"]) {
        captured = { headers: req.headers(), body: req.postDataBuffer()! };
        return route.abort();
      }
      return route.continue();
    });
    await editor.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
    await expect.poll(() => captured).not.toBeNull();
    await editor.unrouteAll({ behavior: "ignoreErrors" });
    await editor.close();

    const viewer = await env.browser().newPage({ viewport: { width: 1280, height: 1400 } }, "viewer");
    await viewer.goto(`${web}/theo-doi`);
    expect(await viewer.locator('[data-testid="targets-form"]').count()).toBe(0);
    expect(await viewer.locator('[data-testid="targets-readonly"]').count()).toBe(1);
    expect(await viewer.getByRole("link", { name: "Sửa kế hoạch" }).count()).toBe(0);
    expect(await viewer.getByRole("link", { name: "Nhập dữ liệu" }).count()).toBe(0);
    await viewer.goto(`${web}/bao-cao?plan=1&year=2022`);
    expect(await viewer.locator('[data-testid="draft-plan"]').count()).toBe(0);
    expect(await viewer.getByTestId("save-edits").count()).toBe(0);
    // Pages for editors send a viewer to the "no right" page (a redirect once the page streams).
    await viewer.goto(`${web}/nhap-du-lieu`);
    await viewer.waitForURL(/\/khong-co-quyen/);
    await viewer.goto(`${web}/ke-hoach/1`);
    await viewer.waitForURL(/\/khong-co-quyen/);
    expect(await viewer.locator('[data-testid="import-file"]').count()).toBe(0);

    const before = await writeState(env.stack().db);
    const viewerCookie = await env.stack().sessionCookie("viewer");
    // TypeScript cannot see the route handler's assignment: read the capture through its declared type.
    const sent = captured as unknown as { headers: Record<string, string>; body: Buffer };
    const { cookie: _c, ...headers } = sent.headers;
    for (const cookie of [`${viewerCookie.name}=${viewerCookie.value}`, ""]) {
      const res = await fetch(`${web}/theo-doi`, {
        method: "POST",
        redirect: "manual",
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
        body: new Uint8Array(sent.body),
      });
      // Anonymous: 401 before the action runs; the viewer: the action refuses (its answer names FORBIDDEN).
      if (!cookie) expect(res.status).toBe(401);
      else expect(await res.text()).toContain("FORBIDDEN");
    }
    expect(await writeState(env.stack().db)).toEqual(before);
    await viewer.close();
  });
});
