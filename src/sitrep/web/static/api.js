// Calls to the JSON API; errors arrive in the API's one shape {"error": {code, message, detail}}.
export class ApiProblem extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export const FILTER_KEYS = [
  "since", "until", "country", "admin1", "event_type", "sub_event_type",
  "actor", "bbox", "min_fatalities", "claim_status", "q",
];

export function query(params) {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") qs.set(key, value);
  }
  const text = qs.toString();
  return text ? "?" + text : "";
}

export async function getJSON(path, params) {
  const response = await fetch(path + query(params || {}), { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body && body.error) || {};
    throw new ApiProblem(response.status, err.code || "http_error", err.message || response.statusText);
  }
  return body;
}

// Follow next_cursor until `cap` features are loaded (the map shows at most that many).
export async function allFeatures(filters, cap, pageSize) {
  const features = [];
  let cursor = null;
  do {
    const page = await getJSON("/api/events", { ...filters, format: "geojson", limit: pageSize, cursor });
    features.push(...page.features);
    cursor = page.next_cursor;
  } while (cursor && features.length < cap);
  return { features, truncated: Boolean(cursor) };
}
