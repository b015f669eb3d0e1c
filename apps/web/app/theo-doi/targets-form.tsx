"use client";

import { useActionState } from "react";
import { useHydrated } from "../../lib/use-hydrated";
import { saveTargets, type TargetsState } from "./actions";
import { TableScroll } from "../../components/ui/table-scroll";
import { SaveRow } from "../../components/ui/save-row";

interface Props {
  plan: string;
  year: number;
  units: { code: string; name: string }[];
  forms: { code: string; name: string }[];
  /** Current year total per "<unit or *>|<form>". */
  current: Record<string, number>;
  hasPeriodTargets: boolean;
}

/** The year's targets per unit and form (and Department-wide), saved in one transaction. */
export function TargetsForm({ plan, year, units, forms, current, hasPeriodTargets }: Props) {
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<TargetsState, FormData>(saveTargets, { status: "idle" });
  return (
    <form action={action} className="panel" data-testid="targets-form" data-hydrated={hydrated || undefined}>
      <input type="hidden" name="plan" value={plan} />
      <input type="hidden" name="year" value={year} />
      <TableScroll label={`Bảng chỉ tiêu năm ${year}`}>
        <table className="data">
          <caption>Chỉ tiêu năm {year} (số hoạt động; để trống nếu không đặt)</caption>
          <thead>
            <tr>
              <th className="text">Đơn vị</th>
              {forms.map((f) => (
                <th key={f.code}>{f.name}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[{ code: "*", name: "Toàn Sở (chỉ tiêu chung)" }, ...units].map((u) => (
              <tr key={u.code}>
                <td className="text">{u.name}</td>
                {forms.map((f) => (
                  <td key={f.code}>
                    <input
                      className="num"
                      type="number"
                      min={0}
                      step={1}
                      name={`t|${u.code}|${f.code}`}
                      defaultValue={current[`${u.code}|${f.code}`] ?? ""}
                      aria-label={`Chỉ tiêu ${f.name} — ${u.name}`}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {hasPeriodTargets && (
        <p className="note">
          Kế hoạch đang có chỉ tiêu theo kỳ (quý); lưu ở đây sẽ thay bằng chỉ tiêu cả năm với cùng tổng số.
        </p>
      )}
      <SaveRow
        label="Lưu chỉ tiêu"
        pending={pending}
        state={state}
        saved={state.status === "saved" && `Đã lưu ${state.count} chỉ tiêu.`}
      />
    </form>
  );
}
