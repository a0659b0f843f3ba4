// The event panel: an event's ACLED fields, fatalities, claims with their claimants, and
// each source article with the evidence highlighted in place. Article text is only ever
// inserted as text nodes and <mark> elements made here, never parsed as HTML.
import { api, append, el, formatDates, humanCategory, safeLink } from "./util.js";
import { historyList, reviewSection } from "./review.js";

const GEO_PRECISION = { 1: "the place itself", 2: "near the place, or part of a region", 3: "a larger region" };
const QUALIFIERS = { exact: "exact", at_least: "at least", at_most: "at most", approx: "about", unknown: "no number" };

/**
 * Python str offsets count code points; JS strings count UTF-16 units. A function from a
 * code point offset to a UTF-16 offset, and the text's length in code points.
 */
export function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return { at: (i) => i, length: text.length };
  const units = [0];
  let at = 0;
  for (const ch of text) units.push((at += ch.length));
  return { at: (i) => units[i], length: units.length - 1 };
}

/**
 * The text with these spans ({start, end, text, key, kind}, code point offsets) wrapped
 * in <mark data-spans="keys...">; overlapping spans cut the text into pieces. Returns the
 * node and a list of problems (spans outside the text or whose text does not match).
 */
export function highlight(text, spans) {
  const index = codePointIndex(text);
  const problems = [];
  const valid = [];
  for (const span of spans) {
    if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= index.length)) {
      problems.push(`evidence [${span.start}, ${span.end}) lies outside the article (${index.length} characters)`);
      continue;
    }
    const a = index.at(span.start);
    const b = index.at(span.end);
    if (typeof span.text === "string" && text.slice(a, b) !== span.text) {
      problems.push(`evidence [${span.start}, ${span.end}) does not match the article text`);
    }
    valid.push({ ...span, a, b });
  }
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.a, s.b])])].sort((x, y) => x - y);
  const node = el("div", { class: "article-text" });
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter((s) => s.a <= a && s.b >= b);
    if (!covering.length) {
      node.append(document.createTextNode(piece));
      continue;
    }
    const kind = covering.some((s) => s.kind === "claim") ? "of-claim" : "of-fields";
    node.append(el("mark", { class: kind, dataset: { spans: covering.map((s) => s.key).join(" ") } }, piece));
  }
  return { node, problems };
}

/** The evidence spans of an event, keyed `<prefix>e<i>` (fields) and `<prefix>c<j>` (claims). */
function spansOf(event, prefix) {
  const spans = (event.evidence || []).map((ev, i) => ({ ...ev, key: `${prefix}e${i}`, kind: "evidence" }));
  (event.claims || []).forEach((claim, j) => {
    if (claim.evidence) {
      const document_id = claim.evidence.document_id ?? claim.document_id ?? null;
      spans.push({ ...claim.evidence, document_id, key: `${prefix}c${j}`, kind: "claim" });
    }
  });
  return spans;
}

function actor(ref) {
  if (!ref) return el("span", { class: "none" }, "–");
  const category = humanCategory(ref.category);
  return el("span", { class: "actor" }, el("strong", {}, ref.name), category ? ` (${category})` : "",
    ref.mention && ref.mention !== ref.name ? el("span", { class: "mention" }, ` as “${ref.mention}”`) : "");
}

const actors = (refs) => (refs && refs.length ? refs.flatMap((r, i) => (i ? ["; ", actor(r)] : [actor(r)])) : null);

function figures(f, kind) {
  if (!f) return el("span", { class: "none", dataset: { figures: kind } }, "no figure reported");
  return el("span", { class: "figures", dataset: { figures: kind } },
    ["low", "best", "high"].map((k) => el("span", { class: `figure ${k}`, dataset: { kind: k } }, el("small", {}, k), String(f[k] ?? "–"))));
}

function fieldList(event, countryName) {
  const loc = event.location;
  const place = loc
    ? [loc.relation && loc.relation !== "at" ? `${loc.relation.replaceAll("_", " ")} ` : "", el("strong", {}, loc.name),
       [loc.admin2, loc.admin1, loc.country ? `${countryName(loc.country)} (${loc.country})` : null].filter(Boolean).map((p) => `, ${p}`)]
    : "unknown";
  const coordinates = loc && typeof loc.lat === "number"
    ? `${loc.lat.toFixed(4)}, ${loc.lon.toFixed(4)} · geo precision ${loc.precision ?? "?"}${GEO_PRECISION[loc.precision] ? ` (${GEO_PRECISION[loc.precision]})` : ""}`
    : "none";
  const rows = [
    ["Type", `${event.event_type} / ${event.sub_event_type}`],
    ["Date", `${formatDates(event.date, event.date_end)} · precision: ${event.date_precision ?? "unknown"}`],
    ["Place", place],
    ["Coordinates", coordinates],
    ["Actor 1", actor(event.actor1)],
    ["Assoc. actor 1", actors(event.assoc_actor1)],
    ["Actor 2", actor(event.actor2)],
    ["Assoc. actor 2", actors(event.assoc_actor2)],
    ["Fatalities", [figures(event.fatalities, "fatalities"), event.fatality_policy ? el("span", { class: "policy" }, ` policy ${event.fatality_policy}`) : ""]],
    ["Injured", event.injured ? figures(event.injured, "injured") : null],
    ["Confidence", typeof event.confidence === "number" ? event.confidence.toFixed(2) : null],
    ["Event words", event.triggers && event.triggers.length ? event.triggers.join(", ") : null],
  ];
  return el("dl", { class: "fields" }, rows.filter(([, v]) => v !== null).map(([k, v]) => [el("dt", {}, k), el("dd", { dataset: { field: k } }, v)]));
}

