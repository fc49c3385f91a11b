// The editor page: loads the plan, builds the form, asks the server to check the plan as it is
// typed (the same check as `cssp check`; no rule runs here), shows each finding beside its field
// and in the list of what is left, keeps unsaved work in this browser, and saves.
import { PlanForm, labelOf } from './form.js';

const $ = (id) => document.getElementById(id);
const post = (path, body) => fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).then((r) => {
  if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
  return r.json();
});

const state = { value: {}, hash: '', meta: undefined, dirty: false, blocking: [], findings: [] };
let form;
let draftKey = '';

async function start() {
  const [loaded, schema] = await Promise.all([fetch('api/state').then((r) => r.json()), fetch('schema.json').then((r) => r.json())]);
  state.meta = loaded.meta;
  state.hash = loaded.hash;
  state.value = loaded.value;
  state.mapSizes = loaded.mapSizes ?? [];
  draftKey = `cssp-edit:${loaded.meta.file}`;
  const draft = readDraft();
  if (draft && draft.hash === loaded.hash && JSON.stringify(draft.value) !== JSON.stringify(loaded.value)) {
    state.value = draft.value;
    state.dirty = true;
  }
  document.title = `${loaded.value?.site?.name ?? 'Safety plan'} — cssp edit`;
  $('title').textContent = `${loaded.value?.site?.name ?? 'Safety plan'}, ${loaded.value?.schoolYear ?? ''}`;
  $('file').textContent = `${loaded.meta.district} · ${loaded.meta.file}`;
  form = new PlanForm(schema, loaded.meta, state, changed);
  form.onAddDrill = openDrillDialog;
  form.onPlaced = () => { draw(); say('Placed on the map; save to keep it.'); };
  draw();
  $('save').addEventListener('click', save);
  $('commit').addEventListener('click', openCommitDialog);
  setInterval(() => post('api/ping', {}).catch(() => undefined), 20_000);
  window.addEventListener('beforeunload', (e) => { if (state.dirty) e.preventDefault(); });
  await check();
  say(state.dirty ? 'Unsaved changes from your last visit were restored.' : 'Loaded.');
}

function draw() {
  const scrollY = window.scrollY;
  const fileFindings = Object.assign(document.createElement('div'), { className: 'findings file-findings', id: 'file-findings' });
  fileFindings.setAttribute('aria-live', 'polite');
  $('form').replaceChildren(fileFindings, ...form.build().filter(Boolean));
  showFindings();
  window.scrollTo(0, scrollY);
}

let timer;
function changed() {
  state.dirty = true;
  writeDraft();
  updateButtons();
  clearTimeout(timer);
  timer = setTimeout(check, 350);
}

async function check() {
  const sent = JSON.stringify(state.value);
  const result = await post('api/check', { value: state.value });
  if (sent !== JSON.stringify(state.value)) return; // typed on meanwhile: the next check answers
  state.findings = result.findings;
  state.blocking = result.blocking;
  showFindings();
  updateButtons();
}

function fieldFor(path) {
  for (let n = path.length; n > 0; n--) {
    const found = document.querySelector(`[data-path="${CSS.escape(path.slice(0, n).join('.'))}"]`);
    if (found) return found.closest('.field, fieldset') ?? found;
  }
  return undefined;
}

function showFindings() {
  document.querySelectorAll('.findings').forEach((f) => f.replaceChildren());
  const list = $('todo-list');
  list.replaceChildren();
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of state.findings) {
    counts[f.severity]++;
    const target = fieldFor(f.path);
    const box = target?.querySelector(':scope > .findings') ?? $('file-findings');
    const note = document.createElement('div');
    note.className = `finding ${f.severity}`;
    note.append(Object.assign(document.createElement('span'), { className: 'sev', textContent: f.severity }), f.message);
    if (f.hint) note.append(Object.assign(document.createElement('span'), { className: 'hint', textContent: `How to fix it: ${f.hint}` }));
    if (f.citation) note.append(Object.assign(document.createElement('span'), { className: 'cite', textContent: f.citation }));
    box?.append(note);
    const item = document.createElement('li');
    const link = Object.assign(document.createElement('a'), { href: `#${target?.id ?? 'form'}`, textContent: `${f.severity === 'error' ? 'Error' : f.severity === 'warning' ? 'Warning' : 'Note'}: ${firstSentence(f.message)}` });
    link.addEventListener('click', (e) => {
      e.preventDefault();
      target?.scrollIntoView({ block: 'center' });
      target?.querySelector('input, select, textarea, button')?.focus({ preventScroll: true });
    });
    item.append(link);
    list.append(item);
  }
  const total = state.findings.length;
  $('counts').textContent = total
    ? `${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}${counts.info ? `, ${counts.info} note${counts.info === 1 ? '' : 's'}` : ''}.`
    : 'Nothing: the plan meets every requirement cssp checks.';
}

/** The list of what is left reads as a list: each finding's first sentence (the field shows it all). */
const firstSentence = (text) => {
  const cut = text.search(/[.:;] /);
  return cut > 0 && cut < 140 ? `${text.slice(0, cut)}.` : text.length > 140 ? `${text.slice(0, 137)}…` : text;
};

function updateButtons() {
  $('save').disabled = !state.dirty || state.blocking.length > 0;
  $('commit').disabled = state.dirty;
  if (state.blocking.length) say(`Not saved: ${state.blocking[0]}`, true);
  else if (state.dirty) say('Unsaved changes.');
}

