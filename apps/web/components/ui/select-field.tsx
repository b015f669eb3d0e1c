import { valueStatusLabel } from "@cchc/schema/vocabulary";

/**
 * A labelled select of a filter form: the URL parameter `name`, options as
 * value/label pairs. A value from the URL that is not among the options (a
 * year without data) is shown as its own option marked "không có số liệu",
 * so the select never claims a choice the URL did not make.
 */
export function SelectField({
  label,
  name,
  value,
  options,
}: {
  label: string;
  name: string;
  value: string | number;
  options: { value: string | number; label: string | number }[];
}) {
  const shown = options.some((o) => String(o.value) === String(value))
    ? options
    : [{ value, label: `${value} (${valueStatusLabel("NO_DATA")})` }, ...options];
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {shown.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Provinces by name, keyed by GSO code. */
export const provinceOptions = (provinces: { code: string; nameVi: string }[]) =>
  provinces.map((p) => ({ value: p.code, label: p.nameVi }));
/** Years newest first. */
export const yearOptions = (years: number[]) => [...years].reverse().map((y) => ({ value: y, label: y }));
/** Plans by number and year. */
export const planOptions = (plans: { id: string; number: string; year: number }[]) =>
  plans.map((p) => ({ value: p.id, label: `${p.number} (năm ${p.year})` }));

/**
 * The topic select of a filter form (URL parameter `topic`): "N04 — short
 * title" per topic; `all`: first an option "Tất cả" (no topic, value "").
 */
export function TopicSelect({
  topics,
  value,
  all = false,
}: {
  topics: { code: string; shortTitleVi: string }[];
  value: string;
  all?: boolean;
}) {
  return (
    <label>
      Chủ đề
      <select name="topic" defaultValue={value}>
        {all && <option value="">Tất cả</option>}
        {topics.map((t) => (
          <option key={t.code} value={t.code}>
            {t.code} — {t.shortTitleVi}
          </option>
        ))}
      </select>
    </label>
  );
}
