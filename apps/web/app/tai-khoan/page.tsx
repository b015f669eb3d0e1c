import type { Metadata } from "next";
import Link from "next/link";
import { gql } from "../../lib/graphql/client";
import { MyAccountDocument } from "../../lib/graphql/generated/graphql";
import { ROLE_DESCRIPTIONS, ROLE_LABELS, roleOptionsUpTo } from "../../lib/roles";
import { requirePage } from "../../lib/session";
import styles from "../quan-tri/admin.module.css";
import { TokenForm } from "../quan-tri/token-forms";
import { TokensTable } from "../quan-tri/tokens-table";
import { createMyTokenAction, revokeMyTokenAction } from "./actions";
import { ChangePasswordForm } from "./password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tài khoản của tôi" };

/** Anyone signed in: who they are, their password, their own API tokens. */
export default async function MyAccountPage() {
  const me = await requirePage("viewer", "/tai-khoan");
  const { myApiTokens } = await gql(MyAccountDocument, {});

  return (
    <main id="noi-dung">
      <h1>Tài khoản của tôi</h1>
      <dl className={styles.facts} data-testid="me">
        <dt>Họ và tên</dt>
        <dd>{me.name}</dd>
        <dt>Vai trò</dt>
        <dd>
          {ROLE_LABELS[me.role]} — được {ROLE_DESCRIPTIONS[me.role]}.
        </dd>
      </dl>
      {me.role === "admin" && (
        <p>
          Quản lý tài khoản của mọi người: <Link href="/quan-tri">Quản trị tài khoản</Link>.
        </p>
      )}

      <section aria-labelledby="doi-mat-khau" className="panel">
        <h3 id="doi-mat-khau">Đổi mật khẩu</h3>
        <ChangePasswordForm />
      </section>

      <section aria-labelledby="ma-truy-cap">
        <h3 id="ma-truy-cap">Mã truy cập API của tôi</h3>
        <p className="note">
          Mã truy cập cho phép một chương trình (bảng tính, báo cáo tự động) đọc hoặc ghi số liệu thay bạn qua API. Mã
          không thể có quyền cao hơn vai trò của bạn, và ngừng hoạt động khi bị thu hồi hoặc khi tài khoản bị khoá.
        </p>
        <TokensTable
          tokens={myApiTokens}
          caption="Mã truy cập của tôi"
          revoke={revokeMyTokenAction}
          testId="my-tokens"
        />
        <div className={`panel ${styles.spaced}`}>
          <h4>Tạo mã truy cập mới</h4>
          <TokenForm action={createMyTokenAction} owner={me.name} roleOptions={roleOptionsUpTo(me.role)} />
        </div>
      </section>
    </main>
  );
}
