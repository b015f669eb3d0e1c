import { type NextRequest, NextResponse } from "next/server";
import { env } from "./env";
import { SESSION_COOKIES } from "./lib/session-cookies";

/** Pages and actions a person without a session may use: signing in and the first admin's set-up. */
const OPEN_PATHS = ["/dang-nhap", "/thiet-lap"];
const isOpen = (path: string) => OPEN_PATHS.some((p) => path === p || path.startsWith(`${p}/`));

/** Content-Security-Policy with this response's nonce: only our own scripts run, nothing frames us. */
function csp(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Chart.js and React set inline style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

function secure(response: NextResponse, policy: string): NextResponse {
  response.headers.set("Content-Security-Policy", policy);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  return response;
}

/**
 * Runs before every request to the dashboard:
 * - refuses a Host header it was not configured for (DNS rebinding);
 * - without a session cookie, sends page views to the sign-in page (unless
 *   ANONYMOUS_READ) and refuses every other method with 401 — server actions
 *   and route handlers check the session and role again themselves;
 * - sets the security headers, with a fresh CSP nonce that Next.js puts on its scripts.
 */
export function proxy(request: NextRequest) {
  const host = (request.headers.get("host") ?? "").toLowerCase();
  if (!env.WEB_ALLOWED_HOSTS.includes(host))
    return new NextResponse(`Tên máy chủ “${host.slice(0, 100)}” không được phép (MISDIRECTED_REQUEST).`, {
      status: 421,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = csp(nonce);
  const path = request.nextUrl.pathname;
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.get(name)?.value);
  const reading = request.method === "GET" || request.method === "HEAD";
  if (!signedIn && !isOpen(path)) {
    if (!reading)
      return secure(
        new NextResponse("Cần đăng nhập (UNAUTHENTICATED).", {
          status: 401,
          headers: { "content-type": "text/plain; charset=utf-8" },
        }),
        policy,
      );
    if (!env.ANONYMOUS_READ) {
      const to = new URL("/dang-nhap", request.url);
      to.searchParams.set("next", `${path}${request.nextUrl.search}`);
      return secure(NextResponse.redirect(to, 303), policy);
    }
  }
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", policy);
  return secure(NextResponse.next({ request: { headers } }), policy);
}

export const config = {
  // Static build files and the icon need none of this.
  matcher: ["/((?!_next/static|_next/image|icon.svg).*)"],
};
