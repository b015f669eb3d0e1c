"use client";

import { useActionState } from "react";
import { AuthFormFooter } from "../../components/ui/auth-form-footer";
import { type SignInState, signInAction } from "./actions";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="auth-form">
      <input type="hidden" name="next" value={next} />
      <label>
        Tên đăng nhập
        <input
          name="username"
          autoComplete="username"
          required
          maxLength={64}
          autoCapitalize="none"
          key={state.username ?? ""}
          defaultValue={state.username ?? ""}
        />
      </label>
      <label>
        Mật khẩu
        <input name="password" type="password" autoComplete="current-password" required maxLength={256} />
      </label>
      <AuthFormFooter message={state.message} pending={pending} busy="Đang đăng nhập…" label="Đăng nhập" />
    </form>
  );
}
