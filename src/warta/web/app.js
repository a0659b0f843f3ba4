// warta's map UI: the filters, loading events from the API, the table, the paste box;
// the map, the timeline and the event panel live in their own modules.
import { TAXONOMY, api, colourOf, debounce, el, formatFatalities, loadTaxonomy, postJson } from "./util.js";
import { STATUS_LABELS } from "./review.js";
import { createMap } from "./map.js";
import { createPanel } from "./panel.js";
import { createTimeline } from "./timeline.js";

// events per request (the API's largest page unless the server is told less), and events
// shown at most (beyond that the user is asked to narrow the filters); ?page=N&cap=N override
const settings = new URLSearchParams(location.search);
const setting = (name, fallback, max) => Math.min(max, Math.max(1, parseInt(settings.get(name), 10) || fallback));
let PAGE = setting("page", 1000, 1000);
// the filters a URL may carry (the form's field names), and the open event as ?event=
const FILTERS = ["country", "type", "sub_type", "admin1", "review_status", "actor", "from", "to", "q", "min_fatalities"];
const CAP = setting("cap", 5000, 100_000);

const $ = (selector) => document.querySelector(selector);
const state = {
  rows: [],
  brush: null, // {from, to} picked on the timeline
  sort: { key: "date", dir: 1 },
  selected: null,
  countries: new Map(), // code -> name, from /api/facets
  controller: null,
  stored: null, // events in the database (from /health), to tell an empty database from no match
};
const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const countryName = (code) => {
  if (!code) return "";
  try {
    return state.countries.get(code) || regions.of(code);
  } catch {
    return code; // not a region code
  }
};

const map = createMap($("#map"), { onSelect: (id) => openEvent(id) });
const timeline = createTimeline($("#timeline-chart"), {
  caption: $("#timeline-scale"),
  onBrush: (range) => {
    state.brush = range;
    load({ keepTimeline: true });
  },
});
const panel = createPanel($("#event-panel"), {
  countryName,
  map,
  onClose: () => {
    state.selected = null;
    map.select(null);
    markSelectedRow();
    writeUrl();
  },
  onReviewed: (id) => {
    state.selected = id; // a merge or a split gives the event shown a new id
    writeUrl();
    load({ keepTimeline: true, keepView: true });
  },
});
window.wartaMap = map.map; // for tests and the console
window.warta = { map, state };

// ---- loading ----

function status(kind, message) {
  const node = $("#status");
  node.dataset.state = kind;
  node.textContent = message;
}

/** The filter form as API parameters, with the timeline's brush applied to the dates. */
function currentParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($("#filters"))) {
    if (String(value).trim()) params.set(name, String(value).trim());
  }
  if (state.brush) {
    const from = params.get("from");
    const to = params.get("to");
    params.set("from", from && from > state.brush.from ? from : state.brush.from);
    params.set("to", to && to < state.brush.to ? to : state.brush.to);
  }
  return params;
}

/** The filters and the open event into the address bar, so the view can be shared and reloaded. */
function writeUrl() {
  const query = new URLSearchParams();
  for (const name of ["page", "cap"]) if (settings.has(name)) query.set(name, settings.get(name));
  for (const [name, value] of new FormData($("#filters"))) {
    if (FILTERS.includes(name) && String(value).trim()) query.set(name, String(value).trim());
  }
  if (state.selected) query.set("event", state.selected);
  const search = query.toString();
  if (search !== location.search.slice(1)) history.replaceState(null, "", search ? `?${search}` : location.pathname);
}

/** The filters a shared URL carries, into the form (a value the lists lack gets an option). */
function readUrl() {
  for (const name of FILTERS) {
    const value = settings.get(name);
    if (!value) continue;
    const field = $("#filters").elements.namedItem(name);
    if (!field) continue;
    if (field.tagName === "SELECT" && ![...field.options].some((o) => o.value === value)) field.append(el("option", { value }, value));
    field.value = value;
    if (name === "type") showSubTypes();
  }
}

/** Nothing to show: the table, map and count emptied, with why in the status line. */
function clearRows(kind, message) {
  state.rows = [];
  map.setEvents([]);
  status(kind, message);
  renderTable();
}

