"use server";

import { gql } from "../../lib/graphql/client";
import {
  ChangePasswordDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from "../../lib/graphql/generated/graphql";
import { ROLE_LABELS, toApiRole } from "../../lib/roles";
import type { FormState } from "../quan-tri/form-state";
import { runAction } from "../quan-tri/run-action";
import { ownToken, passwordChange, revoke } from "../quan-tri/schemas";

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
  return runAction(
    { role: "viewer", schema: ownToken, form, paths: PATHS, keep: ["name", "role"] },
    async ({ name, role }) => {
      const { createApiToken } = await gql(CreateApiTokenDocument, { accountId: null, name, role: toApiRole(role) });
      return {
        status: "ok",
        message: `Đã tạo mã truy cập “${createApiToken.token.name}” (${ROLE_LABELS[role]}).`,
        secret: { name: createApiToken.token.name, value: createApiToken.secret },
      };
    },
  );
}

export async function revokeMyTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: revoke, form, paths: PATHS }, async ({ id }) => {
    await gql(RevokeApiTokenDocument, { id });
    return "Đã thu hồi mã truy cập.";
  });
}
