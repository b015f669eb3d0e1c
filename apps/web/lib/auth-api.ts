import { cookies } from "next/headers";
import { env } from "../env";
import { apiBase } from "./graphql/client";
import { identityHeaders } from "./session";

export type AuthAnswer = { ok: true } | { ok: false; message: string };

/**
 * Pass better-auth's Set-Cookie on to the browser under this origin: the
 * session cookie keeps its name, value, lifetime and flags (httpOnly,
 * SameSite=Lax, Secure behind https) as the API set them.
 */
async function relayCookies(setCookie: string[]) {
  const jar = await cookies();
  for (const line of setCookie) {
    const [pair = "", ...attrs] = line.split(";").map((p) => p.trim());
    const eq = pair.indexOf("=");
    if (eq < 1) continue;
    const name = pair.slice(0, eq);
    const value = decodeURIComponent(pair.slice(eq + 1));
    const attr = (key: string) => attrs.find((a) => a.toLowerCase().startsWith(`${key}=`))?.split("=")[1];
    const maxAge = Number(attr("max-age"));
    if (!value || maxAge === 0) {
      jar.delete(name);
      continue;
    }
    jar.set(name, value, {
      httpOnly: true,
      sameSite: "lax",
      secure: name.startsWith("__Secure-") || attrs.some((a) => a.toLowerCase() === "secure"),
      path: "/",
      ...(Number.isFinite(maxAge) ? { maxAge } : {}),
    });
  }
}

/** POST JSON to one of the API's /auth/* routes as this request's person. */
async function post(path: string, body: unknown) {
  const res = await fetch(`${apiBase()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(await identityHeaders()) },
    body: JSON.stringify(body),
    cache: "no-store",
  });
  const answer = (await res.json().catch(() => null)) as { error?: string } | null;
  return { res, answer };
}

export async function signInWithPassword(username: string, password: string): Promise<AuthAnswer> {
  const { res, answer } = await post("/auth/sign-in", { username, password });
  if (!res.ok) return { ok: false, message: answer?.error ?? `Không đăng nhập được (HTTP ${res.status}).` };
  await relayCookies(res.headers.getSetCookie());
  return { ok: true };
}

export async function signOutHere(): Promise<void> {
  const { res } = await post("/auth/sign-out", {});
  await relayCookies(res.headers.getSetCookie());
  const jar = await cookies();
  for (const c of jar.getAll()) if (c.name.endsWith("cchc.session_token")) jar.delete(c.name);
}

export async function completeFirstSetup(input: {
  code: string;
  username: string;
  name: string;
  password: string;
}): Promise<AuthAnswer> {
  const { res, answer } = await post("/auth/setup", input);
  if (!res.ok) return { ok: false, message: answer?.error ?? `Không thiết lập được (HTTP ${res.status}).` };
  return signInWithPassword(input.username, input.password);
}

/** A same-site path to return to after signing in; anything else goes to the overview. */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?![/\\])[\w\-./?=&%]*$/.test(next) ? next : "/";
}

export const anonymousReadAllowed = () => env.ANONYMOUS_READ;
