"use client";

import { useActionState, useId, useState } from "react";
import { AccountForm, useAccountForm } from "./account-form";
import styles from "./admin.module.css";
import { ChoiceField, FormMessage, Submit, TextField } from "./form-parts";
import { type FormAction, type FormState, IDLE } from "./form-state";

/**
 * Make an API token: a name and a role (offered up to the account's own).
 * The secret comes back once and is shown in a marked box until dismissed;
 * it is never shown again. `action` is /quan-tri's (any account, with
 * `accountId`) or /tai-khoan's (one's own).
 */
export function TokenForm({
  action,
  accountId,
  roleOptions,
  owner,
}: {
  action: FormAction;
  accountId?: string;
  roleOptions: readonly { value: string; label: string }[];
  /** Whose token, for the form's accessible name. */
  owner: string;
}) {
  // The previous state (which may hold the last secret) is not sent back to the server with the next submission.
  const { state, run, pending, id } = useAccountForm((_previous: FormState, form: FormData) => action(IDLE, form));
  return (
    <>
      <AccountForm run={run} label={`Tạo mã truy cập — ${owner}`} testId="token-form">
        {accountId && <input type="hidden" name="accountId" value={accountId} />}
        <TextField
          form={id}
          state={state}
          label="Tên mã truy cập"
          name="name"
          autoComplete="off"
          maxLength={200}
          hint="Để biết mã dùng vào việc gì, ví dụ: “Báo cáo tự động hằng tháng”."
        />
        <ChoiceField
          form={id}
          state={state}
          label="Quyền của mã"
          name="role"
          options={roleOptions}
          defaultValue={roleOptions[0]?.value ?? "viewer"}
          hint="Không cao hơn vai trò của tài khoản; nên chọn quyền thấp nhất đủ dùng."
        />
        <FormMessage state={state} />
        <Submit pending={pending} busy="Đang tạo…">
          Tạo mã truy cập
        </Submit>
      </AccountForm>
      {state.status === "ok" && state.secret && <SecretBox key={state.secret.value} {...state.secret} />}
    </>
  );
}

/** The new token's secret, shown this once, with a warning, a copy button and a way to hide it. */
function SecretBox({ name, value }: { name: string; value: string }) {
  const [hidden, setHidden] = useState(false);
  const [copied, setCopied] = useState<"" | "ok" | "fail">("");
  const id = useId();
  if (hidden) return <p className={styles.hint}>Đã ẩn mã “{name}”. Mã này không xem lại được nữa.</p>;
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => setCopied("ok"),
      () => setCopied("fail"),
    );
  return (
    <section className={styles.secret} aria-labelledby={`${id}-h`} data-testid="token-secret">
      <p id={`${id}-h`}>
        <strong>⚠ Mã truy cập “{name}” — chỉ hiện MỘT LẦN này</strong>
      </p>
      <p>
        Hãy sao chép và cất mã vào nơi an toàn ngay bây giờ. Hệ thống không lưu mã này: sau khi tải lại hoặc rời trang
        sẽ không ai xem lại được. Nếu làm mất, hãy thu hồi mã và tạo mã mới.
      </p>
      <label>
        Mã bí mật
        <input
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          autoComplete="off"
          spellCheck={false}
          data-testid="token-secret-value"
        />
      </label>
      <p className={styles.hint}>
        Dùng trong tiêu đề yêu cầu: <code>Authorization: Bearer {"<mã bí mật>"}</code>
      </p>
      <div className={styles.row}>
        <button type="button" onClick={copy}>
          Sao chép mã
        </button>
        <button type="button" className={styles.secondary} onClick={() => setHidden(true)}>
          Tôi đã lưu mã, ẩn đi
        </button>
      </div>
      <p aria-live="polite" className={copied === "fail" ? styles.error : styles.ok}>
        {copied === "ok"
          ? "Đã sao chép mã vào bộ nhớ tạm."
          : copied === "fail"
            ? "Không sao chép được; hãy chọn mã và sao chép thủ công."
            : ""}
      </p>
    </section>
  );
}

/** Revoke one token (it stops working at once; this cannot be undone). */
export function RevokeForm({ action, tokenId, name }: { action: FormAction; tokenId: string; name: string }) {
  const [state, run, pending] = useActionState(action, IDLE);
  return (
    <form action={run} aria-label={`Thu hồi mã truy cập “${name}”`} data-testid="revoke-form">
      <input type="hidden" name="id" value={tokenId} />
      <Submit pending={pending} busy="Đang thu hồi…" secondary label={`Thu hồi mã truy cập “${name}”`}>
        Thu hồi
      </Submit>
      <FormMessage state={state} />
    </form>
  );
}
