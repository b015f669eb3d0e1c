"use client";

import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale, topojson } from "chartjs-chart-geo";
import { useEffect, useRef, useState } from "react";
import type { Topology } from "topojson-specification";
import { Chart, markDrawn, vi } from "./chart-kit";

Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);

/**
 * The 63 provinces coloured by a value (a ranking year), keyed by GSO code;
 * the chosen province outlined. Boundaries come from /ban-do (see its route).
 */
export function Choropleth({
  values,
  highlight,
  label,
}: {
  values: Record<string, number | null>;
  highlight: string;
  label: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [topology, setTopology] = useState<Topology | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    fetch("/ban-do")
      .then(async (r) =>
        r.ok ? setTopology((await r.json()) as Topology) : setError(((await r.json()) as { error: string }).error),
      )
      .catch((e: Error) => setError(e.message));
  }, []);
  useEffect(() => {
    if (!canvas.current || !topology) return;
    const collection = topojson.feature(topology, topology.objects.provinces!) as unknown as {
      features: { properties: { gso: string; name: string } }[];
    };
    const features = collection.features;
    const chart = new Chart(canvas.current, {
      type: "choropleth",
      data: {
        labels: features.map((f) => f.properties.name),
        datasets: [
          {
            label,
            outline: features,
            data: features.map((f) => ({ feature: f, value: values[f.properties.gso] ?? Number.NaN })),
            borderColor: features.map((f) => (f.properties.gso === highlight ? "#000" : "#ffffff")),
            borderWidth: features.map((f) => (f.properties.gso === highlight ? 2.5 : 0.4)),
          },
        ],
      } as never,
      options: {
        animation: false,
        maintainAspectRatio: false,
        showOutline: false,
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: (c: { raw: { feature: { properties: { name: string } }; value: number } }) =>
                `${c.raw.feature.properties.name}: ${Number.isNaN(c.raw.value) ? "không có số liệu" : vi(4).format(c.raw.value)}`,
            },
          },
        },
        scales: {
          projection: { axis: "x", projection: "mercator" },
          color: {
            axis: "x",
            quantize: 6,
            interpolate: "reds",
            missing: "#e4e6ea",
            legend: { position: "bottom-left", align: "right" },
            ticks: { callback: (v: number) => vi(1).format(v) },
          },
        },
      } as never,
    });
    markDrawn(canvas.current);
    // What the map shows, for checking against the ranking table: provinces drawn, and those with a value.
    canvas.current.dataset.provinces = String(features.length);
    canvas.current.dataset.withValue = String(features.filter((f) => values[f.properties.gso] != null).length);
    return () => chart.destroy();
  }, [topology, values, highlight, label]);
  if (error) return <p className="empty">{error}</p>;
  return <canvas ref={canvas} role="img" aria-label={`Bản đồ ${label} theo tỉnh`} data-testid="choropleth" />;
}
