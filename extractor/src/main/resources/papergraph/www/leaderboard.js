// The leaderboard page: asks the server's SPARQL endpoint for the results on a dataset (or of a method),
// ranks absolute scores best first by the metric's direction, lists changes apart, flags values that
// disagree, draws the chart with ECharts and keeps the choice in the URL. The rules are those of
// `papergraph compare` (org.papergraph.compare.Comparison), so the page and the command show the same rows.
(function () {
  'use strict';

  const ENDPOINT = new URL('../papergraph/query', location.href).href;
  const PREFIXES = `PREFIX pg: <https://w3id.org/papergraph/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
`;
  const ABSOLUTE = 'https://w3id.org/papergraph/ns#Absolute';
  const LAST = '\uffff';

  // User text enters a query only as a string literal: JSON's string escapes are valid SPARQL ones.
  const literal = (s) => JSON.stringify(String(s));
  // IRIs come from the endpoint's own answers; refuse anything that could not be an IRI reference.
  const iriRef = (iri) => {
    if (!/^[^<>"{}|^`\\\s]+$/.test(iri)) throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  };
  // Where a paper or entity links to: the graph's IRIs (https://w3id.org/papergraph/id/PATH) are served as
  // linked-data pages by this same server at /id/PATH (server/LinkedDataServlet), beside /www/ where this page
  // is, so the link is relative to the page and works locally and behind --base alike; other links stay as they are.
  const ID = 'https://w3id.org/papergraph/id/';
  const pageOf = (iri) => iri.startsWith(ID) ? new URL('../id/' + iri.slice(ID.length), location.href).href : iri;

  async function sparql(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: new URLSearchParams({ query: PREFIXES + query }),
    });
    if (!response.ok) throw new Error('the SPARQL endpoint answered HTTP ' + response.status);
    const json = await response.json();
    return json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  }

  const RESULTS = (target) => `
SELECT ?result ?value ?unit ?kind ?qualifier ?subject ?subjectLabel ?metric ?metricLabel ?higher
       ?d ?datasetLabel ?baseline ?baselineLabel ?paper ?title ?date ?page ?sentence
WHERE {
  ${target}
  ?result pg:value ?value ; pg:kind ?kind ; pg:reportedIn ?paper ; pg:evidence ?evidence .
  ?paper dcterms:title ?title .
  ?evidence pg:sentenceText ?sentence .
  OPTIONAL { ?paper dcterms:date ?date }
  OPTIONAL { ?paper foaf:page ?page }
  OPTIONAL { ?result pg:unit ?unit }
  OPTIONAL { ?result pg:qualifier ?qualifier }
  OPTIONAL { ?result pg:subject ?subject . ?subject rdfs:label ?subjectLabel }
  OPTIONAL { ?result pg:metric ?metric . ?metric rdfs:label ?metricLabel
             OPTIONAL { ?metric pg:higherIsBetter ?higher } }
  OPTIONAL { ?result pg:dataset ?d . ?d rdfs:label ?datasetLabel }
  OPTIONAL { ?result pg:baseline ?baseline . ?baseline rdfs:label ?baselineLabel }
}`;

  const DATASETS = `
SELECT ?d (MIN(STR(?l)) AS ?label) (COUNT(DISTINCT ?r) AS ?results)
WHERE { ?r pg:dataset ?x . ?x skos:broader* ?d . ?d rdfs:label|skos:prefLabel ?l }
GROUP BY ?d ORDER BY ?label`;

  const METHODS = (name) => `
SELECT DISTINCT ?e WHERE {
  { ?e a pg:Method } UNION { ?e a pg:Model }
  UNION { ?e skos:inScheme <https://w3id.org/papergraph/vocab/methods> }
  UNION { ?e skos:inScheme <https://w3id.org/papergraph/vocab/models> }
  # pg:nameKey: every name lower-cased, as LCASE gives it (one index hit, not a scan of all labels).
  ?e pg:nameKey ?key .
  FILTER(?key = LCASE(${literal(name.trim().replace(/\s+/g, ' '))}))
}`;

  // The subjects of results, offered as the method box's suggestions.
  const SUBJECTS = `SELECT DISTINCT ?label WHERE { ?r pg:subject ?s . ?s rdfs:label ?label } ORDER BY ?label`;

  const NARROWER = (iri) => `SELECT DISTINCT ?x WHERE { ?x skos:broader* ${iriRef(iri)} }`;

  const el = (id) => document.getElementById(id);
  const state = { dataset: '', metric: '', method: '' };
  let datasets = [];
  let rows = [];
  let chart = null;

  function readUrl() {
    const p = new URLSearchParams(location.search);
    state.dataset = p.get('dataset') || '';
    state.metric = p.get('metric') || '';
    state.method = p.get('method') || '';
  }

  function writeUrl() {
    const p = new URLSearchParams();
    for (const k of ['dataset', 'metric', 'method']) if (state[k]) p.set(k, state[k]);
    const query = p.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  }

  // ---- the rows, as Comparison builds them

  function toRow(b) {
    return {
      section: b.kind === ABSOLUTE ? 'leaderboard' : 'relative', rank: 0,
      subject: b.subjectLabel ?? null, subjectIri: b.subject ?? null,
      value: b.value, number: Number(b.value), unit: b.unit ?? null,
      kind: b.kind.substring(b.kind.indexOf('#') + 1), qualifier: b.qualifier ?? null,
      metric: b.metricLabel ?? null, metricIri: b.metric ?? null,
      higherIsBetter: b.higher === undefined ? null : b.higher === 'true',
      dataset: b.datasetLabel ?? null, datasetIri: b.d ?? null,
      baseline: b.baselineLabel ?? null, baselineIri: b.baseline ?? null,
      title: b.title, paperIri: b.paper, date: b.date ?? null, link: b.page ?? b.paper,
      evidence: b.sentence, resultIri: b.result, conflict: false,
    };
  }

  const key = (r) => [r.subject ?? '', r.metric ?? '', r.dataset ?? '', r.baseline ?? ''].join('\u0000');
  const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  const direction = (r) => (r.higherIsBetter === null ? 'unknown' : r.higherIsBetter ? 'higher is better' : 'lower is better');

  function dedupe(bindings) {
    const byResult = new Map();
    for (const b of bindings) {
      const r = toRow(b);
      const old = byResult.get(r.resultIri);
      if (!old || cmp(key(r), key(old)) < 0) byResult.set(r.resultIri, r);
    }
    return [...byResult.keys()].sort(cmp).map((k) => byResult.get(k));
  }

  function conflictGroup(r) {
    if (!r.subjectIri || !r.datasetIri || !r.metricIri) return null;
    const baseline = r.section === 'leaderboard' ? '' : (r.baselineIri ?? '');
    return [r.subjectIri, r.datasetIri, r.metricIri, r.kind, r.unit ?? '', baseline].join('\u0000');
  }

  function flagConflicts(list) {
    const values = new Map();
    for (const r of list) {
      const g = conflictGroup(r);
      if (g !== null) (values.get(g) ?? values.set(g, new Set()).get(g)).add(r.number);
    }
    for (const r of list) {
      const g = conflictGroup(r);
      r.conflict = g !== null && values.get(g).size > 1;
    }
  }

  function arrange(list) {
    const tieBreak = (a, b) => cmp(a.subject ?? LAST, b.subject ?? LAST) || cmp(a.title ?? '', b.title ?? '') || cmp(a.resultIri, b.resultIri);
    const boards = new Map();
    const relative = [];
    for (const r of list) {
      if (r.section === 'leaderboard') {
        const k = (r.metric ?? LAST) + '\u0000' + (r.metricIri ?? '');
        (boards.get(k) ?? boards.set(k, []).get(k)).push(r);
      } else {
        relative.push(r);
      }
    }
    const out = [];
    for (const k of [...boards.keys()].sort(cmp)) {
      const board = boards.get(k);
      const higher = board[0].higherIsBetter !== false;
      board.sort((a, b) => (higher ? b.number - a.number : a.number - b.number) || tieBreak(a, b));
      let rank = 0;
      board.forEach((r, i) => {
        if (i === 0 || r.number !== board[i - 1].number) rank = i + 1;
        r.rank = rank;
        out.push(r);
      });
    }
    relative.sort((a, b) => cmp(a.metric ?? LAST, b.metric ?? LAST) || cmp(a.kind, b.kind) || (b.number - a.number) || tieBreak(a, b));
    return out.concat(relative);
  }

  async function iris(query) {
    return new Set((await sparql(query)).map((b) => b.x ?? b.e));
  }

  async function load() {
    const dataset = datasets.find((d) => d.label.toLowerCase() === state.dataset.toLowerCase());
    if (state.dataset && !dataset) throw new Error('no dataset called "' + state.dataset + '" has results');
    let methods = null;
    if (state.method) {
      methods = await iris(METHODS(state.method));
      if (methods.size === 0) throw new Error('no method or model called "' + state.method + '"');
    }
    if (!dataset && !methods) return [];
    let bindings = [];
    if (dataset) {
      bindings = await sparql(RESULTS(`?d skos:broader* ${iriRef(dataset.iri)} . ?result pg:dataset ?d .`));
    } else {
      for (const m of methods) bindings = bindings.concat(await sparql(RESULTS(`?subject skos:broader* ${iriRef(m)} . ?result pg:subject ?subject .`)));
    }
    let list = dedupe(bindings);
    flagConflicts(list);
    if (dataset && methods) {
      const subjects = new Set();
      for (const m of methods) for (const x of await iris(NARROWER(m))) subjects.add(x);
      list = list.filter((r) => subjects.has(r.subjectIri));
    }
    return list;
  }

  // ---- the page

  function fillMetrics(all) {
    const select = el('metric');
    const metrics = new Map();
    for (const r of all) if (r.metricIri) metrics.set(r.metricIri, r.metric);
    select.replaceChildren(new Option('(all metrics)', ''));
    [...metrics.entries()].sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]))
      .forEach(([iri, label]) => select.add(new Option(label, iri)));
    const chosen = [...metrics.entries()].find(([, label]) => label.toLowerCase() === state.metric.toLowerCase());
    select.value = chosen ? chosen[0] : '';
    return chosen ? chosen[0] : null;
  }

  function link(text, iri) {
    if (!text) return document.createTextNode('');
    if (!iri) return document.createTextNode(text);
    const a = document.createElement('a');
    a.href = pageOf(iri);
    a.textContent = text;
    return a;
  }

  function fillTable(id, list, first) {
    const body = el(id).tBodies[0];
    body.replaceChildren();
    for (const r of list) {
      const tr = body.insertRow();
      tr.dataset.result = r.resultIri;
      if (r.conflict) tr.classList.add('conflict');
      const cells = [
        document.createTextNode(first(r)),
        link(r.subject ?? '(not named)', r.subject ? r.subjectIri : null),
        document.createTextNode(r.value + (r.unit ? ' ' + r.unit : '')),
        link(r.metric, r.metricIri),
        link(r.dataset, r.datasetIri),
        link(r.baseline, r.baselineIri),
        link(r.title, r.link),
        document.createTextNode(r.date ?? ''),
        document.createTextNode(r.evidence),
      ];
      const classes = ['rank', 'subject', 'value', 'metric', 'dataset', 'baseline', 'paper', 'date', 'evidence', 'conflict'];
      cells.forEach((node, i) => { const td = tr.insertCell(); td.className = classes[i]; td.append(node); });
      const flag = tr.insertCell();
      flag.className = 'conflict';
      if (r.conflict) {
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.title = 'another result for the same subject, dataset and metric has a different value';
        badge.textContent = 'conflict';
        flag.append(badge);
      }
    }
  }

  function drawChart(board) {
    const section = el('chart-section');
    section.classList.toggle('empty', board.length === 0);
    if (!chart) chart = echarts.init(el('chart'), null, { renderer: 'canvas' });
    if (board.length === 0) { chart.clear(); return; }
    const first = board[0];
    chart.setOption({
      title: { text: (first.metric ?? '(no metric)') + ' on ' + (state.dataset || first.dataset || '') + ' (' + direction(first) + ')', left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'item', formatter: (p) => board[p.dataIndex].title + '<br>' + p.name + ': ' + board[p.dataIndex].value },
      grid: { left: 60, right: 20, bottom: 90, top: 40 },
      xAxis: { type: 'category', data: board.map((r) => (r.subject ?? '(not named)') + ' #' + r.rank), axisLabel: { rotate: 30, interval: 0 } },
      yAxis: { type: 'value', name: first.unit ?? '' },
      series: [{
        type: 'bar', name: first.metric ?? '', barMaxWidth: 60,
        data: board.map((r) => ({ value: r.number, itemStyle: { color: r.conflict ? '#e65100' : '#0b57d0' } })),
      }],
    }, true);
  }

  const CSV_COLUMNS = ['section', 'rank', 'subject', 'value', 'unit', 'kind', 'metric', 'direction', 'dataset', 'baseline', 'paper', 'date', 'link', 'evidence', 'conflict'];

  function csvCell(r, c) {
    switch (c) {
      case 'rank': return r.rank ? String(r.rank) : '';
      case 'direction': return direction(r);
      case 'paper': return r.title ?? '';
      case 'conflict': return r.conflict ? 'yes' : '';
      default: return r[c] ?? '';
    }
  }

  function csv() {
    const quote = (s) => (/[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
    return [CSV_COLUMNS.join(',')].concat(rows.map((r) => CSV_COLUMNS.map((c) => quote(csvCell(r, c))).join(','))).join('\r\n') + '\r\n';
  }

  function exportCsv() {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([csv()], { type: 'text/csv' }));
    a.download = 'leaderboard-' + (state.dataset || state.method || 'results').replace(/[^A-Za-z0-9._-]+/g, '_') + '.csv';
    document.body.append(a);
    a.click();
    a.remove();
  }

  function status(text, error) {
    const s = el('status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
  }

  async function render() {
    document.body.dataset.ready = 'false';
    writeUrl();
    try {
      const all = await load();
      const metric = fillMetrics(all);
      let shown = all;
      if (metric) {
        const metrics = await iris(NARROWER(metric));
        shown = all.filter((r) => metrics.has(r.metricIri));
      }
      rows = arrange(shown);
      const board = rows.filter((r) => r.section === 'leaderboard');
      const relative = rows.filter((r) => r.section === 'relative');
      fillTable('leaderboard', board, (r) => String(r.rank));
      fillTable('relative', relative, (r) => r.kind);
      // The chart shows one metric: the chosen one, else the one with the most scores.
      const byMetric = new Map();
      for (const r of board) (byMetric.get(r.metricIri) ?? byMetric.set(r.metricIri, []).get(r.metricIri)).push(r);
      const charted = [...byMetric.values()].sort((a, b) => b.length - a.length)[0] ?? [];
      drawChart(charted);
      el('export').disabled = rows.length === 0;
      const conflicts = rows.filter((r) => r.conflict).length;
      status(!state.dataset && !state.method ? 'Choose a dataset, or type a method.'
        : rows.length === 0 ? 'No results.'
          : `${board.length} leaderboard row(s), ${relative.length} relative result(s), ${conflicts} flagged as conflicting.`);
    } catch (e) {
      rows = [];
      fillTable('leaderboard', [], () => '');
      fillTable('relative', [], () => '');
      drawChart([]);
      status(e.message, true);
    }
    document.body.dataset.ready = 'true';
  }

  async function start() {
    readUrl();
    try {
      datasets = (await sparql(DATASETS)).map((b) => ({ iri: b.d, label: b.label, results: Number(b.results) }));
    } catch (e) {
      status(e.message, true);
      document.body.dataset.ready = 'true';
      return;
    }
    try {
      el('methods').replaceChildren(...(await sparql(SUBJECTS)).map((b) => new Option(b.label)));
    } catch (e) {
      // Suggestions are a convenience; the page works without them.
    }
    const select = el('dataset');
    for (const d of datasets) select.add(new Option(`${d.label} (${d.results})`, d.label));
    const chosen = datasets.find((d) => d.label.toLowerCase() === state.dataset.toLowerCase());
    if (chosen) select.value = chosen.label;
    el('method').value = state.method;
    select.addEventListener('change', () => { state.dataset = select.value; state.metric = ''; render(); });
    el('metric').addEventListener('change', () => {
      const m = el('metric');
      state.metric = m.value ? m.options[m.selectedIndex].text : '';
      render();
    });
    el('method').addEventListener('change', () => { state.method = el('method').value.trim(); render(); });
    el('choice').addEventListener('submit', (e) => e.preventDefault());
    el('export').addEventListener('click', exportCsv);
    window.addEventListener('resize', () => chart && chart.resize());
    await render();
  }

  // For tests and the console: the rows in view, their CSV and the chart.
  window.papergraphLeaderboard = { state, rows: () => rows, csv, chart: () => chart };
  start();
})();
