// Disagreements: the two sides next to each other, with their sources, dates and words.
import {add, badge, h, notice} from './dom.js';
import {get} from './api.js';
import {reportBlock} from './widgets.js';

const KINDS = {
  'quantity': 'Figures that differ beyond their vagueness',
  'existence': 'One asserts what another denies',
  'denial-vs-confirmation': 'Denied, then confirmed',
  'status-change': 'The story changed over time',
};

export async function disagreementsView(view) {
  const data = await get('disagreements');
  const found = data.contradictions || [];
  view.dataset.title = 'Disagreements';
  add(view, h('h1', {}, 'Disagreements'),
      h('p', {class: 'lede'}, found.length + (found.length === 1 ? ' place where sources disagree or change their story.'
          : ' places where sources disagree or change their story.')));
  if (!found.length) {
    view.appendChild(notice('No disagreement among the reports.'));
    return;
  }
  view.appendChild(h('div', {class: 'disagreements', id: 'disagreements-list'}, found.map((c) => h('section', {class: 'disagreement kind-' + c.kind},
      h('header', {}, badge(c.kind, 'kind'), h('h2', {}, c.topic || ''), h('p', {class: 'muted'}, KINDS[c.kind] || '')),
      h('div', {class: 'sides'},
          h('div', {class: 'side side-a'}, h('h3', {class: 'visually-hidden'}, 'One side'), reportBlock(c.a)),
          h('div', {class: 'versus', 'aria-hidden': 'true'}, 'vs'),
          h('div', {class: 'side side-b'}, h('h3', {class: 'visually-hidden'}, 'Other side'), reportBlock(c.b))),
      c.why ? h('p', {class: 'why'}, c.why) : null))));
}
