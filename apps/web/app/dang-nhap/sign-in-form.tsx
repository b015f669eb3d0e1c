"use client";

import { useActionState } from "react";
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
      {state.message ? (
        <p role="alert" className="form-error">
          {state.message}
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
