import { env } from "../../../env";
import { apiBase } from "../../../lib/graphql/client";

const FILE = /^[a-z-]+\.(csv|xlsx|docx)$/;

/**
 * /tai-xuong/<operation>.<csv|xlsx>?… and /tai-xuong/report.docx — downloads
 * through the dashboard's own origin: the API's address is internal to the
 * server, and the token (when reads need one) stays on the server. POST
 * passes a JSON body on (the report's edited paragraphs).
 */
async function proxy(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!FILE.test(file)) return new Response("Không có tệp này.", { status: 404 });
  const post = request.method === "POST";
  const upstream = await fetch(`${apiBase()}/export/${file}${new URL(request.url).search}`, {
    method: request.method,
    headers: {
      ...(env.WEB_API_TOKEN ? { authorization: `Bearer ${env.WEB_API_TOKEN}` } : {}),
      ...(post ? { "content-type": "application/json" } : {}),
    },
    body: post ? await request.text() : undefined,
    cache: "no-store",
  });
  const headers = new Headers();
  for (const h of ["content-type", "content-disposition"]) {
    const v = upstream.headers.get(h);
    if (v) headers.set(h, v);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}

export { proxy as GET, proxy as POST };
