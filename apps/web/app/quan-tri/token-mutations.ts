import { gql } from "../../lib/graphql/client";
import { CreateApiTokenDocument, RevokeApiTokenDocument } from "../../lib/graphql/generated/graphql";
import { ROLE_LABELS, toApiRole } from "../../lib/roles";
import type { Role } from "../../lib/session";
import type { FormState } from "./form-state";

/*
 * Making and revoking an API token, as both /quan-tri (any account's) and /tai-khoan (one's own) do it:
 * the same mutation, the same answer, the secret shown once. Who may do it is each action's runAction.
 */

/** A new token for `accountId` (null: the signed-in person's own), its secret in the answer. */
export async function createToken(accountId: string | null, name: string, role: Role): Promise<FormState> {
  const { createApiToken } = await gql(CreateApiTokenDocument, { accountId, name, role: toApiRole(role) });
  return {
    status: "ok",
    message: `Đã tạo mã truy cập “${createApiToken.token.name}” (${ROLE_LABELS[role]}).`,
    secret: { name: createApiToken.token.name, value: createApiToken.secret },
  };
}

export async function revokeToken(id: string): Promise<string> {
  await gql(RevokeApiTokenDocument, { id });
  return "Đã thu hồi mã truy cập.";
}
