// A plain reference page for the API, drawn from its OpenAPI document (no third-party viewer).
import { el } from "./dom.js";
import { getJSON } from "./api.js";

function typeOf(schema) {
  if (!schema) return "";
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.anyOf) return schema.anyOf.map(typeOf).filter((t) => t && t !== "null").join(" or ");
  if (schema.$ref) return schema.$ref.split("/").pop();
  return schema.type === "array" ? `list of ${typeOf(schema.items)}` : schema.type || "";
}

function paramRows(params) {
  return params.map((p) => el("tr", {},
    el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, p.required ? "required" : ""),
    el("td", {}, typeOf(p.schema)), el("td", {}, p.description || (p.schema && p.schema.description) || "")));
}

function operation(path, method, op) {
  const params = op.parameters || [];
  const codes = Object.entries(op.responses || {}).map(([code, r]) => `${code} ${r.description || ""}`.trim());
  return el("section", { class: "operation" },
    el("h3", {}, el("code", {}, `${method.toUpperCase()} ${path}`)),
    el("p", {}, op.description || op.summary || ""),
    params.length ? el("table", { class: "history" },
      el("thead", {}, el("tr", {}, ["Name", "In", "", "Type", "Meaning"].map((h) => el("th", {}, h)))),
      el("tbody", {}, paramRows(params))) : null,
    op.requestBody ? el("p", {}, "Body: JSON, one article or a list (id, text or html, title, url, source, published, language).") : null,
    el("p", { class: "map-note" }, "Responses: " + codes.join("; ")));
}

async function main() {
  const root = document.getElementById("reference");
  try {
    const spec = await getJSON("/api/openapi.json");
    root.append(el("h2", {}, `${spec.info.title} ${spec.info.version}`), el("p", {}, spec.info.description || ""));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) root.append(operation(path, method, op));
    }
  } catch (err) {
    const box = document.getElementById("problem");
    box.hidden = false;
    box.textContent = "Error: " + err.message;
  }
  document.body.dataset.ready = "1";
}

main();
