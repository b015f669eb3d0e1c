import type { Metadata } from "next";
import Link from "next/link";
import { parseRole, ROLE_DESCRIPTIONS, ROLE_LABELS } from "../../lib/roles";
import { currentViewer } from "../../lib/session";
import { signOutAction } from "../dang-nhap/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Không có quyền" };

/**
 * Where requirePage sends a signed-in person whose role is too low
 * (?can=<role needed>): what is needed, who they are, and the ways on.
 */
export default async function NoRightPage({ searchParams }: { searchParams: Promise<{ can?: string | string[] }> }) {
  const raw = (await searchParams).can;
  const needed = parseRole(Array.isArray(raw) ? raw[0] : raw);
  const viewer = await currentViewer();
  return (
    <main id="noi-dung" className="auth-page">
      <h1>Không có quyền</h1>
      <p data-testid="needed">
        {needed ? (
          <>
            Trang này cần vai trò <strong>{ROLE_LABELS[needed]}</strong> trở lên (được {ROLE_DESCRIPTIONS[needed]}).
          </>
        ) : (
          "Tài khoản của bạn không có quyền mở trang này."
        )}
      </p>
      {viewer ? (
        <p>
          Bạn đang đăng nhập là <strong>{viewer.name}</strong>, vai trò <strong>{ROLE_LABELS[viewer.role]}</strong>. Nếu
          cần quyền cao hơn, hãy liên hệ quản trị viên của Sở.
        </p>
      ) : (
        <p>Bạn chưa đăng nhập, hoặc phiên đăng nhập đã hết.</p>
      )}
      <ul>
        <li>
          <Link href="/">Về trang Tổng quan</Link>
        </li>
        {viewer ? (
          <li>
            <form action={signOutAction}>
              <button type="submit">Đăng xuất để đăng nhập bằng tài khoản khác</button>
            </form>
          </li>
        ) : (
          <li>
            <Link href="/dang-nhap">Đăng nhập</Link>
          </li>
        )}
      </ul>
    </main>
  );
}