function say(text, blocked = false) {
  $('status').textContent = text;
  $('status').className = blocked ? 'blocked' : '';
}

async function save(overwrite = false) {
  const result = await post('api/save', { value: state.value, hash: state.hash, overwrite: overwrite === true });
  if (result.saved) {
    state.hash = result.hash;
    state.dirty = false;
    state.findings = result.findings;
    state.blocking = result.blocking;
    localStorage.removeItem(draftKey);
    showFindings();
    updateButtons();
    say(`Saved ${state.meta.file}.`);
    return;
  }
  if (result.conflict) {
    // A plain question the user must answer before anything is written.
    if (window.confirm(`${result.reason}\n\nReplace the file with what the form has? (Cancel keeps the file and your changes here.)`)) return save(true);
    say('Not saved: the file changed on disk. Your changes are kept here.', true);
    return;
  }
  state.blocking = result.blocking ?? [result.reason];
  say(`Not saved: ${state.blocking[0]}`, true);
}

function readDraft() {
  try {
    return JSON.parse(localStorage.getItem(draftKey) ?? 'null');
  } catch {
    return null;
  }
}

function writeDraft() {
  try {
    localStorage.setItem(draftKey, JSON.stringify({ hash: state.hash, value: state.value }));
  } catch {
    // storage full or disabled: the form still works, unsaved work just does not survive a reload
  }
}

const DRILL_FIELDS = [
  ['type', 'Which drill?', 'select'], ['date', 'Date held', 'date'], ['time', 'Start time (for example 09:40 or 10:15 AM)', 'text'],
  ['duration', 'Duration in minutes (optional)', 'text'], ['evacuation', 'Time to clear the buildings, minutes:seconds (optional)', 'text'],
  ['participants', 'How many people took part (optional)', 'text'], ['conductedBy', 'Conducted by (name and title)', 'text'],
  ['observers', 'Outside observers (separate with ;)', 'text'], ['notes', 'Notes (no pupil names)', 'text'],
];
const AB1858_FIELDS = [
  ['parentNoticeBefore', 'Date parents were told of the drill beforehand', 'date'], ['parentNoticeAfter', 'Date parents were told it had taken place', 'date'],
  ['startAnnouncement', 'A schoolwide announcement at the start said it was a drill', 'checkbox'], ['ageAppropriate', 'The drill was age-appropriate', 'checkbox'],
  ['supportResources', 'Support resources were shared afterwards', 'checkbox'], ['simulatedGunfire', 'Gunfire was simulated (AB 1858 forbids it)', 'checkbox'],
];

function openDrillDialog() {
  const fields = $('drill-fields');
  fields.replaceChildren();
  const last = (state.value.drills ?? []).at(-1);
  for (const [name, text, kind] of [...DRILL_FIELDS, ...AB1858_FIELDS]) {
    const id = `drill-${name}`;
    const control = kind === 'select'
      ? Object.assign(document.createElement('select'), { id, name })
      : Object.assign(document.createElement('input'), { id, name, type: kind });
    if (kind === 'select') for (const t of state.meta.drillTypes) control.append(new Option(t.name, t.value));
    if (name === 'conductedBy' && last?.conductedBy) control.value = last.conductedBy;
    const row = document.createElement('div');
    row.className = `field${kind === 'checkbox' ? ' check' : ''}`;
    row.dataset.drill = name;
    if (AB1858_FIELDS.some(([n]) => n === name)) row.dataset.ab1858 = '';
    row.append(Object.assign(document.createElement('label'), { htmlFor: id, textContent: text }), control);
    fields.append(row);
  }
  const toggle = () => fields.querySelectorAll('[data-ab1858]').forEach((r) => { r.hidden = !state.meta.armedAssailantTypes.includes($('drill-type').value); });
  $('drill-type').addEventListener('change', toggle);
  toggle();
  $('drill-problems').replaceChildren();
  $('drill-cancel').onclick = () => $('drill-dialog').close();
  $('drill-form').onsubmit = async (e) => {
    e.preventDefault();
    const answers = {};
    for (const [name, , kind] of [...DRILL_FIELDS, ...AB1858_FIELDS]) answers[name] = kind === 'checkbox' ? $(`drill-${name}`).checked : $(`drill-${name}`).value;
    const result = await post('api/drill', { answers });
    if (result.problems) {
      $('drill-problems').replaceChildren(...Object.entries(result.problems).map(([k, p]) => Object.assign(document.createElement('p'), { textContent: `${labelOf(k, undefined)}: ${p}` })));
      return;
    }
    const drills = [...(state.value.drills ?? []), result.drill].sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
    state.value.drills = drills;
    $('drill-dialog').close();
    draw();
    changed();
    say(`Added the ${result.drill.type} drill of ${result.drill.date}; save to keep it.`);
  };
  $('drill-dialog').showModal();
  $('drill-type').focus();
}

function openCommitDialog() {
  $('commit-message').value = `${state.value?.site?.name ?? 'Plan'}: update the ${state.value?.schoolYear ?? ''} plan`;
  $('commit-result').textContent = '';
  $('commit-cancel').onclick = () => $('commit-dialog').close();
  $('commit-form').onsubmit = async (e) => {
    e.preventDefault();
    const result = await post('api/commit', { message: $('commit-message').value });
    $('commit-result').textContent = result.lines.join(' ');
  };
  $('commit-dialog').showModal();
}

start().catch((err) => say(`The editor could not start: ${err.message}`, true));
