// Helpers shared by the UI modules: building DOM from text (never from HTML strings),
// calling the API, colours and formats.

// ACLED's six event types, each with its colour (map markers, legend, timeline, table),
// filled from the server's taxonomy (GET /api/taxonomy, data/taxonomy.toml) by loadTaxonomy().
export const TYPE_COLOURS = {};
export const OTHER_COLOUR = "#7f8c8d";
export const colourOf = (type) => TYPE_COLOURS[type] || OTHER_COLOUR;
// ACLED's types with their sub-types ({name, sub_types}), from the same answer
export const TAXONOMY = { types: [] };

/** Read the taxonomy once, before anything is drawn; colours stay grey if it fails. */
export async function loadTaxonomy() {
  try {
    const found = await api("/api/taxonomy");
    Object.assign(TYPE_COLOURS, found.colours);
    TAXONOMY.types = found.types || [];
  } catch (err) {
    console.warn("no taxonomy:", err.message);
  }
}

/**
 * Make an element. `attrs`: attributes, plus `class`, `dataset` (an object), `text` and
 * `on<event>` listeners. Children are nodes or strings; strings always become text nodes.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") {
      for (const [k, v] of Object.entries(value)) if (v !== null && v !== undefined) node.dataset[k] = String(v);
    } else if (key === "text") node.textContent = String(value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of [children].flat(Infinity)) {
    if (child === null || child === undefined || child === false || child === "") continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An SVG element (attributes only; text goes through textContent). */
export function svg(tag, attrs = {}) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "text") node.textContent = String(value);
    else node.setAttribute(key, String(value));
  }
  return node;
}

/** A link only for http(s) URLs, so an article's `javascript:` URL never becomes one. */
export function safeLink(url, label) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", { href: parsed.href, target: "_blank", rel: "noopener noreferrer" }, label ?? parsed.href);
    }
  } catch {
    // not a URL: shown as text below
  }
  return el("span", {}, url);
}

export class ApiError extends Error {
  constructor(message, status = 0) {
    super(message);
    this.status = status;
  }
}

/** Fetch JSON from the API; an error answer (`{"error": ...}`) becomes an ApiError with its message. */
export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    throw new ApiError(`cannot reach the server (${err.message})`);
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // not JSON: reported below
  }
  if (!response.ok) {
    const message = body && typeof body.error === "string" ? body.error : response.statusText;
    throw new ApiError(`${message} (HTTP ${response.status})`, response.status);
  }
  if (body === null) throw new ApiError(`${path}: the answer is not JSON`);
  return body;
}

export const postJson = (path, payload, signal, extra = {}) =>
  api(path, { method: "POST", body: JSON.stringify(payload), signal, headers: { "Content-Type": "application/json", Accept: "application/json", ...extra } });

/** The bearer token a server started with --token wants for writes (kept for this tab only). */
export const writeToken = {
  get: () => sessionStorage.getItem("warta-token") || "",
  set: (value) => (value ? sessionStorage.setItem("warta-token", value) : sessionStorage.removeItem("warta-token")),
  headers() {
    const token = this.get();
    return token ? { Authorization: `Bearer ${token}` } : {};
  },
};

/** "12" / "12–20 (best 15)" / "–" for a {low, best, high} figure. */
export function formatFatalities(f) {
  if (!f) return "–";
  const { low, best, high } = f;
  if (low === high && (best === low || best === null)) return String(low ?? best ?? "–");
  return `${low ?? "?"}–${high ?? "?"} (best ${best ?? "?"})`;
}

export const humanCategory = (category) => (category ? category.replaceAll("_", " ") : null);

/** A date range "2019-04-08 – 2019-04-12" (one date when both ends agree). */
export function formatDates(date, dateEnd) {
  if (!date) return "undated";
  return dateEnd && dateEnd !== date ? `${date} – ${dateEnd}` : date;
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
