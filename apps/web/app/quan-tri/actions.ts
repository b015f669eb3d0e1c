"use server";

import { gql } from "../../lib/graphql/client";
import {
  CreateAccountDocument,
  ResetAccountPasswordDocument,
  SetAccountDisabledDocument,
  SetAccountRoleDocument,
} from "../../lib/graphql/generated/graphql";
import { ROLE_LABELS, toApiRole } from "../../lib/roles";
import type { FormState } from "./form-state";
import { runAction } from "./run-action";
import { createToken, revokeToken } from "./token-mutations";
import { disabledChange, newAccount, newToken, passwordReset, revoke, roleChange } from "./schemas";

/*
 * The admin's account actions (/quan-tri). Each: the session holds the admin
 * role (checked first, in runAction), the form passes its zod schema, then
 * one mutation (schemas.ts); the API checks the role again and answers in Vietnamese.
 */

const PATHS = ["/quan-tri"];

export async function createAccountAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction(
    { role: "admin", schema: newAccount, form, paths: PATHS, keep: ["username", "name", "role"] },
    async (input) => {
      await gql(CreateAccountDocument, { input: { ...input, role: toApiRole(input.role) } });
      return `Đã tạo tài khoản “${input.username}” (${input.name}) với vai trò ${ROLE_LABELS[input.role]}. Hãy báo mật khẩu ban đầu cho người dùng qua kênh an toàn.`;
    },
  );
}

export async function setRoleAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: roleChange, form, paths: PATHS }, async ({ id, role }) => {
    await gql(SetAccountRoleDocument, { id, role: toApiRole(role) });
    return `Đã đổi vai trò thành ${ROLE_LABELS[role]}.`;
  });
}

export async function setDisabledAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: disabledChange, form, paths: PATHS }, async ({ id, disabled }) => {
    await gql(SetAccountDisabledDocument, { id, disabled: disabled === "true" });
    return disabled === "true"
      ? "Đã khoá tài khoản: các phiên đăng nhập đã kết thúc và mã truy cập của tài khoản ngừng hoạt động."
      : "Đã mở khoá tài khoản.";
  });
}

export async function resetPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: passwordReset, form, paths: PATHS }, async ({ id, password }) => {
    await gql(ResetAccountPasswordDocument, { id, password });
    return "Đã đặt mật khẩu mới; các phiên đăng nhập của người này đã kết thúc. Hãy báo mật khẩu qua kênh an toàn.";
  });
}

export async function createTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction(
    { role: "admin", schema: newToken, form, paths: PATHS, keep: ["name", "role"] },
    ({ accountId, name, role }) => createToken(accountId, name, role),
  );
}

export async function revokeTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "admin", schema: revoke, form, paths: PATHS }, ({ id }) => revokeToken(id));
}
