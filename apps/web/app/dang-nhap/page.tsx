import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeNext } from "../../lib/auth-api";
import { currentViewer } from "../../lib/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Đăng nhập" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNext((await searchParams).next);
  if (await currentViewer()) redirect(next);
  return (
    <main id="noi-dung" className="auth-page">
      <h1>Đăng nhập</h1>
      <p>Dùng tài khoản do quản trị viên của Sở cấp. Sau 5 lần sai liên tiếp, tài khoản tạm khoá 15 phút.</p>
      <SignInForm next={next} />
    </main>
  );
}
