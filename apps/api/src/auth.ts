import type { IncomingHttpHeaders } from "node:http";
import { type Actor, type Db, type Role, roleAtLeast, verifyToken } from "@cchc/db";
import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors";

/**
 * Who is calling: a person (signed in with a session cookie, or through an API
 * token that belongs to their account or to a service account), or anonymous
 * (allowed to read only when the deployment says so).
 */
export type Viewer =
  | {
      kind: "user";
      userId: string;
      /** The person's or service account's display name. */
      name: string;
      role: Role;
      /** Set when the request came with an API token instead of a session. */
      token?: { id: number; name: string };
    }
  | { kind: "anonymous" };

/** The request a viewer's writes are traced to in the audit trail. */
export interface RequestInfo {
  id: string;
  address: string | null;
}

type Holder = NonNullable<Awaited<ReturnType<typeof verifyToken>>>;
/** Looks a bearer token up: its holder, or null when unknown, revoked or its account disabled. */
export type TokenCheck = (token: string) => Promise<Holder | null>;

/** Who sent a request (token or session), for the routes outside GraphQL. */
export type Identify = (req: { headers: IncomingHttpHeaders }) => Promise<Viewer>;

/** A signed-in person from a request's session cookie, or null. Provided by the auth module (better-auth). */
export type SessionCheck = (
  headers: IncomingHttpHeaders,
) => Promise<{ userId: string; name: string; role: Role } | null>;

/**
 * Token lookups remembered for a few seconds, so a client's requests do not
 * each pay a round trip to api_tokens; a revocation therefore takes effect
 * within that time (TOKEN_CACHE_SECONDS, 0 turns the cache off). Unknown
 * tokens are not remembered.
 */
export function tokenCheck(db: Db, seconds: number): TokenCheck {
  if (seconds <= 0) return (token) => verifyToken(db, token);
  const known = new Map<string, { holder: Holder; until: number }>();
  return async (token) => {
    const hit = known.get(token);
    if (hit && hit.until > Date.now()) return hit.holder;
    const holder = await verifyToken(db, token);
    if (known.size > 1000) known.clear();
    if (holder) known.set(token, { holder, until: Date.now() + seconds * 1000 });
    else known.delete(token);
    return holder;
  };
}

const unauthenticated = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });

/**
 * Resolve who is calling: an Authorization header wins over a session cookie.
 * A token that is present but unknown or revoked is an error even for reads: a
 * client with a dead token should learn it at once, not silently get anonymous data.
 */
export async function viewerFrom(
  check: TokenCheck,
  headers: IncomingHttpHeaders,
  sessions?: SessionCheck,
): Promise<Viewer> {
  const authorization = headers.authorization;
  if (authorization) {
    const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!m) throw unauthenticated("Mã truy cập phải có dạng “Bearer <mã>” (UNAUTHENTICATED)");
    const token = await check(m[1]!);
    if (!token) throw unauthenticated("Mã truy cập không tồn tại hoặc đã bị thu hồi (UNAUTHENTICATED)");
    return {
      kind: "user",
      userId: token.userId,
      name: token.userName,
      role: token.role,
      token: { id: token.id, name: token.name },
    };
  }
  // A session cookie counts only with the dashboard's own header: a browser cannot add it to a
  // cross-site form or image request (it would need a CORS preflight the API never grants), so
  // another page on this machine cannot spend the person's session.
  const person = headers.cookie && headers[SESSION_HEADER] && sessions ? await sessions(headers) : null;
  return person ? { kind: "user", ...person } : { kind: "anonymous" };
}

/** The header the dashboard's server sends with a person's session cookie (see viewerFrom). */
export const SESSION_HEADER = "x-cchc-session";

/** Throw unless the viewer holds at least `role`. The one role check of the API. */
export function requireRole(viewer: Viewer, role: Role): asserts viewer is Extract<Viewer, { kind: "user" }> {
  if (viewer.kind === "anonymous") throw unauthenticated(`Cần đăng nhập với quyền ${role} (UNAUTHENTICATED)`);
  if (!roleAtLeast(viewer.role, role))
    throw new GraphQLError(`Tài khoản có quyền ${viewer.role}; việc này cần quyền ${role} (FORBIDDEN)`, {
      extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } },
    });
}

type Resolve = (parent: unknown, args: unknown, context: { viewer: Viewer }, info: unknown) => unknown;

/**
 * Resolvers that run only for a viewer holding at least `role`: the role is
 * written once, beside the fields it guards
 * (`Mutation: requiring<MutationResolvers>("editor", {…})`), and checked by
 * requireRole before each of them runs.
 */
export function requiring<T extends object>(role: Role, resolvers: T): T {
  const guarded: Record<string, Resolve> = {};
  for (const [field, resolve] of Object.entries(resolvers) as [string, Resolve][])
    guarded[field] = (parent, args, context, info) => {
      requireRole(context.viewer, role);
      return resolve(parent, args, context, info);
    };
  return guarded as T;
}

export const viewerName = (v: Viewer) =>
  v.kind === "anonymous" ? "anonymous" : v.token ? `${v.name} (token ${v.token.id})` : v.name;

/** Who a write is recorded as: the person or token, and the request it came with. */
export function actorOf(viewer: Viewer, request?: RequestInfo): Actor {
  return {
    name: viewerName(viewer),
    userId: viewer.kind === "user" ? viewer.userId : null,
    tokenId: viewer.kind === "user" ? (viewer.token?.id ?? null) : null,
    requestId: request?.id ?? null,
    address: request?.address ?? null,
  };
}
