import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "@cchc/db";
import { GraphQLError } from "graphql";
import { type Identify, requireRole, viewerName } from "./auth";
import { UploadRefused, type Uploads } from "./uploads";

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
export function uploadHandler(db: Db, identify: Identify, uploads: Uploads) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== "POST") return json(res, 405, { error: "POST the file's bytes to /uploads?name=<file name>" });
    const name = url.searchParams.get("name");
    if (!name) return json(res, 400, { error: "query parameter name (the file name) is required" });
    try {
      const viewer = await identify(req);
      requireRole(viewer, "editor");
      if (viewer.kind !== "user") throw new Error("an editor is a signed-in user");
      return json(res, 201, await uploads.save(req, name, { userId: viewer.userId, name: viewerName(viewer) }));
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = error.extensions.code as string;
        return json(res, code === "FORBIDDEN" ? 403 : 401, { error: error.message, code });
      }
      if (error instanceof UploadRefused) {
        // The rest of a refused body is not read: close the connection once the answer is sent.
        res.setHeader("connection", "close");
        return json(res, error.status, { error: error.message, code: error.code });
      }
      throw error;
    }
  };
}
