// Factline's web UI: one page, a view per route (#/timeline, #/claims, …), all data from the JSON API.
import {clear, h, notice} from './dom.js';
import {ApiError, get, setAsOf} from './api.js';
import {route, navigate, link} from './route.js';
import {timelineView} from './timeline.js';
import {claimsView} from './claims.js';
import {disagreementsView} from './disagreements.js';
import {entitiesView, entityView} from './entities.js';
import {mapView} from './map.js';
import {articlesView, articleView} from './article.js';
import {searchView} from './search.js';

const VIEWS = {
  timeline: timelineView,
  claims: claimsView,
  disagreements: disagreementsView,
  entities: entitiesView,
  entity: entityView,
  map: mapView,
  articles: articlesView,
  article: articleView,
  search: searchView,
};

const main = document.getElementById('main');
let rendering = 0;

async function render() {
  const r = route();
  setAsOf(r.params.get('as_of'));
  showAsOf(r);
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === r.view || (r.view === 'entity' && a.dataset.view === 'entities')
        || (r.view === 'article' && a.dataset.view === 'articles')) {
      a.setAttribute('aria-current', 'page');
    } else {
      a.removeAttribute('aria-current');
    }
    a.href = link(a.dataset.view);
  }
  const view = VIEWS[r.view];
  const mine = ++rendering;
  clear(main);
  main.dataset.view = r.view;
  main.setAttribute('aria-busy', 'true');
  if (!view) {
    main.appendChild(notice('There is no view called “' + r.view + '”.', 'error'));
    main.removeAttribute('aria-busy');
    return;
  }
  const container = h('div', {class: 'view view-' + r.view});
  try {
    await view(container, r);
  } catch (e) {
    container.appendChild(notice(e instanceof ApiError ? e.message : 'Something went wrong: ' + e.message, 'error'));
    console.error(e);
  }
  if (mine !== rendering) return; // a newer route took over while this one loaded
  clear(main).appendChild(container);
  main.removeAttribute('aria-busy');
  main.dataset.ready = r.view;
  document.title = (container.dataset.title ? container.dataset.title + ' — ' : '') + 'Factline';
  for (const after of container.afterRender || []) after();
}

function showAsOf(r) {
  const asOf = r.params.get('as_of');
  const input = document.getElementById('asof-input');
  if (input.value !== (asOf || '')) input.value = asOf || '';
  const banner = document.getElementById('asof-banner');
  banner.hidden = !asOf;
  clear(banner);
  if (asOf) {
    banner.append('Showing only what had been reported by ', h('strong', {}, asOf), '. ');
    banner.appendChild(h('a', {href: link(r.view, r.params, {as_of: null}, r.arg)}, 'Show everything'));
  }
}

document.getElementById('search-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) navigate('search', {q});
});

document.getElementById('asof-form').addEventListener('submit', (e) => e.preventDefault());
document.getElementById('asof-input').addEventListener('change', (e) => {
  const r = route();
  navigate(r.view, Object.fromEntries(r.params), {as_of: e.target.value || null}, r.arg);
});
document.getElementById('asof-clear').addEventListener('click', () => {
  const r = route();
  navigate(r.view, Object.fromEntries(r.params), {as_of: null}, r.arg);
});

document.addEventListener('keydown', (e) => {
  const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement
      || e.target instanceof HTMLSelectElement;
  if (e.key === '/' && !typing) {
    e.preventDefault();
    const input = document.getElementById('search-input');
    input.focus();
    input.select();
  }
});

window.addEventListener('hashchange', render);
if (!location.hash || location.hash === '#') {
  history.replaceState(null, '', '#/timeline');
}
render();

get('status').then((s) => {
  document.getElementById('status').textContent = s.articles + ' articles, ' + s.analysed + ' analysed · ' + s.store;
}).catch(() => {});
