// One event: its record, claim status, sources with each evidence span highlighted in its article,
// and the revision history. Every value from the server is inserted as text.
import { clear, el, safeLink, svg } from "./dom.js";
import { getJSON } from "./api.js";
import { isContested, typeColor } from "./colors.js";

const RECORD_FIELDS = [
  "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
  "inter1", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
  "geonameid", "fatalities", "fatalities_low", "fatalities_high", "claim_status", "claimed_by",
  "confidence", "corroboration", "date_earliest", "date_latest", "notes",
];

const CLAIM_TEXT = {
  disputed: "Disputed: sources or parties contradict each other.",
  claimed: "Claimed by an involved party; not independently confirmed.",
  denied: "Denied by a party to the event.",
};

export function swatch(type) {
  return svg("svg", { class: "swatch", width: 12, height: 12, viewBox: "0 0 12 12", "aria-hidden": "true" },
    svg("circle", { cx: 6, cy: 6, r: 6, fill: typeColor(type) }));
}

export function claimBadge(status) {
  return el("span", { class: "claim claim-" + status + (isContested(status) ? " contested" : "") }, status);
}

function recordTable(rec) {
  const rows = RECORD_FIELDS.map((k) => el("tr", {}, el("th", {}, k), el("td", {}, rec[k] === null ? "—" : String(rec[k]))));
  const reasons = Object.entries(rec.reasons || {});
  if (reasons.length) {
    rows.push(el("tr", {}, el("th", {}, "reasons"),
      el("td", {}, el("ul", { class: "reasons" }, reasons.map(([k, v]) => el("li", {}, el("b", {}, k + ": "), String(v)))))));
  }
  return el("table", { class: "record" }, el("tbody", {}, rows));
}

// Cut `text` at every span boundary; each piece is plain, the event's evidence, or another event's.
export function highlightedText(text, evidence, others) {
  const cuts = new Set([0, text.length]);
  for (const s of [...evidence, ...others]) { cuts.add(Math.max(0, s.start)); cuts.add(Math.min(text.length, s.end)); }
  const points = [...cuts].sort((a, b) => a - b);
  const inside = (spans, a, b) => spans.some((s) => s.start <= a && b <= s.end);
  const out = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    if (inside(evidence, a, b)) out.append(el("mark", { class: "evidence" }, piece));
    else if (inside(others, a, b)) out.append(el("mark", { class: "other-span", title: "evidence of another event" }, piece));
    else out.append(document.createTextNode(piece));
  }
  return out;
}

async function sourceBlock(src, eventId) {
  const head = el("div", { class: "source-head" },
    el("b", {}, src.source || "unknown outlet"), " · ", src.published || "undated", " · article ",
    el("code", {}, src.article_id), src.url ? [" · ", safeLink(src.url)] : null);
  const block = el("article", { class: "source", "data-article-id": src.article_id }, head,
    el("blockquote", { class: "evidence-quote" }, src.evidence));
  try {
    const art = await getJSON("/api/articles/" + encodeURIComponent(src.article_id));
    const mine = [{ start: src.start, end: src.end }];
    const others = art.spans.filter((s) => s.event_id !== eventId);
    block.append(el("h4", {}, art.article.title || "Article text"), highlightedText(art.article.text, mine, others));
  } catch (err) {
    block.append(el("p", { class: "problem" }, "Article text unavailable: " + err.message));
  }
  return block;
}

function historyTable(history) {
  const rows = history.map((h) => el("tr", {},
    el("td", {}, h.at), el("td", {}, h.action), el("td", {}, h.event_id), el("td", {}, h.article_id || "—"),
    el("td", {}, h.reason), el("td", {}, el("code", {}, JSON.stringify(h.changes)))));
  return el("table", { class: "history" },
    el("thead", {}, el("tr", {}, ["At", "Action", "Event", "Article", "Reason", "Changes"].map((t) => el("th", {}, t)))),
    el("tbody", {}, rows));
}

export async function renderEvent(section, eventId, backHref) {
  clear(section).append(el("p", {}, "Loading…"));
  const data = await getJSON("/api/events/" + encodeURIComponent(eventId));
  const rec = data.event;
  const title = `${rec.sub_event_type} — ${rec.location || "unknown place"}, ${rec.country || "unknown country"}`;
  const parts = [
    el("p", {}, el("a", { href: backHref, class: "back" }, "← all events")),
    el("h2", { class: "event-title" }, swatch(rec.event_type), title, " ", claimBadge(rec.claim_status)),
    isContested(rec.claim_status) ? el("p", { class: "claim-note contested" }, CLAIM_TEXT[rec.claim_status],
      rec.claimed_by ? ` Claimed by: ${rec.claimed_by}.` : "") : null,
    el("p", { class: "notes" }, rec.notes),
    el("h3", {}, `Sources (${rec.sources.length}): evidence highlighted in each article`),
  ];
  clear(section).append(...parts.filter(Boolean));
  for (const src of rec.sources) section.append(await sourceBlock(src, rec.event_id));
  section.append(el("h3", {}, "Record"), recordTable(rec), el("h3", {}, "History"), historyTable(data.history));
  if (data.aliases.length) section.append(el("p", {}, "Merged from: " + data.aliases.join(", ")));
  return rec;
}
