// Articles: the list, and one article's text with what Factline found in it highlighted (entities, dates,
// claims, events, figures), in the manner of displaCy, and what cleaning removed from it.
import {add, badge, clear, day, h, notice, typeLabel} from './dom.js';
import {get} from './api.js';
import {link} from './route.js';
import {pager} from './widgets.js';

export async function articlesView(view, r) {
  const page = await get('articles', {limit: 100, offset: r.params.get('offset'), lang: r.params.get('lang')});
  view.dataset.title = 'Articles';
  add(view, h('h1', {}, 'Articles'), h('p', {class: 'lede'}, page.total + ' articles, newest first.'));
  const items = page.items || [];
  view.appendChild(items.length ? h('table', {class: 'data', id: 'articles-table'},
      h('thead', {}, h('tr', {}, ['Published', 'Title', 'Language', 'Outlet', 'Found'].map((t) => h('th', {scope: 'col'}, t)))),
      h('tbody', {}, items.map((a) => h('tr', {},
          h('td', {class: 'nowrap'}, day(a.published), h('div', {class: 'muted small'}, a.published_basis || '')),
          h('td', {}, h('a', {href: link('article', {}, {}, a.id)}, a.title || a.doc)),
          h('td', {}, a.lang || '—'),
          h('td', {}, a.outlet || '—'),
          h('td', {class: 'muted small'}, a.counts ? Object.entries(a.counts).map(([k, v]) => v + ' ' + k).join(', ') : '')))))
      : notice('No articles yet. Add some with: factline ingest PATH'));
  view.appendChild(pager('articles', r, page));
}

/** The layers of an article, each a list of marked spans of the text. */
function layers(analysis) {
  const out = [];
  for (const e of analysis.entities || []) {
    for (const m of e.mentions || []) {
      out.push({layer: 'entity', start: m.start, end: m.end, cls: 'ent ent-' + e.type, label: e.type,
        describe: () => [h('strong', {}, e.name), ' ', badge(e.type), ' ',
          e.known ? h('a', {href: link('entity', {}, {}, e.id)}, 'entity page') : h('span', {class: 'muted'}, 'not in the knowledge base')]});
    }
  }
  for (const t of analysis.timex || []) {
    out.push({layer: 'timex', start: t.start, end: t.end, cls: 'timex', label: t.value || t.type,
      describe: () => ['Time expression ', h('code', {}, t.text), ' = ', h('strong', {}, t.value || '?'), h('span', {class: 'muted'}, ' (' + (t.type || '') + ')')]});
  }
  for (const c of analysis.claims || []) {
    out.push({layer: 'claim', start: c.start, end: c.end, cls: 'claim-span',
      describe: () => ['Claim by ', h('strong', {}, (c.speaker && c.speaker.name) || 'unknown'), ' (', c.cue || '', '), ',
        badge(c.stance || c.polarity || ''), ' ', day(c.date)]});
  }
  for (const ev of analysis.events || []) {
    out.push({layer: 'event', start: ev.start, end: ev.end, cls: 'event-span', label: typeLabel(ev.type),
      describe: () => ['Event ', h('strong', {}, typeLabel(ev.type)), ', ', day(ev.date),
        ev.location ? ' in ' + ev.location.name : '', ev.asserted_by ? ', according to ' + ev.asserted_by : '']});
  }
  for (const q of [...(analysis.quantities || []), ...(analysis.magnitudes || [])]) {
    out.push({layer: 'figure', start: q.start, end: q.end, cls: 'figure-span',
      describe: () => ['Figure ', h('strong', {}, q.value ?? ((q.low ?? '?') + '–' + (q.high ?? '?'))), ' ', q.unit || '',
        q.what ? ' of ' + q.what : '', q.qualifier ? ' (' + q.qualifier + ')' : '', ', source: ', q.source || '—']});
  }
  return out.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start);
}

