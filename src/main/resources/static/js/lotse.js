/*
 * Lotse – progressive enhancement: draws maps and charts with ECharts from data that the page already shows as
 * tables (or from the JSON API). Without JavaScript every value is still on the page. No inline scripts (CSP).
 */
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function numberFormat(lang, digits) {
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE',
      { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  function classColour(value, breaks, colours) {
    if (value === null || value === undefined) { return '#f0f0f0'; }
    for (var i = 0; i < breaks.length; i++) {
      if (value < breaks[i]) { return colours[i]; }
    }
    return colours[colours.length - 1];
  }

  function isDark(colour) {
    var c = colour.replace('#', '');
    var r = parseInt(c.substr(0, 2), 16), g = parseInt(c.substr(2, 2), 16), b = parseInt(c.substr(4, 2), 16);
    return (0.299 * r + 0.587 * g + 0.114 * b) < 140;
  }

  /**
   * The ECharts map series shared by the start page and the indicator page: areas keyed by territory key, the
   * aspect ratio corrected for the latitude, names as labels while there are few areas.
   */
  function mapSeries(id, geo, data) {
    var lat = 51;
    try {
      var c = geo.features[0].geometry.coordinates;
      while (Array.isArray(c[0])) { c = c[0]; }
      lat = c[1];
    } catch (e) { /* keep default */ }
    return {
      type: 'map',
      map: id,
      nameProperty: 'key',
      roam: false,
      aspectScale: Math.cos(lat * Math.PI / 180),
      layoutCenter: ['50%', '50%'],
      layoutSize: '95%',
      selectedMode: false,
      labelLayout: { hideOverlap: true },
      label: {
        show: geo.features.length <= 40,
        fontSize: 11,
        formatter: function (item) { return item.data && item.data.props ? item.data.props.name : ''; }
      },
      data: data
    };
  }

  // shared with the page scripts (e.g. indicatorpage.js), which use them once the document is loaded
  window.Lotse = { numberFormat: numberFormat, isDark: isDark, mapSeries: mapSeries };

  function initMap(el) {
    var lang = el.getAttribute('data-lang') || 'de';
    var url = el.getAttribute('data-geojson');
    fetch(url, { headers: { Accept: 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(new Error('HTTP ' + r.status)); })
      .then(function (geo) {
        if (!geo.features || geo.features.length === 0) { return; }
        var id = 'lotse-map-' + Math.random().toString(36).slice(2);
        window.echarts.registerMap(id, geo);
        var breaks = (el.getAttribute('data-breaks') || '').split(',').filter(Boolean).map(Number);
        var colours = (el.getAttribute('data-colours') || '').split(',').filter(Boolean);
        var highlight = el.getAttribute('data-highlight');
        var link = el.getAttribute('data-link');
        var fmt = numberFormat(lang, 1);
        var fmtInt = numberFormat(lang, 0);
        var data = geo.features.map(function (f) {
          var p = f.properties;
          var fill = highlight ? (p.key === highlight ? '#00467f' : '#dde3ea')
            : (colours.length ? classColour(p.density, breaks, colours) : '#9ecae1');
          return {
            name: p.key,
            value: p.density,
            props: p,
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
              var p = item.data && item.data.props;
              if (!p) { return ''; }
              var lines = [p.name + (p.type ? ' (' + p.type + ')' : '')];
              if (p.population !== undefined) {
                lines.push((lang === 'en' ? 'Population: ' : 'Einwohner: ') + fmtInt.format(p.population));
              }
              if (p.density !== undefined) {
                lines.push((lang === 'en' ? 'Inhabitants per km²: ' : 'Einwohner je km²: ') + fmt.format(p.density));
              }
              var div = document.createElement('div');
              lines.forEach(function (l) { var s = document.createElement('div'); s.textContent = l; div.appendChild(s); });
              return div.innerHTML;
            }
          },
          series: [mapSeries(id, geo, data)]
        });
        if (link) {
          chart.on('click', function (item) {
            if (item.data && item.data.props) { window.location.href = link + item.data.props.key; }
          });
        }
        window.addEventListener('resize', function () { chart.resize(); });
      })
      .catch(function () {
        el.querySelectorAll('.chart-fallback').forEach(function (p) { p.hidden = false; });
      });
  }

  // One line per population basis (Zensus 2011, Zensus 2022): figures on different bases are not joined, so the
  // census correction does not look like a real drop or rise.
  var LINE_STYLES = [
    { color: '#00467f', symbol: 'circle', type: 'solid' },
    { color: '#a04a00', symbol: 'diamond', type: 'dashed' },
    { color: '#1d6b2f', symbol: 'triangle', type: 'dotted' }
  ];

  function initLineChart(el) {
    var table = document.getElementById(el.getAttribute('data-line-chart'));
    if (!table) { return; }
    var lang = document.documentElement.lang === 'en' ? 'en' : 'de';
    var fmtInt = numberFormat(lang, 0);
    var groups = [];
    var byBasis = {};
    var count = 0;
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var cells = row.querySelectorAll('[data-value]');
      if (cells.length >= 2) {
        var basis = row.getAttribute('data-basis') || '';
        if (!byBasis.hasOwnProperty(basis)) {
          byBasis[basis] = { basis: basis, points: [] };
          groups.push(byBasis[basis]);
        }
        byBasis[basis].points.push([cells[0].getAttribute('data-value'), Number(cells[1].getAttribute('data-value'))]);
        count++;
      }
    });
    if (count < 2) { return; }
    groups.sort(function (a, b) { return a.basis < b.basis ? -1 : (a.basis > b.basis ? 1 : 0); });
    var name = table.getAttribute('data-series-name') || '';
    var basisLabel = table.getAttribute('data-basis-label') || '';
    var series = groups.map(function (g, i) {
      var style = LINE_STYLES[i % LINE_STYLES.length];
      g.points.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
      return {
        type: 'line',
        name: g.basis ? name + ' (' + (basisLabel ? basisLabel + ': ' : '') + g.basis + ')' : name,
        data: g.points,
        symbol: style.symbol, symbolSize: 9,
        lineStyle: { color: style.color, width: 2, type: style.type },
        itemStyle: { color: style.color }
      };
    });
    el.innerHTML = '';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      legend: { show: series.length > 1, top: 0, left: 0, textStyle: { color: '#1a1a1a' } },
      grid: { left: 70, right: 20, top: series.length > 1 ? 50 : 20, bottom: 40 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var d = new Date(item.value[0]);
          return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'de-DE') + ': ' + fmtInt.format(item.value[1]);
        }
      },
      xAxis: { type: 'time', axisLabel: { color: '#1a1a1a' } },
      yAxis: {
        type: 'value', scale: true,
        axisLabel: { color: '#1a1a1a', formatter: function (v) { return fmtInt.format(v); } }
      },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  ready(function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-map]').forEach(initMap);
    document.querySelectorAll('[data-line-chart]').forEach(initLineChart);
  });
}());