async function load({ keepTimeline = false, keepView = false } = {}) {
  if (!keepTimeline) state.brush = null; // new filters, new histogram: the old brush goes
  const params = currentParams();
  writeUrl();
  if (params.has("from") && params.has("to") && params.get("from") > params.get("to")) {
    if (state.controller) state.controller.abort();
    if (!keepTimeline) timeline.render([]);
    clearRows("error", `No events: “from” (${params.get("from")}) is after “to” (${params.get("to")}).`);
    return;
  }
  showBrush();
  if (state.controller) state.controller.abort();
  const controller = (state.controller = new AbortController());
  status("loading", "Loading events…");
  const rows = [];
  let cursor = null;
  let capped = false;
  try {
    for (;;) {
      const page = new URLSearchParams(params);
      page.set("limit", String(Math.min(PAGE, CAP - rows.length)));
      if (cursor) page.set("cursor", cursor);
      // the page size is the server's --max-page at most (loadFacets reads it from /health);
      // an error (a bad filter) is shown as it is, never retried with smaller pages
      const body = await api(`/api/events?${page}`, { signal: controller.signal });
      rows.push(...body.events);
      cursor = body.next;
      capped = Boolean(cursor) && rows.length >= CAP;
      if (!cursor || capped) break;
    }
  } catch (err) {
    if (err.name === "AbortError") return;
    if (!keepTimeline) timeline.render([]);
    clearRows("error", `Cannot load events: ${err.message}`);
    return;
  }
  state.rows = rows;
  if (!keepTimeline) timeline.render(rows);
  map.setEvents(rows, { fit: !keepTimeline && !keepView });
  if (state.selected) map.select(state.selected);
  renderTable();
  for (const link of document.querySelectorAll("#export a[data-format]")) {
    const query = new URLSearchParams(params);
    query.set("format", link.dataset.format);
    link.href = `/api/export?${query}`;
  }
  const range = state.brush ? `From ${params.get("from")} to ${params.get("to")} (timeline).` : "";
  // the count is in #row-count; the status line says only what the count does not
  status(capped ? "capped" : "ready", capped
    ? `Showing the first ${rows.length} events${range ? ` ${range.toLowerCase()}` : ""} (capped at ${CAP}): narrow the filters to see the rest.`
    : range);
}

function showBrush() {
  $("#brush-label").textContent = state.brush ? `${state.brush.from} – ${state.brush.to}` : "drag across the bars to filter by date";
  $("#brush-reset").hidden = !state.brush;
}

async function loadFacets() {
  try {
    const [facets, health] = await Promise.all([api("/api/facets"), api("/health")]);
    for (const c of facets.countries) state.countries.set(c.code, c.name);
    $("#country").append(...facets.countries.map((c) => el("option", { value: c.code }, `${c.name} (${c.count})`)));
    $("#type").append(...facets.event_types.map((t) => el("option", { value: t.name }, `${t.name} (${t.count})`)));
    $("#actor-list").append(...(facets.actors || []).map((a) => el("option", { value: a.name }, `${a.count} event${a.count === 1 ? "" : "s"}`)));
    $("#admin1").append(...(facets.admin1 || []).map((a) => el("option", { value: a.name }, `${a.name} (${a.count})`)));
    $("#db-stats").textContent = `${health.documents} documents · ${health.events} events stored`;
    state.stored = health.events;
    if (health.max_page) PAGE = Math.min(PAGE, health.max_page);
  } catch (err) {
    status("error", `Cannot load the filter lists: ${err.message}`);
  }
}

// ---- the table ----

const small = (text) => (text ? el("small", {}, text) : "");
const COLUMNS = [
  {
    key: "date", label: "Date", value: (r) => r.date ?? "",
    cell: (r) => [r.date ?? "undated", r.date_end && r.date_end !== r.date ? small(`to ${r.date_end}`) : ""],
  },
  {
    key: "type", label: "Type", value: (r) => `${r.event_type} ${r.sub_event_type}`,
    cell: (r) => {
      const swatch = el("span", { class: "swatch" });
      swatch.style.background = colourOf(r.event_type);
      return [swatch, r.sub_event_type, small(r.event_type)];
    },
  },
  { key: "country", label: "Country", value: (r) => r.country ?? "", cell: (r) => el("span", { title: countryName(r.country) }, r.country ?? "–") },
  { key: "place", label: "Place", value: (r) => r.location ?? "", cell: (r) => [r.location ?? "–", small(r.admin1)] },
  { key: "actors", label: "Actors", cell: (r) => [r.actor1 ?? "–", r.actor2 ? [" vs ", r.actor2] : ""] },
  { key: "fatalities", label: "Fatalities", numeric: true, value: (r) => (r.fatalities ? r.fatalities.best ?? -1 : -1), cell: (r) => formatFatalities(r.fatalities) },
  { key: "sources", label: "Sources", numeric: true, value: (r) => r.sources ?? 0, cell: (r) => String(r.sources ?? "–") },
  {
    key: "review", label: "Review", value: (r) => r.review_status ?? "unreviewed",
    cell: (r) => el("span", { class: `status-badge status-${r.review_status ?? "unreviewed"}` }, STATUS_LABELS[r.review_status] ?? "Unreviewed"),
  },
];

function renderHeader() {
  const cells = COLUMNS.map((col) => {
    const sorted = state.sort.key === col.key;
    const th = el("th", { dataset: { sort: col.value ? col.key : null }, class: col.numeric ? "num" : "", "aria-sort": sorted ? (state.sort.dir > 0 ? "ascending" : "descending") : col.value ? "none" : null });
    if (!col.value) th.append(col.label);
    else th.append(el("button", { type: "button", onclick: () => sortBy(col) }, col.label, el("span", { class: "arrow" }, sorted ? (state.sort.dir > 0 ? " ▲" : " ▼") : "")));
    return th;
  });
  $("#events-table thead").replaceChildren(el("tr", {}, cells));
}

