// The dashboard: filters in the URL (#/?country=Iraq), a map, a timeline and a table of events;
// #/event/<id> shows one event. The same filters drive /api/events and /api/stats.
import { clear, el } from "./dom.js";
import { FILTER_KEYS, allFeatures, getJSON, query } from "./api.js";
import { TYPE_COLORS, isContested } from "./colors.js";
import { EventMap } from "./map.js";
import { drawTimeline } from "./timeline.js";
import { claimBadge, renderEvent, swatch } from "./eventpage.js";

const MAP_CAP = 5000; // markers drawn at most
const PAGE = 100; // table rows per page (and map page size x10)

const $ = (sel) => document.querySelector(sel);
const state = { meta: null, map: null, filters: {}, cursor: null, loaded: "" };

function showProblem(err) {
  const box = $("#problem");
  box.hidden = !err;
  box.textContent = err ? `Error: ${err.message}` : "";
}

function parseHash() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const [path, qs] = raw.split("?");
  const params = new URLSearchParams(qs || "");
  const filters = {};
  for (const k of FILTER_KEYS) if (params.get(k)) filters[k] = params.get(k);
  const m = path.match(/^\/event\/(.+)$/);
  return { eventId: m ? decodeURIComponent(m[1]) : null, filters };
}

function overviewHref(filters) {
  return "#/" + query(filters);
}

function fillSelect(select, values) {
  const current = select.value;
  clear(select).append(el("option", { value: "" }, "any"), ...values.map((v) => el("option", { value: v }, v)));
  select.value = values.includes(current) ? current : "";
}

function syncForm(filters) {
  const form = $("#filters");
  const types = state.meta.event_types;
  fillSelect(form.elements.sub_event_type, filters.event_type && types[filters.event_type] ? types[filters.event_type] : Object.values(types).flat());
  for (const k of FILTER_KEYS) form.elements[k].value = filters[k] || "";
}

function readForm() {
  const form = $("#filters");
  const filters = {};
  for (const k of FILTER_KEYS) if (form.elements[k].value) filters[k] = form.elements[k].value;
  return filters;
}

function legend() {
  const box = clear($("#legend"));
  for (const type of Object.keys(TYPE_COLORS)) box.append(el("span", { class: "legend-item" }, swatch(type), type));
  box.append(el("span", { class: "legend-item" }, el("span", { class: "contested-key" }), "dashed ring: claimed / disputed / denied"));
}

function eventRow(rec) {
  const actors = rec.actor2 ? `${rec.actor1} vs ${rec.actor2}` : rec.actor1;
  const place = [rec.location, rec.admin1, rec.country].filter(Boolean).join(", ");
  return el("tr", { class: isContested(rec.claim_status) ? "contested" : "", "data-event-id": rec.event_id },
    el("td", {}, rec.event_date),
    el("td", {}, swatch(rec.event_type), " ", rec.sub_event_type),
    el("td", {}, place || "—"),
    el("td", {}, actors),
    el("td", { class: "num" }, rec.fatalities === null ? "—" : String(rec.fatalities)),
    el("td", {}, claimBadge(rec.claim_status)),
    el("td", {}, el("a", { href: "#/event/" + encodeURIComponent(rec.event_id), class: "open-event" }, `${rec.sources.length} source(s)`)));
}

async function loadTable(filters, append) {
  const body = $("#events tbody");
  if (!append) { clear(body); state.cursor = null; }
  const page = await getJSON("/api/events", { ...filters, limit: PAGE, cursor: state.cursor });
  body.append(...page.events.map(eventRow));
  state.cursor = page.next_cursor;
  $("#more").hidden = !page.next_cursor;
}

async function loadOverview(filters) {
  const [stats, geo] = await Promise.all([
    getJSON("/api/stats", filters),
    allFeatures(filters, MAP_CAP, PAGE * 10),
  ]);
  const plotted = state.map.setEvents(geo.features);
  state.map.fit();
  const unplaced = geo.features.length - plotted;
  $("#map-note").textContent = (unplaced ? `${unplaced} event(s) without coordinates not shown. ` : "") +
    (geo.truncated ? `Showing the first ${geo.features.length} events on the map.` : "");
  $("#summary").textContent = `${stats.events} events, ${stats.fatalities} reported deaths`;
  const unit = drawTimeline($("#timeline"), stats.by_day, (since, until) => go({ ...state.filters, since, until }));
  $("#timeline-unit").textContent = `(events per ${unit}, by type; click a bar to filter)`;
  await loadTable(filters, false);
}

function go(filters) {
  window.location.hash = overviewHref(filters);
}

async function route() {
  const { eventId, filters } = parseHash();
  state.filters = filters;
  syncForm(filters);
  showProblem(null);
  $("#overview").hidden = Boolean(eventId);
  $("#event-page").hidden = !eventId;
  try {
    if (eventId) {
      await renderEvent($("#event-page"), eventId, overviewHref(filters));
      window.scrollTo(0, 0);
    } else {
      const key = JSON.stringify(filters);
      if (key !== state.loaded) { state.loaded = key; await loadOverview(filters); }
    }
  } catch (err) {
    state.loaded = "";
    showProblem(err);
  }
  document.body.dataset.ready = "1";
}

function bindControls() {
  const form = $("#filters");
  form.addEventListener("submit", (e) => { e.preventDefault(); go(readForm()); });
  form.elements.event_type.addEventListener("change", () => syncForm({ ...readForm(), sub_event_type: "" }));
  $("#reset").addEventListener("click", () => go({}));
  $("#use-view").addEventListener("click", () => go({ ...readForm(), bbox: state.map.bbox() }));
  $("#more").addEventListener("click", () => loadTable(state.filters, true).catch(showProblem));
  $("#zoom-in").addEventListener("click", () => state.map.zoom(1.5));
  $("#zoom-out").addEventListener("click", () => state.map.zoom(1 / 1.5));
  $("#zoom-fit").addEventListener("click", () => state.map.fit());
  window.addEventListener("hashchange", route);
}

async function main() {
  try {
    state.meta = await getJSON("/api/meta");
    fillSelect($("#filters").elements.event_type, Object.keys(state.meta.event_types));
    fillSelect($("#filters").elements.claim_status, state.meta.claim_statuses);
    state.map = new EventMap($("#map"), {
      tileUrl: state.meta.tile_url,
      onSelect: (id) => { window.location.hash = "#/event/" + encodeURIComponent(id) + query(state.filters); },
    });
    state.map.setBasemap(await getJSON("/api/basemap"));
    legend();
    bindControls();
  } catch (err) {
    showProblem(err);
    return;
  }
  await route();
}

main();
