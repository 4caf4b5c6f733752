/* Frontline /map: places from /towns as points coloured by controller, over Natural Earth
 * country outlines (vendored TopoJSON, decoded here). Plain JS, no network beyond this worker.
 *
 * Query parameters: refresh=<seconds> (default 15), source=<path> (default /towns; a GeoJSON
 * FeatureCollection such as /towns.geojson works too), select=<place key> (open its popup).
 * Every text from the table goes through textContent: article evidence is untrusted.
 */
(function () {
  "use strict";

  var SVGNS = "http://www.w3.org/2000/svg";
  var params = new URLSearchParams(window.location.search);
  var REFRESH_S = Math.max(2, Number(params.get("refresh")) || 15);
  var SOURCE = params.get("source") || "/towns";
  var NO_CONTROLLER = "#9aa3ad";
  var STATUSES = [
    ["controlled", "controlled"],
    ["contested", "contested (no controller)"],
    ["besieged", "besieged"],
    ["unknown", "unknown"]
  ];

  var svg = document.getElementById("map");
  var countriesLayer = document.getElementById("countries");
  var placesLayer = document.getElementById("places");
  var labelsLayer = document.getElementById("labels");
  var statusEl = document.getElementById("status");
  var popup = document.getElementById("popup");
  var popupBody = document.getElementById("popup-body");

  var topology = null;
  var frameKey = null;
  var places = [];
  var selected = params.get("select");

  // ---------------------------------------------------------------- TopoJSON

  /** Absolute [lon, lat] points of every arc (quantized, delta-encoded in the file). */
  function decodeArcs(topo) {
    var t = topo.transform;
    return topo.arcs.map(function (arc) {
      var x = 0, y = 0;
      return arc.map(function (p) {
        if (t) {
          x += p[0];
          y += p[1];
          return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
        }
        return [p[0], p[1]];
      });
    });
  }

  /** One ring's points from its arc indices (~i is arc i reversed). */
  function ring(arcs, indices) {
    var points = [];
    indices.forEach(function (i, n) {
      var arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
      points = points.concat(n === 0 ? arc : arc.slice(1));
    });
    return points;
  }

  /** [{name, id, polygons: [[ring, ...], ...]}] of the topology's "countries" object. */
  function countries(topo) {
    var arcs = decodeArcs(topo);
    return topo.objects.countries.geometries.map(function (g) {
      var polys = g.type === "Polygon" ? [g.arcs] : g.type === "MultiPolygon" ? g.arcs : [];
      return {
        name: (g.properties && g.properties.name) || "",
        id: g.id || "",
        polygons: polys.map(function (rings) { return rings.map(function (r) { return ring(arcs, r); }); })
      };
    });
  }

  // ---------------------------------------------------------------- projection

  /** Equirectangular, x scaled by cos(central latitude); the frame fits the places. */
  function frame(rows) {
    var located = rows.filter(hasPoint);
    if (!located.length) {
      return {k: 1, box: [-180, -85, 360, 170], span: 360};
    }
    var lons = located.map(function (r) { return r.lon; });
    var lats = located.map(function (r) { return r.lat; });
    var west = Math.min.apply(null, lons), east = Math.max.apply(null, lons);
    var south = Math.min.apply(null, lats), north = Math.max.apply(null, lats);
    var k = Math.cos(((south + north) / 2) * Math.PI / 180);
    var span = Math.max((east - west) * k, north - south, 6) * 1.5;
    var cx = (west + east) / 2 * k, cy = -(south + north) / 2;
    var wide = span * 1.6;  // the map area is wider than tall
    return {k: k, box: [cx - wide / 2, cy - span / 2, wide, span], span: span};
  }

  function project(f, lon, lat) {
    return [lon * f.k, -lat];
  }

  function hasPoint(r) {
    return typeof r.lat === "number" && typeof r.lon === "number";
  }

  function pathData(f, polygons) {
    var d = [];
    polygons.forEach(function (rings) {
      rings.forEach(function (points) {
        points.forEach(function (p, i) {
          var xy = project(f, p[0], p[1]);
          d.push((i ? "L" : "M") + xy[0].toFixed(3) + "," + xy[1].toFixed(3));
        });
        d.push("Z");
      });
    });
    return d.join("");
  }

  // ---------------------------------------------------------------- colours

  /** A stable colour per controller id (golden-angle hues from a string hash). */
  function colour(controller) {
    if (!controller) {
      return NO_CONTROLLER;
    }
    var h = 0;
    for (var i = 0; i < controller.length; i++) {
      h = (h * 31 + controller.charCodeAt(i)) >>> 0;
    }
    return "hsl(" + Math.round((h * 137.508) % 360) + ", 70%, 45%)";
  }

  // ---------------------------------------------------------------- drawing

  function el(name, attrs, ns) {
    var node = ns ? document.createElementNS(ns, name) : document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined) {
        node.setAttribute(k, String(attrs[k]));
      }
    });
    return node;
  }

  function text(name, value, attrs) {
    var node = el(name, attrs);
    node.textContent = value === null || value === undefined ? "" : String(value);
    return node;
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  function drawCountries(f) {
    clear(countriesLayer);
    if (!topology) {
      return;
    }
    topology.forEach(function (c) {
      var path = el("path", {d: pathData(f, c.polygons), "data-country": c.name}, SVGNS);
      path.appendChild(el("title", {}, SVGNS)).textContent = c.name;
      countriesLayer.appendChild(path);
    });
  }

  function drawPlaces(f, rows) {
    clear(placesLayer);
    clear(labelsLayer);
    var r = f.span / 80, size = f.span / 45;
    rows.filter(hasPoint).forEach(function (row) {
      var xy = project(f, row.lon, row.lat);
      var dot = el("circle", {
        cx: xy[0].toFixed(4), cy: xy[1].toFixed(4), r: r.toFixed(4),
        fill: colour(row.controller),
        "data-place": row.key, "data-name": row.name, "data-controller": row.controller || "",
        "data-status": row.status, "data-since": row.since || "",
        tabindex: 0, role: "button", "aria-label": row.name
      }, SVGNS);
      if (row.key === selected) {
        dot.setAttribute("class", "selected");
      }
      dot.appendChild(el("title", {}, SVGNS)).textContent =
        row.name + ": " + (row.controller || "no controller") + " (" + row.status + ")";
      dot.addEventListener("click", function (event) {
        event.stopPropagation();
        select(row.key);
      });
      dot.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          select(row.key);
        }
      });
      placesLayer.appendChild(dot);
      var label = el("text", {
        x: (xy[0] + r * 1.4).toFixed(4), y: (xy[1] + r * 0.5).toFixed(4),
        "font-size": size.toFixed(4), "data-label-for": row.key
      }, SVGNS);
      label.textContent = row.name;
      labelsLayer.appendChild(label);
    });
  }

  function drawLegend(rows) {
    var counts = {};
    rows.forEach(function (row) {
      var c = row.controller || "";
      counts[c] = (counts[c] || 0) + 1;
    });
    var list = document.getElementById("legend-controllers");
    clear(list);
    Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a < b ? -1 : 1);
    }).forEach(function (c) {
      var item = el("li", {"data-controller": c});
      var swatch = el("span", {"class": "swatch"});
      swatch.style.background = colour(c || null);
      item.appendChild(swatch);
      item.appendChild(text("span", (c || "no controller") + " (" + counts[c] + ")"));
      list.appendChild(item);
    });
    var statuses = document.getElementById("legend-status");
    if (!statuses.firstChild) {
      STATUSES.forEach(function (s) {
        var item = el("li", {"data-status": s[0]});
        item.appendChild(el("span", {"class": "swatch " + s[0]}));
        item.appendChild(text("span", s[1]));
        statuses.appendChild(item);
      });
    }
  }

  // ---------------------------------------------------------------- popup

  function actor(value) {
    if (Array.isArray(value)) {
      return value.join(" + ");
    }
    return value || "?";
  }

  function row(dl, term, value) {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) {
      return;
    }
    dl.appendChild(text("dt", term));
    dl.appendChild(text("dd", Array.isArray(value) ? value.join(", ") : value));
  }

  function select(key) {
    selected = key;
    Array.prototype.forEach.call(placesLayer.querySelectorAll("circle"), function (c) {
      var on = c.getAttribute("data-place") === key;
      c.classList.toggle("selected", on);
      if (on) {
        placesLayer.appendChild(c);  // on top of any point it overlaps
      }
    });
    showPopup();
  }

  function showPopup() {
    var place = places.filter(function (p) { return p.key === selected; })[0];
    if (!place) {
      popup.hidden = true;
      popup.removeAttribute("data-popup-for");
      return;
    }
    clear(popupBody);
    popupBody.appendChild(text("h3", place.name));
    var dl = el("dl");
    row(dl, "Controller", place.controller || "none (" + place.status + ")");
    row(dl, "Status", place.status);
    row(dl, "Since", place.since ? place.since + (place.precision ? " (" + place.precision + ")" : "") : "unknown");
    row(dl, "Last reported", place.last_reported);
    row(dl, "Claimants", place.claimants);
    row(dl, "Confidence", typeof place.confidence === "number" ? place.confidence.toFixed(2) : null);
    row(dl, "Country", place.country);
    row(dl, "Key", place.key);
    var deciding = place.deciding;
    if (deciding) {
      row(dl, "Deciding", deciding.kind + ": " + actor(deciding.winner) +
          (deciding.loser ? " from " + actor(deciding.loser) : "") + (deciding.when ? ", " + deciding.when : ""));
      row(dl, "Article", deciding.article_id + (deciding.source ? " (" + deciding.source + ")" : ""));
      row(dl, "Published", deciding.published);
    }
    popupBody.appendChild(dl);
    if (deciding && deciding.evidence) {
      popupBody.appendChild(text("blockquote", deciding.evidence, {"class": "evidence"}));
    }
    popup.setAttribute("data-popup-for", place.key);
    popup.hidden = false;
    positionPopup(place.key);
  }

  function positionPopup(key) {
    var dot = placesLayer.querySelector('circle[data-place="' + CSS.escape(key) + '"]');
    var main = popup.parentNode.getBoundingClientRect();
    var left = 16, top = 16;
    var width = popup.offsetWidth, height = popup.offsetHeight;
    if (dot) {
      var box = dot.getBoundingClientRect();
      var x = box.left - main.left, y = box.top - main.top;
      left = x > main.width / 2 ? x - width - 12 : x + box.width + 12;  // the side with more room
      top = y - height / 3;
    }
    left = Math.max(8, Math.min(left, main.width - width - 8));
    top = Math.max(8, Math.min(top, main.height - height - 8));
    popup.style.left = left + "px";
    popup.style.top = top + "px";
  }

  document.getElementById("popup-close").addEventListener("click", function () {
    selected = null;
    select(null);
  });
  svg.addEventListener("click", function () {
    select(null);
  });

  // ---------------------------------------------------------------- data

  /** Rows from /towns (a list of place states) or from a GeoJSON FeatureCollection. */
  function rowsOf(body) {
    if (Array.isArray(body)) {
      return body;
    }
    if (body && body.type === "FeatureCollection") {
      return body.features.map(function (f) {
        var props = Object.assign({}, f.properties || {});
        if (f.geometry && f.geometry.type === "Point") {
          props.lon = f.geometry.coordinates[0];
          props.lat = f.geometry.coordinates[1];
        }
        return props;
      });
    }
    throw new Error("unexpected answer from " + SOURCE);
  }

  function latest(rows) {
    return rows.map(function (r) { return r.since || ""; }).sort().pop() || "";
  }

  function render(rows) {
    places = rows;
    var f = frame(rows);
    var key = f.box.map(function (v) { return v.toFixed(3); }).join(",");
    if (key !== frameKey) {
      frameKey = key;
      svg.setAttribute("viewBox", key.split(",").join(" "));
      drawCountries(f);
    }
    drawPlaces(f, rows);
    drawLegend(rows);
    var drawn = rows.filter(hasPoint).length;
    var missing = rows.length - drawn;
    statusEl.textContent = drawn + " places" + (missing ? " (" + missing + " without coordinates)" : "") +
      " \u00b7 last change " + (latest(rows) || "none") +
      " \u00b7 updated " + new Date().toLocaleTimeString() + " \u00b7 every " + REFRESH_S + " s";
    statusEl.setAttribute("data-state", "ok");
    statusEl.setAttribute("data-count", String(drawn));
    statusEl.setAttribute("data-last-change", latest(rows));
    statusEl.setAttribute("data-updated", new Date().toISOString());
    if (selected) {
      select(selected);
    }
  }

  function fail(error) {
    statusEl.textContent = "could not load " + SOURCE + ": " + error.message + " (retrying every " + REFRESH_S + " s)";
    statusEl.setAttribute("data-state", "error");
  }

  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}, cache: "no-store"}).then(function (r) {
      if (!r.ok) {
        throw new Error(url + " answered " + r.status);
      }
      return r.json();
    });
  }

  function refresh() {
    return getJSON(SOURCE).then(rowsOf).then(render, fail).then(function () {
      window.setTimeout(refresh, REFRESH_S * 1000);
    });
  }

  getJSON("/map/countries-110m.json").then(function (topo) {
    topology = countries(topo);
  }, function (error) {
    fail(error);
  }).then(refresh);
})();
