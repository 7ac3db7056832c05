/*
 * Lotse – planning pages: the optional ECharts timeline of the deadline page, drawn from the tables the page already
 * shows (progressive enhancement: without JavaScript every deadline and date is in the tables, which stay the
 * accessible alternative), and the print button of the print view. No inline scripts (CSP).
 */
(function () {
  'use strict';

  function ready(fn) {
    var done = false;
    function run() { if (!done) { done = true; fn(); } }
    if (document.readyState === 'complete') { run(); } else {
      document.addEventListener('DOMContentLoaded', run);
      window.addEventListener('load', run);
    }
  }

  var COLOURS = { overdue: '#b0121b', done: '#1d6b2f', open: '#00467f' };
  var SYMBOLS = { overdue: 'triangle', done: 'circle', open: 'rect' };

  function timeline(el) {
    if (!window.echarts) { return; }
    var rows = document.querySelectorAll('.pp-deadline-table tbody tr[data-date]');
    if (!rows.length) { return; }
    var kinds = [el.getAttribute('data-label-activity'), el.getAttribute('data-label-deadline')];
    var states = ['open', 'done', 'overdue'];
    var series = states.map(function (state) {
      return {
        name: el.getAttribute('data-label-' + state),
        type: 'scatter',
        symbol: SYMBOLS[state],
        symbolSize: 12,
        itemStyle: { color: COLOURS[state], borderColor: '#1a1a1a', borderWidth: 1 },
        data: []
      };
    });
    rows.forEach(function (tr) {
      var state = tr.getAttribute('data-state');
      var kind = tr.getAttribute('data-kind') === 'DEADLINE' ? 1 : 0;
      var i = states.indexOf(state);
      if (i < 0) { return; }
      series[i].data.push({ value: [tr.getAttribute('data-date'), kind], label: tr.getAttribute('data-label') });
    });
    var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'de-DE';
    var day = new Intl.DateTimeFormat(lang, { day: '2-digit', month: '2-digit', year: 'numeric' });
    el.textContent = '';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var today = el.getAttribute('data-today');
    if (today) {
      series[0].markLine = {
        silent: true, symbol: 'none', label: { formatter: day.format(new Date(today)) },
        lineStyle: { color: '#4d4d4d', type: 'dashed' }, data: [{ xAxis: today }]
      };
    }
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      grid: { left: 90, right: 30, top: 40, bottom: 40 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) { return day.format(new Date(p.value[0])) + '<br>' + escape(p.data.label); }
      },
      xAxis: { type: 'time' },
      yAxis: { type: 'category', data: kinds },
      series: series
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text || '';
    return div.innerHTML;
  }

  ready(function () {
    document.querySelectorAll('[data-pp-timeline]').forEach(timeline);
    document.querySelectorAll('[data-pp-print]').forEach(function (button) {
      button.hidden = false;
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
