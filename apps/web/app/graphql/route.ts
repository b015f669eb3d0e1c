import { env } from "../../env";
import { identityHeaders } from "../../lib/session";

const MAX_BODY_BYTES = 1_000_000;

/**
 * /graphql on the dashboard's origin, for GraphiQL in the browser. An
 * Authorization header the person typed (their API token) is passed on;
 * without one the request acts as the signed-in person (their session).
 * The proxy has already refused requests without a session, so nobody
 * reaches the API through here anonymously.
 */
export async function POST(request: Request) {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES)
    return Response.json({ errors: [{ message: "Yêu cầu quá lớn (PAYLOAD_TOO_LARGE)" }] }, { status: 413 });
  const headers: Record<string, string> = { "content-type": request.headers.get("content-type") ?? "application/json" };
  const accept = request.headers.get("accept");
  if (accept) headers.accept = accept;
  const authorization = request.headers.get("authorization");
  if (authorization) headers.authorization = authorization;
  else Object.assign(headers, await identityHeaders());
  const body = await request.text();
  if (body.length > MAX_BODY_BYTES)
    return Response.json({ errors: [{ message: "Yêu cầu quá lớn (PAYLOAD_TOO_LARGE)" }] }, { status: 413 });
  const upstream = await fetch(env.API_URL, { method: "POST", headers, body, cache: "no-store" });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
  });
}
