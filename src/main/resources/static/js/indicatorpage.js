/*
 * Lotse – indicator page: draws the choropleth map and the time-series chart with ECharts from the data tables the
 * page already shows (progressive enhancement: without JavaScript every value is in the tables). The server decides
 * classes and colours (data-colour on each table row), so map, legend and table always agree; values withheld by
 * statistical confidentiality are not in the page and therefore not on the map. No inline scripts (CSP).
 */
(function () {
  'use strict';

  var MISSING = '#bdbdbd';

  // This script is deferred inside the page content, before the layout's deferred lotse.js (window.Lotse): wait for
  // DOMContentLoaded, which fires after all deferred scripts have run.
  function ready(fn) {
    var done = false;
    function run() { if (!done) { done = true; fn(); } }
    if (document.readyState === 'complete') { run(); } else {
      document.addEventListener('DOMContentLoaded', run);
      window.addEventListener('load', run);
    }
  }

  // number format, contrast and the map series are shared with the start page (lotse.js, window.Lotse)
  function numberFormat(lang, digits) { return window.Lotse.numberFormat(lang, digits); }

  function isDark(colour) { return window.Lotse.isDark(colour); }

  function text(parent, value) {
    var div = document.createElement('div');
    div.textContent = value;
    parent.appendChild(div);
  }

  /** The rows of the data table by territory key: colour, shown text and name. */
  function tableRows(tableId) {
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

  function initMap(el) {
    // one or more GeoJSON addresses (Germany: the Kreise of each Land), merged into one FeatureCollection
    var urls = (el.getAttribute('data-geojson') || '').split(/\s+/).filter(Boolean);
    var rows = tableRows(el.getAttribute('data-table'));
    var link = el.getAttribute('data-link');
    Promise.all(urls.map(function (url) {
      return fetch(url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); });
    }))
      .then(function (collections) {
        var geo = { type: 'FeatureCollection', features: [] };
        collections.forEach(function (c) { geo.features = geo.features.concat(c.features || []); });
        if (!geo.features || geo.features.length === 0) { return; }
        var id = 'ip-map-' + Math.random().toString(36).slice(2);
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
            label: { color: isDark(fill) ? '#ffffff' : '#1a1a1a' },
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
              text(box, d.props.name);
              if (d.row) { text(box, d.row.text); }
              return box.innerHTML;
            }
          },
          series: [window.Lotse.mapSeries(id, geo, data)]
        });
        if (link) {
          chart.on('click', function (item) {
            if (item.data && item.data.props) {
              window.location.href = link + item.data.props.key + '/indikatoren?level=' + item.data.props.level;
            }
          });
        }
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () {
        el.querySelectorAll('.chart-fallback').forEach(function (p) { p.hidden = false; });
      });
  }

  function initChart(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table) { return; }
    var lang = document.documentElement.lang === 'en' ? 'en' : 'de';
    var digits = Number(el.getAttribute('data-decimals') || '0');
    var fmt = numberFormat(lang, digits);
    var periods = [];
    var values = [];
    var count = 0;
    table.querySelectorAll('tbody tr[data-period]').forEach(function (tr) {
      periods.push(tr.getAttribute('data-period'));
      var v = tr.getAttribute('data-value');
      values.push(v === null || v === '' ? null : Number(v));
      if (v !== null && v !== '') { count++; }
    });
    if (count === 0) { return; }
    el.innerHTML = '';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 80, right: 20, top: 20, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          return item.value === null || item.value === undefined ? '' : item.name + ': ' + fmt.format(item.value);
        }
      },
      xAxis: { type: 'category', data: periods, axisLabel: { color: '#1a1a1a' } },
      yAxis: {
        type: 'value', scale: true,
        axisLabel: { color: '#1a1a1a', formatter: function (v) { return fmt.format(v); } }
      },
      series: [{
        type: 'line',
        name: el.getAttribute('data-name') || '',
        data: values,
        connectNulls: false,
        symbol: 'circle', symbolSize: 8,
        lineStyle: { color: '#00467f', width: 2 },
        itemStyle: { color: '#00467f' }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  ready(function () {
    if (!window.echarts || !window.Lotse) { return; }
    document.querySelectorAll('[data-ip-map]').forEach(initMap);
    document.querySelectorAll('[data-ip-chart]').forEach(initChart);
  });
}());
