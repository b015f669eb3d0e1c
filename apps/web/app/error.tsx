"use client";

import Link from "next/link";

/**
 * Any page that fails (the API down, an unexpected answer): a plain message
 * and a way to try again. Never the error's text, stack or a path — in
 * production Next.js sends only a digest, which is shown so the Office can
 * quote it and an administrator can find the line in the server's log.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <main id="noi-dung" className="auth-page">
      <title>Có lỗi xảy ra · Chỉ số CCHC</title>
      <h1>Không tải được trang</h1>
      <p>
        Máy chủ số liệu chưa trả lời hoặc đã gặp lỗi. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên của Sở
        {digest ? (
          <>
            {" "}
            kèm mã lỗi <code>{digest}</code>
          </>
        ) : null}
        .
      </p>
      <p>
        <button type="button" onClick={() => retry()}>
          Thử lại
        </button>{" "}
        <Link href="/">Về trang Tổng quan</Link>
      </p>
    </main>
  );
}
