"use client";

import { ChoroplethController, ColorScale, GeoFeature, geoMercator, ProjectionScale } from "chartjs-chart-geo";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  fileFeatures,
  type MapUnit,
  mergedFromText,
  type ProvinceFeature,
  type ProvinceTopology,
  unitFeatures,
} from "../../lib/province-map";
import { formatNumber, upperFirst } from "@cchc/schema/format";
import { valueStatusLabel } from "@cchc/schema/vocabulary";
import { Chart, markDrawn } from "./chart-kit";
import { ChartFrame } from "./chart-frame";
import styles from "./choropleth.module.css";

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);

/**
 * Groups best first, darkest first: a single-hue sequential blue (ColorBrewer
 * Blues) reads as "more is better" and keeps its order under deuteranopia;
 * no red, which means "bad" elsewhere on the dashboard. No value: hatched grey.
 */
export const GROUP_COLOURS = ["#08306b", "#2171b5", "#6baed6", "#c6dbef"];

export interface MapRow {
  code: string;
  name: string;
  value: number | null;
  rank: number | null;
  outOf: number;
  /** Index into `groups`; null without a value. */
  group: number | null;
}

type Feature = ProvinceFeature;

/** The boundaries, fetched and parsed once per page session (every map and every re-render share them). */
let topology: Promise<ProvinceTopology> | null = null;
function loadTopology(): Promise<ProvinceTopology> {
  topology ??= fetch("/ban-do")
    .then(async (r) => {
      if (!r.ok) throw new Error(((await r.json()) as { error: string }).error);
      return (await r.json()) as ProvinceTopology;
    })
    .catch((e: Error) => {
      topology = null;
      throw e;
    });
  return topology;
}

/** Each era's shapes, merged once per page session (the 34 cost 23 merges of the simplified 63). */
const merged = new Map<string, Feature[]>();
async function loadFeatures(units: MapUnit[] | null): Promise<Feature[]> {
  const t = await loadTopology();
  const key = units ? JSON.stringify(units) : "";
  let out = merged.get(key);
  if (!out) {
    out = units ? unitFeatures(t, units) : fileFeatures(t);
    merged.set(key, out);
  }
  return out;
}

function hatch(): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 6;
  const ctx = tile.getContext("2d");
  if (!ctx) return "#e4e6ea";
  ctx.fillStyle = "#f2f3f5";
  ctx.fillRect(0, 0, 6, 6);
  ctx.strokeStyle = "#9aa0aa";
  ctx.beginPath();
  ctx.moveTo(0, 6);
  ctx.lineTo(6, 0);
  ctx.stroke();
  return ctx.createPattern(tile, "repeat") ?? "#e4e6ea";
}

const tooltipLines = (r: MapRow | undefined, f: Feature, groups: string[]) =>
  r?.value == null
    ? [f.properties.name, mergedFromText(f) ?? "", valueStatusLabel("NO_DATA")].filter(Boolean)
    : [
        f.properties.name,
        mergedFromText(f) ?? "",
        `Điểm: ${formatNumber(r.value, 4)}`,
        `Hạng: ${r.rank ?? "—"}/${r.outOf}`,
        r.group != null ? (groups[r.group] ?? "") : "",
      ].filter(Boolean);

/**
 * The provinces of a year coloured by the index's groups, keyed by the
 * subject code; the chosen province outlined. The shapes follow the year's
 * units: the file's 63, or (`units`) the 34 merged from them along the
 * crosswalk (lib/province-map). A titled HTML legend; the tooltip gives
 * value, rank / out of and group; a click opens the province's overview
 * (keyboard: the ranking table's links). Boundaries come from /ban-do,
 * simplified there; the projection does no adaptive resampling (precision 0),
 * so drawing costs one pass over the points per province.
 */
