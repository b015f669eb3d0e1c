import type { Metadata } from "next";
import Link from "next/link";
import { gql } from "../../lib/graphql/client";
import { AccountsDocument, type AccountsQuery } from "../../lib/graphql/generated/graphql";
import { parseRole, ROLE_DESCRIPTIONS, ROLE_LABELS, roleOptionsUpTo } from "../../lib/roles";
import { one, type SearchParams } from "../../lib/params";
import { requirePage } from "../../lib/session";
import { AdminTable } from "./admin-table";
import { DisabledForm, NewAccountForm, PasswordForm, RoleForm } from "./account-forms";
import { createTokenAction, revokeTokenAction } from "./actions";
import styles from "./admin.module.css";
import { formatDay } from "@cchc/schema/format";
import { TokenForm } from "./token-forms";
import { TokensTable } from "./tokens-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Quản trị tài khoản" };

type Account = AccountsQuery["accounts"][number];

const anchor = (a: Account) => `tk-${a.id}`;
const activeTokens = (a: Account) => a.tokens.filter((t) => !t.revokedAt);

/** Admins: every account and its tokens; create accounts, change roles, disable, reset passwords, manage tokens. */
export default async function AccountsAdminPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requirePage("admin", "/quan-tri");
  // ?tk=<account id>: that account's panel opens (the "Quản lý" links; works without JavaScript).
  const chosen = one(await searchParams, "tk");
  const { accounts } = await gql(AccountsDocument, {});

  return (
    <main id="noi-dung">
      <h1>Quản trị tài khoản</h1>
      <p className="note">
        Tài khoản người dùng đăng nhập bằng tên và mật khẩu; tài khoản dịch vụ không đăng nhập được, chỉ giữ mã truy cập
        API. Mỗi mã truy cập thuộc một tài khoản và không có quyền cao hơn tài khoản đó. Mọi thay đổi được ghi vào nhật
        ký. Mật khẩu của chính bạn: <Link href="/tai-khoan">Tài khoản của tôi</Link>.
      </p>
      <ul className="note">
        {Object.entries(ROLE_LABELS).map(([role, label]) => (
          <li key={role}>
            <strong>{label}</strong>: {ROLE_DESCRIPTIONS[role as keyof typeof ROLE_DESCRIPTIONS]}.
          </li>
        ))}
      </ul>

      <section aria-labelledby="ds-tai-khoan">
        <h3 id="ds-tai-khoan">Danh sách tài khoản</h3>
        <AdminTable
          label="Bảng tài khoản (cuộn ngang nếu cần)"
          caption={<>Tài khoản ({accounts.length}), người dùng trước, tài khoản dịch vụ sau</>}
          testId="accounts"
          columns={[
            "Họ và tên",
            "Tên đăng nhập",
            "Vai trò",
            "Trạng thái",
            "Ngày tạo",
            "Mã truy cập đang hiệu lực",
            "Thao tác",
          ]}
        >
          {accounts.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="text">
                {a.name}
                {a.id === me.id && " (bạn)"}
              </th>
              <td className="text">{a.username ?? "—"}</td>
              <td className="text">{ROLE_LABELS[parseRole(a.role) ?? "viewer"]}</td>
              <td className="text">
                <Status account={a} />
              </td>
              <td className="text">{formatDay(a.createdAt)}</td>
              <td className="text">
                {activeTokens(a).length === 0 ? (
                  "—"
                ) : (
                  <ul className={styles.tokenList}>
                    {activeTokens(a).map((t) => (
                      <li key={t.id}>
                        {t.name} <span className="note">({ROLE_LABELS[parseRole(t.role) ?? "viewer"]})</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="text">
                <Link
                  href={`/quan-tri?tk=${encodeURIComponent(a.id)}#${anchor(a)}`}
                  aria-label={`Quản lý tài khoản ${a.name}`}
                >
                  Quản lý
                </Link>
              </td>
            </tr>
          ))}
        </AdminTable>
      </section>

      <section aria-labelledby="tao-tai-khoan" className="panel">
        <h3 id="tao-tai-khoan">Tạo tài khoản</h3>
        <NewAccountForm />
      </section>

      <section aria-labelledby="thao-tac">
        <h3 id="thao-tac">Thao tác theo tài khoản</h3>
        <div className={styles.accounts}>
          {accounts.map((a) => (
            <AccountPanel key={a.id} account={a} self={a.id === me.id} open={a.id === chosen} />
          ))}
        </div>
      </section>
    </main>
  );
}

function Status({ account }: { account: Account }) {
  return (
    <>
      {account.disabled ? (
        <span className={`${styles.tag} ${styles.tagOff}`}>Đã khoá</span>
      ) : (
        <span className={styles.tag}>Đang hoạt động</span>
      )}{" "}
      {account.isService && <span className={styles.tag}>Tài khoản dịch vụ</span>}
    </>
  );
}

/** One account's forms, folded: role, disable, password (people only), tokens. */
function AccountPanel({ account: a, self, open }: { account: Account; self: boolean; open: boolean }) {
  const role = parseRole(a.role) ?? "viewer";
  return (
    <details id={anchor(a)} open={open} className={`panel ${styles.account}`} data-testid="account-panel">
      <summary>
        {a.name}
        {a.username ? ` — ${a.username}` : ""} — {ROLE_LABELS[role]}
        {a.disabled ? " — đã khoá" : ""}
        {a.isService ? " — tài khoản dịch vụ" : ""}
        {self ? " (bạn)" : ""}
      </summary>
      <div className={styles.actions}>
        <div>
          <h4>Đổi vai trò</h4>
          <RoleForm accountId={a.id} name={a.name} role={role} />
        </div>
        <div>
          <h4>{a.disabled ? "Mở khoá" : "Khoá tài khoản"}</h4>
          {self ? (
            <p className={styles.hint}>Bạn không thể tự khoá tài khoản của mình.</p>
          ) : (
            <DisabledForm accountId={a.id} name={a.name} disabled={a.disabled} />
          )}
        </div>
        <div>
          <h4>Đặt mật khẩu mới</h4>
          {a.isService ? (
            <p className={styles.hint}>Tài khoản dịch vụ không có mật khẩu và không đăng nhập được.</p>
          ) : self ? (
            <p className={styles.hint}>
              Đổi mật khẩu của chính bạn ở trang <Link href="/tai-khoan">Tài khoản của tôi</Link> (cần mật khẩu hiện
              tại).
            </p>
          ) : (
            <PasswordForm accountId={a.id} name={a.name} />
          )}
        </div>
        <div>
          <h4>Tạo mã truy cập</h4>
          <TokenForm action={createTokenAction} accountId={a.id} owner={a.name} roleOptions={roleOptionsUpTo(role)} />
        </div>
      </div>
      <TokensTable tokens={a.tokens} caption={`Mã truy cập của ${a.name}`} revoke={revokeTokenAction} />
    </details>
  );
}