function claimRow(claim, key, activate) {
  const number = claim.value === null || claim.value === undefined ? "?" : claim.value_max ? `${claim.value}–${claim.value_max}` : String(claim.value);
  const who = claim.claimant
    ? ["claimed by ", actor(claim.claimant), claim.via ? [" via ", el("strong", {}, claim.via.name)] : ""]
    : [el("em", { class: "unattributed" }, "unattributed")];
  return el("li", { class: "claim", dataset: { claimValue: claim.value ?? "", claimKind: claim.kind, span: key } },
    el("div", { class: "claim-head" },
      el("span", { class: `kind kind-${claim.kind}` }, claim.kind, claim.also && claim.also.length ? ` or ${claim.also.join(" or ")}` : ""),
      el("strong", { class: "value" }, number),
      el("span", { class: "qualifier" }, QUALIFIERS[claim.qualifier] || claim.qualifier),
      claim.figure ? el("span", { class: "figure-text" }, `“${claim.figure}”`) : "",
      claim.boast ? el("span", { class: "badge", title: "a party's figure about its enemy's dead" }, "boast") : ""),
    el("div", { class: "claimant" }, who),
    claim.victims ? el("div", { class: "victims" }, "victims: ", claim.victims) : "",
    claim.evidence ? el("button", { type: "button", class: "evidence-link", onclick: () => activate(key) }, "show evidence ↓") : "");
}

function claimList(event, prefix, activate) {
  const claims = event.claims || [];
  if (!claims.length) return el("p", { class: "none" }, "No casualty claims.");
  return el("ol", { class: "claims" }, claims.map((c, j) => claimRow(c, `${prefix}c${j}`, activate)));
}

function articleHeader(meta) {
  return el("header", { class: "source-head" },
    el("h4", {}, meta.title || "(untitled article)"),
    el("div", { class: "meta" }, [meta.outlet, meta.published, meta.language].filter(Boolean).join(" · ") || "no outlet or date",
      meta.document_id || meta.id ? el("code", {}, ` ${meta.document_id || meta.id}`) : ""),
    meta.url ? el("div", { class: "url" }, safeLink(meta.url)) : "");
}

/** Replace a node's children; arrays are flattened and strings become text. */
const fill = (node, ...children) => append((node.replaceChildren(), node), children);

function problemsNote(problems) {
  return problems.length ? el("p", { class: "span-mismatch" }, problems.join("; ")) : "";
}

