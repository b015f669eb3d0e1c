import { z } from "zod";
import { ROLE_LABELS, ROLES, roleCovers } from "../../lib/roles";
import type { Role } from "../../lib/session";

/*
 * What the account forms (/quan-tri, /tai-khoan) send, checked before any
 * call to the API. Every message names its field in Vietnamese; the API
 * checks the same rules again.
 */

/** Trimmed, NFC, 1 to `max` characters. */
const text = (label: string, max: number) =>
  z
    .string({ error: `${label}: cần nhập.` })
    .trim()
    .transform((s) => s.normalize("NFC"))
    .pipe(z.string().min(1, `${label}: cần nhập.`).max(max, `${label}: tối đa ${max} ký tự.`));

/** A new password: 10 to 128 characters, as the API requires. */
const newPassword = (label: string) =>
  z
    .string({ error: `${label}: cần nhập.` })
    .min(10, `${label}: cần ít nhất 10 ký tự.`)
    .max(128, `${label}: tối đa 128 ký tự.`);

/** An account's id (a UUID; service accounts: svc-<UUID>). */
const accountId = z
  .string({ error: "Thiếu tài khoản (id)." })
  .regex(/^[A-Za-z0-9_.:-]{1,100}$/, "Tài khoản không hợp lệ (id).");

/** A token's id (database serial). */
const tokenId = z.string({ error: "Thiếu mã truy cập (id)." }).regex(/^\d{1,9}$/, "Mã truy cập không hợp lệ (id).");

/** One of the four roles, lower case. */
const roleField = z.enum(ROLES, { error: "Vai trò: hãy chọn một vai trò." });

// /quan-tri (admins)

export const newAccount = z.object({
  username: z
    .string({ error: "Tên đăng nhập: cần nhập." })
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9._-]{3,64}$/,
      "Tên đăng nhập: 3–64 ký tự gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.",
    ),
  name: text("Họ và tên", 200),
  password: newPassword("Mật khẩu ban đầu"),
  role: roleField,
});

export const roleChange = z.object({ id: accountId, role: roleField });

export const disabledChange = z.object({
  id: accountId,
  disabled: z.enum(["true", "false"], { error: "Thiếu trạng thái khoá (disabled)." }),
});

export const passwordReset = z
  .object({
    id: accountId,
    password: newPassword("Mật khẩu mới"),
    repeat: z.string({ error: "Nhập lại mật khẩu: cần nhập." }),
  })
  .refine((v) => v.password === v.repeat, {
    path: ["repeat"],
    message: "Nhập lại mật khẩu: không khớp với mật khẩu mới.",
  });

export const newToken = z.object({ accountId, name: text("Tên mã truy cập", 200), role: roleField });

export const revoke = z.object({ id: tokenId });

// /tai-khoan (anyone signed in)

export const passwordChange = z
  .object({
    current: z
      .string({ error: "Mật khẩu hiện tại: cần nhập." })
      .min(1, "Mật khẩu hiện tại: cần nhập.")
      .max(128, "Mật khẩu hiện tại: tối đa 128 ký tự."),
    next: newPassword("Mật khẩu mới"),
    repeat: z.string({ error: "Nhập lại mật khẩu mới: cần nhập." }),
  })
  .refine((v) => v.next === v.repeat, {
    path: ["repeat"],
    message: "Nhập lại mật khẩu mới: không khớp với mật khẩu mới.",
  })
  .refine((v) => v.next !== v.current, {
    path: ["next"],
    message: "Mật khẩu mới: cần khác mật khẩu hiện tại.",
  });

/** A token for oneself, with a role not above one's own. */
export const ownToken = (viewer: { role: Role }) =>
  z.object({
    name: text("Tên mã truy cập", 200),
    role: roleField.refine((r) => roleCovers(viewer.role, r), {
      message: `Quyền của mã: không thể cao hơn vai trò của bạn (${ROLE_LABELS[viewer.role]}).`,
    }),
  });