function sortBy(col) {
  state.sort = state.sort.key === col.key ? { key: col.key, dir: -state.sort.dir } : { key: col.key, dir: col.numeric ? -1 : 1 };
  renderTable();
}

function renderTable() {
  renderHeader();
  const col = COLUMNS.find((c) => c.key === state.sort.key);
  const rows = [...state.rows].sort((a, b) => {
    const [x, y] = [col.value(a), col.value(b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order * state.sort.dir || (a.date ?? "").localeCompare(b.date ?? "") || a.id.localeCompare(b.id);
  });
  $("#events-table tbody").replaceChildren(...rows.map((r) =>
    el("tr", { dataset: { eventId: r.id }, tabindex: 0, class: r.id === state.selected ? "selected" : "" },
      COLUMNS.map((c) => el("td", { class: c.numeric ? "num" : "" }, c.cell(r))))));
  $("#row-count").textContent = `${rows.length} event${rows.length === 1 ? "" : "s"}`;
  const filtered = [...currentParams().keys()].length > 0;
  $("#empty").textContent = state.stored === 0 && !filtered
    ? "The database holds no events yet. Store articles with `warta ingest ARTICLES --db FILE` (or POST /api/documents) and reload."
    : "No events match these filters.";
  $("#empty").hidden = rows.length > 0 || $("#status").dataset.state === "error";
}

function markSelectedRow() {
  for (const tr of document.querySelectorAll("#events-table tbody tr")) {
    tr.classList.toggle("selected", tr.dataset.eventId === state.selected);
  }
}

function openEvent(id, { reveal = false } = {}) {
  state.selected = id;
  writeUrl();
  markSelectedRow();
  map.select(id, { reveal });
  panel.showEvent(id);
  const row = document.querySelector(`#events-table tr[data-event-id="${CSS.escape(id)}"]`);
  if (row) row.scrollIntoView({ block: "nearest" });
}

const rowOf = (event) => event.target.closest("tr[data-event-id]");
$("#events-table tbody").addEventListener("click", (event) => {
  const tr = rowOf(event);
  if (tr) openEvent(tr.dataset.eventId, { reveal: true });
});
$("#events-table tbody").addEventListener("keydown", (event) => {
  const tr = rowOf(event);
  if (tr && (event.key === "Enter" || event.key === " ")) {
    event.preventDefault();
    openEvent(tr.dataset.eventId, { reveal: true });
  }
});

// ---- filters, timeline reset, paste box ----

const reload = () => load();
/** The sub-types of the chosen type (all of them, by type, when no type is chosen). */
function showSubTypes() {
  const type = $("#type").value;
  const current = $("#sub-type").value;
  const groups = TAXONOMY.types.filter((t) => !type || t.name === type);
  $("#sub-type").replaceChildren(el("option", { value: "" }, "All"),
    ...groups.map((t) => el("optgroup", { label: t.name }, t.sub_types.map((s) => el("option", { value: s }, s)))));
  if (groups.some((t) => t.sub_types.includes(current))) $("#sub-type").value = current;
}
$("#filters").addEventListener("change", (event) => {
  if (event.target.id === "type") showSubTypes();
  if (event.target.matches("select, input[type=date], input[type=number]")) reload();
});
$("#filters").addEventListener("input", debounce((event) => {
  if (event.target.matches("input[type=text], input[type=search]")) reload();
}, 250));
$("#filters").addEventListener("submit", (event) => {
  event.preventDefault();
  reload();
});
$("#filters").addEventListener("reset", () => setTimeout(() => {
  showSubTypes();
  reload();
}));
$("#brush-reset").addEventListener("click", () => {
  state.brush = null;
  timeline.clear();
  load({ keepTimeline: true });
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !$("#event-panel").hidden) panel.close();
});

$("#paste-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = $("#paste-text").value;
  const note = $("#paste-status");
  if (!text.trim()) {
    note.textContent = "Paste an article's text first.";
    return;
  }
  const payload = { text };
  if ($("#paste-date").value) payload.published = $("#paste-date").value;
  if ($("#paste-title").value.trim()) payload.title = $("#paste-title").value.trim();
  const button = $("#paste-extract");
  button.disabled = true;
  note.dataset.state = "loading";
  note.textContent = "Extracting… (the first run loads the gazetteer)";
  try {
    const result = await postJson("/api/extract", payload);
    note.dataset.state = "ready";
    note.textContent = `${result.events.length} event${result.events.length === 1 ? "" : "s"} found; shown in the panel, nothing stored.`;
    state.selected = null;
    markSelectedRow();
    panel.showExtract(result);
    map.showPasted(result.events);
  } catch (err) {
    note.dataset.state = "error";
    note.textContent = `Extraction failed: ${err.message}`;
  } finally {
    button.disabled = false;
  }
});

renderHeader();
showBrush();
loadTaxonomy().then(async () => {
  showSubTypes();
  await loadFacets();
  readUrl();
  const shared = settings.get("event");
  if (shared) openEvent(shared); // before the rows come, so they mark it
  await load();
  if (shared) map.select(shared, { reveal: true });
});
