import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Actor, Db } from "@cchc/db";
import { actorOf, type RequestInfo, type SessionCheck, type TokenCheck, type Viewer, viewerFrom } from "./auth";
import { createLoaders, type Loaders } from "./loaders";
import type { Catalogue } from "./modules/indices/catalogue";
import type { SubjectDirectory } from "./modules/indices/subject-names";
import type { Uploads } from "./uploads";

export type { Viewer };

/** Built fresh for every request: loaders must not cache across users or writes. */
export interface ApiContext {
  db: Db;
  loaders: Loaders;
  viewer: Viewer;
  uploads: Uploads;
  /** Every subject's names and region, kept per server (checked against data_versions on use). */
  subjects: SubjectDirectory;
  /** The indices and their components, kept per server (checked against data_versions on use). */
  catalogue: Catalogue;
  /** The request's id (x-request-id, or a new one) and the client's address, for logs and the audit trail. */
  request: RequestInfo;
  /** Who this request's writes are recorded as. */
  actor: Actor;
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/**
 * The request's id and client address. X-Forwarded-For is believed only from
 * a loopback peer (the dashboard's server on this machine, or a reverse proxy
 * on it); from anywhere else it could be forged, and the socket's address counts.
 */
export function requestInfo(req: IncomingMessage): RequestInfo {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
  const peer = req.socket.remoteAddress ?? null;
  const forwarded = req.headers["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]!.trim() : "";
  const address = peer && LOOPBACK.has(peer) && /^[\d.:a-fA-F]{2,45}$/.test(first) ? first : peer;
  return { id, address };
}

/** What every request of one server shares. */
export interface Shared {
  uploads: Uploads;
  subjects: SubjectDirectory;
  catalogue: Catalogue;
}

export async function createContext(
  db: Db,
  { uploads, subjects, catalogue }: Shared,
  check: TokenCheck,
  req: IncomingMessage,
  sessions?: SessionCheck,
): Promise<ApiContext> {
  const viewer = await viewerFrom(check, req.headers, sessions);
  const request = requestInfo(req);
  return {
    db,
    loaders: createLoaders(db),
    viewer,
    uploads,
    subjects,
    catalogue,
    request,
    actor: actorOf(viewer, request),
  };
}
