import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

/** Unknown addresses, and pages that call notFound() (an unknown index, a plan that does not exist). */
export default function NotFound() {
  return (
    <main id="noi-dung" className="auth-page">
      <h1>Không tìm thấy trang</h1>
      <p>Địa chỉ này không có trong bảng điều khiển, hoặc nội dung đã bị xoá. Kiểm tra lại đường dẫn.</p>
      <ul>
        <li>
          <Link href="/">Về trang Tổng quan</Link>
        </li>
        <li>
          <Link href="/chi-so/PAPI">Xem các chỉ số</Link>
        </li>
      </ul>
    </main>
  );
}
