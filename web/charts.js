// Charts drawn by uPlot (canvas) from series the report already holds; no value is derived here.
import uPlot from "uplot";
import { el } from "./ui.js";

export const colours = ["#2458d3", "#2e9d5b", "#d9534f", "#8a5ad3", "#c98a00"];

/** A colour of the current theme (style.css's custom properties), for what uPlot draws itself. */
const themed = (name, fallback) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

function chartWidth() {
  const main = document.querySelector("main");
  return Math.max(320, Math.min(1040, (main?.clientWidth ?? 900) - 64));
}

/** A line (value) with a translucent 95% band (lo, hi), all drawn on `scale`. */
export function banded(label, colour, values, lo, hi, scale = "y") {
  return [
    { label, stroke: colour, width: 2, scale, values },
    { label: `${label} ↓95%`, stroke: "transparent", scale, values: lo, band: colour, hideLegend: true },
    { label: `${label} ↑95%`, stroke: "transparent", scale, values: hi, hideLegend: true },
  ];
}

/** Points only, no line: marks such as small-sample periods. */
export function marks(label, colour, values, scale = "y") {
  return { label, stroke: colour, scale, values, paths: () => null, points: { show: true, size: 10, width: 2, fill: themed("--surface", "#fff"), stroke: colour } };
}

/** A step function (Kaplan–Meier style: the value holds until the next time). */
export function stepped(series) {
  return { ...series, paths: uPlot.paths.stepped({ align: 1 }) };
}

/**
 * One chart: x values (numbers), optional x labels for categorical axes, and series built with
 * the helpers above. axes: [{scale, label, values}] for the y axes, the first on the left; share:
 * the part of the page's width the chart gets (1: all of it).
 */
export function chart(testid, { x, xLabels, xLabel, series, axes, height = 260, share = 1 }) {
  const host = el("div", undefined, "chart");
  host.dataset.testid = testid;
  const bands = [];
  series.forEach((s, i) => {
    // uPlot numbers series from 1 (0 is x); the band fills from this lower bound to the next series.
    if (s.band) bands.push({ series: [i + 2, i + 1], fill: `${s.band}22` });
  });
  const ink = themed("--fg", "#1d2330");
  const grid = themed("--border", "#d8dde6");
  const options = {
    width: Math.max(300, Math.floor(chartWidth() * share)), // share: the part of the view's width it gets
    height,
    scales: { x: { time: false } },
    series: [
      { label: xLabel, value: xLabels ? (_, i) => (i === null ? "" : xLabels[Math.round(i)] ?? i) : undefined },
      ...series.map(({ values, band, hideLegend, ...rest }) => ({ spanGaps: false, ...rest })),
    ],
    bands,
    axes: [
      {
        label: xLabel,
        stroke: ink,
        grid: { stroke: grid, width: 1 },
        ticks: { stroke: grid, width: 1 },
        ...(xLabels ? { values: (_, splits) => splits.map((i) => (Number.isInteger(i) ? xLabels[i] ?? "" : "")) } : {}),
      },
      ...axes.map(({ side, ...axis }, i) => ({ side: side ?? (i === 0 ? 3 : 1), stroke: ink,
        grid: { show: i === 0, stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, ...axis })),
    ],
  };
  // uPlot wants null, not undefined, for a missing point.
  const data = [x, ...series.map((s) => s.values.map((v) => (v === undefined ? null : v)))];
  const plot = new uPlot(options, data, host);
  // Interval bounds are drawn as the band; their own legend entries would only repeat it.
  const entries = plot.root.querySelectorAll(".u-legend .u-series");
  series.forEach((s, i) => {
    if (s.hideLegend && entries[i + 1]) entries[i + 1].style.display = "none"; // uPlot CSS overrides [hidden]
  });
  return host;
}
