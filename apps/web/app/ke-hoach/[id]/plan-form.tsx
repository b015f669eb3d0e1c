"use client";

import { useActionState } from "react";
import { useHydrated } from "../../../lib/use-hydrated";
import type { PlanEditQuery } from "../../../lib/graphql/generated/graphql";
import { type PlanEditState, savePlan } from "./actions";
import { SaveRow } from "../../../components/ui/save-row";

type Data = PlanEditQuery & { plan: NonNullable<PlanEditQuery["plan"]> };
/** A unit's plan duty (not an access role), as the plan words it. */
const DUTY_LABELS = { lead: "Chủ trì", monitor: "Theo dõi, đôn đốc", implement: "Thực hiện" } as const;

/** A plan's wording, topics, forms and duties; lists are one entry per line. */
export function PlanForm({ data }: { data: Data }) {
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState<PlanEditState, FormData>(savePlan, { status: "idle" });
  const p = data.plan;
  const topicText = new Map(p.topics.map((t) => [t.topic.code, t.textVi]));
  const formText = new Map(p.forms.map((f) => [f.form.code, f.descriptionVi]));
  const duties = [...p.responsibilities, { organisation: null, duty: "implement", dutyVi: "" }];
  return (
    <form action={action} className="plan-form" data-testid="plan-form" data-hydrated={hydrated || undefined}>
      <input type="hidden" name="id" value={p.id} />
      <label>
        Tên kế hoạch
        <input name="titleVi" defaultValue={p.titleVi} required />
      </label>
      <label>
        Căn cứ (thực hiện văn bản)
        <textarea name="implementsText" defaultValue={p.implementsText ?? ""} rows={2} />
      </label>
      <label>
        Mục đích (mỗi dòng một ý)
        <textarea name="purposes" defaultValue={p.purposes.join("\n")} rows={5} />
      </label>
      <label>
        Yêu cầu (mỗi dòng một ý)
        <textarea name="requirements" defaultValue={p.requirements.join("\n")} rows={5} />
      </label>
      <label>
        Đối tượng tuyên truyền
        <textarea name="audience" defaultValue={p.audience ?? ""} rows={2} />
      </label>

      <fieldset>
        <legend>Nội dung tuyên truyền (đánh dấu để đưa vào kế hoạch)</legend>
        {data.topics.map((t) => (
          <div key={t.code} className={t.parent ? "row child" : "row"}>
            <label className="check">
              <input type="checkbox" name="topic" value={t.code} defaultChecked={topicText.has(t.code)} /> {t.code}
            </label>
            <textarea
              name={`topicText|${t.code}`}
              defaultValue={topicText.get(t.code) ?? t.titleVi}
              rows={2}
              aria-label={`Nội dung ${t.code}`}
            />
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Hình thức tuyên truyền</legend>
        {data.forms.map((f) => (
          <div key={f.code} className="row">
            <label className="check">
              <input type="checkbox" name="form" value={f.code} defaultChecked={formText.has(f.code)} /> {f.shortNameVi}
            </label>
            <textarea
              name={`formText|${f.code}`}
              defaultValue={formText.get(f.code) ?? f.shortNameVi}
              rows={2}
              aria-label={`Mô tả ${f.shortNameVi}`}
            />
          </div>
        ))}
      </fieldset>

      <fieldset>
        <legend>Tổ chức thực hiện (để trống nội dung để bỏ một dòng)</legend>
        {duties.map((d, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: duties are positional and have no id
          <div key={i} className="row">
            <input type="hidden" name="dutyRow" value={i} />
            <select
              name={`dutyUnit|${i}`}
              defaultValue={d.organisation?.code ?? ""}
              aria-label={`Đơn vị, dòng ${i + 1}`}
            >
              <option value="">Các phòng, đơn vị</option>
              {p.units.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.nameVi}
                </option>
              ))}
            </select>
            <select name={`duty|${i}`} defaultValue={d.duty} aria-label={`Nhiệm vụ, dòng ${i + 1}`}>
              {Object.entries(DUTY_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
            <textarea
              name={`dutyText|${i}`}
              defaultValue={d.dutyVi}
              rows={2}
              aria-label={`Nội dung nhiệm vụ, dòng ${i + 1}`}
            />
          </div>
        ))}
      </fieldset>

      <label>
        Nơi nhận (mỗi dòng một nơi)
        <textarea name="recipients" defaultValue={p.recipients.join("\n")} rows={4} />
      </label>
      <SaveRow label="Lưu kế hoạch" pending={pending} state={state} saved="Đã lưu kế hoạch." />
    </form>
  );
}
