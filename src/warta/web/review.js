// The analyst's desk in the event panel: the event's review status, accept / reject, a form
// correcting its fields (type, date, place, actors, fatalities, each claim's claimant and
// figure), and its history (every change: who, when, what, before, after, note). Writes go
// to POST /api/events/{id}/review and /edit with the token a server may ask for. All text
// goes in as text nodes.
import { TAXONOMY, api, el, formatDates, formatFatalities, postJson, writeToken } from "./util.js";

export const STATUS_LABELS = { unreviewed: "Unreviewed", accepted: "Accepted", rejected: "Rejected", edited: "Edited" };
const FIELD_LABELS = { review_status: "status", type: "type", date: "date", location: "place", actor1: "actor 1", actor2: "actor 2", fatalities: "fatalities" };

const reviewer = {
  get: () => localStorage.getItem("warta-reviewer") || "",
  set: (value) => localStorage.setItem("warta-reviewer", value),
};

/** A reviewed value in words. */
export function describe(field, value) {
  if (value === null || value === undefined) return "none";
  if (field === "review_status") return STATUS_LABELS[value] || String(value);
  if (field === "type") return `${value.event_type} / ${value.sub_event_type}`;
  if (field === "date") return formatDates(value.date, value.date_end);
  if (field === "location") {
    const where = [value.name, value.admin1, value.country].filter(Boolean).join(", ");
    return typeof value.lat === "number" ? `${where} (${value.lat.toFixed(4)}, ${value.lon.toFixed(4)})` : where;
  }
  if (field === "actor1" || field === "actor2") return value.name;
  if (field === "fatalities") return formatFatalities(value);
  if (field.startsWith("claim:")) return `${value.value ?? "?"} claimed by ${value.claimant ?? "no one named"}`;
  return JSON.stringify(value);
}

const fieldLabel = (field) => (field ? FIELD_LABELS[field] || (field.startsWith("claim:") ? "claim" : field) : "");

/** What a log entry did, in words: "edited place", "set status", "merged 2 events", "split". */
function entryAction(entry) {
  if (entry.action === "merge") return `merged ${(entry.before?.events || []).length} events into this one`;
  if (entry.action === "split") return `split event ${(entry.before?.events || [""])[0].slice(0, 10)}`;
  return entry.action === "edit" ? `edited ${fieldLabel(entry.field)}` : `set ${fieldLabel(entry.field)}`;
}

function entryChange(entry) {
  if (!entry.field) {
    const before = (entry.before?.events || []).map((id) => id.slice(0, 10)).join(" + ");
    const count = (entry.after?.reports || []).length;
    return [el("span", { class: "before" }, before), " → ", el("span", { class: "after" }, `${(entry.after?.event || "").slice(0, 10)} (${count} report${count === 1 ? "" : "s"})`)];
  }
  return [el("span", { class: "before" }, describe(entry.field, entry.before)), " → ", el("span", { class: "after" }, describe(entry.field, entry.after))];
}
const num = (input) => (input.value.trim() === "" ? null : Number(input.value));

/** The history list: every logged change, newest first, and the conflicts merging left. */
export function historyList(history) {
  const conflicts = Object.entries(history.fields || {}).filter(([, f]) => f.conflict !== null && f.conflict !== undefined);
  const rows = [...(history.log || [])].reverse().map((entry) =>
    el("li", { class: "history-entry", dataset: { field: entry.field, action: entry.action } },
      el("div", { class: "history-head" },
        el("time", { datetime: entry.at }, entry.at.replace("T", " ").replace("Z", " UTC")),
        " · ", el("strong", {}, entry.who), " · ", entryAction(entry)),
      el("div", { class: "history-change" }, entryChange(entry)),
      entry.note ? el("div", { class: "history-note" }, "“", entry.note, "”") : ""));
  return el("section", { class: "history" },
    conflicts.length
      ? el("ul", { class: "conflicts" }, conflicts.map(([field, f]) =>
          el("li", { dataset: { field } }, `Merging has since given ${fieldLabel(field)} as ${describe(field, f.conflict)}; the analyst's ${describe(field, f.value)} is kept.`)))
      : "",
    rows.length ? el("ol", { class: "history-log" }, rows) : el("p", { class: "none" }, "No review yet: the event is as the machine coded it."));
}

