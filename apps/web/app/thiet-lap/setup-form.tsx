"use client";

import { useActionState } from "react";
import { AuthFormFooter } from "../../components/ui/auth-form-footer";
import { type SetupState, setupAction } from "./actions";

export function SetupForm({ code }: { code: string }) {
  const [state, action, pending] = useActionState<SetupState, FormData>(setupAction, {});
  return (
    <form action={action} className="auth-form">
      <input type="hidden" name="code" value={code} />
      <label>
        Tên đăng nhập
        <input name="username" autoComplete="username" required minLength={3} maxLength={64} autoCapitalize="none" />
      </label>
      <label>
        Họ tên
        <input name="name" autoComplete="name" required maxLength={200} />
      </label>
      <label>
        Mật khẩu (ít nhất 10 ký tự)
        <input name="password" type="password" autoComplete="new-password" required minLength={10} maxLength={128} />
      </label>
      <label>
        Nhập lại mật khẩu
        <input name="repeat" type="password" autoComplete="new-password" required minLength={10} maxLength={128} />
      </label>
      <AuthFormFooter message={state.message} pending={pending} busy="Đang tạo…" label="Tạo tài khoản quản trị" />
    </form>
  );
}
