// Entities: the list, and one entity's page — names, roles, claims by and about it, events, places.
import {add, badge, day, h, notice, typeLabel} from './dom.js';
import {get} from './api.js';
import {link} from './route.js';
import {baseMap, eventMarker} from './map.js';
import {field, filterForm, pager, reportBlock} from './widgets.js';

const TYPES = ['PERSON', 'ORG', 'LOC', 'GPE', 'MISC'];

export async function entitiesView(view, r) {
  const q = r.params.get('q');
  const type = r.params.get('type');
  const page = await get('entities', {q, type, limit: 100, offset: r.params.get('offset')});
  view.dataset.title = 'Entities';
  add(view, h('h1', {}, 'Entities'),
      h('p', {class: 'lede'}, page.total + ' people, organisations and places named in the articles, every spelling as one.'),
      filterForm('entities', [
        field('Name', h('input', {name: 'q', value: q || '', placeholder: 'any spelling'})),
        field('Type', h('select', {name: 'type'}, h('option', {value: ''}, 'All'),
            TYPES.map((t) => h('option', {value: t, selected: t === type}, t)))),
      ]));
  const items = page.items || [];
  view.appendChild(items.length ? h('table', {class: 'data', id: 'entities-table'},
      h('thead', {}, h('tr', {}, ['Name', 'Type', 'Articles', 'Also written'].map((t) => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, items.map((e) => h('tr', {},
          h('td', {}, h('a', {href: link('entity', {}, {}, e.id)}, e.name), e.known ? null : h('span', {class: 'muted small'}, ' (not in the knowledge base)')),
          h('td', {}, badge(e.type)),
          h('td', {class: 'num'}, e.articles),
          h('td', {class: 'muted'}, (e.aliases || []).filter((a) => a !== e.name).slice(0, 6).join(' · '))))))
      : notice('No entity matches.'));
  view.appendChild(pager('entities', r, page));
}

export async function entityView(view, r) {
  const e = await get('entities/' + encodeURIComponent(r.arg));
  view.dataset.title = e.name;
  const events = e.events || [];
  const placed = events.filter((x) => x.location && Number.isFinite(x.location.lat));
  const hasPlace = e.place && Number.isFinite(e.place.lat);
  const mapEl = (hasPlace || placed.length) ? h('div', {class: 'map small-map', id: 'entity-map'}) : null;
  add(view, 
      h('p', {class: 'crumbs'}, h('a', {href: link('entities')}, 'Entities'), ' / '),
      h('h1', {}, e.name, ' ', badge(e.type)),
      h('dl', {class: 'facts'},
          h('dt', {}, 'Identifier'), h('dd', {}, e.id, e.known ? '' : ' (not in the knowledge base)'),
          h('dt', {}, 'Also written'), h('dd', {}, (e.spellings || e.aliases || []).join(' · ') || '—'),
          (e.roles && e.roles.length) ? [h('dt', {}, 'Roles'), h('dd', {}, h('ul', {class: 'plain'}, e.roles.map((ro) =>
              h('li', {}, typeLabel(ro.role), ro.of ? ' of ' + ro.of : '', ' (', day(ro.from), ' – ', ro.to || 'now', ')'))))] : null,
          hasPlace ? [h('dt', {}, 'Coordinates'), h('dd', {}, e.place.lat.toFixed(3) + ', ' + e.place.lon.toFixed(3),
              e.place.country ? ' · ' + e.place.country : '')] : null,
          h('dt', {}, 'Articles'), h('dd', {}, (e.articles || []).length)),
      h('p', {}, h('a', {href: link('timeline', {about: e.name})}, 'Its timeline'), ' · ',
          h('a', {href: link('claims', {speaker: e.name})}, 'Claims by it'), ' · ',
          h('a', {href: link('search', {q: e.name})}, 'Search for it')),
      mapEl,
      section('Claims by ' + e.name, e.claims_by, 'claims-by'),
      section('Claims about ' + e.name, e.claims_about, 'claims-about'),
      h('h2', {}, 'Events'),
      events.length ? h('ul', {class: 'plain', id: 'entity-events'}, events.map((x) => h('li', {class: 'event-line'},
          h('time', {class: 'date'}, day(x.date)), ' ', badge(typeLabel(x.type)), ' ', x.label || '',
          x.disputed ? h('span', {class: 'warn', title: 'Sources disagree'}, ' ⚠') : null)))
          : notice('It takes part in no event found so far.'));
  if (mapEl) {
    view.afterRender = [async () => {
      const map = await baseMap(mapEl);
      const layers = placed.map((x) => eventMarker(x).addTo(map));
      if (hasPlace) layers.push(L.marker([e.place.lat, e.place.lon], {title: e.name, alt: e.name}).addTo(map));
      map.fitBounds(L.featureGroup(layers).getBounds().pad(0.5), {maxZoom: 6});
    }];
  }
}

function section(title, entries, id) {
  const list = entries || [];
  return [h('h2', {}, title), list.length
      ? h('div', {class: 'reports', id}, list.map((c) => reportBlock((c.reports || [])[0] || {})))
      : notice('None.')];
}
