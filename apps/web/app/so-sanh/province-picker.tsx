"use client";

import { useRef, useState } from "react";
import { foldVietnamese } from "../../lib/csv";
import { useHydrated } from "../../lib/use-hydrated";
import styles from "./compare.module.css";

/**
 * The provinces to compare, as checkboxes named `subjects` inside the page's
 * GET form (so the URL repeats `subjects`, and it works without JavaScript).
 * With JavaScript: a filter box that ignores diacritics ("thua thien" finds
 * Thừa Thiên Huế), a count, and at most `max` ticked. The peer-group and "bỏ
 * chọn tất cả" buttons submit `peers` / `clear` without JavaScript (the page
 * turns them into `subjects`); with it they tick the boxes themselves.
 */
export function ProvincePicker({
  provinces,
  chosen,
  subject,
  peerGroup,
  max,
}: {
  provinces: { code: string; nameVi: string }[];
  chosen: string[];
  subject: string;
  peerGroup: { code: string; nameVi: string; members: string[] } | null;
  /** The most provinces the page compares. */
  max: number;
}) {
  const hydrated = useHydrated();
  const box = useRef<HTMLFieldSetElement>(null);
  const [filter, setFilter] = useState("");
  const [ticked, setTicked] = useState<string[]>(chosen);
  const [message, setMessage] = useState("");
  const needle = foldVietnamese(filter.trim());
  const names = (codes: string[]) =>
    provinces
      .filter((p) => codes.includes(p.code))
      .map((p) => p.nameVi)
      .join(", ");
  const boxes = () => Array.from(box.current?.querySelectorAll<HTMLInputElement>('input[name="subjects"]') ?? []);
  const tick = (codes: Set<string>) => {
    for (const b of boxes()) b.checked = codes.has(b.value);
    setTicked(
      boxes()
        .filter((b) => b.checked)
        .map((b) => b.value),
    );
  };
  return (
    <fieldset ref={box} className={styles.picker} data-testid="province-picker" data-hydrated={hydrated || undefined}>
      <legend>So sánh với các tỉnh</legend>
      <div className={styles.pickerTools}>
        {/* Rendered from the first paint (disabled until the script runs) so nothing moves when it arrives. */}
        <label className={styles.filter}>
          Lọc tỉnh
          <input
            type="search"
            disabled={!hydrated}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            placeholder="gõ có dấu hoặc không dấu"
            aria-controls="province-list"
            data-testid="province-filter"
          />
        </label>
        {peerGroup ? (
          <button
            type="submit"
            name="peers"
            value={peerGroup.code}
            onClick={(e) => {
              e.preventDefault();
              tick(new Set([subject, ...peerGroup.members]));
              e.currentTarget.form?.requestSubmit();
            }}
          >
            Chọn nhóm {peerGroup.nameVi}
          </button>
        ) : null}
        <button
          type="submit"
          name="clear"
          value="1"
          onClick={(e) => {
            e.preventDefault();
            tick(new Set([subject]));
            setMessage("Đã bỏ chọn tất cả (giữ tỉnh đang xem). Chọn tỉnh rồi bấm Áp dụng.");
          }}
        >
          Bỏ chọn tất cả
        </button>
        <button type="submit">Áp dụng</button>
        <span className="note" aria-live="polite" data-testid="picker-status">
          {`Đã chọn ${ticked.length}/${max} tỉnh${ticked.length ? `: ${names(ticked)}` : ""}. `}
          {message}
        </span>
      </div>
      <ul id="province-list" className={styles.provinceList}>
        {provinces.map((p) => (
          <li key={p.code} hidden={needle !== "" && !foldVietnamese(p.nameVi).includes(needle)}>
            <label>
              <input
                type="checkbox"
                name="subjects"
                value={p.code}
                defaultChecked={chosen.includes(p.code)}
                onChange={(e) => {
                  const n = boxes().filter((b) => b.checked).length;
                  if (n > max) {
                    e.currentTarget.checked = false;
                    setMessage(`Tối đa ${max} tỉnh: bỏ chọn một tỉnh trước.`);
                    return;
                  }
                  setTicked(
                    boxes()
                      .filter((b) => b.checked)
                      .map((b) => b.value),
                  );
                  setMessage("");
                }}
              />
              {p.nameVi}
              {p.code === subject ? <span className="note"> (đang xem)</span> : null}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
