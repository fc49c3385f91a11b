// The plan as a form, built from the plan's JSON Schema: objects become groups, lists of objects
// become rows (add, remove, move), enums become choices, Markdown becomes a text area, and help
// comes from each field's description. A field the schema gains later appears without code here.
// Custom widgets only where a field needs one: plan sections (title, citation, what the law asks,
// own text or the district standard) and the drill log (added through the same checks as
// `cssp drill add`). Every field carries data-path, which findings and tests use.

/** Plain words for the schema's keys (the key itself is shown small beside them). */
const LABELS = {
  schemaVersion: 'Format version', schoolYear: 'School year', version: 'Plan version', site: 'The school', id: 'Site id',
  name: 'Name', cdsCode: 'CDS code', level: 'Kind of school', grades: 'Grades', address: 'Street address', street: 'Street',
  city: 'City', state: 'State', zip: 'ZIP code', enrollment: 'Pupils enrolled', staffCount: 'Staff on site',
  afterHoursUse: 'Use of the campus after hours', opened: 'Date the campus opened', fireHazardSeverityZone: 'Fire hazard severity zone',
  committee: 'Who wrote the plan', authoringBody: 'Which body wrote it', delegatedOn: 'Date the council delegated it',
  members: 'Committee members', role: 'Role', representing: 'Represents', title: 'Title',
  consultations: 'First responders consulted', agency: 'Agency', type: 'Kind', date: 'Date', contact: 'Person consulted', notes: 'Notes',
  publicMeeting: 'Public meeting', location: 'Where', atSchoolsite: 'Held at this school', beforeVote: 'Held before the adoption vote',
  notices: 'Written notices of the meeting', recipient: 'Sent to', method: 'How it was sent', notApplicable: 'Not applicable here', reason: 'Why not',
  adoption: 'Adoption', body: 'Body', vote: 'Vote', approval: 'District approval', item: 'Board item',
  distribution: 'Who received the plan', edition: 'Edition', contentHash: 'Content hash', commit: 'Commit', receivedBy: 'Received by',
  sections: 'Plan sections', responder: 'For first responders', contacts: 'Emergency contacts', phone: 'Phone', mobile: 'Mobile',
  available24x7: 'Answered 24 hours a day', keyHolder: 'Has keys', utilities: 'Shut-offs and building systems', kind: 'What',
  map: 'Map reference', assemblyAreas: 'On-site assembly areas', evacuationSites: 'Off-site evacuation sites',
  reunificationSites: 'Reunification sites', stagingAreas: 'Staging areas', commandPost: 'Incident command post',
  purpose: 'Use', capacity: 'Capacity', primary: 'Primary site', requestGate: 'Request gate', reunionGate: 'Reunion gate',
  hazards: 'Hazards', evacuationAssistance: 'People who need help to evacuate', pupils: 'Pupils', staff: 'Staff',
  responseProtocol: 'Response protocol', maps: 'Maps', file: 'Image file', visibility: 'Who may read it',
  drills: 'Drill log', time: 'Start time', durationMinutes: 'Minutes', evacuationSeconds: 'Seconds to clear the buildings',
  conductedBy: 'Conducted by', participants: 'People taking part', observers: 'Outside observers', armedAssailant: 'AB 1858 record',
  reviewed: 'Date of the yearly review', allCrime: 'Covers all crime on campus', adopted: 'Dress code adopted', elements: 'AB 1858 elements confirmed',
  local: 'District sections', text: 'Text', standard: 'District standard', siteText: 'Added for this school',
};
const VISIBILITY = { public: 'Public: posted for anyone', responder: 'Responders: police, fire and EMS', confidential: 'Confidential: district and committee only' };
const SECTION_FIELDS = new Set(['title', 'text', 'standard', 'siteText', 'visibility', 'status']);

const humanize = (key) => String(key).replace(/([a-z])([A-Z0-9])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
export const labelOf = (key, schema) => schema?.title ?? LABELS[key] ?? humanize(key);
const pathId = (path) => `f-${path.join('-').replace(/[^A-Za-z0-9_-]/g, '_')}`;
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  node.append(...children.filter((c) => c !== undefined && c !== null));
  return node;
};

export class PlanForm {
  constructor(schema, meta, state, onChange) {
    this.root = schema;
    this.meta = meta;
    this.state = state; // { value }
    this.onChange = onChange;
  }

