"use server";

import { z } from "zod";
import { gql } from "../../lib/graphql/client";
import {
  ChangePasswordDocument,
  CreateApiTokenDocument,
  RevokeApiTokenDocument,
} from "../../lib/graphql/generated/graphql";
import { ROLE_LABELS, roleCovers, toApiRole } from "../../lib/roles";
import type { SignedIn } from "../../lib/session";
import type { FormState } from "../quan-tri/form-state";
import { newPassword, roleField, runAction, text, tokenId } from "../quan-tri/run-action";

/*
 * The signed-in person's own account (/tai-khoan): change their password,
 * make and revoke their own API tokens. Any role; the session is checked
 * first, the form by zod, and the API checks again.
 */

const PATHS = ["/tai-khoan"];

const passwordChange = z
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

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: passwordChange, form, paths: PATHS }, async ({ current, next }) => {
    await gql(ChangePasswordDocument, { current, next });
    return "Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.";
  });
}

/** A token for oneself, with a role not above one's own. */
const ownToken = (viewer: SignedIn) =>
  z.object({
    name: text("Tên mã truy cập", 200),
    role: roleField.refine((r) => roleCovers(viewer.role, r), {
      message: `Quyền của mã: không thể cao hơn vai trò của bạn (${ROLE_LABELS[viewer.role]}).`,
    }),
  });

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

const revoke = z.object({ id: tokenId });

export async function revokeMyTokenAction(_: FormState, form: FormData): Promise<FormState> {
  return runAction({ role: "viewer", schema: revoke, form, paths: PATHS }, async ({ id }) => {
    await gql(RevokeApiTokenDocument, { id });
    return "Đã thu hồi mã truy cập.";
  });
}
