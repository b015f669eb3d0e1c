import Link from "next/link";
import { whatMoved } from "../../lib/figures";
import { driversIntro, signedChange, unexplainedText } from "../../lib/index-detail";

type Change = { value?: number | null; previousValue?: number | null; valueChange?: number | null };

/** "Điều gì đã thay đổi": the components that moved most, and what they leave of the total's change. */
export function DriversList({
  components,
  total,
  reason,
  year,
  parentName,
  measureUnit,
}: {
  components: (Change & { component?: { nameVi: string } | null })[];
  total: Change | null;
  reason: string | null;
  year: number;
  parentName: string | null;
  measureUnit: string;
}) {
  const moved = whatMoved(
    parentName ? null : total,
    components.map((c) => ({ ...c, name: c.component?.nameVi ?? "" })),
  );
  if (moved.listed.length === 0)
    return (
      <p className="empty" data-testid="drivers-empty">
        {reason ?? `Không có thành phần nào thay đổi so với ${year - 1}`}. So sánh cần điểm thành phần của cả hai năm
        {` ${year - 1} và ${year}`} theo cùng một phương pháp; nhập bảng điểm thành phần ở trang{" "}
        <Link href="/nhap-du-lieu">Nhập dữ liệu</Link>.
      </p>
    );
  const change = total?.valueChange;
  return (
    <section className="panel" data-testid="drivers">
      <p>{driversIntro(parentName, change, measureUnit, year)}</p>
      <ol className="drivers">
        {moved.listed.map((d) => (
          <li key={d.name}>
            {d.name}: <span className={d.change >= 0 ? "up" : "down"}>{signedChange(d.change)}</span>
          </li>
        ))}
      </ol>
      {moved.notListed > 0 && (
        <p className="note">
          {moved.notListed} thành phần khác thay đổi ít hơn (xem cột “Thay đổi” trong bảng số liệu thành phần).
        </p>
      )}
      {!parentName && change != null && (
        <p className="note" data-testid="drivers-unexplained">
          {unexplainedText(moved.unexplained, measureUnit, year)}
        </p>
      )}
    </section>
  );
}
