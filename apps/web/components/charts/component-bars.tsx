"use client";

import { useEffect, useRef } from "react";
import { ChartFrame } from "./chart-frame";
import { formatNumber } from "@cchc/schema/format";
import { Chart, markDrawn } from "./chart-kit";

export interface ComponentBarsProps {
  subjectName: string;
  peerName: string | null;
  labels: string[];
  subject: (number | null)[];
  best: (number | null)[];
  mean: (number | null)[];
  peer: (number | null)[];
}

/** Each component: the subject's score beside the national best, the national mean and the peer-group mean (PAPI portal style). */
export function ComponentBars({ subjectName, peerName, labels, subject, best, mean, peer }: ComponentBarsProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: "bar",
      data: {
        labels,
        datasets: [
          { label: subjectName, data: subject, backgroundColor: "#8f1d17" },
          { label: "Cao nhất cả nước", data: best, backgroundColor: "#4f9a52" },
          { label: "Trung bình cả nước", data: mean, backgroundColor: "#9aa3b2" },
          ...(peerName ? [{ label: `Trung bình ${peerName}`, data: peer, backgroundColor: "#2e6db4" }] : []),
        ],
      },
      options: {
        indexAxis: "y",
        animation: false,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: { callback: (v) => formatNumber(Number(v), 2) } } },
        plugins: {
          tooltip: {
            callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(c.parsed.x, 4)}` },
          },
        },
      },
    });
    markDrawn(canvas.current);
    return () => chart.destroy();
  }, [subjectName, peerName, labels, subject, best, mean, peer]);
  return (
    <ChartFrame canvas={canvas} title={`Điểm thành phần của ${subjectName}`}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={`Điểm thành phần của ${subjectName} so với cả nước và nhóm so sánh`}
        data-testid="component-bars"
      />
    </ChartFrame>
  );
}
