"use client";

/**
 * When even the layout fails (the header asks the API who is signed in):
 * a whole document of its own, in Vietnamese, with a retry and Next's digest
 * only — never the error's text, stack or a path.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <html lang="vi">
      <body
        style={{ fontFamily: '"Segoe UI", Roboto, "Noto Sans", Arial, sans-serif', margin: "2rem", color: "#1d2330" }}
      >
        <title>Có lỗi xảy ra · Chỉ số CCHC</title>
        <main id="noi-dung" style={{ maxWidth: "28rem" }}>
          <h1 style={{ fontSize: "1.3rem" }}>Không tải được trang</h1>
          <p>
            Bảng điều khiển chưa kết nối được máy chủ số liệu. Hãy thử lại sau ít phút; nếu vẫn lỗi, báo quản trị viên
            của Sở{digest ? ` kèm mã lỗi ${digest}` : ""}.
          </p>
          <p>
            <button
              type="button"
              onClick={() => retry()}
              style={{ font: "inherit", padding: "0.35rem 0.9rem", color: "#fff", background: "#8f1d17", border: 0 }}
            >
              Thử lại
            </button>{" "}
            <a href="/">Về trang Tổng quan</a>
          </p>
        </main>
      </body>
    </html>
  );
}
