// The JSON API, with the as-of date of the page added to every read.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let asOf = null;

export function setAsOf(value) {
  asOf = value || null;
}

export function currentAsOf() {
  return asOf;
}

/** GET /api/{path} with the given parameters (empty ones left out) and the page's as-of date. */
export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  if (asOf && !query.has('as_of')) query.set('as_of', asOf);
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  let response;
  try {
    response = await fetch(url, {headers: {Accept: 'application/json'}});
  } catch (e) {
    throw new ApiError(0, 'The Factline server cannot be reached (' + e.message + ').');
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new ApiError(response.status, 'The server answered ' + response.status + ' without JSON.');
  }
  if (!response.ok) {
    const message = body && body.error && body.error.message ? body.error.message : 'HTTP ' + response.status;
    throw new ApiError(response.status, message);
  }
  return body;
}