export function createPanel(root, { countryName, onClose, onReviewed = () => {}, map = null }) {
  let controller = null;
  let pending = null; // a span to activate once its article has loaded

  function activate(key, scroll = true) {
    for (const node of root.querySelectorAll("mark.active, .claim.active")) node.classList.remove("active");
    const marks = [...root.querySelectorAll("mark")].filter((m) => m.dataset.spans.split(" ").includes(key));
    for (const node of marks) node.classList.add("active");
    for (const node of root.querySelectorAll(`.claim[data-span="${key}"]`)) node.classList.add("active");
    pending = marks.length ? null : key;
    if (scroll && marks.length) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  // clicking a highlighted span shows the claims it supports
  root.addEventListener("click", (event) => {
    const mark = event.target.closest("mark");
    if (!mark) return;
    for (const node of root.querySelectorAll("mark.active, .claim.active")) node.classList.remove("active");
    mark.classList.add("active");
    const keys = mark.dataset.spans.split(" ");
    const rows = [...root.querySelectorAll(".claim")].filter((r) => keys.includes(r.dataset.span));
    for (const row of rows) row.classList.add("active");
    if (rows.length) rows[0].scrollIntoView({ block: "nearest", behavior: "smooth" });
  });

  function start(kind, id) {
    if (controller) controller.abort();
    controller = new AbortController();
    pending = null;
    root.hidden = false;
    root.dataset.kind = kind;
    if (id) root.dataset.eventId = id;
    else delete root.dataset.eventId;
    root.dataset.state = "loading";
    if (map) map.stopEditing();
    return controller.signal;
  }

  const closeButton = () => el("button", { type: "button", class: "close", title: "Close (Esc)", onclick: close }, "×");

  function close() {
    if (controller) controller.abort();
    root.hidden = true;
    delete root.dataset.eventId;
    root.replaceChildren();
    if (map) map.stopEditing();
    onClose();
  }

  async function showEvent(id) {
    const signal = start("event", id);
    root.replaceChildren(el("p", { class: "loading" }, "Loading event…"));
    let found;
    try {
      found = await api(`/api/events/${encodeURIComponent(id)}`, { signal });
    } catch (err) {
      if (err.name === "AbortError") return;
      root.replaceChildren(closeButton(), el("p", { class: "error" }, `Cannot load event ${id}: ${err.message}`));
      root.dataset.state = "error";
      return;
    }
    const { event, sources = [], reports = [], merge_reasons = [] } = found;
    const spans = spansOf(event, "");
    const history = el("div", { class: "history-slot" }, el("p", { class: "loading" }, "Loading the history…"));
    const saved = () => {
      onReviewed(event.id);
      showEvent(event.id);
    };
    const articles = sources.map((source) =>
      el("article", { class: "source", dataset: { documentId: source.document_id } }, articleHeader(source),
        el("div", { class: "article-text loading" }, "Loading the article…")));
    fill(root,
      closeButton(),
      el("h2", {}, event.sub_event_type, el("small", {}, ` ${event.event_type}`)),
      el("p", { class: "event-id" }, "event ", el("code", {}, event.id), ` · ${sources.length} source${sources.length === 1 ? "" : "s"} · ${reports.length} report${reports.length === 1 ? "" : "s"}`),
      reviewSection(found, { onSaved: saved, map, onRegrouped: (ids) => {
        onReviewed(ids[0]);
        showEvent(ids[0]);
      } }),
      fieldList(event, countryName),
      el("h3", {}, "Claims"),
      claimList(event, "", activate),
      merge_reasons.length ? [el("h3", {}, "Why the reports were merged"), el("ul", { class: "merge" }, merge_reasons.map((r) => el("li", {}, r)))] : "",
      el("h3", { id: "history-title" }, "History"),
      history,
      el("h3", {}, "Sources"),
      el("p", { class: "hint" }, "Evidence is highlighted; the spans of casualty claims are darker. Click a claim's link to jump to its sentence."),
      articles);
    const loadHistory = async () => {
      try {
        history.replaceChildren(historyList(await api(`/api/events/${encodeURIComponent(event.id)}/history`, { signal })));
      } catch (err) {
        if (err.name === "AbortError") return;
        history.replaceChildren(el("p", { class: "error" }, `Cannot load the history: ${err.message}`));
      }
    };
    await Promise.all([loadHistory(), ...sources.map(async (source, i) => {
      try {
        const doc = await api(`/api/documents/${encodeURIComponent(source.document_id)}`, { signal });
        const { node, problems } = highlight(doc.text, spans.filter((s) => s.document_id === source.document_id));
        fill(articles[i], articleHeader({ ...source, ...doc, document_id: source.document_id }), problemsNote(problems), node);
      } catch (err) {
        if (err.name === "AbortError") return;
        articles[i].lastChild.replaceWith(el("p", { class: "error" }, `Cannot load the article: ${err.message}`));
      }
    })]);
    if (signal.aborted) return;
    root.dataset.state = "ready";
    if (pending) activate(pending);
  }

  /** The result of POST /api/extract: each event, then the pasted text with every event's evidence. */
  function showExtract(result) {
    start("extract", null);
    const { document: doc, events = [] } = result;
    const spans = events.flatMap((event, i) => spansOf(event, `x${i}-`)).filter((s) => s.document_id === null || s.document_id === undefined || s.document_id === doc.id);
    const { node, problems } = highlight(doc.text, spans);
    const cards = events.map((event, i) =>
      el("section", { class: "event-card", dataset: { eventIndex: i } },
        el("h3", {}, `${i + 1}. ${event.sub_event_type}`, el("small", {}, ` ${event.event_type}`)),
        fieldList(event, countryName),
        el("h4", {}, "Claims"),
        claimList(event, `x${i}-`, activate)));
    fill(root,
      closeButton(),
      el("h2", {}, "Pasted article", el("small", {}, " (not stored)")),
      el("p", { class: "extract-summary" }, events.length ? `${events.length} event${events.length === 1 ? "" : "s"} found.` : "No events found in the pasted text."),
      cards,
      el("h3", {}, "Pasted text"),
      el("article", { class: "source", dataset: { documentId: doc.id } }, articleHeader(doc), problemsNote(problems), node));
    root.dataset.state = "ready";
    root.scrollTop = 0;
  }

  return { showEvent, showExtract, close, activate };
}
