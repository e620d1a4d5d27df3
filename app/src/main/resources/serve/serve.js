/* bosim serve: the what-if page. Every change is sent to the server, which runs it with the command
   line's own loader, checks and rules, and answers with the figures and a report to show. */
(function () {
  'use strict';

  var WORDS = {
    nb: {
      title: 'bosim – hva om?', about: 'Endre en forutsetning og se hva den gjør med mottak, bosetting og varsler, ved siden av grunnbanen.',
      scenario: 'Grunnbane', upload: 'Last opp et scenario (.yaml eller .zip)', reset: 'Tilbake til grunnbanen',
      ensemble: 'Spredning (ensemble)', runs: 'Antall kjøringer', start: 'Kjør ensemble', cancel: 'Avbryt',
      download: 'Last ned', yaml: 'Scenariet (YAML, bare endringene)', zip: 'Kjøringen (zip med tabeller, rapport og orientering)',
      warnings: 'Varsler i framskrivingen (måneder med varsel)', other: 'English', full: 'Åpne rapporten som egen side',
      figure: 'Nøkkeltall i framskrivingen', base: 'Grunnbanen', whatif: 'Med endringen', diff: 'Endring',
      warning: 'Varsel', clause: 'Avtalen', none: 'Ingen varsler i noen av dem.',
      unit: 'enhet', baseValue: 'grunnbanen', allowed: 'tillatt', running: 'Regner …', drawn: 'Tegnet på {ms} ms (server {server} ms).',
      uploading: 'Laster opp …', uploaded: 'Lastet opp og sjekket: {name}', ensembleRunning: '{done} av {runs} kjøringer',
      ensembleDone: 'Ferdig: {runs} kjøringer; under står viftediagram og sannsynligheten for hvert varsel.',
      months: { factor: 'faktor', people: 'personer', month: 'måned', months: 'måneder', 'cases per month': 'saker per måned',
        'places per month': 'plasser per måned' }
    },
    en: {
      title: 'bosim – what if?', about: 'Change an assumption and see what it does to reception, settlement and warnings, beside the baseline.',
      scenario: 'Baseline', upload: 'Upload a scenario (.yaml or .zip)', reset: 'Back to the baseline',
      ensemble: 'Spread (ensemble)', runs: 'Number of runs', start: 'Run ensemble', cancel: 'Cancel',
      download: 'Download', yaml: 'The scenario (YAML, only the changes)', zip: 'The run (zip with tables, report and briefing)',
      warnings: 'Warnings in the projection (months with a warning)', other: 'Norsk', full: 'Open the report as a page of its own',
      figure: 'Key figures of the projection', base: 'Baseline', whatif: 'With the change', diff: 'Change',
      warning: 'Warning', clause: 'Agreement', none: 'No warnings in either.',
      unit: 'unit', baseValue: 'baseline', allowed: 'allowed', running: 'Running …', drawn: 'Drawn in {ms} ms (server {server} ms).',
      uploading: 'Uploading …', uploaded: 'Uploaded and checked: {name}', ensembleRunning: '{done} of {runs} runs',
      ensembleDone: 'Done: {runs} runs; below are fan charts and the probability of each warning.',
      months: {}
    }
  };

  var lang = document.documentElement.lang === 'en' ? 'en' : 'nb';
  var setup = null;
  var busy = false;
  var pending = false;
  var started = 0;
  var serverMs = 0;
  var poller = null;

  function $(id) { return document.getElementById(id); }
  function w(key, vars) {
    var s = WORDS[lang][key] || WORDS.nb[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.replace('{' + k + '}', vars[k]); });
    return s;
  }
  function number(v) { return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 2 }).format(v); }
  function unitWord(u) { return (WORDS[lang].months || {})[u] || u; }

  function withLang(url) { return url + (url.indexOf('?') < 0 ? '?' : '&') + 'lang=' + lang; }
  function post(url, body, type) {
    return fetch(withLang(url), { method: 'POST', credentials: 'same-origin',
      headers: { 'X-Bosim': '1', 'Content-Type': type || 'application/x-www-form-urlencoded' }, body: body }).then(answer);
  }
  function get(url) { return fetch(withLang(url), { credentials: 'same-origin' }).then(answer); }
  function answer(r) {
    return r.json().then(function (j) {
      if (!r.ok) { var e = new Error(j.error || r.statusText); e.status = r.status; throw e; }
      return j;
    });
  }

  function showError(message) {
    var box = $('error');
    box.textContent = message;
    box.hidden = !message;
    document.body.dataset.state = message ? 'error' : document.body.dataset.state;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.title = w('title');
    Array.prototype.forEach.call(document.querySelectorAll('[data-t]'), function (el) { el.textContent = w(el.dataset.t); });
    $('lang').textContent = w('other');
  }

  function loadSetup(key) {
    return get('/api/setup' + (key ? '?scenario=' + encodeURIComponent(key) : '')).then(function (s) {
      setup = s;
      var sel = $('scenario');
      sel.innerHTML = '';
      s.scenarios.forEach(function (c) {
        var o = document.createElement('option');
        o.value = c.key; o.textContent = c.name; o.selected = c.key === s.scenario;
        sel.appendChild(o);
      });
      $('about').textContent = (lang === 'en' ? s.description_en : s.description_nb);
      drawControls();
      return run();
    });
  }

  function drawControls() {
    var form = $('controls');
    form.innerHTML = '';
    setup.controls.forEach(function (c) {
      var div = document.createElement('div');
      div.className = 'control';
      var id = 'c-' + c.id;
      var label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = lang === 'en' ? c.en : c.nb;
      var input;
      if (c.kind === 'choice') {
        input = document.createElement('select');
        c.choices.forEach(function (v) {
          var o = document.createElement('option'); o.value = v; o.textContent = v; o.selected = v === c.base; input.appendChild(o);
        });
      } else {
        input = document.createElement('input');
        input.type = c.kind === 'month' ? 'month' : 'number';
        input.min = c.min; input.max = c.max;
        if (c.kind === 'number') { input.step = 'any'; }
        input.value = c.base;
      }
      input.id = id;
      input.name = c.id;
      input.dataset.base = c.base;
      var hint = document.createElement('p');
      hint.className = 'hint';
      var range = c.kind === 'choice' ? c.choices.join(', ') : c.kind === 'number' ? number(c.min) + ' – ' + number(c.max) : c.min + ' – ' + c.max;
      var baseShown = c.kind === 'number' ? number(Number(c.base)) : c.base;
      hint.textContent = (c.unit ? w('unit') + ': ' + unitWord(c.unit) + ' · ' : '') + w('baseValue') + ': ' + baseShown + ' · ' + w('allowed') + ': ' + range;
      div.appendChild(label); div.appendChild(input); div.appendChild(hint);
      form.appendChild(div);
      input.addEventListener('change', function () {
        div.classList.toggle('changed', input.value !== c.base);
        run();
      });
    });
  }

  function formBody() {
    var p = new URLSearchParams();
    p.set('scenario', setup.scenario);
    setup.controls.forEach(function (c) { p.set(c.id, $('c-' + c.id).value); });
    return p.toString();
  }

  function run() {
    if (busy) { pending = true; return Promise.resolve(); }
    busy = true;
    pending = false;
    started = performance.now();
    document.body.dataset.state = 'busy';
    $('status').textContent = w('running');
    return post('/api/run', formBody()).then(function (r) {
      showError('');
      serverMs = r.milliseconds;
      $('heading').textContent = r.title;
      $('sentence').textContent = r.sentence;
      drawFigures(r.figures);
      drawWarnings(r.warnings);
      ['download-yaml', 'download-zip'].forEach(function (id) { $(id).setAttribute('aria-disabled', 'false'); });
      $('download-zip').href = '/api/download/zip?lang=' + lang;
      $('full-report').href = r.report + '?lang=' + lang;
      return draw(r.data);
    }).then(function () {
      busy = false;
      var ms = Math.round(performance.now() - started);
      document.body.dataset.lastMs = String(ms);
      document.body.dataset.runs = String(Number(document.body.dataset.runs) + 1);
      document.body.dataset.state = 'ready';
      $('status').textContent = w('drawn', { ms: ms, server: serverMs });
      if (pending) { run(); }
    }).catch(function (e) {
      busy = false;
      showError(e.message);
      $('status').textContent = '';
      if (pending) { run(); }
    });
  }

  /** Draws a run folder's data with the report's own script, as report.html would. */
  function draw(url) {
    return get(url).then(function (data) {
      var title = document.title;
      window.bosimReport.render(data, { renderer: 'canvas' });
      document.title = title;
    });
  }

  function cell(tr, text, cls, tag) {
    var td = document.createElement(tag || 'td');
    td.textContent = text;
    if (cls) { td.className = cls; }
    tr.appendChild(td);
  }

  function drawFigures(rows) {
    var t = $('figures');
    t.tHead.innerHTML = '';
    var h = t.tHead.insertRow();
    cell(h, w('figure'), '', 'th'); cell(h, w('base'), 'num', 'th'); cell(h, w('whatif'), 'num', 'th'); cell(h, w('diff'), 'num', 'th');
    var body = t.tBodies[0];
    body.innerHTML = '';
    rows.forEach(function (r) {
      var tr = body.insertRow();
      tr.dataset.figure = r.id;
      cell(tr, r.label); cell(tr, r.base, 'num'); cell(tr, r.whatif, 'num changed-value'); cell(tr, r.diff, 'num');
    });
  }

  function drawWarnings(rows) {
    var t = $('warnings');
    t.tHead.innerHTML = '';
    var h = t.tHead.insertRow();
    cell(h, w('warning'), '', 'th'); cell(h, w('clause'), '', 'th'); cell(h, w('base'), 'num', 'th'); cell(h, w('whatif'), 'num', 'th');
    var body = t.tBodies[0];
    body.innerHTML = '';
    if (!rows.length) {
      var tr = body.insertRow(); var td = tr.insertCell(); td.colSpan = 4; td.textContent = w('none');
    }
    rows.forEach(function (r) {
      var tr = body.insertRow();
      cell(tr, r.name + ' (' + r.id + ')'); cell(tr, r.clause); cell(tr, String(r.base), 'num'); cell(tr, String(r.whatif), 'num');
    });
  }

  $('scenario').addEventListener('change', function () { loadSetup($('scenario').value).catch(function (e) { showError(e.message); }); });
  $('reset').addEventListener('click', function () { drawControls(); run(); });
  $('lang').addEventListener('click', function () {
    lang = lang === 'en' ? 'nb' : 'en';
    translate();
    loadSetup(setup ? setup.scenario : null).catch(function (e) { showError(e.message); });
  });

  $('upload').addEventListener('change', function () {
    var f = $('upload').files[0];
    if (!f) { return; }
    $('upload-status').textContent = w('uploading');
    post('/api/upload?name=' + encodeURIComponent(f.name), f, 'application/octet-stream').then(function (r) {
      $('upload-status').textContent = w('uploaded', { name: r.added.join(', ') });
      showError('');
      return loadSetup(r.scenario);
    }).catch(function (e) {
      $('upload-status').textContent = '';
      showError(e.message);
    });
  });

  function pollEnsemble() {
    get('/api/ensemble').then(function (j) {
      if (j.state === 'none') { return; }
      $('ensemble-progress').max = j.runs;
      $('ensemble-progress').value = j.finished;
      if (j.state === 'running') {
        $('ensemble-status').textContent = w('ensembleRunning', { done: j.finished, runs: j.runs });
        poller = setTimeout(pollEnsemble, 400);
        return;
      }
      $('ensemble-cancel').disabled = true;
      $('ensemble-start').disabled = false;
      document.body.dataset.ensemble = j.state;
      if (j.state === 'done') {
        $('ensemble-status').textContent = w('ensembleDone', { runs: j.runs });
        draw(j.report).catch(function (e) { showError(e.message); });
      } else {
        $('ensemble-status').textContent = j.message || j.state;
      }
    }).catch(function (e) { showError(e.message); });
  }

  $('ensemble-start').addEventListener('click', function () {
    var p = new URLSearchParams();
    p.set('scenario', setup.scenario);
    p.set('runs', $('runs').value);
    document.body.dataset.ensemble = 'running';
    post('/api/ensemble', p.toString()).then(function () {
      $('ensemble-cancel').disabled = false;
      $('ensemble-start').disabled = true;
      clearTimeout(poller);
      pollEnsemble();
    }).catch(function (e) { document.body.dataset.ensemble = 'error'; showError(e.message); });
  });
  $('ensemble-cancel').addEventListener('click', function () { post('/api/ensemble/cancel', '').catch(function (e) { showError(e.message); }); });

  translate();
  loadSetup(null).catch(function (e) { showError(e.message); });
}());
