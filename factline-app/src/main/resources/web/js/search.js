// Search across articles, claims and events, by words and by names in any spelling.
import {add, badge, day, h, marked, notice} from './dom.js';
import {get} from './api.js';
import {link} from './route.js';
import {field, filterForm} from './widgets.js';

export async function searchView(view, r) {
  const q = r.params.get('q') || '';
  const type = r.params.get('type');
  const input = document.getElementById('search-input');
  if (input && input.value !== q) input.value = q;
  view.dataset.title = 'Search';
  add(view, h('h1', {}, 'Search'), filterForm('search', [
    field('Words', h('input', {name: 'q', value: q, type: 'search'})),
    field('In', h('select', {name: 'type'}, [['', 'everything'], ['article', 'articles'], ['claim', 'claims'], ['event', 'events']]
        .map(([v, t]) => h('option', {value: v, selected: (type || '') === v}, t)))),
  ]));
  if (!q) {
    view.appendChild(notice('Type words or a name, in any spelling: Guerassimov finds “Valéri Guérassimov”.'));
    return;
  }
  const result = await get('search', {q, type, limit: 50});
  const hits = result.hits || [];
  view.appendChild(h('p', {class: 'lede'}, result.total + ' found for “', q, '”.', result.message ? ' ' + result.message : ''));
  view.appendChild(h('ol', {class: 'hits', id: 'search-hits'}, hits.map((x) => h('li', {class: 'hit'},
      h('div', {}, badge(x.kind, 'kind-' + x.kind), ' ', h('time', {class: 'date'}, day(x.date)), ' ',
          x.speaker ? h('strong', {}, x.speaker) : null, x.type ? [' ', h('span', {class: 'muted'}, String(x.type).toLowerCase())] : null,
          ' · ', h('a', {href: link('article', {}, {}, x.article)}, x.title || x.doc)),
      h('p', {class: 'snippet'}, marked(x.snippet || '', x.highlights || []))))));
}
