import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Chỉ số CCHC — Sở KH&CN Nghệ An",
  description: "Kết quả các chỉ số PAR INDEX, SIPAS, PAPI, PCI và hoạt động tuyên truyền cải cách hành chính",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <header className="site">
          <h1>Tuyên truyền cải cách hành chính và các chỉ số</h1>
          <p>Sở Khoa học và Công nghệ tỉnh Nghệ An</p>
          <nav className="site-nav" aria-label="Trang">
            <Link href="/">Tổng quan</Link>
            <Link href="/chi-so/PAPI">Chỉ số</Link>
            <Link href="/chien-dich">Chiến dịch &amp; chỉ số</Link>
            <Link href="/so-sanh">So sánh</Link>
            <Link href="/hoat-dong">Hoạt động</Link>
            <Link href="/theo-doi">Theo dõi kế hoạch</Link>
            <Link href="/bao-cao">Báo cáo năm</Link>
            <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>
            <Link href="/graphiql">GraphiQL</Link>
          </nav>
        </header>
        {children}
      </body>
    </html>
  );
}
