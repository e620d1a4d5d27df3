/*
 * bosim's interactive report. Reads the one JSON object embedded in the page (the folder's manifest
 * and result tables, column by column) and draws the views of its kind: a run, a backtest, an
 * ensemble or a comparison. No request leaves the page. The what-if page (bosim serve) loads this
 * same script once and calls window.bosimReport.render(data) with each new answer, so its charts are
 * the report's own.
 */
(function () {
  'use strict';

  var LOADED = performance.now();
  // The charts of the last render: disposed before the next one draws into the same page.
  var previous = [];
  window.addEventListener('resize', function () { previous.forEach(function (c) { c.resize(); }); });
  window.addEventListener('beforeprint', function () { previous.forEach(function (c) { c.resize(); }); });

  // options.renderer: 'svg' (the report: crisp when zoomed and printed) or 'canvas' (the what-if page:
  // drawn again on every change, where canvas draws these line charts in about half the time).
  function render(D, embedded, options) {
  var STARTED = embedded ? LOADED : performance.now();
  var RENDERER = (options && options.renderer) || 'svg';
  previous.forEach(function (c) { c.dispose(); });
  previous = [];
  ['top', 'toc', 'foot'].forEach(function (id) { var e = document.getElementById(id); if (e) { e.replaceChildren(); } });
  var LANG = D.lang === 'en' ? 'en' : 'nb';
  var LOCALE = LANG === 'nb' ? 'nb-NO' : 'en-GB';

  // ---- words ------------------------------------------------------------------------------------
  var WORDS = {
    run: ['Framskriving', 'Projection'], sweep: ['Følsomhet', 'Sensitivity'], swing: ['Utslag', 'Swing'],
    inputLow: ['Inndata lavt', 'Input low'], inputHigh: ['Inndata høyt', 'Input high'], firstOrder: ['Førsteordens indeks', 'First-order index'],
    totalIndex: ['Total indeks', 'Total index'], points: ['Punkter', 'Points'], input: ['Inndata', 'Input'], change: ['Endring fra basis', 'Change from base'], backtest: ['Tilbakeprøving', 'Backtest'], ensemble: ['Ensemble', 'Ensemble'],
    compare: ['Sammenligning', 'Comparison'],
    keyFigures: ['Nøkkeltall', 'Key figures'], charts: ['Diagrammer', 'Charts'], kommuner: ['Kommuner', 'Municipalities'],
    fylker: ['Fylker', 'Counties'], warnings: ['Varsler', 'Warnings'], assumptions: ['Forutsetninger og kilder', 'Assumptions and sources'],
    indicators: ['Indikatorer', 'Indicators'], history: ['Mot historien', 'Against history'], differences: ['Forskjeller', 'Differences'],
    persons: ['personer', 'persons'], kommuneLead: ['Hver kommune i referansen og i de andre scenarioene, med endringen; sortert etter endringen i anmodning.',
      'Each municipality in the reference and the other scenarios, with the change; sorted by the change in the request.'], perMonthShort: ['måned for måned', 'by month'], perYearShort: ['år for år', 'by year'], places: ['plasser', 'places'], perMonth: ['personer per måned', 'persons per month'],
    share: ['andel', 'share'], nok: ['kroner', 'NOK'], months: ['måneder', 'months'],
    arrivals: ['Ankomster per måned', 'Arrivals per month'], asylum: ['Asylsøkere', 'Asylum seekers'],
    em: ['Enslige mindreårige', 'Unaccompanied minors'], ukraine: ['Fordrevne fra Ukraina', 'Displaced from Ukraine'],
    quota: ['Overføringsflyktninger', 'Resettlement refugees'],
    reception: ['Mottak: beboere og plasser', 'Reception: residents and places'], inMottak: ['Beboere i mottak', 'Residents in reception'],
    capacity: ['Plasser i alt', 'Places in all'], ordinary: ['Ordinære plasser', 'Ordinary places'], emergency: ['Akuttplasser', 'Emergency places'],
    occupancy: ['Belegg i mottak', 'Occupancy of reception'], occShare: ['Belegg', 'Occupancy'],
    band: ['Innenfor varselgrensene', 'Within the warning bands'], aim: ['Mål for belegg', 'Occupancy aim'],
    bandLow: ['Nedre varselgrense', 'Lower warning threshold'], bandHigh: ['Øvre varselgrense', 'Upper warning threshold'],
    changes: ['endres i perioden', 'changes during the run'],
    settledObserved: ['Bosatt, observert (IMDi)', 'Settled, observed (IMDi)'], decidedObserved: ['Vedtatt, observert (IMDi)', 'Decided, observed (IMDi)'],
    historyLine: ['observert | framskrevet', 'observed | projected'],
    replayLine: ['modellert historikk | framskrevet', 'modelled history | projected'],
    dataPer: ['data per', 'data up to'], projectedFrom: ['framskrevet fra', 'projected from'],
    settledProjection: ['Bosatt i framskrivingen', 'Settled in the projection'],
    waiting: ['Bosettingsklare etter ventetid', 'Settlement-ready by time waited'],
    w0: ['0–3 mnd', '0–3 months'], w1: ['4–6 mnd', '4–6 months'], w2: ['7–12 mnd', '7–12 months'], w3: ['over 12 mnd', 'over 12 months'],
    longWaiters: ['Lengeventende', 'Long waiters'],
    settlement: ['Bosetting i året mot behov, anmodning og vedtak', 'Settlement in the year against need, request and decisions'],
    settledYear: ['Bosatt hittil i år', 'Settled so far this year'], need: ['Bosettingsbehov', 'Settlement need'],
    anmodet: ['Anmodet', 'Requested'], vedtatt: ['Vedtatt', 'Decided'], bosatt: ['Bosatt', 'Settled'],
    countyChart: ['Anmodet, vedtatt og bosatt per fylke', 'Requested, decided and settled by county'],
    costs: ['Tilskudd og kommunenes merkostnader', 'Grants and the municipalities\u2019 extra costs'],
    grants: ['Tilskudd', 'Grants'], extraCosts: ['Merkostnader', 'Extra costs'], coverage: ['Dekningsgrad', 'Coverage'],
    year: ['År', 'Year'], month: ['Måned', 'Month'], search: ['Søk etter kommune (navn eller nummer)', 'Search municipality (name or number)'],
    searchAny: ['Søk', 'Search'], showing: ['Viser', 'Showing'], of: ['av', 'of'], rows: ['rader', 'rows'],
    nr: ['Kommunenr.', 'Number'], kommune: ['Kommune', 'Municipality'], fylke: ['Fylke', 'County'],
    noDifference: ['Ingen forskjell i noen måned: scenarioene gir det samme her.', 'No difference in any month: the scenarios give the same here.'],
    map: ['Kart', 'Map'], mapLead: ['Hver kommune for valgt år; hold over en kommune for tallene, klikk for å finne den i tabellen.',
      'Each kommune for the chosen year; hover over one for its figures, click to find it in the table.'],
    mapMeasure: ['Vis', 'Show'], perThousand: ['Anmodet per 1 000 innbyggere', 'Requested per 1,000 inhabitants'],
    perThousandShort: ['anmodet per 1 000 innbyggere', 'requested per 1,000 inhabitants'],
    mapChange: ['Endring i anmodet', 'Change in requested'],
    rules: ['Regler bak', 'Rules behind'], anmodetEm: ['Anmodet EM', 'Requested UM'], vedtattEm: ['Vedtatt EM', 'Decided UM'],
    bosattEm: ['Bosatt EM', 'Settled UM'], settledShare: ['Bosatt av vedtatt', 'Settled of decided'],
    rule: ['Regel', 'Rule'], severity: ['Alvor', 'Severity'], clause: ['Avtalepunkt', 'Clause'], subject: ['Gjelder', 'Subject'],
    value: ['Verdi', 'Value'], threshold: ['Grense', 'Threshold'], message: ['Melding', 'Message'],
    noWarnings: ['Ingen varsler i perioden.', 'No warnings in the period.'],
    peakMottak: ['Flest i mottak', 'Most in reception'], peakReady: ['Flest bosettingsklare', 'Most settlement-ready'],
    settledAll: ['Bosatt i perioden', 'Settled in the period'], maxLong: ['Høyeste andel lengeventende', 'Highest long-wait share'],
    nWarnings: ['Varsler', 'Warnings'], inMonth: ['i', 'in'],
    scenario: ['Scenario', 'Scenario'], seed: ['Frø', 'Seed'], criteria: ['Kriteriesett', 'Criteria set'], policy: ['Beslutningsregler', 'Decision rules'],
    period: ['Periode', 'Period'], version: ['bosim-versjon', 'bosim version'], sources: ['Kilder', 'Sources'],
    fan: ['median, 50 % og 90 % av kjøringene', 'median, 50 % and 90 % of the runs'], median: ['Median', 'Median'],
    p25p75: ['25–75 %', '25–75 %'], p5p95: ['5–95 %', '5–95 %'], runs: ['kjøringer', 'runs'],
    warnProb: ['Sannsynlighet for varsel per måned', 'Probability of a warning by month'], probability: ['Sannsynlighet', 'Probability'],
    indicator: ['Indikator', 'Indicator'], mean: ['Gjennomsnitt', 'Mean'],
    observed: ['Observert', 'Observed'], model: ['Modell', 'Model'], error: ['Avvik', 'Error'], tolerance: ['Toleranse', 'Tolerance'],
    within: ['Innenfor', 'Within'], yes: ['ja', 'yes'], no: ['nei', 'no'],
    overlay: ['Scenarioene side om side', 'The scenarios side by side'], diff: ['Forskjell fra referansen', 'Difference from the reference'],
    reference: ['referanse', 'reference'], unit: ['Enhet', 'Unit'], change: ['Endring', 'Change'], rank: ['Rang', 'Rank'],
    measure: ['Mål', 'Measure'], zoomHint: ['Dra i glidebryteren under et diagram eller rull i det for å zoome; klikk i forklaringen for å skjule en serie.',
      'Drag the slider under a chart or scroll in it to zoom; click the legend to hide a series.'],
    history_lead: ['Modellen kjørt over år som alt har skjedd, mot det som ble observert. Rader utenfor toleransen er markert.',
      'The model run over years that have happened, against what was observed. Rows outside the tolerance are marked.'],
    madeBy: ['Laget av bosim', 'Made by bosim'], files: ['Mappens filer er kontrollert mot manifestets størrelse og SHA-256.',
      'The folder\u2019s files were checked against the manifest\u2019s sizes and SHA-256.']
  };
  function t(key) { var w = WORDS[key]; return w ? w[LANG === 'nb' ? 0 : 1] : key; }
  var SERIES_WORDS = {
    arrivals: ['Ankomster per måned', 'Arrivals per month', 'perMonth'], in_mottak: ['Beboere i mottak', 'Residents in reception', 'persons'],
    settlement_ready: ['Bosettingsklare', 'Settlement-ready', 'persons'], long_waiters: ['Lengeventende', 'Long waiters', 'persons'],
    long_wait_share: ['Andel lengeventende', 'Long-wait share', 'share'], reception_capacity: ['Plasser i mottak', 'Reception places', 'places'],
    occupancy: ['Belegg', 'Occupancy', 'share'], settled_year: ['Bosatt hittil i år', 'Settled so far this year', 'persons'],
    bosettingsbehov: ['Bosettingsbehov', 'Settlement need', 'persons'], in_processing: ['Venter på vedtak fra UDI', 'Waiting for UDI\u2019s decision', 'persons'],
    wait_mean_months: ['Snitt ventetid før bosetting', 'Mean wait before settlement', 'months'],
    settled_within_6m_share: ['Bosatt innen 6 mnd', 'Settled within 6 months', 'share'],
    settled: ['Bosatt', 'Settled', 'persons'], settled_em: ['Bosatt, enslige mindreårige', 'Settled, unaccompanied minors', 'persons'],
    settled_ukraine: ['Bosatt fra Ukraina', 'Settled from Ukraine', 'persons'], settled_ytd: ['Bosatt hittil i år', 'Settled so far this year', 'persons'],
    residents: ['Beboere i mottak', 'Residents in reception', 'persons'], places_emergency: ['Akuttplasser', 'Emergency places', 'places'],
    requested: ['Anmodet', 'Requested', 'persons'], decided: ['Vedtak fra UDI', 'Decisions by UDI', 'persons'],
    peak_in_mottak: ['Flest i mottak', 'Most in reception', 'persons'], peak_settlement_ready: ['Flest bosettingsklare', 'Most settlement-ready', 'persons'],
    settled_total: ['Bosatt i perioden', 'Settled in the period', 'persons'],
    peak_reception_capacity: ['Flest plasser i mottak', 'Most reception places', 'places'],
    max_long_wait_share: ['Høyeste andel lengeventende', 'Highest long-wait share', 'share'],
    peak_long_waiters: ['Flest lengeventende', 'Most long waiters', 'persons'],
    months_over_long_wait_threshold: ['Måneder over varselgrensen for lengeventende', 'Months over the long-wait warning threshold', 'months'],
    anmodet: ['Anmodet', 'Requested', 'persons'], vedtatt: ['Vedtatt', 'Decided', 'persons'],
    costs: ['Kommunenes merkostnader', 'The municipalities\u2019 extra costs', 'nok'], grants: ['Tilskudd', 'Grants', 'nok'],
    coverage: ['Dekningsgrad', 'Coverage', 'share'], settled_of_need: ['Bosatt av behovet', 'Settled of the need', 'share'],
    settlement_ready_at_year_end: ['Bosettingsklare ved årets slutt', 'Settlement-ready at the year\u2019s end', 'persons'],
    settlement_ready_dec_y1: ['Bosettingsklare ved utgangen av første år', 'Settlement-ready at the end of the first year', 'persons'],
    settlement_ready_dec_y2: ['Bosettingsklare ved utgangen av andre år', 'Settlement-ready at the end of the second year', 'persons'],
    settled_y1: ['Bosatt første år', 'Settled in the first year', 'persons'], settled_y2: ['Bosatt andre år', 'Settled in the second year', 'persons'],
    settled_y3: ['Bosatt tredje år', 'Settled in the third year', 'persons'],
    cost_coverage_min: ['Laveste dekningsgrad i et år', 'Lowest coverage in a year', 'share']
  };
  function seriesName(key) {
    var w = SERIES_WORDS[key];
    if (w) { return w[LANG === 'nb' ? 0 : 1]; }
    var m = /^(?:months_with_|warning_months_)(.+)$/.exec(key || '');
    if (m) { return (LANG === 'nb' ? 'Måneder med varsel: ' : 'Months with the warning: ') + ruleName(m[1]); }
    return String(key).replace(/_/g, ' ');
  }
  // A warning is read by its name, with its id beside it: every manifest on the page names the rules it used
  // (a run's, an ensemble's, a sweep's; a comparison's runs). Older folders without names show the id alone.
  var RULE_NAMES = {};
  [D].concat(D.runs ? Object.keys(D.runs).map(function (n) { return D.runs[n]; }) : []).forEach(function (f) {
    var mm = {};
    try { mm = JSON.parse(f.manifest || '{}'); } catch (e) { mm = {}; }
    var names = (LANG === 'en' && mm.rule_names_en) || mm.rule_names || {};
    Object.keys(names).forEach(function (id) { if (!RULE_NAMES[id]) { RULE_NAMES[id] = names[id]; } });
  });
  function ruleName(id, max) {
    var n = RULE_NAMES[id];
    if (!n) { return String(id); }
    if (max && n.length > max) { n = n.slice(0, max - 1).replace(/\s+\S*$/, '') + ' …'; }
    return n + ' (' + id + ')';
  }
  function seriesUnit(key) { var w = SERIES_WORDS[key]; return w ? t(w[2]) : ''; }
  function isShare(key) { var w = SERIES_WORDS[key]; return (w && w[2] === 'share') || /share|occupancy|probability|coverage/.test(key); }

  // ---- numbers ----------------------------------------------------------------------------------
  var INT = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
  var DEC = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
  var PCT = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
  function fmt(v, share) {
    if (v === null || v === undefined || (typeof v === 'number' && isNaN(v))) { return '–'; }
    if (typeof v !== 'number') { return String(v); }
    // A value that rounds to nothing is written 0, not "−0", which reads as a fall.
    if (share) { return PCT.format(Math.round(v * 100) === 0 ? 0 : v); }
    return Math.abs(v) >= 100 || Number.isInteger(v) ? INT.format(Math.round(v) === 0 ? 0 : v) : DEC.format(Math.round(v * 10) === 0 ? 0 : v);
  }
  /** An input's value in a sweep (a scale, a parameter's value, a criteria set's name) as the page's language writes numbers. */
  function inputValue(v) { return typeof v === 'number' ? new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 4 }).format(v) : (v === null || v === undefined ? '' : String(v)); }
  function billions(v) { return new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 }).format(v / 1e9) + (LANG === 'nb' ? ' mrd. kr' : ' bn NOK'); }

  // ---- data -------------------------------------------------------------------------------------
  function rows(table) {
    if (!table) { return []; }
    var out = [], n = table.data.length ? table.data[0].length : 0;
    for (var i = 0; i < n; i++) {
      var r = {};
      for (var c = 0; c < table.columns.length; c++) { r[table.columns[c]] = table.data[c][i]; }
      out.push(r);
    }
    return out;
  }
  function column(table, name) {
    if (!table) { return []; }
    var i = table.columns.indexOf(name);
    return i < 0 ? [] : table.data[i];
  }
  function manifestOf(folder) {
    try { return JSON.parse(folder.manifest); } catch (e) { return {}; }
  }

  // ---- page building ----------------------------------------------------------------------------
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (k === 'text') { e.textContent = attrs[k]; } else { e.setAttribute(k, attrs[k]); } }); }
    (children || []).forEach(function (c) { if (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return e;
  }
  var main = document.getElementById('main');
  var toc = el('ul');
  function section(id, title, lead) {
    var s = el('section', { id: id, 'aria-labelledby': id + '-h' }, [el('h2', { id: id + '-h', text: title })]);
    if (lead) { s.appendChild(el('p', { 'class': 'lead', text: lead })); }
    main.appendChild(s);
    toc.appendChild(el('li', null, [el('a', { href: '#' + id, text: title })]));
    return s;
  }

  // Okabe-Ito: told apart with every common colour-vision deficiency.
  var KOMMUNE_MAP_SOURCE = LANG === 'nb' ? 'Kart: Kartverket 2024 (CC BY 4.0)' : 'Map: Kartverket 2024 (CC BY 4.0)';
  var COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
  var charts = [];
  function chartBox(parent, title, caption, height) {
    var div = el('div', { 'class': 'chart', role: 'img', 'aria-label': title + (caption ? '. ' + caption : '') });
    if (height) { div.style.height = height + 'px'; }
    parent.appendChild(el('figure', { 'class': 'chart-box' }, [el('h3', { text: title }), div, caption ? el('figcaption', { text: caption }) : null]));
    return div;
  }
  function prepare(div, option) {
    option.color = option.color || COLORS;
    option.animation = false;
    // The chart's own description for screen readers is the figure's title and unit.
    option.aria = { enabled: true, label: { enabled: true, description: div.getAttribute('aria-label') } };
    option.textStyle = { fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif' };
    return option;
  }
  // Charts are drawn once every box is in its grid: a chart drawn while alone in its row would take
  // the whole row and need drawing again. Until then a chart is its option, which may still change.
  var pending = [];
  function draw(div, option) {
    var handle = {
      chart: null, option: prepare(div, option),
      setOption: function (o, replace) { if (this.chart) { this.chart.setOption(prepare(div, o), replace); } else { this.option = prepare(div, o); } }
    };
    pending.push({ div: div, handle: handle });
    return handle;
  }
  function drawPending() {
    pending.forEach(function (p) {
      var c = echarts.init(p.div, null, { renderer: RENDERER });
      c.setOption(p.handle.option);
      p.handle.chart = c;
      charts.push(c);
      if (p.handle.onDrawn) { p.handle.onDrawn(c); }
    });
    pending = [];
  }
  // The kommuner's outlines (Kartverket 2024, CC BY 4.0), embedded by bosim for the maps.
  var MAP = D.map ? 'bosim-kommuner' : null;
  if (MAP && !echarts.getMap(MAP)) { echarts.registerMap(MAP, D.map); }
  /**
   * A choropleth of the kommuner: values by kommunenummer, a tooltip from tip(nr), a click handler.
   * Longitudes are shrunk by the cosine of Norway's middle latitude, as on bosim's other maps.
   */
  function mapOption(values, title, tip, diverging) {
    var vs = Object.keys(values).map(function (k) { return values[k]; }).filter(function (v) { return v !== null && isFinite(v); });
    var max = vs.length ? Math.max.apply(null, vs) : 1, min = vs.length ? Math.min.apply(null, vs) : 0;
    var m = Math.max(Math.abs(max), Math.abs(min)) || 1;
    return {
      tooltip: { trigger: 'item', formatter: function (p) { return tip(p.name); } },
      visualMap: { min: diverging ? -m : Math.min(0, min), max: diverging ? m : (max > 0 ? max : 1), calculable: true, left: 10, bottom: 20,
        text: [title, ''], textStyle: { fontSize: 11 }, formatter: function (v) { return DEC.format(v); },
        inRange: { color: diverging ? ['#b2182b', '#ffffff', '#084594'] : ['#f7fbff', '#084594'] } },
      series: [{ type: 'map', map: MAP, nameProperty: 'kommunenummer', roam: true, aspectScale: 0.42, zoom: 1.1,
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#E69F00' } }, select: { disabled: true },
        itemStyle: { borderColor: '#ffffff', borderWidth: 0.3, areaColor: '#dddddd' },
        data: Object.keys(values).map(function (k) { return { name: k, value: values[k] }; }) }]
    };
  }
  /** Points the kommune table of {@code section} at one kommune, as a click on the map does. */
  function showKommune(section, nr) {
    var input = section.querySelector('input[type=search]');
    if (input) { input.value = nr; input.dispatchEvent(new Event('input')); section.scrollIntoView({ block: 'start' }); }
  }
  function monthAxis(months) { return { type: 'category', data: months, boundaryGap: false, axisLabel: { hideOverlap: true } }; }
  function valueAxis(name, share) {
    // The unit is under the chart (figcaption), not on the axis, where the legend would cover it.
    return { type: 'value', scale: false,
      axisLabel: { formatter: function (v) { return fmt(v, share); } } };
  }
  function zoom() { return [{ type: 'inside' }, { type: 'slider', height: 18, bottom: 6 }]; }
  function tooltip(unit, share) {
    return { trigger: 'axis', valueFormatter: function (v) { return fmt(v, share) + (share || !unit ? '' : ' ' + unit); } };
  }
  function grid() { return { left: 64, right: 24, top: 64, bottom: 64 }; }
  function line(name, data, extra) {
    var s = { name: name, type: 'line', data: data, showSymbol: false, connectNulls: false };
    Object.keys(extra || {}).forEach(function (k) { s[k] = extra[k]; });
    return s;
  }
  function legend() { return { top: 0, type: 'plain' }; }

  // ---- tables: searchable, sortable by any column ------------------------------------------------
  function dataTable(parent, spec) {
    // spec: caption, columns [{key,label,num,share,fmt}], rows, search (keys), searchLabel, sort
    var state = { key: spec.sort || spec.columns[0].key, dir: spec.sortDir || 1, filter: '' };
    var wrapTools = el('div', { 'class': 'tools' });
    var input = null, count = el('span', { 'class': 'count', 'aria-live': 'polite' });
    if (spec.search) {
      var id = 'q-' + Math.random().toString(36).slice(2, 8);
      input = el('input', { type: 'search', id: id, 'data-role': 'filter', autocomplete: 'off' });
      wrapTools.appendChild(el('label', { 'for': id, text: spec.searchLabel || t('searchAny') }));
      wrapTools.appendChild(input);
    }
    (spec.tools || []).forEach(function (x) { wrapTools.appendChild(x); });
    wrapTools.appendChild(count);
    parent.appendChild(wrapTools);
    var table = el('table');
    table.appendChild(el('caption', { text: spec.caption }));
    var headRow = el('tr');
    var ths = spec.columns.map(function (c) {
      var b = el('button', { type: 'button', text: c.label });
      var th = el('th', { scope: 'col', 'class': c.num ? 'num' : '' }, [b]);
      b.addEventListener('click', function () {
        state.dir = state.key === c.key ? -state.dir : (c.num ? -1 : 1);
        state.key = c.key;
        render();
      });
      headRow.appendChild(th);
      return th;
    });
    table.appendChild(el('thead', null, [headRow]));
    var body = el('tbody');
    table.appendChild(body);
    parent.appendChild(el('div', { 'class': 'table-wrap', tabindex: '0', role: 'region', 'aria-label': spec.caption }, [table]));
    var all = spec.rows;
    function render() {
      var q = state.filter.trim().toLowerCase();
      var shown = all.filter(function (r) {
        return !q || (spec.search || []).some(function (k) { return String(r[k] === null || r[k] === undefined ? '' : r[k]).toLowerCase().indexOf(q) >= 0; });
      });
      var key = state.key, dir = state.dir;
      shown.sort(function (a, b) {
        var x = a[key], y = b[key];
        if (x === y) { return 0; }
        if (x === null || x === undefined) { return 1; }
        if (y === null || y === undefined) { return -1; }
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), LOCALE)) * dir;
      });
      ths.forEach(function (th, i) { th.setAttribute('aria-sort', spec.columns[i].key === key ? (dir > 0 ? 'ascending' : 'descending') : 'none'); });
      var frag = document.createDocumentFragment();
      shown.forEach(function (r) {
        var tr = el('tr', spec.rowClass ? { 'class': spec.rowClass(r) } : null);
        spec.columns.forEach(function (c) {
          var v = r[c.key];
          var td = el('td', { 'class': (c.num ? 'num ' : '') + (c.cls ? c.cls(v) : '') });
          if (c.num && typeof v === 'number') { td.setAttribute('data-value', String(v)); }
          if (c.link && typeof v === 'string') { appendLinked(td, v); } else { td.textContent = c.fmt ? c.fmt(v, r) : (c.num ? fmt(v, c.share) : (v === null || v === undefined ? '' : String(v))); }
          tr.appendChild(td);
        });
        frag.appendChild(tr);
      });
      body.replaceChildren(frag);
      count.textContent = t('showing') + ' ' + INT.format(shown.length) + ' ' + t('of') + ' ' + INT.format(all.length) + ' ' + t('rows');
    }
    if (input) { input.addEventListener('input', function () { state.filter = input.value; render(); }); }
    render();
    return { setRows: function (r) { all = r; render(); }, table: table };
  }
  // Text with <https://...> or bare addresses: the addresses become links (opened only when clicked).
  function appendLinked(parent, text) {
    var re = /<?(https?:\/\/[^\s>]+)>?/g, last = 0, m;
    while ((m = re.exec(text)) !== null) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      parent.appendChild(el('a', { href: m[1], rel: 'noopener noreferrer', text: m[1] }));
      last = re.lastIndex;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }
  function yearSelect(years, selected, onChange, labelText) {
    var id = 'y-' + Math.random().toString(36).slice(2, 8);
    var s = el('select', { id: id });
    years.forEach(function (y) { var o = el('option', { value: String(y), text: String(y) }); if (y === selected) { o.selected = true; } s.appendChild(o); });
    s.addEventListener('change', function () { onChange(Number(s.value)); });
    var box = el('span', null, [el('label', { 'for': id, text: (labelText || t('year')) + ' ' }), s]);
    return box;
  }

  // ---- header and footer ------------------------------------------------------------------------
  function header(m, kind) {
    var top = document.getElementById('top');
    var titled = LANG === 'nb' ? (m.scenario_title_nb || m.scenario_title) : (m.scenario_title || m.scenario_title_nb);
    var name = titled || m.scenario || (m.scenarios ? m.scenarios.join(' – ') : '');
    top.appendChild(el('h1', null, [name, el('span', { 'class': 'kind', text: t(kind) })]));
    var facts = [];
    if (m.start && m.end) { facts.push(t('period') + ' ' + m.start + ' – ' + m.end); }
    if (m.criteria) { facts.push(t('criteria') + ' ' + (LANG === 'nb' ? String(m.criteria).split(' from ').join(' fra ') : m.criteria)); }
    if (m.runs) { facts.push(INT.format(m.runs) + ' ' + t('runs')); }
    if (m.seed !== undefined) { facts.push(t('seed') + ' ' + m.seed); }
    if (m.data_per && m.projection_from) { facts.push(t('dataPer') + ' ' + m.data_per + ', ' + t('projectedFrom') + ' ' + m.projection_from); }
    var description = LANG === 'nb' && m.scenario_description_nb ? m.scenario_description_nb : m.scenario_description;
    if (description) { top.appendChild(el('p', { text: description })); }
    top.appendChild(el('p', { text: facts.join(' · ') }));
    var foot = document.getElementById('foot');
    foot.appendChild(el('p', { text: t('madeBy') + ' ' + (m.bosim_version || '') + (m.policy ? ' · ' + t('policy') + ': ' + m.policy : '') + '. ' + t('files') }));
    if (m.scenario_sha256) { foot.appendChild(el('p', { text: 'SHA-256 ' + [].concat(m.scenario_sha256).join(', ') })); }
  }

  // ---- a run's views ----------------------------------------------------------------------------
  /** The index of the first projected month: 0 when the run replays no history (or the folder predates projection_from). */
  function projectionStart(m, months) {
    var i = m.projection_from ? months.indexOf(m.projection_from) : -1;
    return i > 0 ? i : 0;
  }

  // The figures of the projection only: replayed history is context, drawn beside what was observed.
  function keyFigures(parent, ts, alerts, m) {
    var all = column(ts, 'month'), from = projectionStart(m, all);
    var months = all.slice(from), inM = column(ts, 'in_mottak').slice(from), ready = column(ts, 'settlement_ready').slice(from);
    var settled = column(ts, 'settled').slice(from), share = column(ts, 'long_wait_share').slice(from);
    alerts = alerts.filter(function (a) { return from === 0 || a.month >= all[from]; });
    function peak(a) { var b = 0; for (var i = 1; i < a.length; i++) { if (a[i] > a[b]) { b = i; } } return b; }
    var pm = peak(inM), pr = peak(ready), ps = peak(share);
    var sum = settled.reduce(function (a, b) { return a + (b || 0); }, 0);
    var box = el('div', { 'class': 'figures' });
    [[fmt(inM[pm]), t('peakMottak') + ' (' + t('inMonth') + ' ' + months[pm] + ')'],
      [fmt(ready[pr]), t('peakReady') + ' (' + t('inMonth') + ' ' + months[pr] + ')'],
      [fmt(sum), t(from > 0 ? 'settledProjection' : 'settledAll')],
      [fmt(share[ps], true), t('maxLong') + ' (' + t('inMonth') + ' ' + months[ps] + ')'],
      [fmt(alerts.length), t('nWarnings')]].forEach(function (f) {
      box.appendChild(el('div', { 'class': 'figure' }, [el('div', { 'class': 'value', text: f[0] }), el('div', { 'class': 'label', text: f[1] })]));
    });
    parent.appendChild(box);
  }

  /** A parameter's steps ({from, value}, the first at the start) as its value in each of the months. */
  function stepValues(steps, months) {
    return months.map(function (mo) {
      var v = null;
      steps.forEach(function (st) { if (st.from <= mo) { v = st.value; } });
      return v;
    });
  }

  /**
   * A dotted line at a month, drawn as a series of its own so it leaves the chart's own marks alone. Its words
   * stand above the plot, level, where no line runs under them (written along the line they crossed the data).
   */
  function divider(month, words) {
    return { type: 'line', data: [], silent: true, markLine: { silent: true, symbol: 'none', lineStyle: { color: '#555', type: 'dotted' },
      label: { formatter: words, position: 'end', color: '#555', fontSize: 11 }, data: [{ xAxis: month }] } };
  }

  function runCharts(parent, folder, m) {
    var ts = folder.tables.timeseries, months = column(ts, 'month');
    // Every monthly chart of a run that replays history marks where its projection starts.
    var projectionDivider = function () { return projectionStart(m, months) ? [divider(m.projection_from, t('replayLine'))] : []; };
    var p = m.parameters_at_start || {};
    var grid6 = el('div', { 'class': 'charts' });
    parent.appendChild(el('p', { 'class': 'lead', text: t('zoomHint') }));
    parent.appendChild(grid6);

    draw(chartBox(grid6, t('arrivals'), t('perMonth')), {
      tooltip: tooltip(t('persons')), legend: legend(), grid: grid(), dataZoom: zoom(),
      xAxis: monthAxis(months), yAxis: valueAxis(t('perMonth')),
      series: [['asylum', 'arrivals_asylum'], ['em', 'arrivals_em'], ['ukraine', 'arrivals_ukraine'], ['quota', 'arrivals_quota']].map(function (s) {
        return { name: t(s[0]), type: 'bar', stack: 'a', data: column(ts, s[1]), barCategoryGap: '10%' };
      }).concat(projectionDivider())
    });

    draw(chartBox(grid6, t('reception'), t('persons') + ' / ' + t('places')), {
      tooltip: tooltip(''), legend: legend(), grid: grid(), dataZoom: zoom(),
      xAxis: monthAxis(months), yAxis: valueAxis(t('persons') + ' / ' + t('places')),
      series: [line(t('inMottak'), column(ts, 'in_mottak'), { lineStyle: { width: 2.5 } }),
        line(t('capacity'), column(ts, 'reception_capacity'), { lineStyle: { type: 'dashed' } }),
        line(t('emergency'), column(ts, 'capacity_emergency'), { lineStyle: { type: 'dotted' } })].concat(projectionDivider())
    });

    var low = p.varsel_belegg_lav, high = p.varsel_belegg_hoy, aim = p.maal_belegg;
    var occ = line(t('occShare'), column(ts, 'occupancy'), { lineStyle: { width: 2.5 } });
    var occSeries = [occ], changing = m.parameters_changing || {};
    // A threshold the scenario changes during the run is drawn as a step line, each month at the value then in force.
    [['varsel_belegg_lav', 'bandLow', '#009E73'], ['varsel_belegg_hoy', 'bandHigh', '#009E73'], ['maal_belegg', 'aim', '#555']].forEach(function (x) {
      if (changing[x[0]]) {
        occSeries.push(line(t(x[1]) + ' (' + t('changes') + ')', stepValues(changing[x[0]], months), { step: 'end', lineStyle: { type: 'dashed', color: x[2] }, itemStyle: { color: x[2] } }));
      }
    });
    if (changing.varsel_belegg_lav || changing.varsel_belegg_hoy) { low = undefined; }
    if (changing.maal_belegg) { aim = undefined; }
    if (low !== undefined && high !== undefined) {
      occ.markArea = { silent: true, itemStyle: { color: 'rgba(0,158,115,0.10)' }, label: { show: true, position: 'insideTopLeft', color: '#555' },
        data: [[{ name: t('band') + ' (' + PCT.format(low) + '–' + PCT.format(high) + ')', yAxis: low }, { yAxis: high }]] };
    }
    if (aim !== undefined) {
      occ.markLine = { silent: true, symbol: 'none', lineStyle: { color: '#555', type: 'dashed' }, label: { position: 'insideEndTop', formatter: t('aim') + ' ' + PCT.format(aim) },
        data: [{ yAxis: aim }] };
    }
    draw(chartBox(grid6, t('occupancy'), t('share')), {
      tooltip: tooltip('', true), legend: legend(), grid: grid(), dataZoom: zoom(),
      xAxis: monthAxis(months), yAxis: valueAxis(t('share'), true), series: occSeries.concat(projectionDivider())
    });

    draw(chartBox(grid6, t('waiting'), t('persons')), {
      tooltip: tooltip(t('persons')), legend: legend(), grid: grid(), dataZoom: zoom(),
      xAxis: monthAxis(months), yAxis: valueAxis(t('persons')),
      series: [['w0', 'ready_0_3m'], ['w1', 'ready_4_6m'], ['w2', 'ready_7_12m'], ['w3', 'ready_over_12m']].map(function (s) {
        return line(t(s[0]), column(ts, s[1]), { stack: 'w', areaStyle: {} });
      }).concat([line(t('longWaiters'), column(ts, 'long_waiters'), { lineStyle: { type: 'dashed', width: 2, color: '#000' }, itemStyle: { color: '#000' } })])
        .concat(projectionDivider())
    });

    var settledYear = line(t('settledYear'), column(ts, 'settled_year'), { lineStyle: { width: 2.5 }, areaStyle: { opacity: 0.15 } });
    var settlementSeries = [settledYear,
      line(t('need'), column(ts, 'bosettingsbehov'), { step: 'end', lineStyle: { type: 'dashed' } }),
      line(t('anmodet'), column(ts, 'anmodet_year'), { step: 'end', lineStyle: { type: 'dotted' } }),
      line(t('vedtatt'), column(ts, 'vedtatt_year'), { step: 'end' })];
    // What really happened (observed.csv): points at their month (a year's figure at its December),
    // and a line where the observations end, when the run goes on after them.
    var observed = rows(folder.tables.observed);
    if (observed.length) {
      var at = function (period) { return period.length === 4 ? period + '-12' : period; };
      [['settled', 'settledObserved', 'circle'], ['decided', 'decidedObserved', 'rect']].forEach(function (x) {
        var pts = observed.filter(function (o) { return o.indicator === x[0] || (x[0] === 'settled' && o.indicator === 'settled_ytd'); })
          .filter(function (o) { return months.indexOf(at(o.period)) >= 0; })
          .map(function (o) { return [at(o.period), o.value]; });
        if (pts.length) { settlementSeries.push({ name: t(x[1]), type: 'scatter', symbol: x[2], symbolSize: 10, data: pts }); }
      });
      var last = observed.map(function (o) { return at(o.period); }).sort().pop();
      var li = months.indexOf(last);
      if (!projectionStart(m, months) && li >= 0 && li < months.length - 1) {
        settlementSeries.push(divider(months[li + 1], t('historyLine')));
      }
    }
    if (projectionStart(m, months)) { settlementSeries.push(divider(m.projection_from, t('replayLine'))); }
    draw(chartBox(grid6, t('settlement'), t('persons')), {
      tooltip: tooltip(t('persons')), legend: legend(), grid: grid(), dataZoom: zoom(),
      xAxis: monthAxis(months), yAxis: valueAxis(t('persons')),
      series: settlementSeries
    });

    var costs = rows(folder.tables.costs).filter(function (r) { return r.subject === '0000'; });
    if (costs.length) {
      draw(chartBox(grid6, t('costs'), t('nok')), {
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var r = costs[ps[0].dataIndex];
          return r.year + '<br>' + t('grants') + ': ' + billions(r.grants_nok) + '<br>' + t('extraCosts') + ': ' + billions(r.costs_nok)
            + '<br>' + t('coverage') + ': ' + PCT.format(r.coverage);
        } },
        legend: legend(), grid: grid(),
        xAxis: { type: 'category', data: costs.map(function (r) { return String(r.year); }) },
        yAxis: { type: 'value', name: LANG === 'nb' ? 'mrd. kr' : 'bn NOK', axisLabel: { formatter: function (v) { return DEC.format(v / 1e9); } } },
        series: [{ name: t('grants'), type: 'bar', data: costs.map(function (r) { return r.grants_nok; }) },
          { name: t('extraCosts'), type: 'bar', data: costs.map(function (r) { return r.costs_nok; }) }]
      });
    }
  }

  /** Rule ids in words, each with its id in brackets (older runs, without names in their manifest: the ids). */
  function ruleWords(ids) {
    return String(ids || '').split(' ').filter(Boolean).map(function (id) { return ruleName(id); }).join('; ');
  }
  function kommuneSections(folder) {
    var all = rows(folder.tables.municipalities);
    if (!all.length) { return; }
    var years = Array.from(new Set(all.map(function (r) { return r.year; }))).sort();
    var year = years.length > 1 ? years[1] : years[0];
    // A run that replays history opens on the year after its projection starts, the first planned wholly within it.
    var m = manifestOf(folder), firstProjected = m.projection_from ? Number(m.projection_from.slice(0, 4)) + 1 : null;
    if (firstProjected && years.indexOf(firstProjected) >= 0 && m.projection_from > (m.start || '')) { year = firstProjected; }
    // the map: requests per 1 000 inhabitants or settled of decided, per kommune, for the chosen year
    var sM = null, mapHandle = null, mapYear = year, mapMeasure = 'perThousand';
    var byNr = {};
    if (MAP) {
      sM = section('kart', t('map'), t('mapLead'));
      sM.setAttribute('data-map', 'kommuner');
      var measures = el('select', { id: 'map-measure', 'aria-label': t('mapMeasure') });
      [['perThousand', t('perThousand')], ['settledOfDecided', t('settledShare')]].forEach(function (o) {
        measures.appendChild(el('option', { value: o[0], text: o[1] }));
      });
      var mapTools = el('div', { 'class': 'tools' }, [el('label', { 'for': 'map-measure', text: t('mapMeasure') + ' ' }), measures,
        yearSelect(years, year, function (y) { mapYear = y; drawMap(); })]);
      sM.appendChild(mapTools);
      var mapDiv = chartBox(sM, t('map'), KOMMUNE_MAP_SOURCE, 640);
      measures.addEventListener('change', function () { mapMeasure = measures.value; drawMap(); });
    }
    function mapValues() {
      var values = {};
      byNr = {};
      all.filter(function (r) { return r.year === mapYear; }).forEach(function (r) {
        byNr[r.kommunenummer] = r;
        values[r.kommunenummer] = mapMeasure === 'perThousand' ? (r.folkemengde ? 1000 * r.anmodet / r.folkemengde : null)
          : (r.vedtatt ? r.bosatt / r.vedtatt : null);
      });
      return values;
    }
    function mapTip(nr) {
      var r = byNr[nr];
      if (!r) { return nr; }
      return r.kommune + ' (' + nr + '), ' + mapYear + '<br>' + t('anmodet') + ' ' + INT.format(r.anmodet) + ' · ' + t('vedtatt') + ' '
        + INT.format(r.vedtatt) + ' · ' + t('bosatt') + ' ' + INT.format(r.bosatt)
        + (r.folkemengde ? '<br>' + DEC.format(1000 * r.anmodet / r.folkemengde) + ' ' + t('perThousandShort') : '');
    }
    function drawMap() {
      if (!MAP) { return; }
      var option = mapOption(mapValues(), mapMeasure === 'perThousand' ? t('perThousand') : t('settledShare'), mapTip, false);
      if (mapHandle) { mapHandle.setOption(option, true); } else {
        mapHandle = draw(mapDiv, option);
        mapHandle.onDrawn = function (c) { c.on('click', function (p) { if (p.name && sK) { showKommune(sK, p.name); } }); };
      }
    }
    drawMap();
    // counties: a chart and a table for the chosen year
    var sF = section('fylker', t('fylker'));
    var chartDiv = chartBox(sF, t('countyChart'), t('persons'), 420);
    var countyChart = null, countyTable = null;
    function counties(y) {
      var by = {};
      all.filter(function (r) { return r.year === y; }).forEach(function (r) {
        var c = by[r.fylke] || (by[r.fylke] = { fylke: r.fylke, anmodet: 0, vedtatt: 0, bosatt: 0 });
        c.anmodet += r.anmodet || 0; c.vedtatt += r.vedtatt || 0; c.bosatt += r.bosatt || 0;
      });
      return Object.keys(by).sort(function (a, b) { return a.localeCompare(b, LOCALE); }).map(function (k) {
        var c = by[k]; c.share = c.vedtatt ? c.bosatt / c.vedtatt : null; return c;
      });
    }
    function drawCounties(y) {
      var cs = counties(y);
      var option = {
        tooltip: tooltip(t('persons')), legend: legend(), grid: { left: 130, right: 40, top: 56, bottom: 30 },
        yAxis: { type: 'category', data: cs.map(function (c) { return c.fylke; }), inverse: true },
        xAxis: valueAxis(t('persons') + ', ' + y),
        series: [['anmodet', 'anmodet'], ['vedtatt', 'vedtatt'], ['bosatt', 'bosatt']].map(function (s) {
          return { name: t(s[0]), type: 'bar', data: cs.map(function (c) { return c[s[1]]; }),
            label: s[1] === 'bosatt' ? { show: true, position: 'right', formatter: function (p) { return INT.format(p.value); }, fontSize: 10 } : undefined };
        })
      };
      if (countyChart) { countyChart.setOption(option, true); } else { countyChart = draw(chartDiv, option); }
      if (countyTable) { countyTable.setRows(cs); }
      return cs;
    }
    var sK = null;
    var cs = drawCounties(year);
    var countyTools = [yearSelect(years, year, function (y) { drawCounties(y); })];
    countyTable = dataTable(sF, { caption: t('fylker'), rows: cs, sort: 'fylke', tools: countyTools, columns: [
      { key: 'fylke', label: t('fylke') }, { key: 'anmodet', label: t('anmodet'), num: true },
      { key: 'vedtatt', label: t('vedtatt'), num: true }, { key: 'bosatt', label: t('bosatt'), num: true },
      { key: 'share', label: t('settledShare'), num: true, share: true }] });

    sK = section('kommuner', t('kommuner'));
    var ofYear = function (y) { return all.filter(function (r) { return r.year === y; }); };
    var kTable = null;
    var kTools = [yearSelect(years, year, function (y) { kTable.setRows(ofYear(y)); })];
    kTable = dataTable(sK, { caption: t('kommuner'), rows: ofYear(year), search: ['kommunenummer', 'kommune', 'fylke'], searchLabel: t('search'),
      sort: 'kommunenummer', tools: kTools, columns: [
        { key: 'kommunenummer', label: t('nr') }, { key: 'kommune', label: t('kommune') }, { key: 'fylke', label: t('fylke') },
        { key: 'anmodet', label: t('anmodet'), num: true }, { key: 'vedtatt', label: t('vedtatt'), num: true },
        { key: 'bosatt', label: t('bosatt'), num: true }, { key: 'anmodet_em', label: t('anmodetEm'), num: true },
        { key: 'vedtatt_em', label: t('vedtattEm'), num: true }, { key: 'bosatt_em', label: t('bosattEm'), num: true },
        { key: 'rule_ids', label: t('rules'), fmt: function (v) { return ruleWords(v); } }] });
    sK.setAttribute('data-table', 'kommuner');
  }

  function warningsSection(folder) {
    // The message in the page's language where the rule gave one in English (alerts.csv's message_en).
    var alerts = rows(folder.tables.alerts).map(function (a) {
      var c = Object.assign({}, a);
      if (LANG === 'en' && a.message_en) { c.message = a.message_en; }
      return c;
    });
    var s = section('varsler', t('warnings'));
    if (!alerts.length) { s.appendChild(el('p', { text: t('noWarnings') })); return; }
    dataTable(s, { caption: t('warnings'), rows: alerts, search: ['rule_id', 'subject', 'message', 'month', 'clause'], sort: 'month', columns: [
      { key: 'month', label: t('month') }, { key: 'rule_id', label: t('rule'), fmt: function (v) { return ruleName(v); } },
      { key: 'severity', label: t('severity'), cls: function (v) { return 'sev-' + v; },
        fmt: function (v) { return LANG === 'en' ? ({ 'høy': 'high', 'middels': 'medium', 'lav': 'low' })[v] || v : v; } },
      { key: 'clause', label: t('clause') },
      { key: 'subject', label: t('subject') }, { key: 'value', label: t('value'), num: true, fmt: function (v) { return v !== null && v !== undefined && Math.abs(v) <= 1.5 && !Number.isInteger(v) ? PCT.format(v) : fmt(v); } },
      { key: 'threshold', label: t('threshold'), num: true, fmt: function (v) { return v !== null && v !== undefined && Math.abs(v) <= 1.5 && !Number.isInteger(v) ? PCT.format(v) : fmt(v); } },
      { key: 'message', label: t('message') }] });
  }

  function assumptionsSection(m) {
    var s = section('forutsetninger', t('assumptions'));
    // The sentences in the page's language where the manifest has them (bosim 0.1 after November 2026), else the terse list.
    var list = [].concat(m['assumptions_' + LANG] || m.assumptions || []);
    if (list.length) {
      dataTable(s, { caption: t('assumptions'), rows: list.map(function (a, i) { return { n: i + 1, text: a }; }), search: ['text'], sort: 'n',
        columns: [{ key: 'n', label: '#', num: true }, { key: 'text', label: t('assumptions'), link: true }] });
    }
    var src = [].concat((LANG === 'nb' && m.sources_nb) || m.sources || []);
    if (src.length) {
      s.appendChild(el('h3', { text: t('sources') }));
      var ul = el('ul', { 'class': 'sources' });
      // One line per address: figures taken from one page are listed under the first one's title.
      var byAddress = {}, order = [];
      src.forEach(function (x) {
        var m = /^(.*) <(https?:[^>]+)>$/.exec(x), key = m ? m[2] : x;
        if (!byAddress[key]) { byAddress[key] = { title: m ? m[1] : x, address: m ? m[2] : null, more: 0 }; order.push(key); } else { byAddress[key].more++; }
      });
      order.forEach(function (k) {
        var s = byAddress[k], li = el('li');
        appendLinked(li, s.title + (s.more ? (LANG === 'nb' ? ' (og ' + s.more + ' tall til fra samme kilde)' : ' (and ' + s.more + ' more figures from the same source)') : '')
          + (s.address ? ' <' + s.address + '>' : ''));
        ul.appendChild(li);
      });
      s.appendChild(ul);
    }
  }

  function run(folder) {
    var m = manifestOf(folder);
    header(m, D.kind);
    var alerts = rows(folder.tables.alerts);
    keyFigures(section('nokkeltall', t('keyFigures')), folder.tables.timeseries, alerts, m);
    if (D.kind === 'backtest') { backtest(folder); }
    runCharts(section('diagrammer', t('charts')), folder, m);
    kommuneSections(folder);
    warningsSection(folder);
    assumptionsSection(m);
  }

  // ---- a backtest: the model against what was observed --------------------------------------------
  function backtest(folder) {
    var s = section('historie', t('history'), t('history_lead'));
    var bt = rows(folder.tables.backtest), series = rows(folder.tables.backtest_series);
    var indicators = Array.from(new Set(series.map(function (r) { return r.indicator; })));
    var grid = el('div', { 'class': 'charts' });
    s.appendChild(grid);
    // An indicator observed both by month and by year gets a chart for each: the two are not on one time axis.
    var groups = [];
    indicators.forEach(function (ind) {
      var monthly = series.filter(function (r) { return r.indicator === ind && /^\d{4}-\d{2}$/.test(r.period); });
      var yearly = series.filter(function (r) { return r.indicator === ind && !/^\d{4}-\d{2}$/.test(r.period); });
      if (monthly.length) { groups.push({ ind: ind, rs: monthly, suffix: yearly.length ? ' (' + t('perMonthShort') + ')' : '' }); }
      if (yearly.length) { groups.push({ ind: ind, rs: yearly, suffix: monthly.length ? ' (' + t('perYearShort') + ')' : '' }); }
    });
    groups.forEach(function (gr) {
      var ind = gr.ind, rs = gr.rs;
      var obs = {};
      bt.filter(function (r) { return r.indicator === ind; }).forEach(function (r) { obs[r.period] = r.observed; });
      var periods = rs.map(function (r) { return r.period; });
      var share = isShare(ind);
      var hasBand = rs.some(function (r) { return r.p5 !== null && r.p5 !== undefined; });
      var ser = [];
      if (hasBand) {
        ser.push({ name: 'p5', type: 'line', data: rs.map(function (r) { return r.p5; }), stack: 'b', lineStyle: { opacity: 0 }, showSymbol: false, tooltip: { show: false } });
        ser.push({ name: t('p5p95'), type: 'line', data: rs.map(function (r) { return r.p95 === null || r.p5 === null ? null : r.p95 - r.p5; }), stack: 'b',
          lineStyle: { opacity: 0 }, areaStyle: { color: 'rgba(0,114,178,0.18)' }, showSymbol: false, tooltip: { show: false } });
      }
      ser.push({ name: t('model'), type: 'line', data: rs.map(function (r) { return r.model; }), showSymbol: rs.length <= 24, color: COLORS[0] });
      ser.push({ name: t('observed'), type: 'scatter', data: periods.map(function (p) { return obs[p] === undefined ? null : obs[p]; }), symbolSize: 10, color: COLORS[5] });
      draw(chartBox(grid, seriesName(ind) + gr.suffix, seriesUnit(ind)), {
        tooltip: { trigger: 'axis', valueFormatter: function (v) { return fmt(v, share); } },
        legend: { top: 0, data: [t('model'), t('observed')].concat(hasBand ? [t('p5p95')] : []) }, grid: grid0(),
        xAxis: { type: 'category', data: periods }, yAxis: valueAxis(seriesUnit(ind), share), series: ser
      });
    });
    dataTable(s, { caption: t('history'), rows: bt, search: ['indicator', 'period'], sort: 'indicator',
      rowClass: function (r) { return r.within === 'no' ? 'miss' : ''; }, columns: [
        { key: 'indicator', label: t('indicator'), fmt: function (v) { return seriesName(v); } }, { key: 'period', label: t('period') },
        { key: 'model', label: t('model'), num: true, fmt: function (v, r) { return fmt(v, isShare(r.indicator)); } },
        { key: 'observed', label: t('observed'), num: true, fmt: function (v, r) { return fmt(v, isShare(r.indicator)); } },
        { key: 'error_pct', label: t('error') + ' (%)', num: true, fmt: function (v) { return v === null ? '–' : DEC.format(v) + ' %'; } },
        { key: 'tolerance', label: t('tolerance') }, { key: 'within', label: t('within'), fmt: function (v) { return v === 'yes' ? t('yes') : t('no'); } }] });
  }
  function grid0() { return { left: 64, right: 24, top: 48, bottom: 30 }; }

  // ---- an ensemble: fans and warning probabilities ------------------------------------------------
  function ensemble(folder) {
    var m = manifestOf(folder);
    header(m, 'ensemble');
    var ind = rows(folder.tables.ensemble_indicators);
    var sI = section('nokkeltall', t('indicators'), t('fan'));
    dataTable(sI, { caption: t('indicators'), rows: ind, sort: 'indicator', columns: [
      { key: 'indicator', label: t('indicator'), fmt: function (v) { return seriesName(v); } }].concat(['p5', 'p25', 'p50', 'p75', 'p95', 'mean'].map(function (k) {
      return { key: k, label: k === 'mean' ? t('mean') : k.toUpperCase(), num: true, fmt: function (v, r) { return fmt(v, isShare(r.indicator)); } };
    })) });
    var all = rows(folder.tables.ensemble);
    var names = Array.from(new Set(all.map(function (r) { return r.series; })));
    var s = section('diagrammer', t('charts'), t('zoomHint'));
    var g = el('div', { 'class': 'charts' });
    s.appendChild(g);
    names.forEach(function (name) {
      var rs = all.filter(function (r) { return r.series === name; });
      var share = isShare(name);
      var months = rs.map(function (r) { return r.month; });
      function diff(a, b) { return rs.map(function (r) { return r[a] === null || r[b] === null ? null : r[a] - r[b]; }); }
      var hidden = { type: 'line', stack: null, lineStyle: { opacity: 0 }, showSymbol: false, tooltip: { show: false } };
      function band(stack, lowKey, highKey, label, color) {
        return [Object.assign({}, hidden, { name: lowKey + stack, stack: stack, data: rs.map(function (r) { return r[lowKey]; }) }),
          Object.assign({}, hidden, { name: label, stack: stack, data: diff(highKey, lowKey), areaStyle: { color: color }, color: color,
            itemStyle: { color: color }, symbol: 'rect' })];
      }
      draw(chartBox(g, seriesName(name), seriesUnit(name)), {
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var r = rs[ps[0].dataIndex];
          return r.month + '<br>' + ['p95', 'p75', 'p50', 'p25', 'p5'].map(function (k) { return k.toUpperCase() + ': ' + fmt(r[k], share); }).join('<br>');
        } },
        legend: { top: 0, data: [t('median'), { name: t('p25p75'), icon: 'rect' }, { name: t('p5p95'), icon: 'rect' }] }, grid: grid(), dataZoom: zoom(),
        xAxis: monthAxis(months), yAxis: valueAxis(seriesUnit(name), share),
        series: band('o', 'p5', 'p95', t('p5p95'), 'rgba(0,114,178,0.15)').concat(band('i', 'p25', 'p75', t('p25p75'), 'rgba(0,114,178,0.30)'))
          .concat([line(t('median'), rs.map(function (r) { return r.p50; }), { color: COLORS[0], lineStyle: { width: 2.5 } })])
      });
    });
    var wp = rows(folder.tables.warning_probability);
    if (wp.length) {
      var s2 = section('varsler', t('warnProb'));
      var months = Array.from(new Set(wp.map(function (r) { return r.month; })));
      var rules = Array.from(new Set(wp.map(function (r) { return r.rule_id; }))).sort();
      var data = wp.map(function (r) { return [months.indexOf(r.month), rules.indexOf(r.rule_id), r.probability]; });
      draw(chartBox(s2, t('warnProb'), t('probability'), 360), {
        tooltip: { formatter: function (p) { return ruleName(rules[p.value[1]]) + ', ' + months[p.value[0]] + ': ' + PCT.format(p.value[2]); } },
        grid: { left: 24, right: 24, top: 20, bottom: 90, containLabel: true }, dataZoom: [{ type: 'inside', xAxisIndex: 0 }, { type: 'slider', xAxisIndex: 0, height: 18, bottom: 6 }],
        xAxis: { type: 'category', data: months },
        yAxis: { type: 'category', data: rules, axisLabel: { formatter: function (id) { return ruleName(id, 40); } } },
        visualMap: { min: 0, max: 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 30, itemHeight: 200,
          inRange: { color: ['#ffffff', '#fdd49e', '#e34a33', '#7f0000'] }, formatter: function (v) { return PCT.format(v); } },
        series: [{ name: t('probability'), type: 'heatmap', data: data }]
      });
      dataTable(s2, { caption: t('warnProb'), rows: wp.filter(function (r) { return r.probability > 0; }), search: ['rule_id', 'month'], sort: 'month', columns: [
        { key: 'month', label: t('month') }, { key: 'rule_id', label: t('rule'), fmt: function (v) { return ruleName(v); } },
        { key: 'probability', label: t('probability'), num: true, share: true },
        { key: 'runs_with_warning', label: t('runs'), num: true }] });
    }
    assumptionsSection(m);
  }

  // ---- a sweep: which inputs each indicator hangs on -------------------------------------------------
  function sweep(folder) {
    var m = manifestOf(folder);
    m.scenario = m.scenario + ' · ' + m.sweep;
    header(m, 'sweep');
    var sd = LANG === 'nb' && m.sweep_description_nb ? m.sweep_description_nb : m.sweep_description;
    if (sd) { document.getElementById('top').appendChild(el('p', { text: sd })); }
    var ins = (LANG === 'nb' && m.inputs_nb) || m.inputs || [];
    if (ins.length) { document.getElementById('top').appendChild(el('ul', null, ins.map(function (x) { return el('li', { text: x }); }))); }
    var idx = rows(folder.tables.indices), pts = rows(folder.tables.sweep);
    var s = section('diagrammer', t('charts'));
    var grid6 = el('div', { 'class': 'charts' });
    s.appendChild(grid6);
    var byInd = {}, order = [];
    idx.forEach(function (r) { if (!byInd[r.indicator]) { byInd[r.indicator] = []; order.push(r.indicator); } byInd[r.indicator].push(r); });
    order.forEach(function (ind) {
      var rs = byInd[ind], share = (SERIES_WORDS[ind] || [])[2] === 'share';
      if (m.design === 'oat') {
        rs = rs.filter(function () { return true; }).sort(function (a, b) { return a.swing - b.swing; });
        if (!rs.some(function (r) { return r.swing > 0; })) { return; }
        var base = rs[0].value_base;
        draw(chartBox(grid6, seriesName(ind), t('change') + ' (' + fmt(base, share) + ')'), {
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } }, legend: legend(), grid: { left: 12, right: 24, top: 64, bottom: 40, containLabel: true },
          yAxis: { type: 'category', data: rs.map(function (r) { return r.input; }) },
          xAxis: { type: 'value', axisLabel: { formatter: function (v) { return fmt(v, share); } } },
          series: [{ name: t('inputLow'), type: 'bar', data: rs.map(function (r) { return r.value_low - base; }) },
            { name: t('inputHigh'), type: 'bar', data: rs.map(function (r) { return r.value_high - base; }) }]
        });
      } else if (m.design === 'sobol') {
        rs = rs.slice().sort(function (a, b) { return a.total - b.total; });
        if (!rs.some(function (r) { return r.total > 0; })) { return; }
        draw(chartBox(grid6, seriesName(ind), t('firstOrder') + ' / ' + t('totalIndex')), {
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
            var r = rs[ps[0].dataIndex];
            return r.input + '<br>' + t('firstOrder') + ': ' + DEC.format(r.first_order) + ' (' + DEC.format(r.first_order_low) + '–' + DEC.format(r.first_order_high) + ')'
              + '<br>' + t('totalIndex') + ': ' + DEC.format(r.total) + ' (' + DEC.format(r.total_low) + '–' + DEC.format(r.total_high) + ')';
          } }, legend: legend(), grid: { left: 12, right: 24, top: 64, bottom: 40, containLabel: true },
          yAxis: { type: 'category', data: rs.map(function (r) { return r.input; }) }, xAxis: { type: 'value', min: 0, max: 1 },
          series: [{ name: t('firstOrder'), type: 'bar', data: rs.map(function (r) { return r.first_order; }) },
            { name: t('totalIndex'), type: 'bar', data: rs.map(function (r) { return r.total; }) }]
        });
      }
    });
    var cols = folder.tables.sweep ? folder.tables.sweep.columns : [];
    if (m.design === 'grid' && cols.length) {
      var inputs = cols.slice(2, cols.findIndex(function (c) { return /_mean$/.test(c); }));
      var xs = [], ys = [];
      pts.forEach(function (r) { var x = String(r[inputs[0]]), y = String(r[inputs[1]]); if (xs.indexOf(x) < 0) { xs.push(x); } if (ys.indexOf(y) < 0) { ys.push(y); } });
      cols.filter(function (c) { return /_p50$/.test(c); }).forEach(function (c) {
        var ind = c.replace(/_p50$/, ''), share = (SERIES_WORDS[ind] || [])[2] === 'share';
        var vals = pts.map(function (r) { return r[c]; });
        var lo = Math.min.apply(null, vals), hi = Math.max.apply(null, vals);
        if (!(hi > lo)) { return; }
        var data = pts.filter(function (r) { return inputs.length < 3 || String(r[inputs[2]]) === String(pts[0][inputs[2]]); })
          .map(function (r) { return [xs.indexOf(String(r[inputs[0]])), ys.indexOf(String(r[inputs[1]])), r[c]]; });
        draw(chartBox(grid6, seriesName(ind), inputs[0] + ' × ' + inputs[1] + ' (median)'), {
          tooltip: { formatter: function (p) { return inputs[0] + ' ' + xs[p.value[0]] + ', ' + inputs[1] + ' ' + ys[p.value[1]] + ': ' + fmt(p.value[2], share); } },
          grid: grid(), xAxis: { type: 'category', data: xs, name: inputs[0] }, yAxis: { type: 'category', data: ys, name: inputs[1] },
          visualMap: { min: lo, max: hi, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#fff5eb', '#fc8d59', '#b30000'] } },
          series: [{ type: 'heatmap', data: data, label: { show: true, formatter: function (p) { return fmt(p.value[2], share); } } }]
        });
      });
    }
    if (idx.length) {
      var sI = section('nokkeltall', m.design === 'oat' ? t('swing') : t('totalIndex'));
      var ic = folder.tables.indices.columns;
      dataTable(sI, { caption: m.design === 'oat' ? t('swing') : t('totalIndex'), rows: idx, search: ['indicator', 'input'], sort: ic.indexOf('swing') >= 0 ? 'swing' : 'total', sortDir: -1,
        columns: ic.map(function (c) { var num = ['indicator', 'input', 'low', 'high'].indexOf(c) < 0; return { key: c, label: c === 'indicator' ? t('indicator') : c === 'input' ? t('input') : c, num: num,
          fmt: c === 'indicator' ? function (v) { return seriesName(v); } : num ? function (v, r) { return fmt(v, (SERIES_WORDS[r.indicator] || [])[2] === 'share' || !/^value_|swing/.test(c)); } : inputValue }; }) });
    }
    var sP = section('punkter', t('points'));
    dataTable(sP, { caption: t('points'), rows: pts, search: ['role'], sort: 'point', columns: cols.slice(0, 2 + 8).map(function (c, i) {
      var num = i === 0 || /_(mean|p5|p50|p95)$/.test(c);
      return { key: c, label: c, num: num, fmt: num ? undefined : inputValue };
    }) });
  }

  // ---- a comparison: the scenarios side by side and their differences -----------------------------
  function compare() {
    var m = manifestOf(D);
    header(m, 'compare');
    var names = Object.keys(D.runs || {});
    var ref = names[0];
    var cmp = rows(D.tables.comparison);
    var sC = section('diagrammer', t('overlay'), t('zoomHint'));
    var g = el('div', { 'class': 'charts' });
    sC.appendChild(g);
    var keys = ['in_mottak', 'settlement_ready', 'long_waiters', 'settled_year'];
    var months = column(D.runs[ref].tables.timeseries, 'month');
    keys.forEach(function (k) {
      draw(chartBox(g, seriesName(k), seriesUnit(k)), {
        tooltip: tooltip(seriesUnit(k), isShare(k)), legend: legend(), grid: grid(), dataZoom: zoom(),
        xAxis: monthAxis(months), yAxis: valueAxis(seriesUnit(k), isShare(k)),
        series: names.map(function (n, i) { return line(n + (i === 0 ? ' (' + t('reference') + ')' : ''), column(D.runs[n].tables.timeseries, k), { lineStyle: { width: i === 0 ? 2.5 : 2, type: i === 0 ? 'solid' : 'dashed' } }); })
      });
    });
    var sD = section('forskjeller', t('differences'), t('diff') + ' (' + ref + ')');
    var g2 = el('div', { 'class': 'charts' });
    sD.appendChild(g2);
    keys.forEach(function (k) {
      var base = column(D.runs[ref].tables.timeseries, k);
      // A difference that is zero in every month is said in words, not drawn as an empty chart.
      var none = names.slice(1).every(function (n) {
        return column(D.runs[n].tables.timeseries, k).every(function (x, i) { return x === null || base[i] === null || x === base[i]; });
      });
      if (none) {
        g2.appendChild(el('figure', { 'class': 'chart-box' }, [el('h3', { text: seriesName(k) + ': ' + t('diff').toLowerCase() }),
          el('p', { 'class': 'lead', text: t('noDifference') })]));
        return;
      }
      draw(chartBox(g2, seriesName(k) + ': ' + t('diff').toLowerCase(), seriesUnit(k)), {
        tooltip: tooltip(seriesUnit(k), isShare(k)), legend: legend(), grid: grid(), dataZoom: zoom(),
        xAxis: monthAxis(months), yAxis: valueAxis(seriesUnit(k), isShare(k)),
        series: names.slice(1).map(function (n) {
          var v = column(D.runs[n].tables.timeseries, k);
          return { name: n + ' − ' + ref, type: 'bar', data: v.map(function (x, i) { return x === null || base[i] === null ? null : x - base[i]; }) };
        })
      });
    });
    // Effect first: the charts and their differences, the kommuner and fylker who carry the change, then every indicator.
    // Every kommune, the reference against each other scenario, for a chosen year: who carries the change.
    var sK = section('kommuner', t('kommuner'), t('kommuneLead'));
    sK.setAttribute('data-table', 'kommuner');
    var byRun = {};
    names.forEach(function (n) { byRun[n] = rows(D.runs[n].tables.municipalities); });
    var kYears = Array.from(new Set(byRun[ref].map(function (r) { return r.year; }))).sort();
    var kYear = kYears.length > 1 ? kYears[1] : kYears[0];
    // The year shown first is the one where the requests change most (the change may start years in).
    var most = -1;
    kYears.forEach(function (y) {
      var moved = kommuneRowsOf(y).reduce(function (a, r) { return a + Math.abs(r.anmodet_d1 || 0); }, 0);
      if (moved > most) { most = moved; kYear = moved > 0 ? y : kYear; }
    });
    function kommuneRowsOf(y) {
      var index = {};
      names.forEach(function (n, i) {
        byRun[n].filter(function (r) { return r.year === y; }).forEach(function (r) {
          var row = index[r.kommunenummer] || (index[r.kommunenummer] = { kommunenummer: r.kommunenummer, kommune: r.kommune, fylke: r.fylke });
          ['anmodet', 'vedtatt', 'bosatt'].forEach(function (m) { row[m + '_' + i] = r[m]; });
        });
      });
      return Object.keys(index).map(function (k) {
        var row = index[k];
        for (var i = 1; i < names.length; i++) {
          ['anmodet', 'vedtatt', 'bosatt'].forEach(function (m) {
            row[m + '_d' + i] = row[m + '_' + i] === undefined || row[m + '_0'] === undefined ? null : row[m + '_' + i] - row[m + '_0'];
          });
        }
        return row;
      });
    }
    var kColumns = [{ key: 'kommunenummer', label: t('nr') }, { key: 'kommune', label: t('kommune') }, { key: 'fylke', label: t('fylke') }];
    ['anmodet', 'vedtatt', 'bosatt'].forEach(function (m) {
      kColumns.push({ key: m + '_0', label: t(m) + ', ' + ref, num: true });
      for (var i = 1; i < names.length; i++) {
        kColumns.push({ key: m + '_' + i, label: t(m) + ', ' + names[i], num: true });
        kColumns.push({ key: m + '_d' + i, label: t(m) + ', ' + t('change') + ' (' + names[i] + ')', num: true });
      }
    });
    var kt = null, changeMap = null, mapRows = {};
    // Where the places move: the change in each kommune's request against the reference, for the chosen year.
    function changeOption(y) {
      var values = {};
      mapRows = {};
      kommuneRowsOf(y).forEach(function (r) { values[r.kommunenummer] = r.anmodet_d1; mapRows[r.kommunenummer] = r; });
      return mapOption(values, t('mapChange') + ' (' + (names[1] || '') + ' − ' + ref + ')', function (nr) {
        var r = mapRows[nr];
        return r ? r.kommune + ' (' + nr + '), ' + y + '<br>' + t('anmodet') + ' ' + INT.format(r.anmodet_0 || 0) + ' → '
          + INT.format(r.anmodet_1 || 0) + ' (' + (r.anmodet_d1 > 0 ? '+' : '') + INT.format(r.anmodet_d1 || 0) + ')' : nr;
      }, true);
    }
    var mapBox = MAP && names.length > 1 ? chartBox(sK, t('mapChange') + ', ' + t('kommuner').toLowerCase(), KOMMUNE_MAP_SOURCE, 640) : null;
    if (mapBox) {
      mapBox.parentNode.setAttribute('data-map', 'kommuner');
      changeMap = draw(mapBox, changeOption(kYear));
      changeMap.onDrawn = function (c) { c.on('click', function (p) { if (p.name) { showKommune(sK, p.name); } }); };
    }
    kt = dataTable(sK, { caption: t('kommuner'), rows: kommuneRowsOf(kYear), search: ['kommunenummer', 'kommune', 'fylke'], searchLabel: t('search'),
      sort: 'anmodet_d1', sortDir: -1, tools: [yearSelect(kYears, kYear, function (y) {
        kt.setRows(kommuneRowsOf(y));
        if (changeMap) { changeMap.setOption(changeOption(y), true); }
      })], columns: kColumns });
    var counties = rows(D.tables['comparison-counties']);
    if (counties.length) {
      var sF = section('fylker', t('fylker'));
      var years = Array.from(new Set(counties.map(function (r) { return r.year; }))).sort();
      var y0 = years.length > 1 ? years[1] : years[0];
      var ccols = D.tables['comparison-counties'].columns;
      var ct = null;
      ct = dataTable(sF, { caption: t('fylker'), rows: counties.filter(function (r) { return r.year === y0; }), search: ['fylke', 'measure'], sort: 'fylke',
        tools: [yearSelect(years, y0, function (y) { ct.setRows(counties.filter(function (r) { return r.year === y; })); })],
        columns: ccols.map(function (c) {
          var label = { year: t('year'), fylke: t('fylke'), measure: t('measure') }[c] || c;
          return { key: c, label: label, num: ['year', 'fylke', 'measure'].indexOf(c) < 0 };
        }) });
    }
    var sT = section('nokkeltall', t('keyFigures'));
    var cols = D.tables.comparison ? D.tables.comparison.columns : [];
    dataTable(sT, { caption: t('keyFigures'), rows: cmp, search: ['indicator', 'year'], sort: 'indicator', columns: cols.map(function (c) {
      var num = ['indicator', 'unit', 'year'].indexOf(c) < 0;
      return { key: c, label: c === 'indicator' ? t('indicator') : c === 'unit' ? t('unit') : c === 'year' ? t('year') : c, num: num,
        fmt: num ? function (v, r) { return fmt(v, r.unit === 'share'); } : (c === 'indicator' ? function (v) { return seriesName(v); }
          : c === 'unit' ? function (v) { return { persons: t('persons'), places: t('places'), share: t('share'), months: t('months'), NOK: t('nok') }[v] || v; } : undefined) };
    }) });
    names.forEach(function (n) { var mm = manifestOf(D.runs[n]); if (n === ref) { assumptionsSection(mm); } });
  }

  // ---- draw -------------------------------------------------------------------------------------
  try {
    main.replaceChildren();
    if (D.kind === 'ensemble') { ensemble(D); } else if (D.kind === 'compare') { compare(); } else if (D.kind === 'sweep') { sweep(D); } else { run(D); }
    document.getElementById('toc').appendChild(toc);
    document.title = (document.getElementById('top').querySelector('h1') || {}).textContent + ' – bosim';
    drawPending();
    previous = charts;
    document.documentElement.setAttribute('data-bosim-ready', String(charts.length));
    // From the start of loading to every chart and table drawn (docs/performance.md reports it).
    document.documentElement.setAttribute('data-bosim-ms', String(Math.round(performance.now())));
    document.documentElement.setAttribute('data-bosim-script-ms', String(Math.round(STARTED)));
  } catch (e) {
    main.replaceChildren(el('p', { role: 'alert', text: 'bosim: ' + e.message }));
    document.documentElement.setAttribute('data-bosim-error', e.message);
    throw e;
  }
  }

  window.bosimReport = { render: function (D, options) { render(D, false, options); } };
  var embedded = document.getElementById('bosim-data');
  if (embedded) { render(JSON.parse(embedded.textContent), true); }
})();
