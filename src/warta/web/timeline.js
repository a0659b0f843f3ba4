// The timeline: a histogram of events per day (short spans) or per month, stacked by
// event type, drawn in SVG, and under it the fatalities of each bin (the sum of the best
// figures, with the band from the low to the high sums); dragging across the histogram
// (or clicking a bar) picks a date range.
import { colourOf, svg } from "./util.js";

const DAY = 86_400_000;
const HEIGHT = 96;
const AXIS = 16; // pixels under the bars for labels
const DEATHS_HEIGHT = 48; // the fatalities chart
const MAX_DAILY_SPAN = 120; // days; longer spans are binned by month
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const parseDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Bins from the first to the last event date, empty ones included. */
export function binEvents(rows) {
  const dated = rows.filter((r) => r.date);
  if (!dated.length) return { unit: "day", bins: [] };
  const days = dated.map((r) => parseDay(r.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const unit = (last - first) / DAY <= MAX_DAILY_SPAN ? "day" : "month";
  const bins = [];
  const index = new Map();
  if (unit === "day") {
    for (let t = first; t <= last; t += DAY) {
      index.set(isoDay(t), bins.length);
      bins.push({ key: isoDay(t), from: isoDay(t), to: isoDay(t), count: 0, types: new Map(), low: 0, best: 0, high: 0 });
    }
  } else {
    const start = new Date(first);
    for (let y = start.getUTCFullYear(), m = start.getUTCMonth(); Date.UTC(y, m, 1) <= last; m === 11 ? ((m = 0), y++) : m++) {
      const key = `${y}-${String(m + 1).padStart(2, "0")}`;
      index.set(key, bins.length);
      bins.push({ key, from: `${key}-01`, to: isoDay(Date.UTC(y, m + 1, 0)), count: 0, types: new Map(), low: 0, best: 0, high: 0 });
    }
  }
  for (const row of dated) {
    const bin = bins[index.get(unit === "day" ? row.date.slice(0, 10) : row.date.slice(0, 7))];
    bin.count += 1;
    bin.types.set(row.event_type, (bin.types.get(row.event_type) || 0) + 1);
    const f = row.fatalities;
    if (f) {
      const best = f.best ?? f.high ?? f.low ?? 0;
      bin.best += best;
      bin.low += f.low ?? best;
      bin.high += f.high ?? best;
    }
  }
  return { unit, bins };
}

function label(bin, unit) {
  const month = MONTHS[+bin.key.slice(5, 7) - 1];
  return unit === "day" ? `${+bin.key.slice(8, 10)} ${month}` : `${month} ${bin.key.slice(0, 4)}`;
}

export function createTimeline(node, { onBrush, caption }) {
  let data = { unit: "day", bins: [] };
  let range = null; // [first bin index, last bin index] of the brush
  let width = 0;
  const view = svg("svg", { class: "timeline-svg", height: HEIGHT, role: "img" });
  const deaths = svg("svg", { class: "deaths-svg", height: DEATHS_HEIGHT, role: "img" });
  node.append(view, deaths);

  const binWidth = () => (data.bins.length ? width / data.bins.length : width);
  const binAt = (clientX) => {
    const x = clientX - view.getBoundingClientRect().left;
    return Math.max(0, Math.min(data.bins.length - 1, Math.floor(x / binWidth())));
  };

  function draw() {
    width = Math.max(100, node.clientWidth);
    view.setAttribute("width", width);
    view.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    view.replaceChildren();
    const { bins, unit } = data;
    node.dataset.unit = unit;
    view.setAttribute("aria-label", `events per ${unit}`);
    caption.textContent = bins.length ? `events per ${unit} (tallest bar: ${Math.max(...bins.map((b) => b.count))})` : "";
    if (!bins.length) {
      view.append(svg("text", { x: 8, y: HEIGHT / 2, class: "empty", text: "no dated events" }));
      return;
    }
    const w = binWidth();
    const top = Math.max(...bins.map((b) => b.count));
    const scale = (HEIGHT - AXIS - 4) / top;
    let lastLabel = -Infinity;
    bins.forEach((bin, i) => {
      const inside = !range || (i >= range[0] && i <= range[1]);
      const group = svg("g", { class: `bin${inside ? "" : " out"}`, dataset: { bin: bin.key, count: bin.count } });
      group.append(svg("rect", { class: "bin-bg", x: i * w, y: 0, width: w, height: HEIGHT - AXIS }));
      let y = HEIGHT - AXIS;
      for (const [type, n] of bin.types) {
        const h = n * scale;
        y -= h;
        group.append(svg("rect", { class: "bar", x: i * w + 0.5, y, width: Math.max(1, w - 1), height: h, fill: colourOf(type) }));
      }
      group.append(svg("title", { text: `${unit === "day" ? bin.key : label(bin, unit)}: ${bin.count} event${bin.count === 1 ? "" : "s"}` }));
      view.append(group);
      const boundary = unit === "day" ? true : bin.key.endsWith("-01") || i === 0;
      if (boundary && i * w - lastLabel >= 64) {
        view.append(svg("text", { x: i * w + 1, y: HEIGHT - 3, class: "tick", text: unit === "day" ? label(bin, unit) : bin.key.endsWith("-01") ? bin.key.slice(0, 4) : label(bin, unit) }));
        lastLabel = i * w;
      }
    });
    if (range) {
      view.append(svg("rect", { class: "brush", x: range[0] * w, y: 0, width: (range[1] - range[0] + 1) * w, height: HEIGHT - AXIS }));
    }
    drawDeaths(w);
  }

  /** Fatalities per bin under the histogram, on the same x scale: best as a bar, low-high as a band. */
  function drawDeaths(w) {
    const { bins, unit } = data;
    deaths.setAttribute("width", width);
    deaths.setAttribute("viewBox", `0 0 ${width} ${DEATHS_HEIGHT}`);
    deaths.replaceChildren();
    const total = bins.reduce((sum, b) => ({ low: sum.low + b.low, best: sum.best + b.best, high: sum.high + b.high }), { low: 0, best: 0, high: 0 });
    deaths.setAttribute("aria-label", `fatalities per ${unit}: ${total.best} (best), ${total.low}–${total.high}`);
    node.dataset.deaths = String(total.best);
    const top = Math.max(0, ...bins.map((b) => b.high));
    if (caption.textContent) caption.textContent += ` · fatalities ${total.best} (best; ${total.low}–${total.high})`;
    if (!top) {
      deaths.append(svg("text", { x: 8, y: DEATHS_HEIGHT / 2, class: "empty", text: bins.length ? "no fatality figures" : "" }));
      return;
    }
    const scale = (DEATHS_HEIGHT - 12) / top;
    bins.forEach((bin, i) => {
      if (!bin.high && !bin.best) return;
      const inside = !range || (i >= range[0] && i <= range[1]);
      const group = svg("g", { class: `deaths-bin${inside ? "" : " out"}`, dataset: { bin: bin.key, best: bin.best, low: bin.low, high: bin.high } });
      const base = DEATHS_HEIGHT - 2;
      const mid = i * w + w / 2;
      group.append(svg("rect", { class: "deaths-band", x: mid - Math.max(1.5, w / 6), y: base - bin.high * scale, width: Math.max(3, w / 3), height: Math.max(1, (bin.high - bin.low) * scale) }));
      group.append(svg("rect", { class: "deaths-bar", x: i * w + Math.max(1, w / 4), y: base - bin.best * scale, width: Math.max(1, w / 2), height: bin.best * scale }));
      group.append(svg("title", { text: `${unit === "day" ? bin.key : label(bin, unit)}: ${bin.best} killed (best), ${bin.low}–${bin.high}` }));
      deaths.append(group);
    });
    deaths.append(svg("text", { x: width - 4, y: 10, "text-anchor": "end", class: "tick", text: `killed per ${unit} (bar: best; band: low–high; top ${top})` }));
  }

  // brushing: press, drag, release; a click without dragging picks one bin
  let anchor = null;
  view.addEventListener("pointerdown", (event) => {
    if (!data.bins.length || event.button !== 0) return;
    anchor = binAt(event.clientX);
    range = [anchor, anchor];
    view.setPointerCapture(event.pointerId);
    draw();
    event.preventDefault();
  });
  view.addEventListener("pointermove", (event) => {
    if (anchor === null) return;
    const at = binAt(event.clientX);
    const next = [Math.min(anchor, at), Math.max(anchor, at)];
    if (next[0] !== range[0] || next[1] !== range[1]) {
      range = next;
      draw();
    }
  });
  const finish = () => {
    if (anchor === null) return;
    anchor = null;
    onBrush({ from: data.bins[range[0]].from, to: data.bins[range[1]].to });
  };
  view.addEventListener("pointerup", finish);
  view.addEventListener("pointercancel", finish);
  new ResizeObserver(() => {
    if (node.clientWidth !== width) draw();
  }).observe(node);

  return {
    /** Draw these events (the brush is cleared). */
    render(rows) {
      data = binEvents(rows);
      range = null;
      draw();
    },
    /** Clear the brush (the caller reloads). */
    clear() {
      range = null;
      draw();
    },
  };
}
