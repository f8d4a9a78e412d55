// Events per day, stacked by event type, as SVG bars. Clicking a day filters to it.
import { clear, svg } from "./dom.js";
import { typeColor } from "./colors.js";

const HEIGHT = 140;
const MARGIN = { left: 36, right: 8, top: 8, bottom: 22 };
const MAX_DAYS = 3660; // longer spans are cut to their last ten years

function addDays(iso, n) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function daySpan(first, last) {
  const days = [];
  for (let d = first; d <= last && days.length < MAX_DAYS; d = addDays(d, 1)) days.push(d);
  return days;
}

// {day: {type: count}} from the stats rows {event_date, event_type, events}.
export function byDay(rows) {
  const out = {};
  for (const r of rows) {
    if (!r.event_date) continue;
    (out[r.event_date] = out[r.event_date] || {})[r.event_type] = r.events;
  }
  return out;
}

export function drawTimeline(node, rows, onDay) {
  clear(node);
  const counts = byDay(rows);
  const dates = Object.keys(counts).sort();
  const width = Math.max(300, node.getBoundingClientRect().width || 800);
  node.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
  if (!dates.length) {
    node.append(svg("text", { x: width / 2, y: HEIGHT / 2, class: "empty", "text-anchor": "middle" }, "No events"));
    return 0;
  }
  const days = daySpan(dates[0], dates[dates.length - 1]);
  const totals = days.map((d) => Object.values(counts[d] || {}).reduce((a, b) => a + b, 0));
  const max = Math.max(...totals);
  const plotW = width - MARGIN.left - MARGIN.right, plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const bw = plotW / days.length;
  days.forEach((day, i) => drawDay(node, day, counts[day] || {}, MARGIN.left + i * bw, bw, plotH / max, onDay));
  drawAxes(node, days, max, width, plotH);
  return days.length;
}

function drawDay(node, day, types, x, bw, k, onDay) {
  let y = HEIGHT - MARGIN.bottom;
  const g = svg("g", { class: "day", "data-day": day });
  for (const [type, n] of Object.entries(types).sort()) {
    const h = n * k;
    y -= h;
    g.append(svg("rect", {
      x: x + 0.5, y, width: Math.max(1, bw - 1), height: h, fill: typeColor(type), class: "bar",
    }, svg("title", {}, `${day}: ${n} ${type}`)));
  }
  g.addEventListener("click", () => onDay(day));
  node.append(g);
}

function drawAxes(node, days, max, width, plotH) {
  const base = HEIGHT - MARGIN.bottom;
  node.append(svg("line", { x1: MARGIN.left, x2: width - MARGIN.right, y1: base, y2: base, class: "axis" }));
  node.append(svg("text", { x: MARGIN.left - 4, y: MARGIN.top + 10, "text-anchor": "end", class: "tick" }, String(max)));
  node.append(svg("text", { x: MARGIN.left - 4, y: base, "text-anchor": "end", class: "tick" }, "0"));
  const step = Math.max(1, Math.ceil(days.length / 6));
  const bw = (width - MARGIN.left - MARGIN.right) / days.length;
  for (let i = 0; i < days.length; i += step) {
    node.append(svg("text", { x: MARGIN.left + i * bw + bw / 2, y: HEIGHT - 6, "text-anchor": "middle", class: "tick" }, days[i]));
  }
}