export function Choropleth({
  rows,
  groups,
  legendTitle,
  legendNote,
  highlight,
  label,
  units = null,
}: {
  /** The year's units and the 63-map shapes each is made of; null: the file's 63 as they are. */
  units?: MapUnit[] | null;
  rows: MapRow[];
  groups: string[];
  legendTitle: string;
  legendNote?: string;
  highlight: string;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const tip = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const [loaded, setLoaded] = useState<Feature[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    loadFeatures(units).then(setLoaded, (e: Error) => setError(e.message));
  }, [units]);
  useEffect(() => {
    if (!canvas.current || !loaded) return;
    performance.mark("map-start");
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const missing = hatch();
    const colour = (f: Feature) => {
      const g = byCode.get(f.properties.gso)?.group;
      return g == null ? missing : (GROUP_COLOURS[g] ?? missing);
    };
    const chart = new Chart(canvas.current, {
      type: "choropleth",
      data: {
        labels: loaded.map((f) => f.properties.name),
        datasets: [
          {
            label,
            outline: loaded,
            data: loaded.map((f) => ({ feature: f, value: byCode.get(f.properties.gso)?.group ?? Number.NaN })),
            backgroundColor: loaded.map(colour),
            hoverBackgroundColor: loaded.map(colour),
            borderColor: loaded.map((f) => (f.properties.gso === highlight ? "#000" : "#ffffff")),
            borderWidth: loaded.map((f) => (f.properties.gso === highlight ? 2.5 : 0.5)),
            hoverBorderColor: "#f5b400",
            hoverBorderWidth: 2.5,
          },
        ],
      } as never,
      options: {
        animation: false,
        maintainAspectRatio: false,
        showOutline: false,
        onClick: (_e: unknown, elements: { index: number }[]) => {
          const f = elements[0] && loaded[elements[0].index];
          if (f) router.push(`/?subject=${encodeURIComponent(f.properties.gso)}`);
        },
        onHover: (e: { native?: { target?: EventTarget | null } }, elements: unknown[]) => {
          const target = e.native?.target as HTMLElement | undefined;
          if (target) target.style.cursor = elements.length ? "pointer" : "default";
        },
        plugins: {
          legend: { display: false },
          tooltip: {
            enabled: false,
            external: ({
              tooltip,
            }: {
              tooltip: { opacity: number; caretX: number; caretY: number; dataPoints?: { dataIndex: number }[] };
            }) => {
              const el = tip.current;
              if (!el) return;
              const i = tooltip.dataPoints?.[0]?.dataIndex;
              const f = i == null ? undefined : loaded[i];
              if (tooltip.opacity === 0 || !f) {
                el.hidden = true;
                return;
              }
              const [title, ...lines] = tooltipLines(byCode.get(f.properties.gso), f, groups);
              el.replaceChildren(
                Object.assign(document.createElement("strong"), { textContent: title }),
                ...lines.map((l) => Object.assign(document.createElement("span"), { textContent: l })),
              );
              for (const s of el.querySelectorAll("span")) s.style.display = "block";
              el.hidden = false;
              el.style.left = `${Math.max(0, tooltip.caretX + 12)}px`;
              el.style.top = `${Math.max(0, tooltip.caretY - 12)}px`;
            },
          },
        },
        scales: {
          projection: { axis: "x", projection: geoMercator().precision(0) },
          color: { axis: "x", display: false, quantize: groups.length, interpolate: "blues" },
        },
      } as never,
    });
    markDrawn(canvas.current);
    performance.measure("map-draw", "map-start");
    // What the map shows, for checking against the ranking table: provinces drawn, with a value, and
    // where the chosen province is (its centroid, for pointing at it).
    const c = canvas.current;
    c.dataset.provinces = String(loaded.length);
    c.dataset.withValue = String(loaded.filter((f) => byCode.get(f.properties.gso)?.value != null).length);
    c.dataset.coloured = String(loaded.filter((f) => byCode.get(f.properties.gso)?.group != null).length);
    const at = loaded.findIndex((f) => f.properties.gso === highlight);
    const el = at >= 0 ? chart.getDatasetMeta(0).data[at] : undefined;
    if (el) {
      c.dataset.highlightX = String(Math.round(el.x));
      c.dataset.highlightY = String(Math.round(el.y));
    }
    return () => chart.destroy();
  }, [loaded, rows, groups, highlight, label, router]);
  if (error) return <p className="empty">{error}</p>;
  const pngKey = [
    ...groups.map((g, i) => ({ colour: GROUP_COLOURS[i] ?? "#ccc", label: g })),
    { colour: "#c4c8cf", label: valueStatusLabel("NO_DATA") },
  ];
  return (
    <div className={styles.map}>
      <div className={styles.area}>
        <ChartFrame
          canvas={canvas}
          title={label}
          pngKey={pngKey}
          csv={() => ({
            header: ["Mã tỉnh", "Tỉnh", "Điểm", "Hạng", "Trên số tỉnh", "Nhóm"],
            rows: rows.map((r) => [
              r.code,
              r.name,
              r.value,
              r.rank,
              r.value == null ? null : r.outOf,
              r.group == null ? null : groups[r.group],
            ]),
          })}
        >
          <canvas
            ref={canvas}
            role="img"
            aria-label={`Bản đồ ${label} theo tỉnh, tô màu theo nhóm; bấm vào một tỉnh để mở trang tổng quan của tỉnh đó`}
            data-testid="choropleth"
          />
          <div ref={tip} className={styles.tooltip} hidden data-testid="map-tooltip" />
        </ChartFrame>
      </div>
      <figure className={styles.legend} data-testid="map-legend" aria-labelledby="map-legend-title">
        <h3 id="map-legend-title">{legendTitle}</h3>
        <ul>
          {groups.map((g, i) => (
            <li key={g}>
              <span className={styles.swatch} style={{ background: GROUP_COLOURS[i] }} aria-hidden="true" />
              {g}
            </li>
          ))}
          <li>
            <span className={`${styles.swatch} ${styles.missing}`} aria-hidden="true" />
            {upperFirst(valueStatusLabel("NO_DATA"))}
          </li>
        </ul>
        {legendNote ? <figcaption className="note">{legendNote}</figcaption> : null}
      </figure>
    </div>
  );
}
