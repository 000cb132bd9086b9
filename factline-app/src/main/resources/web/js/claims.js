// Claims: who said what and when, as a table; and claim threads: one proposition, each source's stance over time.
import {add, day, h, notice} from './dom.js';
import {get} from './api.js';
import {articleLink, entityList, field, filterForm, pager, sourceOf, stanceBadge} from './widgets.js';

export async function claimsView(view, r) {
  const speaker = r.params.get('speaker');
  const about = r.params.get('about');
  const offset = Number(r.params.get('offset') || 0);
  const [page, threads, entities] = await Promise.all([
    get('claims', {speaker, about, limit: 100, offset}),
    get('threads', {about}),
    get('entities', {limit: 500}),
  ]);
  view.dataset.title = 'Claims';
  add(view, h('h1', {}, 'Claims'),
      h('p', {class: 'lede'}, page.total + ' claims', speaker ? ' by ' + speaker : '', about ? ' about ' + about : '', '.'),
      filterForm('claims', [
        field('Speaker', h('input', {name: 'speaker', value: speaker || '', list: 'speaker-names', placeholder: 'anyone'})),
        field('About', h('input', {name: 'about', value: about || '', list: 'speaker-names', placeholder: 'anything'})),
        entityList('speaker-names', entities.items || []),
      ]));

  const rows = (page.items || []).map((c) => {
    const rep = (c.reports || [])[0] || {};
    return h('tr', {},
        h('td', {class: 'nowrap'}, h('time', {}, day(c.date || rep.date))),
        h('td', {}, sourceOf(rep)),
        h('td', {}, stanceBadge(c.stance || c.type)),
        h('td', {class: 'quote'}, c.quote || rep.says || ''),
        h('td', {class: 'nowrap'}, rep.article ? h('a', {href: articleLink(rep)}, rep.doc || 'article') : '—',
            h('div', {class: 'muted small'}, 'reported ', day(rep.reported))));
  });
  view.appendChild(rows.length
      ? h('table', {class: 'data claims-table', id: 'claims-table'},
          h('caption', {class: 'visually-hidden'}, 'Claims by speaker, date, stance and quote'),
          h('thead', {}, h('tr', {}, ['Date', 'Speaker', 'Stance', 'Quote', 'Article'].map((t) => h('th', {scope: 'col'}, t)))),
          h('tbody', {}, rows))
      : notice('No claims for these filters.'));
  view.appendChild(pager('claims', r, page));

  add(view, h('h2', {id: 'threads'}, 'Claim threads'),
      h('p', {class: 'muted'}, 'The same proposition told by several sources: each one’s stance, in the order they said it.'));
  const items = threads.items || threads.threads || [];
  view.appendChild(items.length ? h('div', {class: 'threads', id: 'threads-list'}, items.map(threadBlock))
      : notice('No proposition is told by more than one report yet.'));
}

function threadBlock(t) {
  const stances = [...(t.stances || [])].sort((a, b) => String(a.date || a.reported).localeCompare(String(b.date || b.reported)));
  return h('section', {class: 'thread'}, h('h3', {}, t.proposition),
      h('ol', {class: 'stances'}, stances.map((s) => h('li', {class: 'stance'},
          h('time', {class: 'date'}, day(s.date || s.reported)), stanceBadge(s.stance), ' ', sourceOf(s),
          h('q', {}, s.says || ''),
          s.article ? h('a', {class: 'evidence-link', href: articleLink(s)}, s.doc || 'article') : null))));
}
