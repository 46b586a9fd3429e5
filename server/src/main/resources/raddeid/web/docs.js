// Renders /openapi.json as a readable page: routes, request fields, examples and responses. No dependencies.
'use strict';
(function () {
  const main = document.getElementById('main');
  let doc;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c != null) e.append(c);
    return e;
  }

  function resolve(obj) {
    let o = obj;
    while (o && o.$ref) {
      o = o.$ref.replace(/^#\//, '').split('/').reduce((a, k) => a[k], doc);
    }
    return o || {};
  }

  function typeOf(s) {
    s = resolve(s);
    if (s.type === 'array') return typeOf(s.items) + '[]';
    if (s.enum) return s.enum.join(' | ');
    return s.type || 'object';
  }

  function schemaTable(schema) {
    const s = resolve(schema);
    if (!s.properties) return el('p', {}, typeOf(s));
    const required = new Set(s.required || []);
    const body = el('tbody');
    for (const [name, p] of Object.entries(s.properties)) {
      const r = resolve(p);
      body.append(el('tr', {},
        el('td', {}, el('code', {}, name), required.has(name) ? ' (required)' : ''),
        el('td', {}, typeOf(p)),
        el('td', {}, r.description || '')));
    }
    return el('table', {}, el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'field'),
      el('th', {scope: 'col'}, 'type'), el('th', {scope: 'col'}, 'meaning'))), body);
  }

  function operation(path, method, op) {
    const id = (method + path).replace(/[^a-z0-9]+/gi, '-');
    const sec = el('section', {class: 'op', id: id, 'aria-labelledby': id + '-h'},
      el('h2', {id: id + '-h'}, el('span', {class: 'method ' + method}, method.toUpperCase()), ' ', el('code', {}, path)),
      el('p', {}, el('strong', {}, op.summary || '')));
    if (op.description) sec.append(el('p', {}, op.description));
    const content = (op.requestBody && op.requestBody.content) || {};
    const form = content['multipart/form-data'];
    const rb = content['application/json'] || form;
    if (rb) {
      sec.append(el('h3', {}, form ? 'Request body (multipart/form-data)' : 'Request body'), schemaTable(rb.schema));
      if (rb.example) {
        sec.append(el('h3', {}, 'Example request'), el('pre', {tabindex: '0'}, JSON.stringify(rb.example, null, 2)));
      }
    }
    const list = el('ul', {class: 'responses'});
    for (const [code, resp] of Object.entries(op.responses || {})) {
      const r = resolve(resp);
      const item = el('li', {}, el('code', {}, code), ' ', r.description || '');
      for (const [type, media] of Object.entries(r.content || {})) {
        if (media.example === undefined) continue;
        const shown = typeof media.example === 'string' ? media.example : JSON.stringify(media.example, null, 2);
        item.append(el('details', {}, el('summary', {}, 'Example (' + type + ')'), el('pre', {tabindex: '0'}, shown)));
      }
      for (const [name, header] of Object.entries(r.headers || {})) {
        if (header.example !== undefined) {
          item.append(el('details', {}, el('summary', {}, 'Example ' + name + ' header'),
            el('pre', {tabindex: '0'}, header.example)));
        }
      }
      list.append(item);
    }
    sec.append(el('h3', {}, 'Responses'), list);
    return sec;
  }

  fetch('/openapi.json').then(r => r.json()).then(d => {
    doc = d;
    document.getElementById('loading').remove();
    main.append(el('p', {class: 'lead'}, d.info.summary), el('p', {}, d.info.description));
    const toc = el('ul', {class: 'toc'});
    main.append(el('nav', {'aria-label': 'Routes'}, toc));
    for (const [path, item] of Object.entries(d.paths)) {
      for (const [method, op] of Object.entries(item)) {
        if (!['get', 'post', 'put', 'delete', 'patch'].includes(method)) continue;  // e.g. shared parameters
        const id = (method + path).replace(/[^a-z0-9]+/gi, '-');
        toc.append(el('li', {}, el('a', {href: '#' + id}, method.toUpperCase() + ' ' + path), ' ', op.summary || ''));
        main.append(operation(path, method, op));
      }
    }
    const schemas = el('section', {class: 'op', 'aria-labelledby': 'schemas-h'}, el('h2', {id: 'schemas-h'}, 'Schemas'));
    for (const [name, s] of Object.entries(d.components.schemas)) {
      schemas.append(el('h3', {}, name), s.description ? el('p', {}, s.description) : null, schemaTable(s));
    }
    main.append(schemas);
  }).catch(() => {
    document.getElementById('loading').textContent = 'Could not load /openapi.json.';
  });
})();
