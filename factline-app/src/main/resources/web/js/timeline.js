// Timeline: events and claims in the order they happened, on a zoomable time axis and as a list, with the
// sources of each, a ⚠ where sources disagree, and the evidence of whatever is selected.
import {add, badge, day, h, notice, typeLabel} from './dom.js';
import {get} from './api.js';
import {EVENT_TYPES, entityList, evidencePanel, field, filterForm, reportBlock, typeSelect} from './widgets.js';

/** The span of time a date stands for: a day, a month or a year; null for what is not a calendar date. */
export function period(date) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date || '');
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return {start: new Date(y, Number(m[2]) - 1, Number(m[3])), end: null, precision: 'day'};
  if (m[2]) return {start: new Date(y, Number(m[2]) - 1, 1), end: new Date(y, Number(m[2]), 1), precision: 'month'};
  return {start: new Date(y, 0, 1), end: new Date(y + 1, 0, 1), precision: 'year'};
}

export async function timelineView(view, r) {
  const about = r.params.get('about');
  const type = r.params.get('type');
  const [data, entities] = await Promise.all([
    get('timeline', {about, type, from: r.params.get('from'), to: r.params.get('to')}),
    get('entities', {limit: 500}),
  ]);
  view.dataset.title = 'Timeline';
  const entries = data.timeline || [];
  add(view, h('h1', {}, 'Timeline'),
      h('p', {class: 'lede'}, entries.length + ' events and claims from ' + articleCount(data.articles) + ' articles',
          about ? ', about ' + about : '', type ? ', of type ' + typeLabel(type) : '', '.'),
      filterForm('timeline', [
        field('About', h('input', {name: 'about', value: about || '', list: 'entity-names', placeholder: 'any entity'})),
        entityList('entity-names', entities.items || []),
        field('Type', typeSelect('timeline-type', EVENT_TYPES, type)),
        field('From', h('input', {name: 'from', value: r.params.get('from') || '', placeholder: 'YYYY-MM-DD', size: 10})),
        field('To', h('input', {name: 'to', value: r.params.get('to') || '', placeholder: 'YYYY-MM-DD', size: 10})),
      ]));

  if (entries.length === 0) {
    view.appendChild(notice('Nothing in the timeline for these filters.'));
    return;
  }
  const panel = evidencePanel();
  const select = (i) => showEntry(panel, entries[i]);
  const dated = [];
  const undated = [];
  entries.forEach((e, i) => (period(e.date) ? dated : undated).push(i));

  const chart = h('div', {class: 'chart', id: 'timeline-chart'});
  const zoom = h('div', {class: 'zoom', role: 'group', 'aria-label': 'Zoom the timeline'},
      h('button', {type: 'button', id: 'zoom-in', title: 'Zoom in'}, '+'),
      h('button', {type: 'button', id: 'zoom-out', title: 'Zoom out'}, '−'),
      h('button', {type: 'button', id: 'zoom-fit', title: 'Show all'}, 'Fit'));
  const list = h('ol', {class: 'entries', id: 'timeline-list'},
      [...dated, ...undated].map((i) => entryItem(entries[i], i, select)));
  add(view, h('div', {class: 'with-panel'},
      h('div', {class: 'main-col'}, dated.length ? [zoom, chart] : null,
          h('h2', {}, 'All entries'), list), panel));

  view.afterRender = [() => {
    if (!dated.length || typeof vis === 'undefined') return;
    const items = new vis.DataSet(dated.map((i) => chartItem(entries[i], i)));
    const groups = new vis.DataSet([{id: 'event', content: 'Events'}, {id: 'claim', content: 'Claims'}]);
    const timeline = new vis.Timeline(chart, items, groups, {
      stack: true, zoomable: true, moveable: true, orientation: 'top', maxHeight: 460, minHeight: 200,
      margin: {item: 4}, zoomMin: 1000 * 60 * 60 * 24 * 2, selectable: true, showCurrentTime: false,
    });
    timeline.on('select', (p) => { if (p.items.length) select(p.items[0]); });
    const zoomBy = (f) => {
      const w = timeline.getWindow();
      const mid = (w.start.valueOf() + w.end.valueOf()) / 2;
      const half = (w.end.valueOf() - w.start.valueOf()) * f / 2;
      timeline.setWindow(new Date(mid - half), new Date(mid + half));
    };
    zoom.querySelector('#zoom-in').addEventListener('click', () => zoomBy(0.5));
    zoom.querySelector('#zoom-out').addEventListener('click', () => zoomBy(2));
    zoom.querySelector('#zoom-fit').addEventListener('click', () => timeline.fit());
    chart.timeline = timeline;
  }];
}

/** The timeline answer names its articles (a list) or counts them. */
function articleCount(articles) {
  return Array.isArray(articles) ? articles.length : (articles ?? '?');
}

function chartItem(e, i) {
  const p = period(e.date);
  const content = h('span', {}, e.disputed && e.disputed.length ? h('span', {class: 'warn', title: 'Sources disagree'}, '⚠ ') : null,
      e.kind === 'claim' ? summaryOf(e) : typeLabel(e.type));
  return {
    id: i, group: e.kind === 'claim' ? 'claim' : 'event', content, start: p.start,
    end: p.end || undefined, type: p.end ? 'range' : 'box',
    className: [e.kind, 'type-' + e.type, e.disputed && e.disputed.length ? 'disputed' : ''].join(' '),
  };
}

function summaryOf(e) {
  return e.summary || typeLabel(e.type);
}

function entryItem(e, i, select) {
  const disputed = e.disputed && e.disputed.length;
  return h('li', {class: 'entry ' + e.kind + (disputed ? ' disputed' : '')},
      h('button', {type: 'button', class: 'entry-button', onclick: () => select(i), dataset: {index: i}},
          h('time', {class: 'date'}, day(e.date)),
          badge(e.kind === 'claim' ? 'claim' : typeLabel(e.type), 'kind-' + e.kind),
          disputed ? h('span', {class: 'warn', title: 'Sources disagree'}, '⚠') : h('span', {'aria-hidden': 'true'}),
          h('span', {class: 'summary'}, summaryOf(e)),
          h('span', {class: 'count muted'}, (e.reports || []).length + ' report' + ((e.reports || []).length === 1 ? '' : 's'))));
}

function showEntry(panel, e) {
  const disputed = e.disputed && e.disputed.length
      ? h('p', {class: 'warn-box'}, '⚠ Sources disagree: ', e.disputed.join('; '))
      : null;
  panel.show(summaryOf(e), h('p', {class: 'muted'}, (e.kind === 'claim' ? 'Claim' : typeLabel(e.type)), ', ', day(e.date)),
      disputed, (e.reports || []).map((rep) => reportBlock(rep)));
  panel.focus({preventScroll: false});
}
