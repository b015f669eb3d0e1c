import type { IncomingHttpHeaders } from "node:http";
import { type Actor, type Db, eq, inArray, recordAudit, type Role, sql, tables } from "@cchc/db";
import { fromNodeHeaders } from "better-auth/node";
import type { SessionCheck } from "../../auth";
import type { Auth } from "./better-auth";

/** Failures before a lock, and for how long: per account (guessing one password) and per address (trying many). */
export const LOCKOUT = {
  windowMinutes: 15,
  lockMinutes: 15,
  perAccount: 5,
  perAddress: 20,
} as const;

export type SignInResult =
  | { ok: true; userId: string; name: string; role: Role; setCookie: string[] }
  | { ok: false; code: "LOCKED"; retryAfterSeconds: number; message: string }
  | { ok: false; code: "INVALID_CREDENTIALS"; message: string };

const keysFor = (username: string, address: string | null) => [
  `user:${username}`,
  ...(address ? [`addr:${address}`] : []),
];

/** Seconds until the longest lock on any of the keys ends, or 0. */
async function lockedFor(db: Db, keys: string[]): Promise<number> {
  const [row] = await db
    .select({
      seconds: sql<number>`coalesce(ceil(extract(epoch from max(${tables.signInFailures.lockedUntil}) - now())), 0)::int`,
    })
    .from(tables.signInFailures)
    .where(inArray(tables.signInFailures.key, keys));
  return Math.max(0, row?.seconds ?? 0);
}

/** Count a failure on each key; a key over its limit within the window is locked. */
async function countFailure(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) {
    const limit = key.startsWith("user:") ? LOCKOUT.perAccount : LOCKOUT.perAddress;
    await db.execute(sql`
      INSERT INTO sign_in_failures (key, failures, first_at) VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_failures.first_at < now() - make_interval(mins => ${LOCKOUT.windowMinutes})
                        THEN 1 ELSE sign_in_failures.failures + 1 END,
        first_at = CASE WHEN sign_in_failures.first_at < now() - make_interval(mins => ${LOCKOUT.windowMinutes})
                        THEN now() ELSE sign_in_failures.first_at END`);
    await db.execute(sql`
      UPDATE sign_in_failures SET locked_until = now() + make_interval(mins => ${LOCKOUT.lockMinutes})
      WHERE key = ${key} AND failures >= ${limit} AND (locked_until IS NULL OR locked_until < now())`);
  }
}

/** The audit event of one sign-in attempt: the person when known, else the name typed. */
const auditSignIn = (
  db: Db,
  actor: Actor,
  username: string,
  outcome: "ok" | "locked" | "failed",
  user?: { id: string; name: string },
) =>
  recordAudit(db, user ? { ...actor, name: user.name, userId: user.id } : { ...actor, name: username }, {
    operation: "signIn",
    entity: "session",
    ...(user ? { entityId: user.id } : {}),
    after: { username, outcome },
  });

/**
 * Sign a person in by username and password through better-auth, with
 * lockouts per account and per address, and an audit event either way. The
 * answer carries better-auth's Set-Cookie for the dashboard to pass on.
 */
export async function signIn(
  auth: Auth,
  db: Db,
  input: { username: string; password: string; userAgent?: string },
  actor: Actor,
): Promise<SignInResult> {
  const username = input.username.trim().toLowerCase().normalize("NFC");
  const keys = keysFor(username, actor.address ?? null);
  const locked = await lockedFor(db, keys);
  if (locked > 0) {
    await auditSignIn(db, actor, username, "locked");
    const minutes = Math.ceil(locked / 60);
    return {
      ok: false,
      code: "LOCKED",
      retryAfterSeconds: locked,
      message: `Đăng nhập sai quá nhiều lần; thử lại sau ${minutes} phút (LOCKED).`,
    };
  }
  try {
    const { headers, response } = await auth.api.signInUsername({
      body: { username, password: input.password },
      headers: new Headers({
        ...(actor.address ? { "x-forwarded-for": actor.address } : {}),
        ...(input.userAgent ? { "user-agent": input.userAgent.slice(0, 300) } : {}),
      }),
      returnHeaders: true,
    });
    const user = response?.user as { id: string; name: string; role?: Role } | undefined;
    if (!user) throw new Error("no user");
    await db.delete(tables.signInFailures).where(eq(tables.signInFailures.key, `user:${username}`));
    await auditSignIn(db, actor, username, "ok", user);
    return {
      ok: true,
      userId: user.id,
      name: user.name,
      role: user.role ?? "viewer",
      setCookie: headers.getSetCookie(),
    };
  } catch {
    // Wrong password, unknown user and disabled account answer alike: nothing to learn by guessing.
    await countFailure(db, keys);
    await auditSignIn(db, actor, username, "failed");
    return {
      ok: false,
      code: "INVALID_CREDENTIALS",
      message: "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đã bị khoá (INVALID_CREDENTIALS).",
    };
  }
}

/** End the session the request's cookie names (better-auth deletes it and clears the cookie). */
export async function signOut(auth: Auth, db: Db, headers: IncomingHttpHeaders, actor: Actor): Promise<string[]> {
  const h = fromNodeHeaders(headers);
  const session = await auth.api.getSession({ headers: h }).catch(() => null);
  const { headers: out } = await auth.api.signOut({ headers: h, returnHeaders: true });
  if (session)
    await recordAudit(
      db,
      { ...actor, name: session.user.name, userId: session.user.id },
      {
        operation: "signOut",
        entity: "session",
        entityId: session.user.id,
      },
    );
  return out.getSetCookie();
}

/**
 * The SessionCheck the API's requests use: a session cookie → the person, or
 * null (no session, expired, or the account disabled). Answers are remembered
 * for `seconds` per cookie value, like tokens, so a page's several requests
 * cost one lookup; disabling takes effect within that time.
 */
export function sessionCheck(auth: Auth, seconds: number): SessionCheck {
  const known = new Map<string, { person: Awaited<ReturnType<SessionCheck>>; until: number }>();
  return async (headers) => {
    const cookie = headers.cookie ?? "";
    if (!cookie.includes("session_token")) return null;
    const hit = known.get(cookie);
    if (hit && hit.until > Date.now()) return hit.person;
    const found = await auth.api.getSession({ headers: fromNodeHeaders(headers) }).catch(() => null);
    const user = found?.user as { id: string; name: string; role?: Role; banned?: boolean | null } | undefined;
    const person = user && !user.banned ? { userId: user.id, name: user.name, role: user.role ?? "viewer" } : null;
    if (known.size > 1000) known.clear();
    if (seconds > 0) known.set(cookie, { person, until: Date.now() + seconds * 1000 });
    return person;
  };
}
