/*
 * Lotse – charts of the analysis pages (comparison, social index), drawn with ECharts from the tables the page
 * already shows. Without JavaScript every value stays in the tables; each chart container carries a text alternative.
 */
(function () {
  'use strict';

  /* Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
  var COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
  var SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];
  var DASHES = ['solid', 'dashed', 'dotted'];

  /* ECharts is loaded (deferred) in the head, before this deferred script; waiting for the document costs nothing. */
  function ready(fn) {
    if (window.echarts && document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function lang() {
    return document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE';
  }

  function number(text) {
    if (text === null || text === undefined || text === '') { return null; }
    var n = Number(text);
    return isNaN(n) ? null : n;
  }

  function headers(table) {
    var names = [];
    table.querySelectorAll('thead th[data-series]').forEach(function (th) {
      names.push(th.getAttribute('data-series'));
    });
    return names;
  }

  /* Multi-series line chart: one column per territory, one row per period. */
  function initLines(el) {
    var table = document.getElementById(el.getAttribute('data-analysis-lines'));
    if (!table) { return; }
    var names = headers(table);
    var periods = [];
    var data = names.map(function () { return []; });
    table.querySelectorAll('tbody tr').forEach(function (row) {
      var th = row.querySelector('th');
      periods.push(th ? th.textContent.trim() : '');
      var cells = row.querySelectorAll('td');
      for (var i = 0; i < names.length; i++) {
        data[i].push(cells[i] ? number(cells[i].getAttribute('data-value')) : null);
      }
    });
    if (!periods.length) { return; }
    var fmt = new Intl.NumberFormat(lang());
    var series = names.map(function (name, i) {
      var colour = COLOURS[i % COLOURS.length];
      return {
        type: 'line', name: name, data: data[i], connectNulls: false,
        symbol: SYMBOLS[i % SYMBOLS.length], symbolSize: 8,
        lineStyle: { color: colour, width: 2, type: DASHES[Math.floor(i / COLOURS.length) % DASHES.length] },
        itemStyle: { color: colour }
      };
    });
    el.innerHTML = '';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      legend: { type: 'scroll', top: 0, left: 0, textStyle: { color: '#1a1a1a' } },
      grid: { left: 80, right: 20, top: 50, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '–' : fmt.format(v); } },
      xAxis: { type: 'category', data: periods, axisLabel: { color: '#1a1a1a' } },
      yAxis: { type: 'value', scale: true, axisLabel: { color: '#1a1a1a', formatter: function (v) { return fmt.format(v); } } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  /* Stacked horizontal bars: the contributions of each indicator to the index of each ranked territory. */
  function initStacked(el) {
    var table = document.getElementById(el.getAttribute('data-analysis-stacked'));
    if (!table) { return; }
    var names = headers(table);
    var labels = [];
    var data = names.map(function () { return []; });
    table.querySelectorAll('tbody tr[data-ranked="true"]').forEach(function (row) {
      labels.push(row.getAttribute('data-label'));
      var cells = row.querySelectorAll('td[data-contribution]');
      for (var i = 0; i < names.length; i++) {
        data[i].push(cells[i] ? number(cells[i].getAttribute('data-contribution')) : null);
      }
    });
    if (!labels.length) { return; }
    var fmt = new Intl.NumberFormat(lang(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    var series = names.map(function (name, i) {
      return {
        type: 'bar', name: name, stack: 'index', data: data[i].slice().reverse(),
        itemStyle: { color: COLOURS[i % COLOURS.length], borderColor: '#1a1a1a', borderWidth: 0.5 }
      };
    });
    el.innerHTML = '';
    el.style.height = Math.max(18, labels.length * 1.6 + 6) + 'rem';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      legend: { type: 'scroll', top: 0, left: 0, textStyle: { color: '#1a1a1a' } },
      grid: { left: 10, right: 30, top: 50, bottom: 30, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: function (v) { return v === null || v === undefined ? '–' : fmt.format(v); } },
      xAxis: { type: 'value', axisLabel: { color: '#1a1a1a', formatter: function (v) { return fmt.format(v); } } },
      yAxis: { type: 'category', data: labels.slice().reverse(), axisLabel: { color: '#1a1a1a' } },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  ready(function () {
    if (!window.echarts) { return; }
    document.querySelectorAll('[data-analysis-lines]').forEach(initLines);
    document.querySelectorAll('[data-analysis-stacked]').forEach(initStacked);
  });
}());
