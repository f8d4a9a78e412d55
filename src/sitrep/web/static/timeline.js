// Events over time, stacked by event type, as SVG bars: one bar per day, or per week or month when
// the span is long. Clicking a bar filters to its days.
import { clear, svg } from "./dom.js";
import { typeColor } from "./colors.js";

const HEIGHT = 140;
const MARGIN = { left: 36, right: 8, top: 8, bottom: 22 };
// Up to this many days a bar is a day; up to MAX_WEEKLY_DAYS a week; beyond, a month.
const MAX_DAILY_DAYS = 120;
const MAX_WEEKLY_DAYS = 730;
const MAX_BINS = 600; // longer spans keep their last bins

const DAY_MS = 86400000;
const toDate = (iso) => new Date(iso + "T00:00:00Z");
const toIso = (d) => d.toISOString().slice(0, 10);
const addDays = (iso, n) => toIso(new Date(toDate(iso).getTime() + n * DAY_MS));

// The first day of the bin holding `iso`, and the first day of the next bin.
export function binOf(iso, unit) {
  const d = toDate(iso);
  if (unit === "day") return [iso, addDays(iso, 1)];
  if (unit === "week") {
    const start = addDays(iso, -((d.getUTCDay() + 6) % 7)); // weeks start on Monday
    return [start, addDays(start, 7)];
  }
  const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return [toIso(start), toIso(next)];
}

export function chooseUnit(first, last) {
  const span = (toDate(last) - toDate(first)) / DAY_MS + 1;
  return span <= MAX_DAILY_DAYS ? "day" : span <= MAX_WEEKLY_DAYS ? "week" : "month";
}

// Bins from the stats rows {event_date, event_type, events}: [{start, until, types: {type: n}}].
export function binRows(rows) {
  const dated = rows.filter((r) => r.event_date);
  if (!dated.length) return { unit: "day", bins: [] };
  const dates = dated.map((r) => r.event_date).sort();
  const unit = chooseUnit(dates[0], dates[dates.length - 1]);
  const bins = [];
  const index = {};
  for (let [start, next] = binOf(dates[0], unit); start <= dates[dates.length - 1]; [start, next] = binOf(next, unit)) {
    index[start] = bins.length;
    bins.push({ start, until: addDays(next, -1), types: {} });
  }
  for (const r of dated) {
    const bin = bins[index[binOf(r.event_date, unit)[0]]];
    bin.types[r.event_type] = (bin.types[r.event_type] || 0) + r.events;
  }
  return { unit, bins: bins.slice(-MAX_BINS) };
}

export function drawTimeline(node, rows, onRange) {
  clear(node);
  const { unit, bins } = binRows(rows);
  const width = Math.max(300, node.getBoundingClientRect().width || 800);
  node.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  node.dataset.unit = unit;
  if (!bins.length) {
    node.append(svg("text", { x: width / 2, y: HEIGHT / 2, class: "empty", "text-anchor": "middle" }, "No dated events"));
    return unit;
  }
  const total = (b) => Object.values(b.types).reduce((a, n) => a + n, 0);
  const max = Math.max(...bins.map(total));
  const plotW = width - MARGIN.left - MARGIN.right, plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const bw = plotW / bins.length;
  bins.forEach((bin, i) => drawBin(node, bin, unit, MARGIN.left + i * bw, bw, plotH / max, onRange));
  drawAxes(node, bins, unit, max, width);
  return unit;
}

function drawBin(node, bin, unit, x, bw, k, onRange) {
  let y = HEIGHT - MARGIN.bottom;
  const g = svg("g", { class: "day", "data-day": bin.start });
  const label = unit === "day" ? bin.start : `${unit} of ${bin.start}`;
  for (const [type, n] of Object.entries(bin.types).sort()) {
    const h = n * k;
    y -= h;
    g.append(svg("rect", { x: x + 0.5, y, width: Math.max(1, bw - 1), height: h, fill: typeColor(type), class: "bar" },
      svg("title", {}, `${label}: ${n} ${type}`)));
  }
  g.addEventListener("click", () => onRange(bin.start, bin.until));
  node.append(g);
}

function drawAxes(node, bins, unit, max, width) {
  const base = HEIGHT - MARGIN.bottom;
  node.append(svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: base, y2: base, class: "axis" }));
  node.append(svg("text", { x: MARGIN.left - 4, y: MARGIN.top + 10, "text-anchor": "end", class: "tick" }, String(max)));
  node.append(svg("text", { x: MARGIN.left - 4, y: base, "text-anchor": "end", class: "tick" }, "0"));
  const step = Math.max(1, Math.ceil(bins.length / 6));
  const bw = (width - MARGIN.left - MARGIN.right) / bins.length;
  for (let i = 0; i < bins.length; i += step) {
    const text = unit === "month" ? bins[i].start.slice(0, 7) : bins[i].start;
    node.append(svg("text", { x: MARGIN.left + i * bw + bw / 2, y: HEIGHT - 6, "text-anchor": "middle", class: "tick" }, text));
  }
}
