"use client";

import { AccountForm, useAccountForm } from "../quan-tri/account-form";
import { FormMessage, NewPasswordFields, Submit, TextField } from "../quan-tri/form-parts";
import { changePasswordAction } from "./actions";

/** Change one's own password: the current one, the new one twice. */
export function ChangePasswordForm() {
  const { state, run, pending, id } = useAccountForm(changePasswordAction);
  return (
    <AccountForm run={run} label="Đổi mật khẩu" testId="change-password">
      <TextField
        form={id}
        state={state}
        label="Mật khẩu hiện tại"
        name="current"
        type="password"
        autoComplete="current-password"
        maxLength={128}
      />
      <NewPasswordFields
        form={id}
        state={state}
        name="next"
        hint="Ít nhất 10 ký tự; nên dùng một cụm từ dài, dễ nhớ với bạn và khác mật khẩu cũ."
      />
      <FormMessage state={state} />
      <Submit pending={pending} busy="Đang đổi…">
        Đổi mật khẩu
      </Submit>
    </AccountForm>
  );
}
