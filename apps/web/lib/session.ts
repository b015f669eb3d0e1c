import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";

import { SESSION_COOKIES } from "./session-cookies";

export { SESSION_COOKIES };

export type Role = "viewer" | "analyst" | "editor" | "admin";
const RANK: Record<Role, number> = { viewer: 1, analyst: 2, editor: 3, admin: 4 };
export const roleAtLeast = (held: Role, needed: Role) => RANK[held] >= RANK[needed];

export interface SignedIn {
  id: string;
  name: string;
  role: Role;
}

/**
 * Headers that make an API call act as the person behind this request: their
 * session cookie (and nothing else of theirs) and their address, which the API
 * believes because it comes from this server on loopback. The web server holds
 * no token of its own.
 */
export async function identityHeaders(): Promise<Record<string, string>> {
  const jar = await cookies();
  const session = SESSION_COOKIES.map((name) => jar.get(name)).find((c) => c?.value);
  const incoming = await headers();
  // Next.js fills X-Forwarded-For with the socket's address when it is absent; a reverse proxy appends
  // the address it saw, so the last entry is the one no client could have written.
  const address = incoming.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "";
  return {
    // The API honours a session cookie only beside this header, which browsers cannot send cross-site.
    ...(session ? { cookie: `${session.name}=${session.value}`, "x-cchc-session": "1" } : {}),
    ...(address ? { "x-forwarded-for": address } : {}),
  };
}

/** The signed-in person, asked of the API once per request (null when signed out). */
export const currentViewer = cache(async (): Promise<SignedIn | null> => {
  const identity = await identityHeaders();
  if (!identity.cookie) return null;
  const res = await fetch(env.API_URL, {
    method: "POST",
    headers: { "content-type": "application/json", ...identity },
    body: JSON.stringify({ query: "{ viewer { id name role } }" }),
    cache: "no-store",
  }).catch(() => null);
  const body = (await res?.json().catch(() => null)) as { data?: { viewer: SignedIn | null } } | null;
  const viewer = body?.data?.viewer;
  return viewer ? { ...viewer, role: viewer.role.toLowerCase() as Role } : null;
});

/**
 * For pages: the signed-in person with at least `role`, or a redirect to the
 * sign-in page (coming back here afterwards). A person with too low a role
 * sees the "no right" page instead.
 */
export async function requirePage(role: Role, back: string): Promise<SignedIn> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/dang-nhap?next=${encodeURIComponent(back)}`);
  if (!roleAtLeast(viewer.role, role)) redirect(`/khong-co-quyen?can=${role}`);
  return viewer;
}

export class NotAllowed extends Error {}

/**
 * For server actions and route handlers: the signed-in person with at least
 * `role`, checked before anything else runs; otherwise NotAllowed (the caller
 * answers 401/403 or an error state, and nothing is written).
 */
export async function requireAction(role: Role): Promise<SignedIn> {
  const viewer = await currentViewer();
  if (!viewer) throw new NotAllowed("Phiên đăng nhập đã hết; hãy đăng nhập lại (UNAUTHENTICATED).");
  if (!roleAtLeast(viewer.role, role))
    throw new NotAllowed(`Tài khoản của bạn không có quyền làm việc này (cần quyền ${role}) (FORBIDDEN).`);
  return viewer;
}

/** For server actions that answer with an error state: the refusal's message, or null when `role` is held. */
export async function refusal(role: Role): Promise<string | null> {
  try {
    await requireAction(role);
    return null;
  } catch (e) {
    if (e instanceof NotAllowed) return e.message;
    throw e;
  }
}
