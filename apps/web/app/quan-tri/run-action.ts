import { revalidatePath } from "next/cache";
import { z } from "zod";
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

// Fields the account forms share; every message names its field.

/** Trimmed, NFC, within `max` characters. */
export const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: cần nhập.` })
    .trim()
    .transform((s) => s.normalize("NFC"))
    .pipe(z.string().min(1, `${label}: cần nhập.`).max(max, `${label}: tối đa ${max} ký tự.`));

/** A new password: 10 to 128 characters, as the API requires. */
export const newPassword = (label: string) =>
  z
    .string({ error: `${label}: cần nhập.` })
    .min(10, `${label}: cần ít nhất 10 ký tự.`)
    .max(128, `${label}: tối đa 128 ký tự.`);

/** An account's id (a UUID; service accounts: svc-<UUID>). */
export const accountId = z
  .string({ error: "Thiếu tài khoản (id)." })
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "Tài khoản không hợp lệ (id).");

/** A token's id (database serial). */
export const tokenId = z
  .string({ error: "Thiếu mã truy cập (id)." })
  .regex(/^\d{1,9}$/, "Mã truy cập không hợp lệ (id).");

/** One of the four roles, lower case. */
export const roleField = z.enum(["viewer", "analyst", "editor", "admin"], { error: "Vai trò: hãy chọn một vai trò." });
