// Pieces more than one view shows: a report with its evidence, a panel for evidence, filters.
import {add, badge, clear, day, h, typeLabel} from './dom.js';
import {link, navigate} from './route.js';

/** Who said it: a link to the entity when the source is one, the outlet when the article states it. */
export function sourceOf(report) {
  if (report.source === 'narrator') {
    return h('span', {class: 'source narrator'}, (report.outlet && report.outlet !== 'narrator' ? report.outlet : 'the outlet'),
        h('span', {class: 'muted'}, ' (the article itself)'));
  }
  if (report.source_id) {
    return h('a', {class: 'source', href: link('entity', {}, {}, report.source_id)}, report.source);
  }
  return h('span', {class: 'source'}, report.source || 'unknown source');
}

/** One report: source, when said and when published, the words, and a link to them in their article. */
export function reportBlock(report, extra = null) {
  const when = [];
  when.push(h('span', {class: 'said'}, report.date ? ['said ', h('time', {}, report.date)] : 'date not stated'));
  when.push(h('span', {class: 'reported'}, ' · reported ', h('time', {}, day(report.reported))));
  return h('article', {class: 'report'},
      h('header', {}, sourceOf(report), extra, report.denied ? badge('denies', 'deny') : null, h('span', {class: 'when'}, when)),
      h('blockquote', {lang: report.lang || null}, report.says || ''),
      report.article ? h('a', {class: 'evidence-link', href: articleLink(report)}, 'Open in ', report.doc || 'the article') : null);
}

/** A link to an article with the given span of it highlighted. */
export function articleLink(report) {
  const params = {};
  if (Number.isInteger(report.start) && Number.isInteger(report.end)) {
    params.from = report.start;
    params.to = report.end;
  }
  return link('article', params, {}, report.article);
}

export function stanceBadge(stance) {
  const s = String(stance || '').toLowerCase();
  const cls = s.includes('den') || s.includes('reject') ? 'deny' : s.includes('confirm') ? 'confirm' : 'assert';
  return badge(s || 'says', cls);
}

/** The side panel that shows the evidence of what was clicked. */
export function evidencePanel() {
  const body = h('div', {class: 'panel-body'},
      h('p', {class: 'muted'}, 'Select an item to see who reported it, when, and in what words.'));
  const panel = h('aside', {class: 'evidence', id: 'evidence', 'aria-live': 'polite', tabindex: '-1'},
      h('h2', {}, 'Evidence'), body);
  panel.show = (title, ...parts) => {
    clear(body);
    add(body, h('h3', {}, title), ...parts);
  };
  return panel;
}

/** A <select> of event types (and claims), with "all". */
export function typeSelect(id, types, selected, withClaims = true) {
  const options = [h('option', {value: ''}, 'All types')];
  for (const t of types) options.push(h('option', {value: t, selected: t === selected}, typeLabel(t)));
  if (withClaims) options.push(h('option', {value: 'CLAIM', selected: selected === 'CLAIM'}, 'claims'));
  return h('select', {id, name: 'type'}, options);
}

export const EVENT_TYPES = ['ATTACK', 'CAPTURE_TERRITORY', 'WITHDRAW', 'DEPLOY', 'CASUALTIES', 'AGREEMENT', 'MEETING',
  'NEGOTIATION', 'STATEMENT_DENIAL', 'STATEMENT_CONFIRMATION', 'SANCTION', 'ELECTION', 'OTHER'];

/** A form of filters whose submit opens the view again with the fields as its parameters. */
export function filterForm(view, fields) {
  const form = h('form', {class: 'filters', role: 'search'}, fields, h('button', {type: 'submit'}, 'Apply'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const values = {};
    for (const el of form.elements) {
      if (el.name) values[el.name] = el.value.trim() || null;
    }
    navigate(view, values);
  });
  return form;
}

/** A labelled input. */
export function field(label, input) {
  return h('label', {class: 'field'}, h('span', {}, label), input);
}

/** A datalist of entity names for filter inputs. */
export function entityList(id, entities) {
  return h('datalist', {id}, entities.map((e) => h('option', {value: e.name})));
}

/** Previous/next links for a paged list. */
export function pager(viewName, r, page) {
  if (!page || page.total <= page.limit) return h('span');
  const params = Object.fromEntries(r.params);
  const prev = page.offset > 0 ? h('a', {href: link(viewName, params, {offset: Math.max(0, page.offset - page.limit)})}, '← Previous') : null;
  const next = page.offset + page.limit < page.total ? h('a', {href: link(viewName, params, {offset: page.offset + page.limit})}, 'Next →') : null;
  return h('nav', {class: 'pager', 'aria-label': 'Pages'}, prev, h('span', {class: 'muted'},
      ' ' + (page.offset + 1) + '–' + Math.min(page.total, page.offset + page.limit) + ' of ' + page.total + ' '), next);
}
