/*
 * Lotse – target value page: draws the values of the indicator against the target line and the linear trend with
 * ECharts, from the data table the page already shows (progressive enhancement: without JavaScript every number is in
 * the table). Lines differ in shape as well as colour (solid values with points, dashed target, dotted trend), so the
 * chart does not depend on colour alone. No inline scripts (CSP).
 */
(function () {
  'use strict';

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

  function number(text) {
    return text === null || text === '' ? null : Number(text);
  }

  function initChart(el) {
    var table = document.getElementById(el.getAttribute('data-table'));
    if (!table) { return; }
    var lang = table.getAttribute('data-lang') === 'en' ? 'en' : 'de';
    var digits = Number(table.getAttribute('data-decimals') || '0');
    var fmt = window.Lotse.numberFormat(lang, digits);
    var dateFmt = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'de-DE',
      { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    var values = [];
    table.querySelectorAll('tbody tr[data-date]').forEach(function (tr) {
      var v = number(tr.getAttribute('data-value'));
      if (v !== null) { values.push([tr.getAttribute('data-date'), v]); }
    });
    if (values.length === 0) { return; }
    var target = number(table.getAttribute('data-target'));
    var targetDate = table.getAttribute('data-target-date');
    var series = [{
      type: 'line', name: table.getAttribute('data-label-values'), data: values,
      symbol: 'circle', symbolSize: 9,
      lineStyle: { color: '#00467f', width: 2 }, itemStyle: { color: '#00467f' }
    }];
    if (target !== null && targetDate) {
      series.push({
        type: 'line', name: table.getAttribute('data-label-target'),
        data: [{ value: [values[0][0], target], symbol: 'none' }, { value: [targetDate, target] }],
        symbol: 'diamond', symbolSize: 12,
        lineStyle: { color: '#1a1a1a', width: 2, type: 'dashed' }, itemStyle: { color: '#1a1a1a' }
      });
    }
    var trendFrom = table.getAttribute('data-trend-from');
    var fromValue = number(table.getAttribute('data-trend-from-value'));
    var forecast = number(table.getAttribute('data-forecast'));
    if (trendFrom && fromValue !== null && forecast !== null) {
      series.push({
        type: 'line', name: table.getAttribute('data-label-trend'),
        data: [{ value: [trendFrom, fromValue], symbol: 'none' }, { value: [targetDate, forecast] }],
        symbol: 'triangle', symbolSize: 11,
        lineStyle: { color: '#8a5a00', width: 2, type: 'dotted' }, itemStyle: { color: '#8a5a00' }
      });
    }
    el.innerHTML = '';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 80, right: 30, top: 40, bottom: 40 },
      legend: { top: 0, textStyle: { color: '#1a1a1a' } },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          return item.seriesName + ', ' + dateFmt.format(new Date(item.value[0])) + ': ' + fmt.format(item.value[1]);
        }
      },
      xAxis: { type: 'time', axisLabel: { color: '#1a1a1a' } },
      yAxis: {
        type: 'value', scale: true,
        axisLabel: { color: '#1a1a1a', formatter: function (v) { return fmt.format(v); } }
      },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  ready(function () {
    if (!window.echarts || !window.Lotse) { return; }
    document.querySelectorAll('[data-tgt-chart]').forEach(initChart);
  });
}());
