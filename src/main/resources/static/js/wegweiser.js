/*
 * Beratungswegweiser – progressive enhancement of /beratung (no inline scripts, CSP):
 * 1. after a search, the focus moves to the results heading, so keyboard and screen reader users land on the result
 *    count (the count itself is a live region);
 * 2. the places of the results table are drawn on a Leaflet map over the county's municipality boundaries (there is
 *    no tile server). The table stays the text alternative; without JavaScript the map stays hidden.
 */
(function () {
  'use strict';

  function ready(fn) {
    if (document.readyState !== 'loading') { fn(); } else { document.addEventListener('DOMContentLoaded', fn); }
  }

  function focusResults() {
    var heading = document.getElementById('ww-results-heading');
    if (heading && heading.getAttribute('data-searched') === 'true' && !window.location.hash) {
      heading.focus({ preventScroll: false });
    }
  }

  function places() {
    var rows = document.querySelectorAll('#ww-places tbody tr');
    var result = [];
    for (var i = 0; i < rows.length; i++) {
      var lat = parseFloat(rows[i].getAttribute('data-lat'));
      var lon = parseFloat(rows[i].getAttribute('data-lon'));
      var link = rows[i].querySelector('th a');
      if (!isNaN(lat) && !isNaN(lon) && link) {
        result.push({ lat: lat, lon: lon, name: link.textContent, href: link.getAttribute('href'),
          place: rows[i].cells[1].textContent });
      }
    }
    return result;
  }

  function popup(p) {
    var box = document.createElement('div');
    var a = document.createElement('a');
    a.href = p.href;
    a.textContent = p.name;
    var where = document.createElement('div');
    where.textContent = p.place;
    box.appendChild(a);
    box.appendChild(where);
    return box;
  }

  function drawMap() {
    var el = document.getElementById('ww-map');
    if (!el || !window.L || !window.fetch) { return; }
    var points = places();
    el.hidden = false;
    var map = window.L.map(el, { scrollWheelZoom: false, attributionControl: true });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('© GeoBasis-DE / BKG 2023');
    var bounds = window.L.latLngBounds([]);
    points.forEach(function (p) {
      var marker = window.L.marker([p.lat, p.lon], { title: p.name, alt: p.name + ' – ' + p.place, keyboard: true });
      marker.bindPopup(popup(p));
      marker.addTo(map);
      bounds.extend([p.lat, p.lon]);
    });
    fetch(el.getAttribute('data-geojson'), { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (geo) {
        if (geo && geo.features && geo.features.length) {
          var layer = window.L.geoJSON(geo, {
            interactive: false,
            style: { color: '#00467f', weight: 1.5, fillColor: '#f3f6f9', fillOpacity: 0.7 }
          }).addTo(map);
          layer.bringToBack();
          if (!bounds.isValid()) { bounds = layer.getBounds(); } else { bounds.extend(layer.getBounds()); }
        }
        fit();
      })
      .catch(fit);
    function fit() {
      if (bounds.isValid()) { map.fitBounds(bounds, { padding: [20, 20], maxZoom: 13 }); } else { map.setView([52.3, 10.2], 10); }
    }
  }

  ready(function () {
    focusResults();
    drawMap();
  });
}());
