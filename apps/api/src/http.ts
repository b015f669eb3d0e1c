import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { ApiContext } from "./context";
import { ErrorCode, MESSAGES } from "./errors";

export const MAX_BODY_BYTES = 1_000_000;

export class BodyTooLarge extends Error {
  constructor(readonly max: number) {
    super(MESSAGES.PAYLOAD_TOO_LARGE(max));
  }
}

/** Read a request body, refusing more than `max` bytes (a Content-Length over it at once) before buffering it all. */
export async function readBody(req: IncomingMessage, max = MAX_BODY_BYTES): Promise<string> {
  if (Number(req.headers["content-length"] ?? 0) > max) throw new BodyTooLarge(max);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new BodyTooLarge(max);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** A JSON error answer in the GraphQL shape: `{ errors: [{ message, extensions: { code } }] }`. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  if (res.headersSent || res.destroyed) return void res.end();
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

export interface GraphqlLimits {
  /** Answer 504 TIMEOUT when Apollo has not answered within this many ms (the work is abandoned). */
  requestTimeoutMs: number;
  /** Answer 500 RESPONSE_TOO_LARGE instead of sending a body over this many bytes. */
  maxResponseBytes: number;
}

/**
 * Apollo's own integration API over node:http: no framework, one code path.
 * Apollo parses the JSON itself only when given an object, so the body is
 * parsed here, and a broken body is answered 400 as the GraphQL-over-HTTP spec asks.
 *
 * The request is abandoned when the client goes away (nothing is written) or
 * when `requestTimeoutMs` is up (504): what is still running finishes in the
 * background, bounded by the database's statement_timeout, and its answer is dropped.
 */
export function graphqlHandler(
  apollo: ApolloServer<ApiContext>,
  context: (req: IncomingMessage) => Promise<ApiContext>,
  limits: GraphqlLimits,
) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    let body: unknown;
    if (req.method === "POST") {
      let raw: string;
      try {
        raw = await readBody(req);
      } catch (error) {
        if (error instanceof BodyTooLarge)
          return sendError(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, error.message, { connection: "close" });
        throw error;
      }
      const type = headers.get("content-type") ?? "";
      if (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendError(res, 400, "BAD_REQUEST", "Nội dung gửi lên không phải JSON hợp lệ (BAD_REQUEST)");
        }
      } else {
        body = raw;
      }
    }
    let timer: NodeJS.Timeout | undefined;
    let onClose: (() => void) | undefined;
    const abandoned = new Promise<"timeout" | "gone">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), limits.requestTimeoutMs);
      onClose = () => {
        if (!res.writableFinished) resolve("gone");
      };
      res.once("close", onClose);
    });
    const work = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => context(req),
    });
    let result: Awaited<typeof work> | "timeout" | "gone";
    try {
      result = await Promise.race([work, abandoned]);
    } finally {
      clearTimeout(timer);
      if (onClose) res.off("close", onClose);
    }
    if (result === "gone") {
      work.catch(() => {});
      return;
    }
    if (result === "timeout") {
      work.catch(() => {});
      return sendError(res, 504, ErrorCode.TIMEOUT, MESSAGES.TIMEOUT);
    }
    if (result.body.kind === "complete") {
      const text = result.body.string;
      // A UTF-8 byte is at most 3 per UTF-16 unit: count bytes only when it could be over.
      if (text.length * 3 > limits.maxResponseBytes && Buffer.byteLength(text) > limits.maxResponseBytes)
        return sendError(res, 500, ErrorCode.RESPONSE_TOO_LARGE, MESSAGES.RESPONSE_TOO_LARGE(limits.maxResponseBytes));
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      res.end(text);
      return;
    }
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