  resolve(s) {
    let out = s ?? {};
    while (out.$ref) {
      const target = out.$ref.replace(/^#\//, '').split('/').reduce((o, k) => o?.[k], this.root) ?? {};
      const own = { ...out };
      delete own.$ref;
      out = { ...target, ...own, $ref: target.$ref };
      if (!target.$ref) delete out.$ref;
    }
    return out;
  }

  get(path) {
    return path.reduce((o, k) => (o == null ? undefined : o[k]), this.state.value);
  }

  /** Sets a value; empty text and unset numbers remove the key, and an emptied optional group goes with it. */
  set(path, value) {
    const empty = value === '' || value === undefined || (typeof value === 'number' && Number.isNaN(value));
    let parent = this.state.value;
    for (let i = 0; i < path.length - 1; i++) {
      if (parent[path[i]] == null || typeof parent[path[i]] !== 'object') {
        if (empty) return;
        parent[path[i]] = typeof path[i + 1] === 'number' ? [] : {};
      }
      parent = parent[path[i]];
    }
    const key = path[path.length - 1];
    if (empty && !Array.isArray(parent)) delete parent[key];
    else parent[key] = value;
    // `status: not-written` marks a block nothing has been written in (an address): writing in it ends that.
    if (!empty && key !== 'status' && parent.status === 'not-written' && path[0] !== 'sections') delete parent.status;
    this.prune(path.slice(0, -1));
    this.onChange();
  }

  /** Removes groups left empty by an edit, unless the schema requires them where they are. */
  prune(path) {
    for (let depth = path.length; depth > 0; depth--) {
      const here = path.slice(0, depth);
      const value = this.get(here);
      if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).length) return;
      const parent = this.get(here.slice(0, -1));
      const parentSchema = this.schemaAt(here.slice(0, -1));
      if (Array.isArray(parent) || parentSchema?.required?.includes(here[here.length - 1])) return;
      delete parent[here[here.length - 1]];
    }
  }

  schemaAt(path) {
    let s = this.resolve(this.root);
    for (const key of path) {
      s = this.pickBranch(s, undefined);
      s = this.resolve(typeof key === 'number' ? s.items : s.properties?.[key] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {}));
    }
    return this.pickBranch(s, undefined);
  }

  /** For oneOf/anyOf: the branch that takes this kind of value (a block of fields, else text). */
  pickBranch(s, value) {
    const branches = s.oneOf ?? s.anyOf;
    if (!branches) return s;
    const resolved = branches.map((b) => this.resolve(b));
    const want = value === undefined ? 'object' : Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
    const found = resolved.find((b) => b.type === want || (want === 'number' && b.type === 'integer')) ?? resolved.find((b) => b.type === 'object') ?? resolved[0];
    return { ...found, description: s.description ?? found.description };
  }

  build() {
    const top = this.resolve(this.root);
    const groups = [];
    for (const [key, sub] of Object.entries(top.properties)) {
      if (key === 'schemaVersion') continue;
      groups.push(this.field([key], key, sub, top.required?.includes(key)));
    }
    return groups;
  }

  field(path, key, raw, required) {
    const value = this.get(path);
    const s = this.pickBranch(this.resolve(raw), value);
    if (path[0] === 'sections' && path.length === 1) return this.sectionsGroup(path, s);
    if (path[0] === 'drills' && path.length === 1) return this.drillLog(path, s);
    if ('const' in s) return undefined;
    if (s.type === 'object' && key === 'position') return this.positionGroup(path, key, s);
    if (s.type === 'object') return this.group(path, key, s, required);
    if (s.type === 'array') return this.list(path, key, s);
    return this.input(path, key, s, required);
  }

  caption(path, key, s, required) {
    return [
      el('span', { class: 'label', text: labelOf(key, s) }),
      required ? el('span', { class: 'required', text: ' (required)' }) : undefined,
      el('code', { class: 'key', text: ` ${typeof key === 'number' ? '' : key}` }),
    ];
  }

  help(s, id) {
    return s.description ? el('p', { class: 'help', id, text: s.description }) : undefined;
  }

  group(path, key, s, required) {
    const badge = path.join('.') === 'responder' ? el('span', { class: 'badge responder', text: 'Responders only: never in the public edition' }) : undefined;
    const box = el('fieldset', { 'data-path': path.join('.'), id: pathId(path), class: `group depth-${Math.min(path.length, 3)}` },
      el('legend', {}, ...this.caption(path, key, s, required), badge ? ' ' : undefined, badge), this.help(s), el('div', { class: 'findings', 'aria-live': 'polite' }));
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      const f = this.field([...path, k], k, sub, s.required?.includes(k));
      if (f) box.append(f);
    }
    return box;
  }

  list(path, key, s) {
    const items = this.resolve(s.items ?? {});
    const itemSchema = this.pickBranch(items, undefined);
    const box = el('fieldset', { 'data-path': path.join('.'), id: pathId(path), class: 'list' },
      el('legend', {}, ...this.caption(path, key, s)), this.help(s), el('div', { class: 'findings', 'aria-live': 'polite' }));
    if (itemSchema.type !== 'object') {
      // A list of words (observers): one per line.
      const id = pathId(path);
      const area = el('textarea', { id: `${id}-lines`, rows: 3, 'data-path': path.join('.'), 'aria-describedby': `${id}-help` });
      area.value = (this.get(path) ?? []).join('\n');
      area.addEventListener('input', () => this.set(path, area.value.split('\n').map((x) => x.trim()).filter(Boolean)));
      box.append(el('label', { for: `${id}-lines`, class: 'sub', text: 'One per line' }), area, el('p', { class: 'help', id: `${id}-help`, text: '' }));
      return box;
    }
    const rows = el('div', { class: 'rows' });
    const draw = () => {
      rows.replaceChildren();
      const value = this.get(path) ?? [];
      value.forEach((_, i) => rows.append(this.row(path, i, itemSchema, value.length, draw)));
    };
    draw();
    const noun = labelOf(key, s).replace(/s$/, '').toLowerCase();
    box.append(rows, el('button', {
      type: 'button', class: 'add', 'data-add': path.join('.'), text: `Add ${noun}`,
      onclick: () => {
        const list = this.get(path) ?? [];
        this.set(path, [...list, {}]);
        draw();
        rows.lastElementChild?.querySelector('input, select, textarea')?.focus();
      },
    }));
    return box;
  }

  row(path, i, itemSchema, count, redraw) {
    const at = [...path, i];
    const move = (delta) => {
      const list = this.get(path);
      const [moved] = list.splice(i, 1);
      list.splice(i + delta, 0, moved);
      this.onChange();
      redraw();
    };
    const box = el('fieldset', { class: 'row', 'data-path': at.join('.'), id: pathId(at) },
      el('legend', { text: `${i + 1}.` }),
      el('div', { class: 'row-tools' },
        el('button', { type: 'button', text: 'Move up', disabled: i === 0, onclick: () => move(-1) }),
        el('button', { type: 'button', text: 'Move down', disabled: i === count - 1, onclick: () => move(1) }),
        el('button', { type: 'button', class: 'remove', text: 'Remove', onclick: () => { this.get(path).splice(i, 1); this.onChange(); redraw(); } })),
      el('div', { class: 'findings', 'aria-live': 'polite' }));
    for (const [k, sub] of Object.entries(itemSchema.properties ?? {})) {
      const f = this.field([...at, k], k, sub, itemSchema.required?.includes(k));
      if (f) box.append(f);
    }
    return box;
  }

  input(path, key, s, required) {
    const id = pathId(path);
    const value = this.get(path);
    const described = s.description ? `${id}-help` : undefined;
    const common = { id, 'data-path': path.join('.'), 'aria-describedby': described, 'aria-required': required ? 'true' : undefined };
    let control;
    if (s.enum) {
      const names = path[path.length - 1] === 'visibility' ? VISIBILITY : {};
      control = el('select', common, el('option', { value: '', text: '(choose)' }), ...s.enum.map((v) => el('option', { value: v, text: names[v] ?? v })));
      control.value = value ?? '';
      control.addEventListener('change', () => this.set(path, control.value));
    } else if (s.type === 'boolean') {
      // Yes, no, or not answered: "no" is an answer too (a dress code not adopted), which a checkbox cannot say.
      control = el('select', common, el('option', { value: '', text: '(not answered)' }), el('option', { value: 'true', text: 'Yes' }), el('option', { value: 'false', text: 'No' }));
      control.value = value === true ? 'true' : value === false ? 'false' : '';
      control.addEventListener('change', () => this.set(path, control.value === '' ? undefined : control.value === 'true'));
    } else if (s.type === 'integer' || s.type === 'number') {
      control = el('input', { ...common, type: 'number', inputmode: 'numeric', min: s.minimum });
      control.value = value ?? '';
      control.addEventListener('input', () => this.set(path, control.value === '' ? undefined : Number(control.value)));
    } else if (s.format === 'date') {
      control = el('input', { ...common, type: 'date' });
      control.value = value ?? '';
      control.addEventListener('input', () => this.set(path, control.value));
    } else if (/Markdown/.test(s.description ?? '') || key === 'text' || key === 'siteText' || key === 'notes') {
      control = el('textarea', { ...common, rows: key === 'notes' ? 2 : 8 });
      control.value = value ?? '';
      control.addEventListener('input', () => this.set(path, control.value));
    } else {
      control = el('input', { ...common, type: 'text' });
      control.value = value == null ? '' : String(value);
      control.addEventListener('input', () => this.set(path, control.value));
    }
    const label = el('label', { for: id }, ...this.caption(path, key, s, required));
    return el('div', { class: 'field', 'data-field': path.join('.') },
      label, control, this.help(s, described), el('div', { class: 'findings', 'aria-live': 'polite' }));
  }

  /** A feature's place on a map: its fields, and a button to place it with a click on the map. */
  positionGroup(path, key, s) {
    const box = this.group(path, key, s, false);
    const maps = (this.state.value.responder?.maps ?? []).map((m, index) => ({ ...m, index, size: this.state.mapSizes?.[index] })).filter((m) => m.id && m.size);
    if (!maps.length) return box;
    box.append(el('button', { type: 'button', class: 'place', 'data-place': path.join('.'), text: 'Place it on the map…', onclick: () => this.placeOnMap(path, maps) }));
    return box;
  }

  placeOnMap(path, maps) {
    const dialog = el('dialog', { class: 'place-dialog', 'aria-label': 'Place it on the map' });
    const current = this.get(path);
    const choice = el('select', { 'aria-label': 'Which map' }, ...maps.map((m) => el('option', { value: String(m.index), text: m.title ?? m.id })));
    const start = maps.find((m) => m.id === current?.map) ?? maps[0];
    choice.value = String(start.index);
    const image = el('img', { alt: 'The map: click where it is', class: 'place-map' });
    const marker = el('span', { class: 'place-marker', 'aria-hidden': 'true' });
    const frame = el('div', { class: 'place-frame' }, image, marker);
    const show = () => {
      const m = maps.find((x) => String(x.index) === choice.value);
      image.src = `map/${m.index}`;
      const p = this.get(path);
      marker.hidden = !(p && p.map === m.id);
      if (!marker.hidden) Object.assign(marker.style, { left: `${(p.x / m.size.width) * 100}%`, top: `${(p.y / m.size.height) * 100}%` });
    };
    choice.addEventListener('change', show);
    image.addEventListener('click', (e) => {
      const m = maps.find((x) => String(x.index) === choice.value);
      const r = image.getBoundingClientRect();
      const round = (n) => Math.round(n * 10) / 10;
      this.set(path, { map: m.id, x: round(((e.clientX - r.left) / r.width) * m.size.width), y: round(((e.clientY - r.top) / r.height) * m.size.height) });
      dialog.close();
      this.onPlaced?.();
    });
    dialog.append(el('h2', { text: 'Click where it is on the map' }), choice, frame, el('button', { type: 'button', text: 'Cancel', onclick: () => dialog.close() }));
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    show();
    dialog.showModal();
  }

  sectionsGroup(path, s) {
    const box = el('fieldset', { 'data-path': 'sections', id: pathId(path), class: 'group sections' },
      el('legend', {}, el('span', { class: 'label', text: 'Plan sections' }), el('code', { class: 'key', text: ' sections' })),
      el('p', { class: 'help', text: 'Each section in your own words, or the district standard. What the law asks each to say is under its title.' }),
      el('div', { class: 'findings', 'aria-live': 'polite' }));
    const others = el('div', { class: 'others' });
    for (const info of this.meta.sections) {
      if (this.get([...path, info.key]) !== undefined) box.append(this.section([...path, info.key], info, s.properties[info.key]));
      else others.append(this.addSection(path, info, s.properties[info.key], box, others));
    }
    for (const info of this.meta.localSections) {
      const at = [...path, 'local', info.key];
      if (this.get(at) !== undefined) box.append(this.section(at, { ...info, citation: 'District section' }, s.properties.local?.additionalProperties ?? {}));
    }
    if (others.childElementCount) box.append(el('h3', { text: 'Sections you may add' }), others);
    return box;
  }

  addSection(path, info, raw, box, others) {
    const button = el('button', {
      type: 'button', text: `Add “${info.title}”`, 'data-add-section': info.key,
      onclick: () => {
        this.set([...path, info.key], { visibility: 'public', status: 'not-written' });
        button.remove();
        box.insertBefore(this.section([...path, info.key], info, raw), others.previousElementSibling?.tagName === 'H3' ? others.previousElementSibling : others);
      },
    });
    return el('div', { class: 'add-section' }, button, el('span', { class: 'help', text: ` ${info.citation}` }));
  }

  section(path, info, raw) {
    const s = this.pickBranch(this.resolve(raw), this.get(path));
    const id = pathId(path);
    const current = () => this.get(path) ?? {};
    const mode = () => (current().standard ? 'standard' : 'own');
    // A section with neither text nor a standard is marked not written again, so the plan stays valid.
    // Written: its text, a standard, or an answer of its own (a dress code not adopted, the AB 1858 elements).
    const settle = () => {
      const c = current();
      const written = Object.entries(c).some(([k, v]) => !['visibility', 'status', 'title'].includes(k) && v !== undefined && v !== '');
      if (!written && !c.status) this.set([...path, 'status'], 'not-written');
      else if (written && c.status) this.set([...path, 'status'], undefined);
    };
    const own = this.input([...path, 'text'], 'text', { description: 'Text in Markdown: paragraphs, lists (- item), **bold**.' });
    const standards = this.meta.standards;
    const pick = el('select', { id: `${id}-standard`, 'data-path': [...path, 'standard'].join('.') }, el('option', { value: '', text: '(choose a standard)' }), ...standards.map((n) => el('option', { value: n, text: n })));
    pick.value = current().standard ?? '';
    pick.addEventListener('change', () => { this.set([...path, 'standard'], pick.value); settle(); });
    const siteText = this.input([...path, 'siteText'], 'siteText', { description: 'Printed after the district standard.' });
    const standardBox = el('div', { class: 'standard' }, el('label', { for: `${id}-standard`, text: 'District standard' }), pick, siteText);
    const show = () => { own.hidden = mode() === 'standard'; standardBox.hidden = mode() !== 'standard'; };
    const radio = (value, text) => {
      const r = el('input', { type: 'radio', name: `${id}-mode`, id: `${id}-mode-${value}`, value });
      r.checked = mode() === value;
      r.addEventListener('change', () => {
        if (value === 'own') this.set([...path, 'standard'], undefined);
        else if (standards[0]) { pick.value = pick.value || standards[0]; this.set([...path, 'standard'], pick.value); }
        settle();
        show();
      });
      return el('span', { class: 'choice' }, r, el('label', { for: `${id}-mode-${value}`, text }));
    };
    // Who may read it, on the section's title: a confidential section is marked where it is written.
    const badge = el('span', { class: 'badge' });
    const mark = () => {
      const v = current().visibility ?? 'responder';
      badge.textContent = v === 'confidential' ? 'Confidential' : v === 'responder' ? 'Responders only' : 'Public';
      badge.className = `badge ${v}`;
    };
    mark();
    const box = el('fieldset', { class: 'section', 'data-path': path.join('.'), id },
      el('legend', {}, el('span', { class: 'label', text: info.title }), ' ', badge, el('code', { class: 'key', text: ` ${path[path.length - 1]}` })),
      el('p', { class: 'citation', text: info.citation }),
      info.says ? el('p', { class: 'says', text: info.says }) : undefined,
      el('div', { class: 'findings', 'aria-live': 'polite' }),
      standards.length ? el('div', { class: 'mode', role: 'group', 'aria-label': 'How this section is written' }, radio('own', 'Write it here'), radio('standard', 'Use the district standard')) : undefined,
      own, standardBox,
      this.input([...path, 'visibility'], 'visibility', this.resolve(s.properties?.visibility ?? {}), true));
    for (const [k, sub] of Object.entries(s.properties ?? {})) {
      if (SECTION_FIELDS.has(k)) continue;
      const f = this.field([...path, k], k, sub, false);
      if (f) box.append(f);
    }
    box.addEventListener('input', settle);
    box.addEventListener('change', settle);
    box.addEventListener('change', mark);
    show();
    return box;
  }

  drillLog(path, s) {
    const box = this.list(path, 'drills', s);
    box.querySelector(':scope > button.add')?.remove();
    box.append(el('button', { type: 'button', class: 'add', 'data-add': 'drills', text: 'Add a drill', onclick: () => this.onAddDrill?.() }));
    return box;
  }
}
