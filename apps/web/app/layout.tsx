import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { env } from "../env";
import { SiteNav } from "../components/ui/site-nav";
import { currentViewer, type Role, roleAtLeast } from "../lib/session";
import { signOutAction } from "./dang-nhap/actions";
import "./globals.css";

/** Each page names itself first ("PAPI — Nghệ An 2024 · Chỉ số CCHC"): tabs and history stay tellable apart. */
export const metadata: Metadata = {
  title: { template: "%s · Chỉ số CCHC", default: "Chỉ số CCHC — Sở KH&CN Nghệ An" },
  description: "Kết quả các chỉ số PAR INDEX, SIPAS, PAPI, PCI và hoạt động tuyên truyền cải cách hành chính",
};

/** The pages, and the least role that may open each (the API enforces the same on every operation). */
const NAV = [
  { href: "/", label: "Tổng quan", role: "viewer" },
  { href: "/chi-so/PAPI", label: "Chỉ số", role: "viewer" },
  { href: "/chien-dich", label: "Chiến dịch & chỉ số", role: "viewer" },
  { href: "/so-sanh", label: "So sánh", role: "viewer" },
  { href: "/hoat-dong", label: "Hoạt động", role: "viewer" },
  { href: "/theo-doi", label: "Theo dõi kế hoạch", role: "viewer" },
  { href: "/bao-cao", label: "Báo cáo năm", role: "viewer" },
  { href: "/ve-so-lieu", label: "Về số liệu", role: "viewer" },
  { href: "/nhap-du-lieu", label: "Nhập dữ liệu", role: "editor" },
  { href: "/graphiql", label: "GraphiQL", role: "analyst" },
  { href: "/nhat-ky", label: "Nhật ký thay đổi", role: "admin" },
  { href: "/quan-tri", label: "Quản trị", role: "admin" },
] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  // Without a session only an anonymous-read deployment shows the reading pages.
  const role: Role | null = viewer?.role ?? (env.ANONYMOUS_READ ? "viewer" : null);
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="site">
          <div className="site-brand">
            {/* The site's name is not a heading: each page's own h1 says what it shows. */}
            <p className="site-title">
              <Link href="/">Tuyên truyền CCHC và các chỉ số</Link>
            </p>
            <p className="site-org">Sở Khoa học và Công nghệ tỉnh Nghệ An</p>
          </div>
          <SiteNav
            items={role ? NAV.filter((i) => roleAtLeast(role, i.role)).map(({ href, label }) => ({ href, label })) : []}
          >
            {viewer ? (
              <form action={signOutAction} className="site-user">
                <Link href="/tai-khoan">{viewer.name}</Link>
                <button type="submit">Đăng xuất</button>
              </form>
            ) : (
              <p className="site-user">
                <Link href="/dang-nhap">Đăng nhập</Link>
              </p>
            )}
          </SiteNav>
          <noscript>
            <style>
              {
                "@media (max-width: 767.98px){.site-menu{display:block !important}.menu-button{display:none !important}}"
              }
            </style>
          </noscript>
        </header>
        {children}
      </body>
    </html>
  );
}
