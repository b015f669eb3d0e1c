import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { GraphQLRequestError } from "../../lib/graphql/client";
import { NotAllowed, type Role, requireAction, type SignedIn } from "../../lib/session";
import type { FormState } from "./form-state";

/**
 * The order every account action follows: the session and role first
 * (NotAllowed becomes an error state, nothing is sent), then the form through
 * its zod schema (a problem per named field, in Vietnamese), then the API;
 * on success the pages are revalidated. Fields named in `keep` are echoed
 * back after an error so the person need not type them again.
 */
export async function runAction<T>(
  options: {
    role: Role;
    /** The form's schema, or one made for the signed-in person (e.g. a role not above theirs). */
    schema: z.ZodType<T> | ((viewer: SignedIn) => z.ZodType<T>);
    form: FormData;
    paths: string[];
    keep?: string[];
  },
  call: (input: T, viewer: SignedIn) => Promise<string | FormState>,
): Promise<FormState> {
  const { role, schema, form, paths, keep = [] } = options;
  let viewer: SignedIn;
  try {
    viewer = await requireAction(role);
  } catch (e) {
    if (e instanceof NotAllowed) return { status: "error", message: e.message };
    throw e;
  }
  const values = Object.fromEntries(keep.map((k) => [k, String(form.get(k) ?? "")]));
  const parsed = (typeof schema === "function" ? schema(viewer) : schema).safeParse(Object.fromEntries(form));
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0] ?? "");
      if (name && !fields[name]) fields[name] = issue.message;
    }
    return {
      status: "error",
      message: `Chưa lưu được: ${[...new Set(parsed.error.issues.map((i) => i.message))].join(" ")}`,
      fields,
      values,
    };
  }
  let result: string | FormState;
  try {
    result = await call(parsed.data, viewer);
  } catch (e) {
    return { ...apiError(e), values };
  }
  for (const path of paths) revalidatePath(path);
  return typeof result === "string" ? { status: "ok", message: result } : result;
}

/** The API's own message (Vietnamese, code in brackets), tied to its field when it names one. */
function apiError(e: unknown): Extract<FormState, { status: "error" }> {
  if (!(e instanceof GraphQLRequestError))
    return { status: "error", message: "Không kết nối được với máy chủ dữ liệu; vui lòng thử lại sau ít phút." };
  const first = e.errors[0];
  if (first?.extensions?.code === "NOT_FOUND")
    return {
      status: "error",
      message: "Không tìm thấy tài khoản hoặc mã truy cập này (có thể đã bị thu hồi); hãy tải lại trang (NOT_FOUND).",
    };
  const field = first?.extensions?.field;
  return {
    status: "error",
    message: e.message,
    ...(typeof field === "string" ? { fields: { [field]: first!.message } } : {}),
  };
}
