import type { IncomingMessage, ServerResponse } from "node:http";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import type { ApiContext } from "./context";

export const MAX_BODY_BYTES = 1_000_000;

class BodyTooLarge extends Error {}

/** Read a request body, refusing more than MAX_BODY_BYTES before buffering it all. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, status: number, body: string, type = "application/json; charset=utf-8") {
  res.writeHead(status, { "content-type": type });
  res.end(body);
}

/**
 * Apollo's own integration API over node:http: no framework, one code path.
 * Apollo parses the JSON itself only when given an object, so the body is
 * parsed here, and a broken body is answered 400 as the GraphQL-over-HTTP spec asks.
 */
export function graphqlHandler(
  apollo: ApolloServer<ApiContext>,
  context: (req: IncomingMessage) => Promise<ApiContext>,
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
          return send(res, 413, JSON.stringify({ errors: [{ message: `Request body over ${MAX_BODY_BYTES} bytes` }] }));
        throw error;
      }
      const type = headers.get("content-type") ?? "";
      if (type.startsWith("application/json") || type.startsWith("application/graphql-response+json")) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(res, 400, JSON.stringify({ errors: [{ message: "Request body is not valid JSON" }] }));
        }
      } else {
        body = raw;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: () => context(req),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === "complete") {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };
}
