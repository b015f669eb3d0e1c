"use server";

import { z } from "zod";
import { gql } from "../../lib/graphql/client";
import {
  CreateAccountDocument,
  CreateApiTokenDocument,
  ResetAccountPasswordDocument,
  RevokeApiTokenDocument,
  SetAccountDisabledDocument,
  SetAccountRoleDocument,
} from "../../lib/graphql/generated/graphql";
import { ROLE_LABELS, toApiRole } from "../../lib/roles";
import type { FormState } from "./form-state";
import { accountId, newPassword, roleField, runAction, text, tokenId } from "./run-action";

/*
 * The admin's account actions (/quan-tri). Each: the session holds the admin
 * role (checked first, in runAction), the form passes its zod schema, then
 * one mutation; the API checks the role again and answers in Vietnamese.
 */

const PATHS = ["/quan-tri"];

const newAccount = z.object({
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

export async function createAccountAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction(
    { role: "admin", schema: newAccount, form, paths: PATHS, keep: ["username", "name", "role"] },
    async (input) => {
      await gql(CreateAccountDocument, { input: { ...input, role: toApiRole(input.role) } });
      return `Đã tạo tài khoản “${input.username}” (${input.name}) với vai trò ${ROLE_LABELS[input.role]}. Hãy báo mật khẩu ban đầu cho người dùng qua kênh an toàn.`;
    },
  );
}

const roleChange = z.object({ id: accountId, role: roleField });

export async function setRoleAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: roleChange, form, paths: PATHS }, async ({ id, role }) => {
    await gql(SetAccountRoleDocument, { id, role: toApiRole(role) });
    return `Đã đổi vai trò thành ${ROLE_LABELS[role]}.`;
  });
}

const disabledChange = z.object({
  id: accountId,
  disabled: z.enum(["true", "false"], { error: "Thiếu trạng thái khoá (disabled)." }),
});

export async function setDisabledAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: disabledChange, form, paths: PATHS }, async ({ id, disabled }) => {
    await gql(SetAccountDisabledDocument, { id, disabled: disabled === "true" });
    return disabled === "true"
      ? "Đã khoá tài khoản: các phiên đăng nhập đã kết thúc và mã truy cập của tài khoản ngừng hoạt động."
      : "Đã mở khoá tài khoản.";
  });
}

const passwordReset = z
  .object({
    id: accountId,
    password: newPassword("Mật khẩu mới"),
    repeat: z.string({ error: "Nhập lại mật khẩu: cần nhập." }),
  })
  .refine((v) => v.password === v.repeat, {
    path: ["repeat"],
    message: "Nhập lại mật khẩu: không khớp với mật khẩu mới.",
  });

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: passwordReset, form, paths: PATHS }, async ({ id, password }) => {
    await gql(ResetAccountPasswordDocument, { id, password });
    return "Đã đặt mật khẩu mới; các phiên đăng nhập của người này đã kết thúc. Hãy báo mật khẩu qua kênh an toàn.";
  });
}

const newToken = z.object({ accountId, name: text("Tên mã truy cập", 200), role: roleField });

export async function createTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction(
    { role: "admin", schema: newToken, form, paths: PATHS, keep: ["name", "role"] },
    async ({ accountId, name, role }) => {
      const { createApiToken } = await gql(CreateApiTokenDocument, { accountId, name, role: toApiRole(role) });
      return {
        status: "ok",
        message: `Đã tạo mã truy cập “${createApiToken.token.name}” (${ROLE_LABELS[role]}).`,
        secret: { name: createApiToken.token.name, value: createApiToken.secret },
      };
    },
  );
}

const revoke = z.object({ id: tokenId });

export async function revokeTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: revoke, form, paths: PATHS }, async ({ id }) => {
    await gql(RevokeApiTokenDocument, { id });
    return "Đã thu hồi mã truy cập.";
  });
}
