import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@cchc/db";
import { GraphQLError } from "graphql";
import { requireRole, type TokenCheck, viewerFrom, viewerName } from "./auth";
import { UploadTooLarge, type Uploads } from "./uploads";

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
};

/**
 * POST /uploads?name=<file name>, body = the file's bytes, editor token.
 * Answers { id, size } for previewImport / commitImport. A raw body (not
 * multipart) keeps it simple and, with the required Authorization header, is
 * not something a cross-site form can send.
 */
export function uploadHandler(db: Db, check: TokenCheck, uploads: Uploads) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== "POST") return json(res, 405, { error: "POST the file's bytes to /uploads?name=<file name>" });
    const name = url.searchParams.get("name");
    if (!name) return json(res, 400, { error: "query parameter name (the file name) is required" });
    try {
      const viewer = await viewerFrom(check, req.headers);
      requireRole(viewer, "editor");
      return json(res, 201, await uploads.save(req, name, viewerName(viewer)));
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = error.extensions.code as string;
        return json(res, code === "FORBIDDEN" ? 403 : 401, { error: error.message, code });
      }
      if (error instanceof UploadTooLarge) return json(res, 413, { error: error.message });
      throw error;
    }
  };
}
