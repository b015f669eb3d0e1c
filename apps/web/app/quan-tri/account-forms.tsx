"use client";

import { ROLE_LABELS, ROLE_OPTIONS } from "../../lib/roles";
import type { Role } from "../../lib/session";
import { createAccountAction, resetPasswordAction, setDisabledAction, setRoleAction } from "./actions";
import { AccountForm, useAccountForm } from "./account-form";
import styles from "./admin.module.css";
import { ChoiceField, FormMessage, NewPasswordFields, Submit, TextField } from "./form-parts";

/** A new person's account: username, full name, initial password and role. */
export function NewAccountForm() {
  const { state, run, pending, id } = useAccountForm(createAccountAction);
  return (
    <AccountForm run={run} label="Tạo tài khoản" testId="new-account">
      <TextField
        form={id}
        state={state}
        label="Tên đăng nhập"
        name="username"
        autoComplete="off"
        minLength={3}
        maxLength={64}
        hint="3–64 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (ví dụ: nguyen.van.a)."
      />
      <TextField form={id} state={state} label="Họ và tên" name="name" autoComplete="off" maxLength={200} />
      <TextField
        form={id}
        state={state}
        label="Mật khẩu ban đầu"
        name="password"
        type="password"
        autoComplete="new-password"
        minLength={10}
        maxLength={128}
        hint="Ít nhất 10 ký tự. Người dùng nên đổi mật khẩu ở trang “Tài khoản của tôi” sau lần đăng nhập đầu."
      />
      <ChoiceField form={id} state={state} label="Vai trò" name="role" options={ROLE_OPTIONS} defaultValue="viewer" />
      <FormMessage state={state} />
      <Submit pending={pending} busy="Đang tạo…">
        Tạo tài khoản
      </Submit>
    </AccountForm>
  );
}

/** Change an account's role: choose, then press the button (nothing happens on change alone). */
export function RoleForm({ accountId, name, role }: { accountId: string; name: string; role: Role }) {
  const { state, run, pending, id } = useAccountForm(setRoleAction);
  return (
    <AccountForm run={run} label={`Đổi vai trò — ${name}`} testId="role-form">
      <input type="hidden" name="id" value={accountId} />
      <ChoiceField
        form={id}
        state={state}
        label="Vai trò"
        name="role"
        options={ROLE_OPTIONS}
        defaultValue={role}
        hint={`Hiện tại: ${ROLE_LABELS[role]}.`}
      />
      <FormMessage state={state} />
      <Submit pending={pending} busy="Đang lưu…">
        Lưu vai trò
      </Submit>
    </AccountForm>
  );
}

/** Disable (sessions end, tokens stop) or re-enable an account. */
export function DisabledForm({ accountId, name, disabled }: { accountId: string; name: string; disabled: boolean }) {
  const { state, run, pending } = useAccountForm(setDisabledAction);
  return (
    <AccountForm run={run} label={`Khoá hoặc mở khoá — ${name}`} testId="disabled-form">
      <input type="hidden" name="id" value={accountId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <p className={styles.hint}>
        {disabled
          ? "Tài khoản đang bị khoá: không đăng nhập được, mã truy cập không dùng được."
          : "Khoá tài khoản sẽ kết thúc ngay các phiên đăng nhập và làm mọi mã truy cập của tài khoản ngừng hoạt động."}
      </p>
      <FormMessage state={state} />
      <Submit pending={pending} busy="Đang lưu…" secondary={!disabled}>
        {disabled ? "Mở khoá tài khoản" : "Khoá tài khoản"}
      </Submit>
    </AccountForm>
  );
}

/** An admin sets a new password for a person; their sessions end. */
export function PasswordForm({ accountId, name }: { accountId: string; name: string }) {
  const { state, run, pending, id } = useAccountForm(resetPasswordAction);
  return (
    <AccountForm run={run} label={`Đặt mật khẩu mới — ${name}`} testId="password-form">
      <input type="hidden" name="id" value={accountId} />
      <NewPasswordFields
        form={id}
        state={state}
        name="password"
        hint="Ít nhất 10 ký tự; các phiên đăng nhập của người này sẽ kết thúc."
      />
      <FormMessage state={state} />
      <Submit pending={pending} busy="Đang lưu…">
        Đặt mật khẩu mới
      </Submit>
    </AccountForm>
  );
}
