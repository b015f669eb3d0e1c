"use server";

import { gql } from "../../lib/graphql/client";
import { ChangePasswordDocument } from "../../lib/graphql/generated/graphql";
import type { FormState } from "../quan-tri/form-state";
import { runAction } from "../quan-tri/run-action";
import { ownToken, passwordChange, revoke } from "../quan-tri/schemas";
import { createToken, revokeToken } from "../quan-tri/token-mutations";

/*
 * The signed-in person's own account (/tai-khoan): change their password,
 * make and revoke their own API tokens. Any role; the session is checked
 * first, the form by zod, and the API checks again.
 */

const PATHS = ["/tai-khoan"];

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: passwordChange, form, paths: PATHS }, async ({ current, next }) => {
    await gql(ChangePasswordDocument, { current, next });
    return "Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.";
  });
}

export async function createMyTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: ownToken, form, paths: PATHS, keep: ["name", "role"] }, ({ name, role }) =>
    createToken(null, name, role),
  );
}

export async function revokeMyTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: revoke, form, paths: PATHS }, ({ id }) => revokeToken(id));
}