/**
 * The review bar and edit form of an event. `onSaved()` runs after a write went through;
 * `map` (optional) lets the analyst drag a marker to place the event.
 */
export function reviewSection(merged, { onSaved, map, onRegrouped }) {
  const event = merged.event;
  const status = merged.review_status || "unreviewed";
  const message = el("p", { class: "review-message", role: "status" });
  const note = el("input", { id: "review-note", type: "text", placeholder: "note (why)", maxlength: 2000 });
  const who = el("input", { id: "review-by", type: "text", placeholder: "your name", size: 10, maxlength: 100, value: reviewer.get() });
  const token = el("input", { id: "review-token", type: "password", placeholder: "token", size: 10, autocomplete: "off" });
  const tokenRow = el("label", { class: "token-row", hidden: true }, "This server needs its token for changes: ", token);

  async function send(path, payload, after = onSaved) {
    if (token.value) writeToken.set(token.value.trim());
    if (who.value.trim()) reviewer.set(who.value.trim());
    message.dataset.state = "loading";
    message.textContent = "Saving…";
    try {
      const result = await postJson(path, { ...payload, by: who.value.trim() || null, note: note.value.trim() || null }, undefined, writeToken.headers());
      message.dataset.state = "ready";
      message.textContent = "Saved.";
      if (map) map.stopEditing();
      after(result);
    } catch (err) {
      message.dataset.state = "error";
      message.textContent = `Not saved: ${err.message}`;
      if (err.status === 401) tokenRow.hidden = false;
    }
  }

  const path = (what) => `/api/events/${encodeURIComponent(event.id)}/${what}`;
  const verdict = (value, label, cls) =>
    el("button", { type: "button", class: `verdict ${cls}`, dataset: { verdict: value }, disabled: status === value ? true : null, onclick: () => send(path("review"), { status: value }) }, label);
  const form = editForm(merged, { map, save: (changes) => send(path("edit"), { changes }), message });
  const editButton = el("button", { type: "button", class: "verdict edit", dataset: { verdict: "edit" }, onclick: () => toggle(form)() }, "Edit…");
  // merge with another event (its id, or the first characters of it); split reports off
  const regrouped = (result) => onRegrouped(result.events.map((m) => m.event.id));
  const other = el("input", { id: "merge-with", type: "text", placeholder: "id of the other event", size: 18 });
  const mergeForm = el("form", { id: "merge-form", class: "regroup", hidden: true, onsubmit: (e) => {
    e.preventDefault();
    if (other.value.trim()) send("/api/events/merge", { events: [event.id, other.value.trim()] }, regrouped);
  } }, el("label", {}, "Merge with ", other), el("button", { type: "submit", id: "merge-save" }, "Merge"));
  const reports = merged.reports || [];
  const boxes = reports.map((r) => el("input", { type: "checkbox", value: r, class: "split-report" }));
  const splitForm = el("form", { id: "split-form", class: "regroup", hidden: true, onsubmit: (e) => {
    e.preventDefault();
    const chosen = boxes.filter((b) => b.checked).map((b) => b.value);
    if (chosen.length && chosen.length < reports.length) send(path("split"), { reports: chosen }, regrouped);
    else {
      message.dataset.state = "error";
      message.textContent = "Tick the reports that are another event (not all of them).";
    }
  } }, el("p", { class: "hint" }, "The reports ticked become an event of their own:"),
    reports.map((r, i) => el("label", { class: "split-row" }, boxes[i], ` ${r}`)),
    el("button", { type: "submit", id: "split-save" }, "Split"));
  const toggle = (node) => () => {
    for (const f of [form, mergeForm, splitForm]) if (f !== node) f.hidden = true;
    node.hidden = !node.hidden;
    if (map) map.stopEditing();
  };
  return el("section", { class: "review", dataset: { status } },
    el("div", { class: "review-bar" },
      el("span", { class: `status-badge status-${status}` }, STATUS_LABELS[status] || status),
      verdict("accepted", "Accept", "accept"),
      verdict("rejected", "Reject", "reject"),
      status !== "unreviewed" ? verdict("unreviewed", "Undo verdict", "reset") : "",
      editButton,
      el("button", { type: "button", class: "verdict merge", dataset: { verdict: "merge" }, onclick: toggle(mergeForm) }, "Merge…"),
      reports.length > 1 ? el("button", { type: "button", class: "verdict split", dataset: { verdict: "split" }, onclick: toggle(splitForm) }, "Split…") : ""),
    el("div", { class: "review-who" }, note, who),
    tokenRow,
    message,
    form,
    mergeForm,
    splitForm);
}

