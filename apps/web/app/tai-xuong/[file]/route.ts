import { env } from "../../../env";
import { apiBase } from "../../../lib/graphql/client";
import { currentViewer, identityHeaders } from "../../../lib/session";

const FILE = /^[a-z-]+\.(csv|xlsx|docx)$/;
/** The report's edited paragraphs are the only body this route passes on. */
const MAX_BODY_BYTES = 256 * 1024;

const refuse = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** Read at most `limit` bytes of a body, whatever Content-Length claims; null when it is longer. */
async function boundedText(request: Request, limit: number): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * /tai-xuong/<operation>.<csv|xlsx>?… and /tai-xuong/report.docx — downloads
 * through the dashboard's own origin, as the signed-in person (reads need a
 * session unless ANONYMOUS_READ). POST passes a small JSON body on (the
 * report's edited paragraphs).
 */
async function proxy(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!FILE.test(file)) return refuse(404, "Không có tệp này.");
  if (!env.ANONYMOUS_READ && !(await currentViewer()))
    return refuse(401, "Cần đăng nhập để tải tệp (UNAUTHENTICATED).");
  const post = request.method === "POST";
  const body = post ? await boundedText(request, MAX_BODY_BYTES) : undefined;
  if (body === null)
    return refuse(413, `Nội dung gửi lên quá lớn (tối đa ${MAX_BODY_BYTES / 1024} KB) (PAYLOAD_TOO_LARGE).`);
  const upstream = await fetch(`${apiBase()}/export/${file}${new URL(request.url).search}`, {
    method: request.method,
    headers: { ...(await identityHeaders()), ...(post ? { "content-type": "application/json" } : {}) },
    body,
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