/** The text cut where any span starts or ends; each piece carries the classes of the spans covering it. */
export function highlighted(text, spans, focus, onPick) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    if (s.end <= text.length) { cuts.add(s.start); cuts.add(s.end); }
  }
  if (focus) { cuts.add(focus.start); cuts.add(focus.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const body = h('div', {class: 'article-text', id: 'article-text'});
  let focusEl = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const inFocus = focus && focus.start <= a && focus.end >= b;
    if (!covering.length && !inFocus) {
      body.appendChild(document.createTextNode(text.slice(a, b)));
      continue;
    }
    const piece = h('span', {class: covering.map((s) => s.cls).join(' ') + (inFocus ? ' focus' : ''), dataset: {start: a, end: b}},
        text.slice(a, b));
    if (covering.length) piece.addEventListener('click', () => onPick(covering));
    const tags = new Set();
    for (const s of covering) {
      if (s.label && s.end === b && s.layer !== 'claim') tags.add(s.layer + '\u0000' + s.label);
    }
    for (const t of tags) {
      const [layer, label] = t.split('\u0000');
      piece.appendChild(h('span', {class: 'tag tag-' + layer}, label));
    }
    if (inFocus && !focusEl) focusEl = piece;
    body.appendChild(piece);
  }
  body.focusEl = focusEl;
  return body;
}

export async function articleView(view, r) {
  const a = await get('articles/' + encodeURIComponent(r.arg));
  view.dataset.title = a.title || a.doc;
  const from = Number.parseInt(r.params.get('from'), 10);
  const to = Number.parseInt(r.params.get('to'), 10);
  const focus = Number.isInteger(from) && Number.isInteger(to) && to > from ? {start: from, end: to} : null;
  const spans = a.analysis ? layers(a.analysis) : [];
  const details = h('div', {class: 'panel-body', 'aria-live': 'polite'},
      h('p', {class: 'muted'}, 'Click a highlighted passage to see what was found there.'));
  const pick = (covering) => {
    clear(details);
    details.appendChild(h('ul', {class: 'plain'}, covering.map((s) => h('li', {}, s.describe()))));
  };
  const text = highlighted(a.text || '', spans, focus, pick);
  const toggles = h('fieldset', {class: 'layers'}, h('legend', {}, 'Show'),
      [['entity', 'Entities'], ['timex', 'Dates'], ['claim', 'Claims'], ['event', 'Events'], ['figure', 'Figures']].map(([layer, label]) => {
        const count = spans.filter((s) => s.layer === layer).length;
        const box = h('input', {type: 'checkbox', checked: true, id: 'layer-' + layer});
        box.addEventListener('change', () => text.classList.toggle('hide-' + layer, !box.checked));
        return h('label', {class: 'layer layer-' + layer}, box, ' ' + label + ' (' + count + ')');
      }));
  add(view, 
      h('p', {class: 'crumbs'}, h('a', {href: link('articles')}, 'Articles'), ' / '),
      h('h1', {}, a.title || a.doc),
      h('p', {class: 'meta'}, day(a.published), a.published_basis ? ' (' + a.published_basis + ')' : '', ' · ', a.lang || '?',
          a.outlet ? ' · ' + a.outlet : '', a.url ? [' · ', h('span', {class: 'muted'}, a.url)] : null, ' · ', h('code', {}, a.id)),
      a.analysis ? null : notice('This article has not been analysed yet: only its text is shown.'),
      toggles,
      h('div', {class: 'with-panel'}, h('div', {class: 'main-col', lang: a.lang || null}, text),
          h('aside', {class: 'evidence'}, h('h2', {}, 'Found here'), details)),
      removedSection(a.removed || []));
  if (text.focusEl) {
    view.afterRender = [() => text.focusEl.scrollIntoView({block: 'center'})];
  }
}

function removedSection(removed) {
  return [h('h2', {}, 'What cleaning removed'),
    removed.length ? h('ul', {class: 'removed', id: 'removed-list'}, removed.map((x) => h('li', {},
        badge(String(x.kind || x.reason || 'removed').toLowerCase()), ' ', h('span', {class: 'removed-text'}, x.text || ''))))
        : notice('Nothing: the text is as it was read.')];
}
