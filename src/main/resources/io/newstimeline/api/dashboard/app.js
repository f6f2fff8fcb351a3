// The news-timeline dashboard: plain JavaScript over the query API (/api/*) and its live stream.
'use strict';

const state = { actor: null, search: '', from: '', to: '', asOf: null, next: null, entries: new Map() };
const $ = (id) => document.getElementById(id);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function parts(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d };
}
function dayText(iso) {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// The date as precisely as the reports give it, never more.
function dateText(date) {
  const { start, end, precision } = date;
  switch (precision) {
    case 'DAY': return start ? dayText(start) : `on or before ${dayText(end)}`;
    case 'MONTH': { const { y, m } = parts(start || end); return `${LONG_MONTHS[m - 1]} ${y}`; }
    case 'QUARTER': { const { y, m } = parts(start || end); return `Q${Math.floor((m - 1) / 3) + 1} ${y}`; }
    case 'YEAR': return `${parts(start || end).y}`;
    case 'ON_OR_BEFORE': return end ? `on or before ${dayText(end)}` : 'date unknown';
    default:
      if (start && end) return `between ${dayText(start)} and ${dayText(end)}`;
      if (end) return `on or before ${dayText(end)}`;
      if (start) return `on or after ${dayText(start)}`;
      return 'date unknown';
  }
}

function precisionText(date) {
  const words = { DAY: 'day', MONTH: 'month', QUARTER: 'quarter', YEAR: 'year', RANGE: 'range', ON_OR_BEFORE: 'upper bound only' };
  const label = words[date.precision] || date.precision.toLowerCase();
  return date.expression ? `${label} · “${date.expression}”` : label;
}

function entryNode(entry) {
  const actors = el('div', { class: 'actors' }, ...entry.actors.map((a) =>
    el('button', { type: 'button', class: 'actor', 'data-actor': a.id, onclick: () => chooseActor(a.id, a.name) }, a.name)));
  const sources = el('details', {},
    el('summary', {}, `${entry.sources.length} report${entry.sources.length === 1 ? '' : 's'} from ${entry.corroboration} outlet${entry.corroboration === 1 ? '' : 's'}`),
    ...entry.sources.map((s) => el('div', { class: 'source' },
      el('div', {}, s.url ? el('a', { href: s.url, rel: 'noopener' }, s.outlet) : s.outlet, ` · published ${s.published.slice(0, 16).replace('T', ' ')} UTC`),
      el('blockquote', {}, s.evidence))));
  return el('li', { class: 'entry', id: `entry-${entry.id}`, 'data-id': entry.id, 'data-sort-key': entry.sortKey },
    el('div', {}, el('span', { class: 'when' }, dateText(entry.date), el('span', { class: 'precision' }, precisionText(entry.date))),
      el('span', { class: 'type' }, entry.type.replaceAll('_', ' '))),
    el('p', { class: 'summary' }, entry.summary),
    actors, sources);
}

function matchesFilters(entry) {
  if (state.actor && !entry.actors.some((a) => a.id === state.actor)) return false;
  if (state.from && entry.date.end && entry.date.end < state.from) return false;
  if (state.to && entry.date.start && entry.date.start > state.to) return false;
  if (state.search) {
    const words = `${entry.summary} ${entry.actors.map((a) => a.name).join(' ')}`.toLowerCase();
    if (!words.includes(state.search.toLowerCase())) return false;
  }
  return true;
}

function renderEmpty() {
  const list = $('timeline');
  const empty = list.querySelector('.empty');
  if (list.querySelector('.entry')) { if (empty) empty.remove(); } else if (!empty) {
    list.append(el('li', { class: 'empty' }, 'No entries match.'));
  }
}

// Puts the entry at its place in timeline order (sort key order), replacing an older version.
function upsert(entry, fresh) {
  remove(entry.id);
  if (!matchesFilters(entry)) return;
  state.entries.set(entry.id, entry);
  const node = entryNode(entry);
  if (fresh) node.classList.add('fresh');
  const list = $('timeline');
  const later = [...list.querySelectorAll('.entry')].find((n) => n.dataset.sortKey > entry.sortKey);
  if (later) list.insertBefore(node, later);
  else if (!state.next) list.append(node); // past the last loaded page it belongs to a later page
  else return;
  if (fresh) setTimeout(() => node.classList.remove('fresh'), 4000);
  renderEmpty();
}

function remove(id) {
  state.entries.delete(id);
  const node = document.getElementById(`entry-${id}`);
  if (node) node.remove();
}

async function getJson(url) {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function timelineUrl(after) {
  const params = new URLSearchParams({ limit: '100' });
  if (state.actor) params.set('actor', state.actor);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.asOf) params.set('asOf', state.asOf);
  if (after) params.set('after', after);
  return `/api/timeline?${params}`;
}

// Only the latest request renders: filters changed in quick succession must not mix two answers.
let timelineRequest = 0;
async function loadTimeline(more) {
  const list = $('timeline');
  const request = ++timelineRequest;
  try {
    const page = await getJson(timelineUrl(more ? state.next : null));
    if (request !== timelineRequest) return;
    if (!more) { list.replaceChildren(); state.entries.clear(); }
    state.next = page.next;
    for (const entry of page.entries) {
      if (matchesFilters(entry)) { state.entries.set(entry.id, entry); list.append(entryNode(entry)); }
    }
    $('more').hidden = !page.next;
    renderEmpty();
  } catch (error) {
    if (request !== timelineRequest) return;
    list.replaceChildren(el('li', { class: 'empty' }, `Cannot load the timeline: ${error.message}`));
    if (/starting/.test(error.message)) setTimeout(() => loadTimeline(false), 1000);
  }
}

async function loadActors() {
  try {
    const { actors } = await getJson('/api/actors?limit=1000');
    $('actor-list').replaceChildren(...actors.map((a) => el('option', { value: a.name, 'data-id': a.id }, `${a.id} · ${a.entryCount} entries`)));
    state.actorsByName = new Map(actors.map((a) => [a.name.toLowerCase(), a.id]));
    state.actorIds = new Set(actors.map((a) => a.id));
  } catch (error) { setTimeout(loadActors, 2000); }
}

function actorIdOf(text) {
  const value = text.trim();
  if (!value) return null;
  if (state.actorIds && state.actorIds.has(value)) return value;
  return (state.actorsByName && state.actorsByName.get(value.toLowerCase())) || value;
}

function chooseActor(id, name) {
  $('actor').value = name || id;
  state.actor = id;
  loadTimeline(false);
  drawGraph();
}

async function drawGraph() {
  let graph;
  try { graph = await getJson('/api/links?limit=60'); } catch (error) { return; }
  const size = 360;
  const center = size / 2;
  const radius = size / 2 - 40;
  const nodes = graph.nodes;
  const position = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return [n.id, { x: center + radius * Math.cos(angle), y: center + radius * Math.sin(angle), angle }];
  }));
  const svgNs = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `-90 0 ${size + 180} ${size}`); // room for the labels either side
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${graph.links.length} links between ${nodes.length} actors`);
  const max = Math.max(1, ...graph.links.map((l) => l.count));
  for (const link of graph.links) {
    const a = position.get(link.a.id);
    const b = position.get(link.b.id);
    const line = document.createElementNS(svgNs, 'line');
    Object.entries({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': 1 + (4 * link.count) / max }).forEach(([k, v]) => line.setAttribute(k, v));
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = `${link.a.name} – ${link.b.name}: ${link.count} shared entr${link.count === 1 ? 'y' : 'ies'}`;
    line.append(title);
    svg.append(line);
  }
  for (const node of nodes) {
    const p = position.get(node.id);
    const circle = document.createElementNS(svgNs, 'circle');
    circle.setAttribute('cx', p.x); circle.setAttribute('cy', p.y); circle.setAttribute('r', 6);
    circle.setAttribute('data-actor', node.id);
    if (node.id === state.actor) circle.setAttribute('class', 'selected');
    circle.addEventListener('click', () => chooseActor(node.id, node.name));
    const title = document.createElementNS(svgNs, 'title');
    title.textContent = node.name;
    circle.append(title);
    const label = document.createElementNS(svgNs, 'text');
    const right = Math.cos(p.angle) >= 0;
    label.setAttribute('x', p.x + (right ? 9 : -9)); label.setAttribute('y', p.y + 3);
    label.setAttribute('text-anchor', right ? 'start' : 'end');
    label.textContent = node.name;
    svg.append(circle, label);
  }
  $('graph').replaceChildren(nodes.length ? svg : el('p', { class: 'empty' }, 'No links yet.'));
}

function feedItem(alert, fresh) {
  const li = el('li', { class: fresh ? 'fresh' : '' },
    el('strong', {}, `${alert.a.name || alert.a.id} ↔ ${alert.b.name || alert.b.id}`),
    alert.summary ? el('div', {}, alert.summary) : null,
    el('time', { datetime: alert.reportedAt }, `reported ${alert.reportedAt.slice(0, 16).replace('T', ' ')} UTC`));
  return li;
}

async function loadAlerts() {
  try {
    const { alerts } = await getJson('/api/alerts?limit=20');
    $('feed').replaceChildren(...alerts.map((a) => feedItem(a, false)));
  } catch (error) { setTimeout(loadAlerts, 2000); }
}

function connect() {
  const source = new EventSource('/api/stream');
  source.addEventListener('ready', () => { $('status').textContent = 'live'; $('status').classList.add('live'); });
  source.addEventListener('revision', (event) => {
    if (state.asOf) return; // an audit view stays as it was
    const change = JSON.parse(event.data);
    if (change.entry) upsert(change.entry, true);
    else { remove(change.entryId); renderEmpty(); }
  });
  let redraw = null;
  source.addEventListener('link-alert', (event) => {
    $('feed').prepend(feedItem(JSON.parse(event.data), true));
    clearTimeout(redraw);
    redraw = setTimeout(() => { drawGraph(); loadActors(); }, 500);
  });
  source.onerror = () => { $('status').textContent = 'reconnecting…'; $('status').classList.remove('live'); };
}

function readFilters() {
  state.actor = actorIdOf($('actor').value);
  state.from = $('from').value;
  state.to = $('to').value;
}

function init() {
  $('filters').addEventListener('submit', (e) => { e.preventDefault(); readFilters(); loadTimeline(false); });
  for (const id of ['actor', 'from', 'to']) $(id).addEventListener('change', () => { readFilters(); loadTimeline(false); drawGraph(); });
  $('search').addEventListener('input', () => {
    state.search = $('search').value.trim();
    for (const node of $('timeline').querySelectorAll('.entry')) {
      node.hidden = !matchesFilters(state.entries.get(node.dataset.id));
    }
  });
  $('asof-apply').addEventListener('click', () => {
    if (!$('asof').value) return;
    state.asOf = new Date($('asof').value).toISOString();
    $('mode').textContent = `as known at ${state.asOf.slice(0, 16).replace('T', ' ')} UTC (live updates paused)`;
    loadTimeline(false);
  });
  $('asof-live').addEventListener('click', () => {
    state.asOf = null;
    $('asof').value = '';
    $('mode').textContent = 'live, in the order events happened';
    loadTimeline(false);
  });
  $('clear').addEventListener('click', () => {
    Object.assign(state, { actor: null, search: '', from: '', to: '', asOf: null });
    $('mode').textContent = 'live, in the order events happened';
    setTimeout(() => { loadTimeline(false); drawGraph(); }, 0);
  });
  $('more').addEventListener('click', () => loadTimeline(true));
  connect();
  loadTimeline(false);
  loadActors();
  drawGraph();
  loadAlerts();
}

init();