function editForm(merged, { map, save, message }) {
  const event = merged.event;
  const loc = event.location || {};
  const input = (id, attrs = {}) => el("input", { id, ...attrs });
  const row = (label, ...controls) => el("label", { class: "edit-row" }, el("span", {}, label), ...controls);

  const type = el("select", { id: "edit-type" }, TAXONOMY.types.map((t) => el("option", { value: t.name, selected: t.name === event.event_type ? true : null }, t.name)));
  const sub = el("select", { id: "edit-sub-type" });
  const fillSubTypes = () => {
    const found = TAXONOMY.types.find((t) => t.name === type.value);
    const subs = found ? found.sub_types : [event.sub_event_type];
    sub.replaceChildren(...subs.map((s) => el("option", { value: s, selected: s === event.sub_event_type ? true : null }, s)));
  };
  type.addEventListener("change", fillSubTypes);
  fillSubTypes();
  const date = input("edit-date", { type: "date", value: event.date ? event.date.slice(0, 10) : "" });
  const dateEnd = input("edit-date-end", { type: "date", value: event.date_end ? event.date_end.slice(0, 10) : "" });
  const place = input("edit-place", { type: "text", value: loc.name || "", size: 16 });
  const admin1 = input("edit-admin1", { type: "text", value: loc.admin1 || "", size: 12 });
  const lat = input("edit-lat", { type: "number", step: "any", min: -90, max: 90, value: loc.lat ?? "" });
  const lon = input("edit-lon", { type: "number", step: "any", min: -180, max: 180, value: loc.lon ?? "" });
  const drag = el("button", { type: "button", class: "drag-pin", onclick: () => {
    if (!map) return;
    const at = [num(lat) ?? 0, num(lon) ?? 0];
    map.editPoint(at[0], at[1], (point) => {
      lat.value = point.lat.toFixed(5);
      lon.value = point.lng.toFixed(5);
    });
  } }, "Drag on the map");
  // the gazetteer: places with the name typed (in the event's country first)
  const found = el("ul", { id: "place-results", class: "place-results" });
  const find = el("button", { type: "button", id: "place-find", onclick: async () => {
    const name = place.value.trim();
    if (!name) return;
    const query = new URLSearchParams({ name, limit: "8" });
    if (loc.country) query.set("country", loc.country);
    try {
      let { places } = await api(`/api/places?${query}`);
      if (!places.length && loc.country) places = (await api(`/api/places?${new URLSearchParams({ name, limit: "8" })}`)).places;
      found.replaceChildren(...(places.length ? places.map((p) => el("li", {},
        el("button", { type: "button", class: "place-pick", dataset: { placeId: p.id }, onclick: () => {
          place.value = p.name;
          admin1.value = p.admin1 || "";
          lat.value = String(p.lat);
          lon.value = String(p.lon);
          found.replaceChildren();
          if (map) map.editPoint(p.lat, p.lon, (point) => {
            lat.value = point.lat.toFixed(5);
            lon.value = point.lng.toFixed(5);
          });
        } }, p.name, el("small", {}, ` ${[p.admin2, p.admin1, p.country].filter(Boolean).join(", ")} · ${p.feature_code}`))))
        : [el("li", { class: "none" }, "No place of that name in the gazetteer.")]));
    } catch (err) {
      found.replaceChildren(el("li", { class: "error" }, `Cannot search the gazetteer: ${err.message}`));
    }
  } }, "Find");
  const actor1 = input("edit-actor1", { type: "text", value: event.actor1 ? event.actor1.name : "", size: 20 });
  const actor2 = input("edit-actor2", { type: "text", value: event.actor2 ? event.actor2.name : "", size: 20 });
  const f = event.fatalities || {};
  const low = input("edit-low", { type: "number", min: 0, step: 1, value: f.low ?? "" });
  const best = input("edit-best", { type: "number", min: 0, step: 1, value: f.best ?? "" });
  const high = input("edit-high", { type: "number", min: 0, step: 1, value: f.high ?? "" });
  const claims = (event.claims || []).map((c) => ({
    claim: c,
    field: `claim:${c.document_id ?? ""}:${c.evidence.start}`,
    claimant: el("input", { type: "text", class: "edit-claimant", value: c.claimant ? c.claimant.name : "", size: 16 }),
    value: el("input", { type: "number", class: "edit-claim-value", min: 0, step: 1, value: c.value ?? "" }),
  }));

  function changes() {
    const found = {};
    if (type.value !== event.event_type || sub.value !== event.sub_event_type) found.type = { event_type: type.value, sub_event_type: sub.value };
    const start = event.date ? event.date.slice(0, 10) : "";
    const end = event.date_end ? event.date_end.slice(0, 10) : "";
    if (date.value && (date.value !== start || (dateEnd.value || date.value) !== (end || start))) {
      found.date = { date: date.value, date_end: dateEnd.value || null, date_precision: event.date_precision || "day" };
    }
    const moved = num(lat) !== (loc.lat ?? null) || num(lon) !== (loc.lon ?? null);
    if (moved || place.value.trim() !== (loc.name || "") || admin1.value.trim() !== (loc.admin1 || "")) {
      const same = place.value.trim() === (loc.name || "");
      found.location = {
        name: place.value.trim(), admin1: admin1.value.trim() || null, admin2: same ? loc.admin2 ?? null : null,
        country: loc.country ?? null, lat: num(lat), lon: num(lon), precision: moved || !same ? 1 : loc.precision ?? 1,
      };
    }
    for (const [key, box] of [["actor1", actor1], ["actor2", actor2]]) {
      const was = event[key] ? event[key].name : "";
      if (box.value.trim() !== was) found[key] = box.value.trim() ? { name: box.value.trim(), category: null } : null;
    }
    const figures = { low: num(low), best: num(best), high: num(high) };
    if (figures.low !== (f.low ?? null) || figures.best !== (f.best ?? null) || figures.high !== (f.high ?? null)) {
      found.fatalities = figures.low === null && figures.best === null && figures.high === null ? null : figures;
    }
    for (const c of claims) {
      const name = c.claimant.value.trim() || null;
      const value = num(c.value);
      if (name !== (c.claim.claimant ? c.claim.claimant.name : null) || value !== (c.claim.value ?? null)) {
        found[c.field] = { claimant: name, value };
      }
    }
    return found;
  }

  const form = el("form", { id: "edit-form", class: "edit-form", hidden: true, onsubmit: (e) => {
    e.preventDefault();
    const found = changes();
    if (!Object.keys(found).length) {
      message.dataset.state = "error";
      message.textContent = "Nothing changed.";
      return;
    }
    save(found);
  } },
    el("h4", {}, "Correct this event"),
    row("Type", type, sub),
    row("Date", date, " to ", dateEnd),
    row("Place", place, find, admin1),
    found,
    row("Point", lat, lon, drag),
    row("Actor 1", actor1),
    row("Actor 2", actor2),
    row("Fatalities", "low ", low, " best ", best, " high ", high),
    claims.length ? el("fieldset", { class: "edit-claims" }, el("legend", {}, "Claims"),
      claims.map((c, j) => el("label", { class: "edit-row", dataset: { claimField: c.field } },
        el("span", {}, `${j + 1}. ${c.claim.kind}`), c.value, " by ", c.claimant))) : "",
    el("div", { class: "edit-actions" },
      el("button", { type: "submit", id: "edit-save" }, "Save changes"),
      el("button", { type: "button", onclick: () => {
        form.hidden = true;
        if (map) map.stopEditing();
      } }, "Cancel")));
  return form;
}
