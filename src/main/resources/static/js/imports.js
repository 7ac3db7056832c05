/*
 * Lotse – progress of a running statistics import (page /statistik/import/auftrag/{id}).
 * Progressive enhancement: without JavaScript the page offers the link "Status aktualisieren".
 * With it, the status is fetched every two seconds and written into the aria-live region #job-progress
 * (at most every 10 seconds for screen readers, so they are not flooded); when the job is done, the page is
 * reloaded and shows the report.
 */
(function () {
  'use strict';

  var box = document.getElementById('job-status');
  if (!box || !window.fetch) {
    return;
  }
  var url = box.getAttribute('data-status-url');
  var file = box.getAttribute('data-file') || '';
  var region = document.getElementById('job-progress');
  var bar = document.getElementById('job-bar');
  var numbers = new Intl.NumberFormat(document.documentElement.lang || 'de');
  var lastAnnounced = 0;

  function fill(template, status) {
    return template
      .replace('%file%', file)
      .replace('%rows%', numbers.format(status.rowsRead))
      .replace('%percent%', String(status.percent));
  }

  function show(status) {
    if (bar) {
      bar.value = status.percent;
      bar.textContent = status.percent + ' %';
    }
    var now = Date.now();
    if (status.finished) {
      region.textContent = box.getAttribute('data-text-done');
      window.location.reload();
      return;
    }
    if (now - lastAnnounced >= 10000) {
      lastAnnounced = now;
      var template = status.state === 'QUEUED'
        ? box.getAttribute('data-text-queued')
        : box.getAttribute('data-text-progress');
      region.textContent = fill(template, status);
    }
  }

  function poll() {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, cache: 'no-store' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (status) {
        show(status);
        if (!status.finished) {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () {
        // keep the link "Status aktualisieren"; try again a little later
        window.setTimeout(poll, 5000);
      });
  }

  window.setTimeout(poll, 1000);
}());
