/*
 * The interactive graph view of /graph: draws /export/cytoscape with Cytoscape.js, colour by kind,
 * size by degree; legend and filters by kind and province; search through /search; a detail panel
 * fed by /graph/entity; neighbours added from /export/cytoscape?around=IRI&depth=1.
 *
 * window.yrdkg exposes the Cytoscape instance, readiness and timings (ms from navigation start), so
 * that a browser test can read what a person sees.
 */
(function () {
  'use strict';

  // Kinds in the order of the legend, with their names; colours come with the data.
  const KINDS = [
    ['Region', '地区 Regions'], ['Project', '项目 Projects'], ['Sector', '产业领域 Sectors'],
    ['Task', '任务 Tasks'], ['Actor', '主体 Actors'], ['Target', '目标 Targets'],
    ['PolicyDocument', '文件 Documents'], ['Provenance', '来源 Provenance']];
  // Above this many nodes the force-directed layout is too slow for a page; the grouped layout is linear.
  const FORCE_LIMIT = 300;
  const LABEL_LENGTH = 14;
  const LABEL_ZOOM = 0.9;

  const base = document.body.dataset.base;
  const state = { ready: false, error: null, timings: {}, mode: 'whole', cy: null, selected: null };
  window.yrdkg = state;

  const $ = (id) => document.getElementById(id);
  const esc = (s) => String(s == null ? '' : s).replace(/[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  const localUrl = (iri) => iri.startsWith(base) ? '/id/' + iri.substring(base.length) : iri;
  const kindName = (k) => (KINDS.find((x) => x[0] === k) || [k, k])[1];

  function status(text) {
    $('status').textContent = text;
  }

  async function fetchJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) {
      throw new Error(body.error || (r.status + ' ' + r.statusText));
    }
    return body;
  }

  /** The elements of an export, with a short display label for long names (tasks are whole clauses). */
  function prepare(json) {
    const nodes = json.elements.nodes.map((n) => {
      const label = n.data.label || '';
      n.data.short = [...label].length > LABEL_LENGTH ? [...label].slice(0, LABEL_LENGTH).join('') + '…' : label;
      n.data.provinces = n.data.province ? n.data.province.split(',') : [];
      // The export's size grows with the square root of the degree; on screen a hub of a thousand
      // edges would cover its neighbours, so the view grows with the logarithm and stops at 56 px.
      n.data.vsize = Math.min(56, 10 + 5 * Math.log2(1 + (n.data.degree || 0)));
      return n;
    });
    // Edge ids of an export are its own (e0, e1, …); ids from the statement let several exports be merged.
    const edges = json.elements.edges.map((e) => {
      e.data.id = e.data.source + ' ' + e.data.property + ' ' + e.data.target;
      return e;
    });
    return { nodes: nodes, edges: edges };
  }

  function style(big) {
    return [
      // A large view labels only the nodes on screen once the zoom makes labels readable (see
      // labelOnScreen): measuring thousands of labels is a third of the time to the first frame.
      { selector: 'node', style: {
        'background-color': 'data(color)', width: 'data(vsize)', height: 'data(vsize)',
        label: big ? '' : 'data(short)', 'font-size': 9, color: '#333', 'text-valign': 'bottom', 'text-margin-y': 2,
        'min-zoomed-font-size': 6, 'border-width': 1, 'border-color': '#fff',
        'text-background-color': '#fff', 'text-background-opacity': 0.6, 'text-background-padding': 1 } },
      { selector: 'node.labelled', style: { label: 'data(short)' } },
      { selector: 'node[kind = "Region"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[kind = "Project"]', style: { shape: 'diamond' } },
      { selector: 'node[kind = "Actor"]', style: { shape: 'hexagon' } },
      { selector: 'node[kind = "Target"]', style: { shape: 'star' } },
      { selector: 'edge', style: {
        width: 1, 'line-color': '#c9ced6', opacity: big ? 0.35 : 0.8,
        'curve-style': big ? 'haystack' : 'bezier',
        'target-arrow-shape': big ? 'none' : 'triangle', 'target-arrow-color': '#c9ced6', 'arrow-scale': 0.7 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#222', 'font-size': 12,
        'font-weight': 'bold', label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 220, 'z-index': 20,
        'min-zoomed-font-size': 0 } },
      { selector: 'node.near', style: { label: 'data(short)', 'min-zoomed-font-size': 0, 'z-index': 10 } },
      { selector: 'edge.near', style: { 'line-color': '#555', 'target-arrow-color': '#555', opacity: 1, width: 1.5,
        label: 'data(label)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'z-index': 15 } },
      { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
      { selector: '.filtered', style: { display: 'none' } },
    ];
  }

  /**
   * A layout for large graphs that costs time linear in the nodes: one disc per kind, placed around a
   * circle; inside a disc the nodes lie on a sunflower spiral by falling degree, so hubs sit in the middle.
   */
  function groupedPositions(nodes) {
    const groups = new Map();
    nodes.forEach((n) => {
      const k = n.kind;
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k).push(n);
    });
    const order = KINDS.map((k) => k[0]).filter((k) => groups.has(k))
      .concat([...groups.keys()].filter((k) => !KINDS.some((x) => x[0] === k)));
    const spacing = 26;
    const golden = Math.PI * (3 - Math.sqrt(5));
    const radii = order.map((k) => spacing * Math.sqrt(groups.get(k).length) * 0.62 + spacing);
    const circumference = radii.reduce((a, r) => a + 2 * r + spacing * 2, 0);
    const ring = order.length > 1 ? circumference / (2 * Math.PI) : 0;
    const positions = {};
    let angle = -Math.PI / 2;
    order.forEach((k, i) => {
      const share = (2 * radii[i] + spacing * 2) / circumference * 2 * Math.PI;
      const a = angle + share / 2;
      angle += share;
      const cx = ring * Math.cos(a);
      const cy = ring * Math.sin(a);
      const members = groups.get(k).slice().sort((x, y) => y.degree - x.degree || (x.id < y.id ? -1 : 1));
      members.forEach((n, j) => {
        const r = spacing * 0.62 * Math.sqrt(j + 0.5);
        positions[n.id] = { x: cx + r * Math.cos(j * golden), y: cy + r * Math.sin(j * golden) };
      });
    });
    return positions;
  }

  /**
   * Fits the view to known node centres. cy.fit() would ask every element for its bounding box,
   * which computes the style of thousands of nodes and edges before the first frame.
   */
  function fitPositions(cy, points, padding) {
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const minX = Math.min(...xs) - 30;
    const maxX = Math.max(...xs) + 30;
    const minY = Math.min(...ys) - 30;
    const maxY = Math.max(...ys) + 30;
    const zoom = Math.min((cy.width() - 2 * padding) / (maxX - minX), (cy.height() - 2 * padding) / (maxY - minY));
    cy.viewport({ zoom: zoom, pan: { x: (cy.width() - zoom * (minX + maxX)) / 2, y: (cy.height() - zoom * (minY + maxY)) / 2 } });
  }

  function layoutOptions(cy) {
    const n = cy.nodes().length;
    if (n <= FORCE_LIMIT) {
      return { name: 'cose', animate: false, randomize: false, fit: true, padding: 40, nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 70, nodeRepulsion: () => 9000, numIter: 1500 };
    }
    const positions = groupedPositions(cy.nodes().map((n) => n.data()));
    return { name: 'preset', positions: (node) => positions[node.id()], fit: true, padding: 30, animate: false };
  }

  function runLayout(cy) {
    return new Promise((resolve) => {
      const layout = cy.layout(layoutOptions(cy));
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  function create(elements) {
    const big = elements.nodes.length > FORCE_LIMIT;
    if (state.cy) {
      state.cy.destroy();
    }
    const cy = cytoscape({
      container: $('cy'), style: style(big), minZoom: 0.02, maxZoom: 4,
      hideEdgesOnViewport: big, textureOnViewport: false, motionBlur: false, boxSelectionEnabled: false,
    });
    // Added in one batch rather than given to the constructor: a third of the time for thousands of elements.
    cy.batch(() => cy.add(elements));
    state.cy = cy;
    if (big) {
      let timer = null;
      cy.on('viewport', () => {
        clearTimeout(timer);
        timer = setTimeout(() => labelOnScreen(cy), 150);
      });
    }
    cy.on('tap', 'node', (e) => select(e.target));
    cy.on('dbltap', 'node', (e) => { window.location.href = localUrl(e.target.id()); });
    cy.on('tap', (e) => { if (e.target === cy) unselect(); });
    return cy;
  }

  /** Labels the nodes inside the viewport when zoomed in far enough to read them, and no others. */
  function labelOnScreen(cy) {
    const show = cy.zoom() >= LABEL_ZOOM;
    const ext = cy.extent();
    const inside = (p) => p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    cy.batch(() => {
      cy.nodes('.labelled').forEach((n) => {
        if (!show || !inside(n.position())) n.removeClass('labelled');
      });
      if (show) {
        cy.nodes().forEach((n) => {
          if (inside(n.position())) n.addClass('labelled');
        });
      }
    });
  }

  /** Loads an export into a fresh view and lays it out; records the timings of each step. */
  async function load(url, mode) {
    const t = {};
    t.start = performance.now();
    status('加载中 loading…');
    const json = await fetchJson(url);
    t.fetched = performance.now();
    const elements = prepare(json);
    const big = elements.nodes.length > FORCE_LIMIT;
    if (big) {
      // Placed before they are added: positions given with the elements cost nothing more to apply.
      const positions = groupedPositions(elements.nodes.map((n) => n.data));
      elements.nodes.forEach((n) => { n.position = positions[n.data.id]; });
    }
    t.placed = performance.now();
    const cy = create(elements);
    t.built = performance.now();
    if (big) {
      fitPositions(cy, elements.nodes.map((n) => n.position), 30);
    } else {
      await runLayout(cy);
    }
    t.laidOut = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    t.drawn = performance.now();
    state.mode = mode;
    state.timings = {
      nodes: cy.nodes().length, edges: cy.edges().length,
      fetchMs: Math.round(t.fetched - t.start), buildMs: Math.round(t.built - t.placed),
      layoutMs: Math.round(t.placed - t.fetched + t.laidOut - t.built), drawMs: Math.round(t.drawn - t.laidOut),
      totalMs: Math.round(t.drawn - t.start), sinceNavigationMs: Math.round(t.drawn),
      layout: cy.nodes().length <= FORCE_LIMIT ? 'cose' : 'grouped',
    };
    buildFilters();
    status(cy.nodes().length + ' 个节点 nodes · ' + cy.edges().length + ' 条边 edges · '
      + (state.timings.totalMs / 1000).toFixed(1) + ' s');
    return cy;
  }

  // Filters ---------------------------------------------------------------------------------------

  function buildFilters() {
    const cy = state.cy;
    const kinds = new Map();
    const colours = new Map();
    const provinces = new Map();
    cy.nodes().forEach((n) => {
      const k = n.data('kind');
      kinds.set(k, (kinds.get(k) || 0) + 1);
      colours.set(k, n.data('color'));
      n.data('provinces').forEach((p) => provinces.set(p, (provinces.get(p) || 0) + 1));
    });
    const legend = $('legend');
    legend.innerHTML = '';
    KINDS.map((k) => k[0]).filter((k) => kinds.has(k)).forEach((k) => {
      legend.insertAdjacentHTML('beforeend', '<li><label><input type="checkbox" checked data-kind="' + esc(k) + '">'
        + '<span class="swatch" style="background:' + esc(colours.get(k)) + '"></span>' + esc(kindName(k))
        + '</label><span class="count">' + kinds.get(k) + '</span></li>');
    });
    const list = $('provinces');
    list.innerHTML = '';
    [...provinces.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).forEach(([p, c]) => {
      list.insertAdjacentHTML('beforeend', '<li><label><input type="checkbox" data-province="' + esc(p) + '">'
        + esc(p) + '</label><span class="count">' + c + '</span></li>');
    });
    if (provinces.size === 0) {
      list.innerHTML = '<li class="hint">—</li>';
    }
  }

  function applyFilters() {
    const cy = state.cy;
    const kinds = new Set([...document.querySelectorAll('#legend input:checked')].map((i) => i.dataset.kind));
    const provinces = new Set([...document.querySelectorAll('#provinces input:checked')].map((i) => i.dataset.province));
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const shown = kinds.has(n.data('kind'))
          && (provinces.size === 0 || n.data('provinces').some((p) => provinces.has(p)));
        n.toggleClass('filtered', !shown);
      });
    });
    const visible = cy.nodes().not('.filtered');
    if (visible.nonempty()) {
      cy.fit(visible, 30);
    }
    status(visible.length + ' / ' + cy.nodes().length + ' 个节点可见 nodes shown');
  }

  // Selection and the detail panel ---------------------------------------------------------------

  function unselect() {
    const cy = state.cy;
    cy.elements().removeClass('faded near');
    state.selected = null;
    $('detail').hidden = true;
  }

  function highlight(node) {
    const cy = state.cy;
    cy.batch(() => {
      cy.elements().removeClass('near').addClass('faded');
      const hood = node.closedNeighborhood();
      hood.removeClass('faded').addClass('near');
    });
    cy.elements().unselect();
    node.select();
  }

  function select(node) {
    state.selected = node.id();
    highlight(node);
    showDetail(node.id(), node);
  }

  async function showDetail(iri, node) {
    const panel = $('detail');
    const body = $('detail-body');
    panel.hidden = false;
    body.innerHTML = '<p class="hint">加载中 loading…</p>';
    state.cy && state.cy.resize();
    let e;
    try {
      e = await fetchJson('/graph/entity?iri=' + encodeURIComponent(iri));
    } catch (err) {
      body.innerHTML = '<p>' + esc(err.message) + '</p>';
      return;
    }
    if (state.selected !== iri && node) {
      return;
    }
    const d = node ? node.data() : {};
    let h = '<h2 id="detail-name">' + esc(e.name) + '</h2><p class="names">';
    const names = [];
    if (e.zh && e.zh !== e.name) names.push(esc(e.zh));
    if (e.en) names.push(esc(e.en));
    if (e.pinyin) names.push('<i>' + esc(e.pinyin) + '</i>');
    h += names.join(' · ') + '</p><p class="facts">';
    if (d.kind) {
      h += '<span class="kind" style="background:' + esc(d.color) + '">' + esc(kindName(d.kind)) + '</span>';
    }
    h += '<span>' + esc(e.types.join('、')) + '</span>';
    if (d.code) h += '<span>代码 code ' + esc(d.code) + '</span>';
    if (d.province) h += '<span>省份 ' + esc(d.province) + '</span>';
    if (d.stage) h += '<span>阶段 stage ' + esc(d.stage) + '</span>';
    if (d.degree != null) h += '<span>度 degree ' + esc(d.degree) + '</span>';
    h += '</p>';
    if (e.altLabels.length) {
      h += '<p class="alt">别名 also called: ' + e.altLabels.map(esc).join('、') + '</p>';
    }
    h += '<div class="buttons"><button id="expand" type="button">展开邻居 Expand neighbours</button>'
      + '<a href="' + esc(e.url) + '"><button type="button">实体页 Entity page</button></a></div>';
    if (e.links.length) {
      h += '<h4>关系 Related</h4><ul class="links" id="detail-links">';
      e.links.forEach((l) => {
        h += '<li><span class="prop">' + (l.direction === 'in' ? '← ' : '→ ') + esc(l.propertyLabel || l.property)
          + '</span><a href="' + esc(l.url) + '" data-iri="' + esc(l.iri) + '">' + esc(l.name) + '</a></li>';
      });
      h += '</ul>';
    }
    h += '<h4>来源句 Source sentences (' + e.sourceCount + ')</h4><ul class="sources" id="detail-sources">';
    e.sources.forEach((s) => {
      const where = [s.file, s.chapter, s.section].filter((x) => x).map(esc).join(' · ');
      h += '<li>' + mark(s.text, s.exact) + '<span class="where">' + where + '</span></li>';
    });
    if (!e.sources.length) {
      h += '<li class="hint">—</li>';
    }
    h += '</ul>';
    body.innerHTML = h;
    $('expand').addEventListener('click', () => expand(iri));
    body.querySelectorAll('#detail-links a').forEach((a) => a.addEventListener('click', (ev) => {
      ev.preventDefault();
      focus(a.dataset.iri);
    }));
  }

  function mark(text, exact) {
    const i = exact ? text.indexOf(exact) : -1;
    if (i < 0) return esc(text);
    return esc(text.substring(0, i)) + '<mark>' + esc(exact) + '</mark>' + esc(text.substring(i + exact.length));
  }

  /** Adds the entity's neighbours (depth 1) to the view, placed around it; lays out again when the graph is small. */
  async function expand(iri) {
    const cy = state.cy;
    let json;
    try {
      json = await fetchJson('/export/cytoscape?around=' + encodeURIComponent(iri) + '&depth=1');
    } catch (err) {
      status(err.message);
      return null;
    }
    const elements = prepare(json);
    const centre = cy.getElementById(iri);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const fresh = elements.nodes.filter((n) => cy.getElementById(n.data.id).empty());
    fresh.forEach((n, i) => {
      const a = 2 * Math.PI * i / Math.max(1, fresh.length);
      const r = 90 + 4 * fresh.length;
      n.position = { x: origin.x + r * Math.cos(a), y: origin.y + r * Math.sin(a) };
    });
    cy.add(fresh);
    cy.add(elements.edges.filter((e) => cy.getElementById(e.data.id).empty()));
    if (state.mode !== 'whole' && cy.nodes().length <= FORCE_LIMIT) {
      await runLayout(cy);
    }
    buildFilters();
    applyFilters();
    const node = cy.getElementById(iri);
    if (node.nonempty()) {
      highlight(node);
      await cy.animation({ fit: { eles: node.closedNeighborhood(), padding: 60 }, duration: 300 }).play().promise();
    }
    status('+' + fresh.length + ' 个节点 nodes · ' + cy.nodes().length + ' in view');
    return node;
  }

  /** Selects and centres an entity; when it is not in the view, its neighbourhood is added first. */
  async function focus(iri) {
    const cy = state.cy;
    let node = cy.getElementById(iri);
    if (node.empty()) {
      node = await expand(iri);
      if (!node || node.empty()) {
        state.selected = iri;
        showDetail(iri, null);
        return;
      }
    }
    node.removeClass('filtered');
    select(node);
    cy.resize();
    // Show the node with all its neighbours, however far apart the layout put them.
    await cy.animation({ fit: { eles: node.closedNeighborhood().not('.filtered'), padding: 50 }, duration: 300 })
      .play().promise();
  }
  state.focus = focus;

  // Search ----------------------------------------------------------------------------------------

  async function search(q) {
    const list = $('search-results');
    list.innerHTML = '<li class="hint">检索中 searching…</li>';
    let r;
    try {
      r = await fetchJson('/search?format=json&q=' + encodeURIComponent(q));
    } catch (err) {
      list.innerHTML = '<li class="hint">' + esc(err.message) + '</li>';
      return;
    }
    const entities = r.hits.filter((h) => h.kind === 'entity').slice(0, 12);
    const sentences = r.hits.filter((h) => h.kind === 'sentence').slice(0, 5);
    list.innerHTML = '';
    if (!entities.length && !sentences.length) {
      list.innerHTML = '<li class="hint">无结果 no results</li>';
    }
    entities.forEach((h) => {
      const li = document.createElement('li');
      li.className = 'hit';
      li.dataset.iri = h.iri;
      li.innerHTML = esc(h.name) + '<span class="type">' + esc(h.type) + '</span>';
      li.addEventListener('click', () => focus(h.iri));
      list.appendChild(li);
    });
    sentences.forEach((h) => {
      const li = document.createElement('li');
      li.className = 'sentence';
      li.innerHTML = '<a href="' + esc(h.url) + '">句子 sentence</a><span class="snippet">' + esc(h.matched) + '</span>';
      list.appendChild(li);
    });
  }

  // Start -----------------------------------------------------------------------------------------

  async function start() {
    $('search-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const q = $('search').value.trim();
      if (q) search(q);
    });
    $('legend').addEventListener('change', applyFilters);
    $('provinces').addEventListener('change', applyFilters);
    $('fit').addEventListener('click', () => state.cy.fit(state.cy.nodes().not('.filtered'), 30));
    $('relayout').addEventListener('click', () => runLayout(state.cy));
    $('whole').addEventListener('click', () => load('/export/cytoscape', 'whole').then(() => { $('banner').hidden = true; }));
    $('detail-close').addEventListener('click', unselect);

    const focusIri = new URLSearchParams(window.location.search).get('focus');
    try {
      let around = null;
      if (focusIri) {
        // Only the neighbourhood: quick to draw, and the entity is what the person came for.
        around = await load('/export/cytoscape?around=' + encodeURIComponent(focusIri) + '&depth=1', 'focus')
          .catch(() => null);
      }
      if (focusIri && !around) {
        // Not a node of the entity graph (a sentence, a document file): the whole graph, and what is known of it.
        await load('/export/cytoscape', 'whole');
        state.selected = focusIri;
        await showDetail(focusIri, null);
      } else if (focusIri) {
        const banner = $('banner');
        banner.innerHTML = '邻域 neighbourhood of <b>' + esc(state.cy.getElementById(focusIri).data('label') || focusIri)
          + '</b><button type="button" id="banner-whole">全图 Whole graph</button>';
        banner.hidden = false;
        $('banner-whole').addEventListener('click', () => $('whole').click());
        await focus(focusIri);
      } else {
        await load('/export/cytoscape', 'whole');
      }
      state.ready = true;
    } catch (err) {
      state.error = err.message;
      status('出错 error: ' + err.message);
    }
  }

  start();
})();
