import { one, type SearchParams } from "../../lib/params";

/**
 * The URL's values of `keys` as hidden fields: a page's other forms carry
 * them along, so choosing in one form does not reset another's choices.
 */
export function HiddenParams({ q, keys }: { q: SearchParams; keys: readonly string[] }) {
  return (
    <>
      {keys.map((k) => {
        const v = one(q, k);
        return v === undefined ? null : <input key={k} type="hidden" name={k} value={v} />;
      })}
    </>
  );
}

/** The URL's values of `keys` (absent ones left out), for a form's `keep`. */
export const paramsOf = (q: SearchParams, keys: readonly string[]) =>
  Object.fromEntries(keys.map((k) => [k, one(q, k)]));
