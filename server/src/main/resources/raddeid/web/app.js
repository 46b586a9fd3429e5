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
      fillSelect($('batch-ensemble'), info.ensembles.map(e => e.name), info.defaultEnsemble);
      fillSelect($('batch-policy'), info.policies, info.defaultPolicy);
      if (info.apiKeyRequired) $('keybox').hidden = false;
      ensembleHint(info);
      if (info.secret && info.secret.ephemeral) {
        $('policy').title = 'This server uses a random secret: surrogates change when it restarts.';
      }
    } catch (e) {
      say('Could not load the server settings: ' + e.message, true);
    }
  }

  // Says which ensembles this server has loaded and how to load the others.
  function ensembleHint(info) {
    const loaded = info.ensembles.map(e => e.name);
    const others = (info.knownEnsembles || []).filter(n => !loaded.includes(n));
    const hint = $('ensemble-hint');
    if (!others.length) { hint.hidden = true; return; }
    hint.replaceChildren(document.createTextNode('This server loaded ' + loaded.join(', ') + '. Also available: '
      + others.join(', ') + '; start the server with '),
      Object.assign(document.createElement('code'), {textContent: './raddeid serve '
        + loaded.concat(others.filter(n => n !== 'full')).map(n => '--ensemble ' + n).join(' ')}),
      document.createTextNode(' to choose them here (full also needs an LLM endpoint).'));
    hint.hidden = false;
  }

  // Splits text into code points so offsets from the API (code points) index it correctly; marks [from, to) of
  // each span with class cls (highlights in the report, replacements in the de-identified text).
  function marked(text, spans, from, to, cls, label) {
    const cps = Array.from(text);
    const parts = [];
    let at = 0;
    spans.forEach((s, i) => {
      if (s[from] > at) parts.push(document.createTextNode(cps.slice(at, s[from]).join('')));
      const m = document.createElement('mark');
      m.className = cls + ' ' + s.type + (hidden.has(s.type) ? ' off' : '');
      m.dataset.type = s.type;
      m.dataset.index = String(i);
      m.tabIndex = 0;
      m.setAttribute('aria-label', label(cps.slice(s[from], s[to]).join(''), s));
      m.textContent = cps.slice(s[from], s[to]).join('');
      parts.push(m);
      at = s[to];
    });
    if (at < cps.length) parts.push(document.createTextNode(cps.slice(at).join('')));
    return parts;
  }

  function render(text, spans) {
    highlighted.replaceChildren(...marked(text, spans, 'start', 'end', 'phi',
      (t, s) => t + ', ' + s.type + (s.subtype ? ' ' + s.subtype : '')));
  }

  function renderOutput(text, spans) {
    const inOrder = spans.slice().sort((a, b) => a.outStart - b.outStart);
    output.replaceChildren(...marked(text, inOrder, 'outStart', 'outEnd', 'rep',
      (t, s) => t + ', replaces ' + s.type + (s.subtype ? ' ' + s.subtype : '') + ' (' + s.operator + ')'));
    output.querySelectorAll('mark.rep').forEach(m => { m.dataset.index = String(spans.indexOf(inOrder[+m.dataset.index])); });
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
        document.querySelectorAll('.pane mark[data-type="' + t + '"]').forEach(m => m.classList.toggle('off', !box.checked));
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

  const OPERATORS = {redact: 'a [TYPE] tag', surrogate: 'a surrogate', shift: 'the date shifted', mask: 'a mask',
    hash: 'a keyed hash', remove: 'nothing (removed)', keep: 'itself (kept by the policy)', generalize: 'a generalised value'};

  function showTip(mark) {
    const s = currentSpans[Number(mark.dataset.index)];
    if (!s) return;
    const title = document.createElement('div');
    title.append(Object.assign(document.createElement('strong'), {textContent: s.type + (s.subtype ? ' / ' + s.subtype : '')}),
      document.createTextNode('  score ' + s.score.toFixed(2)));
    const parts = [title];
    if (mark.classList.contains('rep')) {
      const op = s.operator || '';
      parts.push(Object.assign(document.createElement('div'), {textContent: 'Replaced by '
        + (OPERATORS[op.split('+')[0]] || op) + ' (' + op + ')'}));
    }
    const table = document.createElement('table');
    const cap = document.createElement('caption');
    cap.textContent = 'Found by';
    cap.style.textAlign = 'left';
    table.append(cap);
    (s.sources || []).forEach(src => {
      const tr = document.createElement('tr');
      const who = !src.detail ? src.recognizer : src.recognizer === 'dictionary' ? src.detail
        : src.recognizer + ' (' + src.detail + ')';
      [who, src.score.toFixed(2),
        src.subtype ? src.type + ' / ' + src.subtype : src.type].forEach(v => {
        const td = document.createElement('td');
        td.textContent = v;
        tr.append(td);
      });
      table.append(tr);
    });
    parts.push(table);
    tip.replaceChildren(...parts);
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

  [highlighted, output].forEach(pane => {
    pane.addEventListener('mouseover', e => { if (e.target.matches('mark')) showTip(e.target); });
    pane.addEventListener('mouseout', e => { if (e.target.matches('mark')) hideTip(e.target); });
    pane.addEventListener('focusin', e => { if (e.target.matches('mark')) showTip(e.target); });
    pane.addEventListener('focusout', e => { if (e.target.matches('mark')) hideTip(e.target); });
  });

  // The two panes scroll together: each keeps the other at the same fraction of its length. No flag
  // remembers who moved first (scroll events coalesce, so an echo can swallow the reader's next move):
  // a pane already within a pixel of where the other one puts it is left alone, which ends the echo.
  function follow(from, to) {
    from.addEventListener('scroll', () => {
      const range = from.scrollHeight - from.clientHeight;
      if (range <= 0) return;
      const target = from.scrollTop / range * (to.scrollHeight - to.clientHeight);
      if (Math.abs(to.scrollTop - target) < 1.5) return;
      to.scrollTop = target;
      hideTip(null);
    });
  }
  follow(highlighted, output);
  follow(output, highlighted);
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
      // One request: deidentify answers the rewritten text and, per span, the recognizers that found it.
      const d = await api('POST', '/api/v1/deidentify', {text, ensemble, policy});
      currentSpans = d.spans;
      render(text, d.spans);
      buildLegend(d.spans);
      deidText = d.text;
      renderOutput(d.text, d.spans);
      highlighted.scrollTop = output.scrollTop = 0;
      $('copy').disabled = $('download').disabled = false;
      say('Found ' + d.spans.length + ' PHI span' + (d.spans.length === 1 ? '' : 's') + ' with ' + d.ensemble
        + ' in ' + d.timings.elapsedMs.toFixed(1) + ' ms; rewritten by ' + d.policy + '.');
      // the results follow the report; take the reader (and a screen reader's focus) there
      $('results').hidden = false;
      $('results-h').focus({preventScroll: true});
      $('results-h').scrollIntoView({block: 'start'});
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

  // ---- Batch upload: POST /api/v1/batch, poll GET /api/v1/jobs/{id}, then a download link. ----
  const batch = {id: null, timer: null};

  function batchSay(msg, isError) {
    $('batch-status').textContent = msg;
    $('batch-status').classList.toggle('error', !!isError);
  }

  function bytes(n) {
    return n < 1024 ? n + ' B' : n < 1048576 ? (n / 1024).toFixed(1) + ' KiB' : (n / 1048576).toFixed(1) + ' MiB';
  }

  function batchBusy(busy) {
    $('batch-start').disabled = busy;
    $('batch-cancel').hidden = !busy;
  }

  async function batchStart() {
    const file = $('batch-file').files[0];
    if (!file) {
      batchSay('Choose a CSV or JSONL file first.', true);
      $('batch-file').focus();
      return;
    }
    const form = new FormData();
    form.append('ensemble', $('batch-ensemble').value);
    form.append('policy', $('batch-policy').value);
    if ($('batch-column').value.trim()) form.append('column', $('batch-column').value.trim());
    if ($('batch-patient').value.trim()) form.append('patientColumn', $('batch-patient').value.trim());
    form.append('file', file, file.name);
    $('batch-download').hidden = true;
    $('batch-progress').value = 0;
    $('batch-progress-box').hidden = false;
    $('batch-numbers').textContent = '';
    batchBusy(true);
    batchSay('Uploading ' + bytes(file.size) + '…');
    try {
      const h = {};
      const key = $('apikey').value.trim();
      if (key) h['X-API-Key'] = key;
      const res = await fetch('/api/v1/batch', {method: 'POST', headers: h, body: form});
      const json = await res.json().catch(() => ({error: 'unreadable answer'}));
      if (!res.ok) throw new Error((json.error || 'upload refused') + (json.field ? ' [' + json.field + ']' : '')
        + ' (HTTP ' + res.status + ')');
      batch.id = json.jobId;
      batchSay('Queued.');
      batchPoll();
    } catch (e) {
      batchBusy(false);
      $('batch-progress-box').hidden = true;
      batchSay(e.message, true);
    }
  }

  async function batchPoll() {
    if (!batch.id) return;
    let job;
    try {
      job = await api('GET', '/api/v1/jobs/' + batch.id);
    } catch (e) {
      batchBusy(false);
      batchSay('Lost the job: ' + e.message, true);
      return;
    }
    const total = job.bytesTotal || 1;
    $('batch-progress').max = total;
    $('batch-progress').value = job.state === 'done' ? total : job.bytesRead;
    $('batch-numbers').textContent = job.rowsDone + ' rows' + (job.rowsFailed ? ' (' + job.rowsFailed + ' failed)' : '')
      + ', ' + bytes(job.bytesRead) + ' of ' + bytes(job.bytesTotal) + ', ' + job.rowsPerSecond + ' rows/s';
    if (job.state === 'queued' || job.state === 'running') {
      batchSay(job.state === 'queued' ? 'Waiting for a free slot…' : 'De-identifying…');
      batch.timer = setTimeout(batchPoll, 400);
      return;
    }
    batchBusy(false);
    if (job.state === 'done') {
      const link = $('batch-download');
      link.href = job.links.result;
      link.setAttribute('download', '');
      link.hidden = false;
      batchSay('Done: ' + job.rowsDone + ' rows de-identified' + (job.rowsFailed ? ', ' + job.rowsFailed
        + ' failed (their text is empty; see the job summary)' : '') + '.', job.rowsFailed > 0);
      link.focus();
    } else {
      $('batch-progress-box').hidden = true;
      batchSay('The job ' + job.state + (job.error ? ': ' + job.error : '') + '.', true);
    }
  }

  // With an API key the link cannot carry the header: fetch the file and hand the browser a blob instead.
  $('batch-download').addEventListener('click', async e => {
    const key = $('apikey').value.trim();
    if (!key) return;
    e.preventDefault();
    const res = await fetch($('batch-download').href, {headers: {'X-API-Key': key}});
    if (!res.ok) { batchSay('Download failed (HTTP ' + res.status + ')', true); return; }
    const name = (res.headers.get('Content-Disposition') || '').replace(/.*filename="([^"]+)".*/, '$1') || 'result';
    const url = URL.createObjectURL(await res.blob());
    const a = Object.assign(document.createElement('a'), {href: url, download: name});
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  $('batch-form').addEventListener('submit', e => { e.preventDefault(); batchStart(); });
  $('batch-cancel').addEventListener('click', async () => {
    if (!batch.id) return;
    clearTimeout(batch.timer);
    try {
      await api('DELETE', '/api/v1/jobs/' + batch.id);
      $('batch-progress-box').hidden = true;
      batchSay('Cancelled; the upload was deleted.');
    } catch (e) {
      batchSay('Could not cancel: ' + e.message, true);
    }
    batch.id = null;
    batchBusy(false);
  });

  loadInfo();
})();
