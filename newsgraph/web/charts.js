// Charts drawn by plotly.js, which the server sends from the installed plotly package
// (vendor/plotly.min.js): nothing comes from the network. The script is loaded on the first
// chart, so pages without one never parse it.
//
// The page's Content Security Policy allows no inline styles, so plotly's own stylesheets are
// never injected: elements with their ids, put in first, tell plotly they are there (the
// browser tests fail on any policy violation, so a plotly release with another id shows), and
// reader.css carries the few rules our charts need.

import { el } from "./dom.js";

const SCRIPT = "vendor/plotly.min.js";
// plotly's own rules, and the map library's that its bundle adds on load (maps are not used here).
const STYLE_MARKERS = [
  ["plotly.js-style-global", "no-inline-styles"],
  ["9f215cf04c5486422605d13261cb87401f4e7763b6296af81e98efbc0130da53", null],
];
// QuadClass colours: cooperation in blues and greens, conflict in oranges and reds.
export const QUAD_COLOURS = { 1: "#6baed6", 2: "#2e9a55", 3: "#f0a13a", 4: "#c8402b", 0: "#b8bec6" };
const FONT = { family: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif", size: 12, color: "#1f2328" };

let loading = null;

/** Text for plotly, which reads a few tags (<b>, <a>, <br>…) and entities in labels: stored
 *  text is escaped so that it shows exactly as written. */
export function plotlyText(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** plotly.js, loaded once; rejects when the server has no plotly package. */
export function loadPlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!loading) {
    for (const [id, cls] of STYLE_MARKERS) {
      if (!document.getElementById(id)) document.head.append(el("meta", { id, class: cls }));
    }
    loading = new Promise((resolve, reject) => {
      const script = el("script", { src: SCRIPT });
      script.addEventListener("load", () => (window.Plotly ? resolve(window.Plotly) : reject(new Error("plotly.js не загрузился"))));
      script.addEventListener("error", () => {
        loading = null;
        script.remove();
        reject(new Error("Графики недоступны: на сервере нет пакета plotly"));
      });
      document.head.append(script);
    });
  }
  return loading;
}

function layout(extra) {
  return {
    font: FONT, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
    margin: { l: 40, r: 12, t: 8, b: 36 }, height: 220, bargap: 0.15, showlegend: false,
    xaxis: { type: "date", gridcolor: "#eef1f4", linecolor: "#d8dee4", tickformat: "%d.%m.%Y", hoverformat: "%d.%m.%Y" },
    yaxis: { gridcolor: "#eef1f4", rangemode: "tozero", tickformat: "d", fixedrange: true },
    ...extra,
  };
}

const CONFIG = { displayModeBar: false, responsive: true, scrollZoom: false };

const DAY_MS = 86400000;
// Past this many days plotly's own tick spacing reads well; below it, ticks fall between days.
const DAILY_TICKS_UP_TO = 12;

/** A date axis over `days` (sorted ISO days): a little room either side, so that a single day
 *  is not drawn a millisecond wide, and one tick a day over a short span. */
function dateAxis(days) {
  const axis = { ...layout().xaxis };
  if (!days.length) return axis;
  const first = Date.parse(days[0]);
  const last = Date.parse(days[days.length - 1]);
  const pad = Math.max(DAY_MS * 0.75, (last - first) * 0.04);
  axis.range = [new Date(first - pad).toISOString(), new Date(last + pad).toISOString()];
  if ((last - first) / DAY_MS <= DAILY_TICKS_UP_TO) Object.assign(axis, { tick0: days[0], dtick: DAY_MS });
  return axis;
}

async function draw(node, traces, layoutExtra) {
  node.classList.add("chart");
  try {
    const Plotly = await loadPlotly();
    await Plotly.newPlot(node, traces, layout(layoutExtra), CONFIG);
    node.dataset.drawn = "true";
  } catch (error) {
    node.replaceChildren(el("p", { class: "muted" }, error.message || String(error)));
  }
}

/** Bars of mentions per day (and the documents they were in, on hover). */
export function mentionsChart(node, days) {
  const x = days.map((d) => d.day);
  return draw(node, [{
    type: "bar", x, y: days.map((d) => d.mentions), marker: { color: "#3b7ddd" }, name: "упоминаний",
    customdata: days.map((d) => d.documents),
    hovertemplate: "%{x|%d.%m.%Y}: упоминаний %{y}, документов %{customdata}<extra></extra>",
  }], { xaxis: dateAxis(x) });
}

/** One row per title, a mark on each day the texts gave it, a line from its first to last day. */
export function titlesChart(node, titles) {
  const dated = titles.filter((t) => t.days.length);
  const traces = dated.map((t) => ({
    type: "scatter", mode: "lines+markers", x: t.days, y: t.days.map(() => plotlyText(t.role)),
    line: { color: t.former ? "#b8bec6" : "#2e9a55", width: 3 }, marker: { size: 8 },
    hovertemplate: "%{y}: %{x|%d.%m.%Y}<extra></extra>",
  }));
  const allDays = dated.flatMap((t) => t.days).sort();
  return draw(node, traces, {
    height: 60 + 32 * Math.max(dated.length, 1),
    margin: { l: 12, r: 12, t: 8, b: 36 },
    xaxis: dateAxis(allDays),
    yaxis: { automargin: true, fixedrange: true, type: "category", autorange: "reversed" },
  });
}

/** Stacked bars of events per day, one colour per QuadClass. */
export function quadChart(node, days, names) {
  const x = days.map((d) => d.day);
  const traces = Object.keys(names).map((q) => ({
    type: "bar", name: plotlyText(names[q]), x, y: days.map((d) => d.quad[q] || 0), marker: { color: QUAD_COLOURS[q] },
    hovertemplate: "%{x|%d.%m.%Y}: %{fullData.name} %{y}<extra></extra>",
  })).filter((t) => t.y.some((n) => n > 0));
  return draw(node, traces, {
    barmode: "stack", showlegend: true, legend: { orientation: "h", y: -0.25 }, height: 260,
    margin: { l: 40, r: 12, t: 8, b: 60 },
    xaxis: dateAxis(x),
  });
}
