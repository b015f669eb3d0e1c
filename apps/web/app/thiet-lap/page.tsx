import type { Metadata } from "next";
import { SetupForm } from "./setup-form";

export const metadata: Metadata = { title: "Thiết lập ban đầu" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<{ ma?: string }> }) {
  const code = (await searchParams).ma ?? "";
  return (
    <main id="noi-dung" className="auth-page">
      <h1>Thiết lập ban đầu</h1>
      <p>
        Tạo tài khoản quản trị đầu tiên bằng đường dẫn một lần mà <code>npm start</code> in ra (hiệu lực 24 giờ). Sau đó
        quản trị viên tạo tài khoản cho lãnh đạo và Văn phòng ở trang Quản trị.
      </p>
      {code ? <SetupForm code={code} /> : <p role="alert">Đường dẫn thiếu mã thiết lập (?ma=…).</p>}
    </main>
  );
}
