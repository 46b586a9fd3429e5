// The raddeid playground: analyze and de-identify a report through the JSON API. Report text is only ever put
// into the page with textContent (never as HTML) and never stored.
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const report = $('report'), status = $('status'), highlighted = $('highlighted'), output = $('output');
  const tip = $('tip'), legend = $('legend');
  const TYPES = ['NAME', 'DATE', 'AGE', 'LOCATION', 'CONTACT', 'ID', 'PROFESSION'];
  const hidden = new Set();
  let deidText = '';

  function headers() {
    const h = {'Content-Type': 'application/json'};
    const key = $('apikey').value.trim();
    if (key) h['X-API-Key'] = key;
    return h;
  }

  async function api(method, path, body) {
    const res = await fetch(path, {method, headers: headers(), body: body ? JSON.stringify(body) : undefined});
    const json = await res.json().catch(() => ({error: 'unreadable answer'}));
    if (res.status === 401) {
      $('keybox').hidden = false;
      $('keybox').open = true;
    }
    if (!res.ok) throw new Error((json.error || 'request failed') + ' (HTTP ' + res.status + ')');
    return json;
  }

  function say(msg, isError) {
    status.textContent = msg;
    status.classList.toggle('error', !!isError);
  }

  function fillSelect(select, names, chosen) {
    select.replaceChildren(...names.map(n => {
      const o = document.createElement('option');
      o.value = n;
      o.textContent = n;
      o.selected = n === chosen;
      return o;
    }));
  }

  async function loadInfo() {
    try {
      const info = await api('GET', '/api/v1/info');
      fillSelect($('ensemble'), info.ensembles.map(e => e.name), info.defaultEnsemble);
      fillSelect($('policy'), info.policies, info.defaultPolicy);
      if (info.apiKeyRequired) $('keybox').hidden = false;
      if (info.secret && info.secret.ephemeral) {
        $('policy').title = 'This server uses a random secret: surrogates change when it restarts.';
      }
    } catch (e) {
      say('Could not load the server settings: ' + e.message, true);
    }
  }

  // Splits text into code points so offsets from the API (code points) index it correctly.
  function render(text, spans) {
    const cps = Array.from(text);
    const parts = [];
    let at = 0;
    spans.forEach((s, i) => {
      if (s.start > at) parts.push(document.createTextNode(cps.slice(at, s.start).join('')));
      const m = document.createElement('mark');
      m.className = 'phi ' + s.type + (hidden.has(s.type) ? ' off' : '');
      m.dataset.type = s.type;
      m.dataset.index = String(i);
      m.tabIndex = 0;
      m.setAttribute('aria-label', cps.slice(s.start, s.end).join('') + ', ' + s.type
        + (s.subtype ? ' ' + s.subtype : ''));
      m.textContent = cps.slice(s.start, s.end).join('');
      parts.push(m);
      at = s.end;
    });
    if (at < cps.length) parts.push(document.createTextNode(cps.slice(at).join('')));
    highlighted.replaceChildren(...parts);
  }

  function buildLegend(spans) {
    const counts = {};
    spans.forEach(s => { counts[s.type] = (counts[s.type] || 0) + 1; });
    legend.replaceChildren(...TYPES.filter(t => counts[t]).map(t => {
      const li = document.createElement('li');
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'toggle-' + t;
      box.checked = !hidden.has(t);
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(t); else hidden.add(t);
        highlighted.querySelectorAll('mark[data-type="' + t + '"]').forEach(m => m.classList.toggle('off', !box.checked));
      });
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = 'var(--' + t + ')';
      label.append(box, sw, document.createTextNode(t + ' (' + counts[t] + ')'));
      li.append(label);
      return li;
    }));
    $('legend-panel').hidden = spans.length === 0;
  }

  let currentSpans = [];

  function showTip(mark) {
    const s = currentSpans[Number(mark.dataset.index)];
    if (!s) return;
    const title = document.createElement('div');
    title.append(Object.assign(document.createElement('strong'), {textContent: s.type + (s.subtype ? ' / ' + s.subtype : '')}),
      document.createTextNode('  score ' + s.score.toFixed(2)));
    const table = document.createElement('table');
    const cap = document.createElement('caption');
    cap.textContent = 'Found by';
    cap.style.textAlign = 'left';
    table.append(cap);
    (s.sources || []).forEach(src => {
      const tr = document.createElement('tr');
      [src.recognizer, src.score.toFixed(2), src.type].forEach(v => {
        const td = document.createElement('td');
        td.textContent = v;
        tr.append(td);
      });
      table.append(tr);
    });
    tip.replaceChildren(title, table);
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    tip.style.left = Math.max(4, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 4)) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    mark.setAttribute('aria-describedby', 'tip');
  }

  function hideTip(mark) {
    tip.hidden = true;
    if (mark) mark.removeAttribute('aria-describedby');
  }

  highlighted.addEventListener('mouseover', e => { if (e.target.matches('mark.phi')) showTip(e.target); });
  highlighted.addEventListener('mouseout', e => { if (e.target.matches('mark.phi')) hideTip(e.target); });
  highlighted.addEventListener('focusin', e => { if (e.target.matches('mark.phi')) showTip(e.target); });
  highlighted.addEventListener('focusout', e => { if (e.target.matches('mark.phi')) hideTip(e.target); });
  document.addEventListener('keydown', e => { if (e.key === 'Escape') hideTip(document.activeElement); });

  async function analyze() {
    const text = report.value;
    if (!text.trim()) {
      say('Paste or type a report first.', true);
      report.focus();
      return;
    }
    const ensemble = $('ensemble').value || undefined;
    const policy = $('policy').value || undefined;
    say('Analyzing…');
    $('analyze').disabled = true;
    try {
      const [a, d] = await Promise.all([
        api('POST', '/api/v1/analyze', {text, ensemble}),
        api('POST', '/api/v1/deidentify', {text, ensemble, policy})]);
      currentSpans = a.spans;
      render(text, a.spans);
      buildLegend(a.spans);
      deidText = d.text;
      output.textContent = d.text;
      $('copy').disabled = $('download').disabled = false;
      say('Found ' + a.spans.length + ' PHI span' + (a.spans.length === 1 ? '' : 's') + ' with ' + a.ensemble
        + ' in ' + a.timings.analyzeMs.toFixed(1) + ' ms; rewritten by ' + d.policy + '.');
    } catch (e) {
      say(e.message, true);
    } finally {
      $('analyze').disabled = false;
    }
  }

  $('form').addEventListener('submit', e => { e.preventDefault(); analyze(); });
  report.addEventListener('keydown', e => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); analyze(); }
  });
  $('sample').addEventListener('click', async () => {
    try {
      const s = await api('GET', '/api/v1/sample');
      report.value = s.text;
      await analyze();
    } catch (e) {
      say('Could not load a sample: ' + e.message, true);
    }
  });
  $('copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(deidText);
      say('Copied the de-identified text.');
    } catch (e) {
      const range = document.createRange();
      range.selectNodeContents(output);
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      say('Selected the de-identified text: press Ctrl+C to copy.');
    }
  });
  $('download').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([deidText], {type: 'text/plain;charset=utf-8'}));
    const a = Object.assign(document.createElement('a'), {href: url, download: 'deidentified.txt'});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });

  loadInfo();
})();
