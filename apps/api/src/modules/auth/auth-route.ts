import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@cchc/db";
import { GraphQLError } from "graphql";
import { actorOf } from "../../auth";
import { requestInfo } from "../../context";
import type { Auth } from "./better-auth";
import { signIn, signOut } from "./sign-in.service";
import { completeSetup } from "./users.service";

const MAX_AUTH_BODY = 16 * 1024;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string | string[]> = {}) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
};

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_AUTH_BODY) return null;
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    return value && typeof value === "object" ? value : null;
  } catch {
    return null;
  }
}

const text = (v: unknown) => (typeof v === "string" ? v : "");

/**
 * The dashboard's server talks to these (JSON, POST only):
 * - /auth/sign-in {username, password} → 200 with better-auth's Set-Cookie, 401, or 429 + Retry-After;
 * - /auth/sign-out (with the session cookie) → 200 and a clearing Set-Cookie;
 * - /auth/setup {code, username, name, password} → creates the first admin with the one-time code.
 * Sessions are better-auth's; the API reads them back from the cookie on every request.
 */
export function authHandler(db: Db, auth: Auth) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== "POST") return json(res, 405, { error: "Chỉ nhận POST (METHOD_NOT_ALLOWED)" });
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      return json(res, 415, { error: "Cần nội dung JSON (UNSUPPORTED_MEDIA_TYPE)", code: "UNSUPPORTED_MEDIA_TYPE" });
    const actor = actorOf({ kind: "anonymous" }, requestInfo(req));
    if (url.pathname === "/auth/sign-out") {
      const cookies = await signOut(auth, db, req.headers, actor);
      return json(res, 200, { ok: true }, { "set-cookie": cookies });
    }
    const body = await readJson(req);
    if (!body)
      return json(res, 400, { error: "Nội dung không hợp lệ hoặc quá lớn (BAD_REQUEST)", code: "BAD_REQUEST" });
    if (url.pathname === "/auth/sign-in") {
      const username = text(body.username);
      const password = text(body.password);
      if (!username || !password || username.length > 64 || password.length > 256)
        return json(res, 400, { error: "Cần tên đăng nhập và mật khẩu (BAD_USER_INPUT)", code: "BAD_USER_INPUT" });
      const result = await signIn(auth, db, { username, password, userAgent: req.headers["user-agent"] }, actor);
      if (result.ok)
        return json(
          res,
          200,
          { ok: true, user: { id: result.userId, name: result.name, role: result.role } },
          { "set-cookie": result.setCookie },
        );
      if (result.code === "LOCKED")
        return json(
          res,
          429,
          { error: result.message, code: result.code },
          { "retry-after": String(result.retryAfterSeconds) },
        );
      return json(res, 401, { error: result.message, code: result.code });
    }
    if (url.pathname === "/auth/setup") {
      try {
        const user = await completeSetup(db, actor, text(body.code), {
          username: text(body.username),
          name: text(body.name),
          password: text(body.password),
        });
        return json(res, 201, { ok: true, user: { id: user.id, name: user.name, role: user.role } });
      } catch (error) {
        if (error instanceof GraphQLError) return json(res, 400, { error: error.message, code: error.extensions.code });
        throw error;
      }
    }
    return json(res, 404, { error: "Không có đường dẫn này (NOT_FOUND)", code: "NOT_FOUND" });
  };
}
