import { env } from "../../../env";
import { apiBase } from "../../../lib/graphql/client";

/**
 * /tai-xuong/<operation>.<csv|xlsx>?… — downloads through the dashboard's own
 * origin: the API's address is internal to the server, and the token (when
 * reads need one) stays on the server.
 */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!/^[a-z-]+\.(csv|xlsx)$/.test(file)) return new Response("Không có tệp này.", { status: 404 });
  const upstream = await fetch(`${apiBase()}/export/${file}${new URL(request.url).search}`, {
    headers: env.WEB_API_TOKEN ? { authorization: `Bearer ${env.WEB_API_TOKEN}` } : {},
    cache: "no-store",
  });
  const headers = new Headers();
  for (const h of ["content-type", "content-disposition"]) {
    const v = upstream.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
