"use client";

import { useActionState, useId } from "react";
import { useHydrated } from "../../lib/use-hydrated";
import styles from "../quan-tri/admin.module.css";
import { FormMessage, NewPasswordFields, Submit, TextField } from "../quan-tri/form-parts";
import { IDLE } from "../quan-tri/form-state";
import { changePasswordAction } from "./actions";

/** Change one's own password: the current one, the new one twice. */
export function ChangePasswordForm() {
  const [state, run, pending] = useActionState(changePasswordAction, IDLE);
  const id = useId();
  const hydrated = useHydrated() || undefined;
  return (
    <form
      action={run}
      className={styles.stack}
      aria-label="Đổi mật khẩu"
      data-testid="change-password"
      data-hydrated={hydrated}
    >
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
    </form>
  );
}
