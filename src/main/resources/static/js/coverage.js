/*
 * Lotse – coverage page (/verzeichnis/abdeckung): draws the gap map with ECharts from the municipality boundaries and
 * the coverage table the page already shows (progressive enhancement: without JavaScript everything is in the table).
 * The server decides the colour of each municipality (data-colour on the table rows), so map, legend and table agree.
 * No inline scripts (CSP).
 */
(function () {
  'use strict';

  var MISSING = '#bdbdbd';

  function ready(fn) {
    var done = false;
    function run() { if (!done) { done = true; fn(); } }
    if (document.readyState === 'complete') { run(); } else {
      document.addEventListener('DOMContentLoaded', run);
      window.addEventListener('load', run);
    }
  }

  function rowsOf(tableId) {
    var rows = {};
    var table = document.getElementById(tableId);
    if (!table) { return rows; }
    table.querySelectorAll('tbody tr[data-key]').forEach(function (tr) {
      rows[tr.getAttribute('data-key')] = {
        colour: tr.getAttribute('data-colour'),
        text: tr.getAttribute('data-text') || '',
        name: tr.getAttribute('data-name') || ''
      };
    });
    return rows;
  }

  function line(parent, value) {
    var div = document.createElement('div');
    div.textContent = value;
    parent.appendChild(div);
  }

  function initMap(el) {
    if (!window.echarts || !window.Lotse) { return; }
    var rows = rowsOf(el.getAttribute('data-table'));
    fetch(el.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (geo) {
        if (!geo.features || geo.features.length === 0) { return; }
        var id = 'coverage-map-' + Math.random().toString(36).slice(2);
        window.echarts.registerMap(id, geo);
        var data = geo.features.map(function (f) {
          var p = f.properties;
          var row = rows[p.key];
          var fill = row && row.colour ? row.colour : MISSING;
          return {
            name: p.key,
            props: p,
            row: row,
            itemStyle: { areaColor: fill, borderColor: '#1a1a1a', borderWidth: 0.8 },
            label: { color: window.Lotse.isDark(fill) ? '#ffffff' : '#1a1a1a' },
            emphasis: { itemStyle: { areaColor: '#ffbf47' }, label: { color: '#1a1a1a' } }
          };
        });
        el.innerHTML = '';
        var chart = window.echarts.init(el, null, { renderer: 'canvas' });
        chart.setOption({
          animation: false,
          tooltip: {
            trigger: 'item',
            formatter: function (item) {
              var d = item.data;
              if (!d || !d.props) { return ''; }
              var box = document.createElement('div');
              line(box, d.props.name);
              if (d.row) { line(box, d.row.text); }
              return box.innerHTML;
            }
          },
          series: [window.Lotse.mapSeries(id, geo, data)]
        });
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () {
        el.querySelectorAll('.chart-fallback').forEach(function (p) { p.hidden = false; });
      });
  }

  ready(function () {
    document.querySelectorAll('[data-coverage-map]').forEach(initMap);
  });
}());
