"use client";

import type { ReactNode, RefObject } from "react";
import { type CsvCell, fileSlug, toCsv } from "../../lib/csv";
import { Chart } from "./chart-kit";
import styles from "./chart-frame.module.css";

export interface ChartCsv {
  header: string[];
  rows: CsvCell[][];
}

/** Draws a title band above the chart's own image (toBase64Image) on white, and an optional key below. */
async function pngOf(chart: Chart, title: string, key: { colour: string; label: string }[] = []): Promise<string> {
  const image = new Image();
  image.src = chart.toBase64Image("image/png", 1);
  await image.decode();
  const ratio = chart.currentDevicePixelRatio || 1;
  const band = 32 * ratio;
  const keyBand = key.length ? 28 * ratio : 0;
  const out = document.createElement("canvas");
  out.width = image.width;
  out.height = image.height + band + keyBand;
  const ctx = out.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = "#1d2330";
  ctx.font = `600 ${14 * ratio}px ${Chart.defaults.font.family}`;
  ctx.textBaseline = "middle";
  ctx.fillText(title, 8 * ratio, band / 2, out.width - 16 * ratio);
  ctx.drawImage(image, 0, band);
  let x = 8 * ratio;
  ctx.font = `${12 * ratio}px ${Chart.defaults.font.family}`;
  for (const k of key) {
    const y = band + image.height + keyBand / 2;
    ctx.fillStyle = k.colour;
    ctx.fillRect(x, y - 6 * ratio, 12 * ratio, 12 * ratio);
    ctx.fillStyle = "#1d2330";
    ctx.fillText(k.label, x + 16 * ratio, y);
    x += (24 + ctx.measureText(k.label).width / ratio) * ratio;
  }
  return out.toDataURL("image/png");
}

/** The chart's own numbers: one row per label, one column per dataset. */
function csvOfChart(chart: Chart): ChartCsv {
  const labels = (chart.data.labels ?? []).map(String);
  const sets = chart.data.datasets;
  return {
    header: ["", ...sets.map((d) => String(d.label ?? ""))],
    rows: labels.map((l, i) => [
      l,
      ...sets.map((d) => {
        const v = d.data[i] as unknown;
        if (typeof v === "number" || v == null) return v as number | null;
        const y = (v as { y?: unknown }).y;
        return typeof y === "number" ? y : null;
      }),
    ]),
  };
}

function save(href: string, name: string) {
  const a = document.createElement("a");
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Frames a chart leaf's canvas with "Tải PNG" (the chart's image, titled) and
 * "Tải CSV" (its numbers: `csv` when given, else the chart's labels × datasets).
 * The canvas's parent fills the chart box below the buttons, so Chart.js sizes to it.
 */
export function ChartFrame({
  canvas,
  title,
  csv,
  pngKey,
  children,
}: {
  canvas: RefObject<HTMLCanvasElement | null>;
  /** Title on the image and the files' name. */
  title: string;
  csv?: () => ChartCsv;
  /** A colour key drawn under the image (charts whose legend is HTML, e.g. the map). */
  pngKey?: { colour: string; label: string }[];
  children: ReactNode;
}) {
  const chart = () => (canvas.current ? Chart.getChart(canvas.current) : undefined);
  const name = fileSlug(title);
  return (
    <div className={styles.frame}>
      <div className={`${styles.tools} no-print`}>
        <button
          type="button"
          data-testid="download-png"
          aria-label={`Tải PNG: ${title}`}
          onClick={async () => {
            const c = chart();
            if (c) save(await pngOf(c, title, pngKey), `${name}.png`);
          }}
        >
          Tải PNG
        </button>
        <button
          type="button"
          data-testid="download-csv"
          aria-label={`Tải CSV: ${title}`}
          onClick={() => {
            const c = chart();
            const data = csv ? csv() : c ? csvOfChart(c) : null;
            if (!data) return;
            const url = URL.createObjectURL(
              new Blob([toCsv(data.header, data.rows)], { type: "text/csv;charset=utf-8" }),
            );
            save(url, `${name}.csv`);
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          }}
        >
          Tải CSV
        </button>
      </div>
      <div className={styles.canvas}>{children}</div>
    </div>
  );
}
