// Routes live in the hash: #/view/arg?param=value&as_of=YYYY-MM-DD. The as-of date follows every link.

export function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = splitOnce(hash, '?');
  const parts = path.split('/').filter((p) => p.length > 0).map(decodeURIComponent);
  return {view: parts[0] || 'timeline', arg: parts.slice(1).join('/') || null, params: new URLSearchParams(query || '')};
}

function splitOnce(s, sep) {
  const i = s.indexOf(sep);
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)];
}

/** A link to a view, keeping the page's as-of date unless `changes` says otherwise. */
export function link(view, params = {}, changes = {}, arg = null) {
  const current = route().params.get('as_of');
  const query = new URLSearchParams();
  const all = Object.assign({}, params instanceof URLSearchParams ? Object.fromEntries(params) : params, changes);
  if (!('as_of' in all) && current) all.as_of = current;
  for (const [k, v] of Object.entries(all)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const path = '#/' + view + (arg ? '/' + encodeURIComponent(arg) : '');
  return path + (query.toString() ? '?' + query : '');
}

export function navigate(view, params = {}, changes = {}, arg = null) {
  location.hash = link(view, params, changes, arg);
}
