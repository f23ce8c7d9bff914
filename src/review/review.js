// The review page's keys, filters and requests. Every action posts to the
// server, which writes the curation file, rebuilds and answers with the list
// as it is now; the preview widget then loads the new bundle.
(() => {
  'use strict';
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const list = $('#rv-list');
  const statusLine = $('#rv-status');
  const errorLine = $('#rv-error');
  let version = Number(document.body.dataset.version);
  let current = null;

  const items = () => $$('.rv-item', list).filter((li) => !li.hidden);
  const say = (text) => { statusLine.textContent = text; };
  const fail = (text) => { errorLine.textContent = text; errorLine.hidden = !text; };

  function select(li, focus = true) {
    for (const x of $$('.rv-current', list)) { x.classList.remove('rv-current'); x.removeAttribute('aria-current'); }
    if (!li) { current = null; return; }
    current = li.dataset.id;
    li.classList.add('rv-current');
    li.setAttribute('aria-current', 'true');
    if (focus) li.focus({ preventScroll: true });
    li.scrollIntoView({ block: 'nearest' });
  }

  function move(by) {
    const all = items();
    if (!all.length) return;
    const k = all.findIndex((li) => li.dataset.id === current);
    select(all[k < 0 ? 0 : Math.max(0, Math.min(all.length - 1, k + by))]);
  }

  function filter() {
    const f = new FormData($('#rv-filters'));
    for (const li of $$('.rv-item', list)) {
      const c = li.classList;
      li.hidden = (f.get('kind') && li.dataset.kind !== f.get('kind'))
        || (f.get('article') && li.dataset.article !== f.get('article'))
        || (f.get('flagged') && !c.contains('rv-flagged'))
        || (f.get('edited') && !(c.contains('rv-edited') || c.contains('rv-pinned') || c.contains('rv-hidden')));
    }
    for (const g of $$('.rv-group', list)) g.hidden = !$$('.rv-item', g).some((li) => !li.hidden);
  }

  // An open edit form keeps what is typed in it: a rebuild the page did not
  // ask for waits until the form is saved or closed.
  const editing = () => $$('.rv-form', list).some((f) => !f.hidden);

  function show(state, asked = true) {
    if (state.list === undefined) return;
    if (!asked && editing()) return;
    const hadFocus = list.contains(document.activeElement) || document.activeElement === document.body;
    version = state.version;
    list.innerHTML = state.list;
    $('#rv-names').innerHTML = state.names;
    say(state.status);
    fail(state.error || '');
    filter();
    const li = current && document.getElementById('rv-' + current);
    if (li) select(li, hadFocus);
    const preview = $('#rv-preview');
    if (preview) preview.setAttribute('src', 'facts.fpk?v=' + version);
    document.body.dataset.version = String(version);
  }

  async function post(path, body) {
    const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) });
    if (!r.ok) { fail(await r.text()); return false; }
    fail('');
    show(await r.json());
    return true;
  }

  const edit = (section, key, fields) => post('api/edit', { section, key, fields });

  async function undo() {
    const r = await fetch('api/undo', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    if (!r.ok) { fail(await r.text()); return; }
    fail('');
    const state = await r.json();
    show(state);
    say(state.undone ? 'Undone.' : 'Nothing to undo.');
  }

  async function act(li, what) {
    if (!li) return;
    const id = li.dataset.id;
    select(li);
    if (what === 'hide') {
      const hide = li.dataset.hidden !== 'true';
      if (await edit('facts', id, { hide: hide ? true : null })) say(`${hide ? 'Hidden' : 'Shown again'}: ${id}. Press u to undo.`);
    } else if (what === 'pin') {
      const pin = li.dataset.pinned !== 'true';
      if (await edit('facts', id, { pin: pin ? true : null })) say(`${pin ? 'Pinned' : 'Unpinned'}: ${id}. Press u to undo.`);
    } else if (what === 'edit') {
      const form = $('.rv-form', li);
      form.hidden = false;
      $('input, select', form)?.focus();
    } else if (what === 'cancel') {
      $('.rv-form', li).hidden = true;
      li.focus();
    }
  }

  // A form's changed fields: numbers as numbers, an emptied field as null
  // (the correction is removed), an emptied unit as "" (a count).
  function changed(form) {
    const fields = {};
    for (const el of $$('input, select', form)) {
      const initial = el.type === 'checkbox' ? el.defaultChecked : el.tagName === 'SELECT' ? ($$('option', el).find((o) => o.defaultSelected)?.value ?? '') : el.defaultValue;
      const now = el.type === 'checkbox' ? el.checked : el.value;
      if (now === initial) continue;
      if (el.type === 'checkbox') fields[el.name] = now ? true : null;
      else if (now.trim() === '') fields[el.name] = el.name === 'unit' ? '' : null;
      else if (el.name === 'value' || el.name === 'upper') {
        const x = Number(now.replace(/[,\s_]/g, ''));
        if (!Number.isFinite(x)) { fail(`${el.name}: ${now} is not a number`); return null; }
        fields[el.name] = x;
      } else fields[el.name] = now.trim();
    }
    return fields;
  }

  list.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const li = ev.target.closest('.rv-item');
    const fields = changed(ev.target);
    if (!li || !fields) return;
    if (!Object.keys(fields).length) { act(li, 'cancel'); return; }
    if (await edit('facts', li.dataset.id, fields)) say(`Edited: ${li.dataset.id} (${Object.keys(fields).join(', ')}). Press u to undo.`);
  });

  list.addEventListener('click', (ev) => {
    const b = ev.target.closest('button[data-act]');
    const li = ev.target.closest('.rv-item');
    if (b && li) { ev.preventDefault(); act(li, b.dataset.act); return; }
    if (li && !ev.target.closest('a, input, select, button, summary')) select(li);
  });

  $('#rv-names').addEventListener('click', async (ev) => {
    const b = ev.target.closest('button[data-act="save-name"]');
    if (!b) return;
    const row = b.closest('tr');
    const fields = changed(row);
    if (!fields || !Object.keys(fields).length) return;
    if (await edit('entities', row.dataset.name, fields)) say(`Saved: ${row.dataset.name}. Press u to undo.`);
  });

  $('#rv-box').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    const title = String(f.get('title')).trim();
    const views = String(f.get('views')).split(',').map((v) => v.trim()).filter(Boolean);
    if (await edit('box', '', { title: title || null, views: views.length ? views : null })) say('Saved the box. Press u to undo.');
  });

  $('#rv-filters').addEventListener('change', filter);

  document.addEventListener('keydown', async (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t.closest && t.closest('form, input, select, textarea, tr')) {
      if (ev.key === 'Escape') {
        const li = t.closest('.rv-item');
        if (li) { ev.preventDefault(); act(li, 'cancel'); }
      }
      return;
    }
    const li = current && document.getElementById('rv-' + current);
    switch (ev.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'h': act(li, 'hide'); break;
      case 'p': act(li, 'pin'); break;
      case 'e': act(li, 'edit'); break;
      case 'u': await undo(); break;
      default: return;
    }
    ev.preventDefault();
  });

  // Rebuilds the page did not ask for (an article or the file changed).
  setInterval(async () => {
    try {
      const r = await fetch('api/state?since=' + version);
      if (r.ok) show(await r.json(), false);
    } catch { /* the server stopped: keep the page as it is */ }
  }, 1500);
})();
