import type { ApiTokenFieldsFragment } from "../../lib/graphql/generated/graphql";
import { roleLabel } from "../../lib/roles";
import { AdminTable } from "./admin-table";
import styles from "./admin.module.css";
import { formatDay } from "@cchc/schema/format";
import type { FormAction } from "./form-state";
import { RevokeForm } from "./token-forms";

/** An account's API tokens (active first), each active one with its revoke button. */
export function TokensTable({
  tokens,
  caption,
  revoke,
  testId,
}: {
  tokens: readonly ApiTokenFieldsFragment[];
  caption: string;
  revoke: FormAction;
  testId?: string;
}) {
  if (tokens.length === 0) return <p className="note">Chưa có mã truy cập nào.</p>;
  const sorted = [...tokens].sort((a, b) => Number(a.revokedAt != null) - Number(b.revokedAt != null));
  return (
    <AdminTable
      label={`${caption} (cuộn ngang nếu cần)`}
      caption={caption}
      testId={testId}
      columns={["Tên", "Quyền", "Bắt đầu bằng", "Ngày tạo", "Người tạo", "Trạng thái", "Thao tác"]}
    >
      {sorted.map((t) => (
        <tr key={t.id}>
          <th scope="row" className="text">
            {t.name}
          </th>
          <td className="text">{roleLabel(t.role)}</td>
          <td className="text">
            <code>{t.prefix}…</code>
          </td>
          <td className="text">{formatDay(t.createdAt)}</td>
          <td className="text">{t.createdBy}</td>
          <td className="text">
            {t.revokedAt ? (
              <span className={`${styles.tag} ${styles.tagOff}`}>Đã thu hồi {formatDay(t.revokedAt)}</span>
            ) : (
              <span className={styles.tag}>Đang hiệu lực</span>
            )}
          </td>
          <td className="text">{t.revokedAt ? "—" : <RevokeForm action={revoke} tokenId={t.id} name={t.name} />}</td>
        </tr>
      ))}
    </AdminTable>
  );
}
