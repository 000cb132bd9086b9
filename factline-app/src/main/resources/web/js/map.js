// The map of events: an offline base map (Natural Earth country shapes shipped with Factline, no tile
// server) and each event with a place, drawn by how precisely the place is known.
import {add, badge, day, h, notice, typeLabel} from './dom.js';
import {get} from './api.js';
import {link} from './route.js';
import {EVENT_TYPES, field, filterForm, typeSelect} from './widgets.js';

let countries = null;

async function countryShapes() {
  if (!countries) {
    countries = fetch('/data/countries-50m.topo.json').then((r) => r.json())
        .then((topo) => unwrapped(topojson.feature(topo, topo.objects.countries)));
  }
  return countries;
}

/**
 * The shapes for a flat map: a ring that crosses the antimeridian (Chukotka, Fiji, Antarctica) goes on past
 * ±180° instead of jumping back across the whole map, which would draw a band around the world.
 */
function unwrapped(collection) {
  const ring = (points) => {
    const out = [points[0]];
    let offset = 0;
    for (let i = 1; i < points.length; i++) {
      const step = points[i][0] - points[i - 1][0];
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
      out.push([points[i][0] + offset, points[i][1]]);
    }
    return out;
  };
  for (const f of collection.features) {
    const g = f.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map((polygon) => polygon.map(ring));
  }
  return collection;
}

/** How far around its point an event may be, by the precision of its place: exact, region, country. */
const RADIUS_KM = {exact: 0, region: 60, country: 250};

/** A Leaflet map in the element, with the country shapes drawn; resolves to the map. */
export async function baseMap(el) {
  const map = L.map(el, {worldCopyJump: true, zoomSnap: 0.5, minZoom: 1, maxZoom: 12, keyboard: true});
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Country shapes: Natural Earth');
  map.setView([30, 20], 2);
  try {
    L.geoJSON(await countryShapes(), {
      style: {color: '#9aa5b1', weight: 0.6, fillColor: '#eef1f4', fillOpacity: 1},
      interactive: false,
    }).addTo(map);
  } catch (e) {
    el.parentElement?.insertBefore(notice('The base map could not be loaded: ' + e.message, 'error'), el);
  }
  return map;
}

/** The event's marker: a dot for an exact place, a dashed circle as wide as the uncertainty otherwise. */
export function eventMarker(e) {
  const loc = e.location;
  const precision = String(loc.precision || 'exact').toLowerCase();
  const colour = e.disputed ? '#b45309' : '#1d4e89';
  const layer = precision === 'exact' || !RADIUS_KM[precision]
      ? L.circleMarker([loc.lat, loc.lon], {radius: 6, color: colour, weight: 2, fillOpacity: 0.7})
      : L.circle([loc.lat, loc.lon], {radius: RADIUS_KM[precision] * 1000, color: colour, weight: 1.5, dashArray: '4 4', fillOpacity: 0.12});
  layer.bindPopup(() => popup(e, precision));
  layer.bindTooltip(typeLabel(e.type) + ' — ' + (loc.name || ''));
  return layer;
}

function popup(e, precision) {
  return h('div', {class: 'popup'},
      h('strong', {}, typeLabel(e.type)), e.disputed ? h('span', {class: 'warn'}, ' ⚠') : null,
      h('div', {}, e.location.name || '', ' · ', day(e.date)),
      h('div', {class: 'muted small'}, 'place known to the ', precision === 'exact' ? 'exact point' : precision),
      (e.actors && e.actors.length) ? h('div', {}, 'Actors: ', e.actors.map((a) => a.name).join(', ')) : null,
      h('div', {}, (e.reports || []).length, ' report(s) · ', h('a', {href: link('timeline', {about: e.location.name})}, 'on the timeline')));
}

export async function mapView(view, r) {
  const type = r.params.get('type');
  const page = await get('events', {type, limit: 500});
  const events = page.items || [];
  const placed = events.filter((e) => e.location && Number.isFinite(e.location.lat) && Number.isFinite(e.location.lon));
  view.dataset.title = 'Map';
  const mapEl = h('div', {class: 'map', id: 'events-map', role: 'region', 'aria-label': 'Map of events'});
  add(view, h('h1', {}, 'Map of events'),
      h('p', {class: 'lede'}, placed.length + ' of ' + page.total + ' events have a place.'),
      filterForm('map', [field('Type', typeSelect('map-type', EVENT_TYPES, type, false))]),
      mapEl,
      h('p', {class: 'legend'}, h('span', {class: 'dot'}), ' exact place  ', h('span', {class: 'ring'}), ' region or country (the circle is the uncertainty)  ',
          h('span', {class: 'dot disputed'}), ' sources disagree'),
      h('h2', {}, 'Events with a place'),
      h('ul', {class: 'plain', id: 'map-events'}, placed.map((e) => h('li', {},
          h('time', {class: 'date'}, day(e.date)), ' ', badge(typeLabel(e.type)), ' ', e.location.name,
          h('span', {class: 'muted'}, ' (' + String(e.location.precision || '').toLowerCase() + ')')))));
  view.afterRender = [async () => {
    const map = await baseMap(mapEl);
    const layers = placed.map((e) => eventMarker(e).addTo(map));
    if (layers.length) map.fitBounds(L.featureGroup(layers).getBounds().pad(0.4), {maxZoom: 6});
    mapEl.dataset.markers = String(layers.length);
  }];
}
