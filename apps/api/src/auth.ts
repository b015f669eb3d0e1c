import { type Db, type Role, verifyToken } from "@cchc/db";
import { GraphQLError } from "graphql";
import { ErrorCode } from "./errors";

/** Who is calling: a token's holder, or anonymous (allowed to read when the deployment says so). */
export type Viewer = { kind: "token"; id: number; name: string; role: Role } | { kind: "anonymous" };

const RANK: Record<Role, number> = { viewer: 1, analyst: 2, editor: 3, admin: 4 };

type Holder = NonNullable<Awaited<ReturnType<typeof verifyToken>>>;
/** Looks a bearer token up: its holder, or null when unknown or revoked. */
export type TokenCheck = (token: string) => Promise<Holder | null>;

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

/**
 * Resolve the Authorization header. A token that is present but unknown or
 * revoked is an error even for reads: a client with a dead token should learn
 * it at once, not silently get anonymous data.
 */
export async function viewerFrom(check: TokenCheck, authorization: string | undefined): Promise<Viewer> {
  if (!authorization) return { kind: "anonymous" };
  const m = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!m)
    throw new GraphQLError("Authorization must be “Bearer <token>”", {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  const token = await check(m[1]!);
  if (!token)
    throw new GraphQLError("Unknown or revoked API token", {
      extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
    });
  return { kind: "token", ...token };
}

/** Throw unless the viewer holds at least `role`. */
export function requireRole(viewer: Viewer, role: Role): asserts viewer is Extract<Viewer, { kind: "token" }> {
  if (viewer.kind === "anonymous")
    throw new GraphQLError(`This needs an API token with the ${role} role`, {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  if (RANK[viewer.role] < RANK[role])
    throw new GraphQLError(`Your token has the ${viewer.role} role; this needs ${role}`, {
      extensions: { code: ErrorCode.FORBIDDEN },
    });
}

export const viewerName = (v: Viewer) => (v.kind === "token" ? `${v.name} (token ${v.id})` : "anonymous");
