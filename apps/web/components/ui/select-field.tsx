/** A labelled select of a filter form: the URL parameter `name`, options as value/label pairs. */
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
  return (
    <label>
      {label}
      <select name={name} defaultValue={value}>
        {options.map((o) => (
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
