// An SVG map: Web Mercator projection of lon/lat onto a 1000 x 1000 world square, the bundled
// country outlines, optional tiles (when the operator configured a tile URL), pan and zoom.
import { clear, svg } from "./dom.js";
import { isContested, typeColor } from "./colors.js";

const WORLD = 1000;
const MAX_LAT = 85.05; // Web Mercator's limit
const MIN_VIEW = 2; // the narrowest view, in world units (about 0.7 degree of longitude)
const MAX_TILES = 64; // tiles drawn at once, at most
const MARKER_MIN_PX = 4;
const MARKER_MAX_PX = 22;

export function project(lon, lat) {
  const clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
  const phi = (clamped * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
  return [((lon + 180) / 360) * WORLD, y * WORLD];
}

export function unproject(x, y) {
  const lon = (x / WORLD) * 360 - 180;
  const n = Math.PI * (1 - (2 * y) / WORLD);
  const lat = (Math.atan(Math.sinh(n)) * 180) / Math.PI;
  return [lon, lat];
}

// Marker radius in screen pixels: area grows with the death toll.
export function markerPx(fatalities) {
  const f = Math.max(0, Number(fatalities) || 0);
  return Math.min(MARKER_MAX_PX, MARKER_MIN_PX + 2 * Math.sqrt(f));
}

function ringPath(ring) {
  return ring.map(([lon, lat], i) => {
    const [x, y] = project(lon, lat);
    return (i ? "L" : "M") + x.toFixed(2) + " " + y.toFixed(2);
  }).join("") + "Z";
}

function countryPath(feature) {
  const polys = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  return polys.map((poly) => poly.map(ringPath).join("")).join("");
}

export class EventMap {
  constructor(svgNode, { tileUrl = null, onSelect = () => {} } = {}) {
    this.node = svgNode;
    this.tileUrl = tileUrl;
    this.onSelect = onSelect;
    this.view = { x: 0, y: 0, w: WORLD, h: WORLD };
    this.layers = {};
    for (const name of ["tiles", "land", "markers"]) {
      this.layers[name] = svg("g", { class: "layer-" + name });
      this.node.append(this.layers[name]);
    }
    this.markers = [];
    if (tileUrl) this.node.classList.add("with-tiles");
    this.bindPanZoom();
    this.apply();
  }

  setBasemap(geojson) {
    clear(this.layers.land);
    for (const feature of geojson.features) {
      const title = svg("title", {}, feature.properties.name || "");
      this.layers.land.append(svg("path", { d: countryPath(feature), class: "country" }, title));
    }
  }

  setEvents(features) {
    clear(this.layers.markers);
    this.markers = [];
    const sorted = [...features].sort((a, b) => (b.properties.fatalities || 0) - (a.properties.fatalities || 0));
    for (const f of sorted) {
      if (!f.geometry) continue;
      this.markers.push(this.marker(f));
    }
    this.layers.markers.append(...this.markers.map((m) => m.node));
    this.apply();
    return this.markers.length;
  }

  marker(feature) {
    const p = feature.properties;
    const [x, y] = project(feature.geometry.coordinates[0], feature.geometry.coordinates[1]);
    const cls = "marker" + (isContested(p.claim_status) ? " contested claim-" + p.claim_status : "");
    const label = `${p.event_date} ${p.sub_event_type}, ${p.location || p.country}` +
      (p.fatalities !== null ? `, ${p.fatalities} killed` : "") + ` (${p.claim_status})`;
    const node = svg("circle", {
      cx: x.toFixed(2), cy: y.toFixed(2), r: 1, class: cls, fill: typeColor(p.event_type),
      "data-event-id": p.event_id, tabindex: 0, role: "link",
    }, svg("title", {}, label));
    node.addEventListener("click", () => this.onSelect(p.event_id));
    node.addEventListener("keydown", (e) => { if (e.key === "Enter") this.onSelect(p.event_id); });
    return { node, px: markerPx(p.fatalities), x, y };
  }

  // Fit the view to the markers (or the world when there are none).
  fit() {
    if (!this.markers.length) {
      this.view = { x: 0, y: 120, w: WORLD, h: 640 };
    } else {
      const xs = this.markers.map((m) => m.x), ys = this.markers.map((m) => m.y);
      const pad = 15;
      const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad;
      const y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
      this.view = this.aspect({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
    }
    this.apply();
  }

  // Widen the shorter side so the view has the element's aspect ratio.
  aspect(v) {
    const box = this.node.getBoundingClientRect();
    const ratio = box.width && box.height ? box.width / box.height : 2;
    let { x, y, w, h } = v;
    if (w / h < ratio) { const nw = h * ratio; x -= (nw - w) / 2; w = nw; }
    else { const nh = w / ratio; y -= (nh - h) / 2; h = nh; }
    return { x, y, w, h };
  }

  unitsPerPx() {
    const box = this.node.getBoundingClientRect();
    return box.width ? this.view.w / box.width : this.view.w / 1000;
  }

  apply() {
    const v = this.view;
    this.node.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
    const k = this.unitsPerPx();
    for (const m of this.markers) m.node.setAttribute("r", (m.px * k).toFixed(3));
    if (this.tileUrl) this.drawTiles();
  }

  zoom(factor, cx, cy) {
    const v = this.view;
    const w = Math.max(MIN_VIEW, Math.min(WORLD * 2, v.w / factor));
    const h = (v.h * w) / v.w;
    const fx = cx === undefined ? 0.5 : (cx - v.x) / v.w;
    const fy = cy === undefined ? 0.5 : (cy - v.y) / v.h;
    const px = cx === undefined ? v.x + v.w / 2 : cx, py = cy === undefined ? v.y + v.h / 2 : cy;
    this.view = { x: px - fx * w, y: py - fy * h, w, h };
    this.apply();
  }

  // Screen point (client pixels) to world units.
  toWorld(clientX, clientY) {
    const box = this.node.getBoundingClientRect();
    return [this.view.x + ((clientX - box.left) / box.width) * this.view.w,
            this.view.y + ((clientY - box.top) / box.height) * this.view.h];
  }

  bindPanZoom() {
    this.node.addEventListener("wheel", (e) => {
      e.preventDefault();
      const [cx, cy] = this.toWorld(e.clientX, e.clientY);
      this.zoom(e.deltaY < 0 ? 1.25 : 0.8, cx, cy);
    }, { passive: false });
    let drag = null;
    this.node.addEventListener("pointerdown", (e) => {
      if (e.target.classList.contains("marker")) return;
      drag = { x: e.clientX, y: e.clientY, view: { ...this.view }, k: this.unitsPerPx() };
      this.node.setPointerCapture(e.pointerId);
    });
    this.node.addEventListener("pointermove", (e) => {
      if (!drag) return;
      this.view = { ...drag.view, x: drag.view.x - (e.clientX - drag.x) * drag.k, y: drag.view.y - (e.clientY - drag.y) * drag.k };
      this.apply();
    });
    const stop = () => { drag = null; };
    this.node.addEventListener("pointerup", stop);
    this.node.addEventListener("pointercancel", stop);
  }

  // The view as a west,south,east,north box in degrees (for the bbox filter).
  bbox() {
    const v = this.view;
    const [w, n] = unproject(Math.max(0, v.x), Math.max(0, v.y));
    const [e, s] = unproject(Math.min(WORLD, v.x + v.w), Math.min(WORLD, v.y + v.h));
    return [w, s, e, n].map((d) => d.toFixed(3)).join(",");
  }

  drawTiles() {
    clear(this.layers.tiles);
    const worldPx = WORLD / this.unitsPerPx();
    const z = Math.max(0, Math.min(18, Math.round(Math.log2(worldPx / 256))));
    const n = 2 ** z, size = WORLD / n, v = this.view;
    const i0 = Math.max(0, Math.floor(v.x / size)), i1 = Math.min(n - 1, Math.floor((v.x + v.w) / size));
    const j0 = Math.max(0, Math.floor(v.y / size)), j1 = Math.min(n - 1, Math.floor((v.y + v.h) / size));
    if ((i1 - i0 + 1) * (j1 - j0 + 1) > MAX_TILES) return;
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        const href = this.tileUrl.replace("{z}", z).replace("{x}", i).replace("{y}", j);
        this.layers.tiles.append(svg("image", { href, x: i * size, y: j * size, width: size, height: size }));
      }
    }
  }
}
