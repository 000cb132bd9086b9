// Building the page from data: text only ever goes into text nodes and attributes set through the DOM,
// never into HTML, so a quote or a name holding markup shows as the characters it is.

/** An element: h('a', {href: '#/x', class: 'y', onclick: f}, 'text', child, [more]). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(key, '');
    } else {
      el.setAttribute(key, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(String(child)));
  }
}

/** Appends children to an element, leaving out null, undefined and false (unlike Element.append). */
export function add(el, ...children) {
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** "2025-02-07", "2025-02", "2025" as written; a missing date as a dash. */
export function day(d) {
  return d ? String(d) : '—';
}

/** A calm message in place of a view's content. */
export function notice(text, kind = 'muted') {
  return h('p', {class: 'notice ' + kind, role: kind === 'error' ? 'alert' : null}, text);
}

/** Text with the given [start, end) ranges marked. */
export function marked(text, ranges) {
  const out = [];
  let at = 0;
  for (const r of [...(ranges || [])].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > text.length || r.end <= r.start) continue;
    out.push(text.slice(at, r.start), h('mark', {}, text.slice(r.start, r.end)));
    at = r.end;
  }
  out.push(text.slice(at));
  return out;
}

/** A short label for an event or claim type: CAPTURE_TERRITORY → "capture territory". */
export function typeLabel(t) {
  return t ? String(t).toLowerCase().replaceAll('_', ' ') : '';
}

/** A small badge. */
export function badge(text, cls = '') {
  return h('span', {class: 'badge ' + cls}, text);
}
