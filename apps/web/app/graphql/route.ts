import { env } from "../../env";

/**
 * /graphql on the dashboard's origin, for GraphiQL in the browser. Forwards
 * the caller's own Authorization header and nothing else of the server's:
 * the web server's editor token must never lend its rights to a browser.
 */
export async function POST(request: Request) {
  const headers: Record<string, string> = { "content-type": request.headers.get("content-type") ?? "application/json" };
  for (const h of ["accept", "authorization"]) {
    const v = request.headers.get(h);
    if (v) headers[h] = v;
  }
  const upstream = await fetch(env.API_URL, { method: "POST", headers, body: await request.text(), cache: "no-store" });
  return new Response(upstream.body, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json" },
  });
}
