/*
 * Or Communities: the map page's own script.
 *
 * Draws the map's data block (the JSON in <script id="orc-map-data">) with Leaflet's canvas
 * renderer and offers window.orMap, the API the app calls. leaflet_page.py inlines this file
 * into every map page: the one the app shows and the one-file HTML it exports.
 *
 * It only ever puts text into the page that Python escaped already, and only through
 * innerHTML of elements it created itself; data arrive as JSON, never as code.
 */
(function () {
  'use strict';
  var bridge = null, pendingCalls = [], inQt = (typeof qt !== 'undefined');
  var DEEPEST_ZOOM = 19;  // a building's entrance; OpenStreetMap's deepest tiles

  function callPython(name, args) {
    if (!inQt) { return; }
    if (bridge) { bridge[name].apply(bridge, args); } else { pendingCalls.push([name, args]); }
  }

  function connectBridge() {
    if (!inQt || typeof QWebChannel === 'undefined') { return; }
    new QWebChannel(qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge;
      pendingCalls.forEach(function (call) { bridge[call[0]].apply(bridge, call[1]); });
      pendingCalls = [];
    });
  }

  // Creates an element holding text that Python has already escaped.
  // dir="auto" on each text lets a Latin name read left to right inside a right-to-left box.
  function escapedElement(tag, className, escapedHtml, dir) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    element.setAttribute('dir', dir || 'auto');
    element.innerHTML = escapedHtml;
    return element;
  }

  function popupContent(escapedName, rows, dir) {
    var box = escapedElement('div', 'orc-popup', '', dir);
    box.appendChild(escapedElement('b', '', escapedName));
    if (rows.length) {
      var table = document.createElement('table');
      rows.forEach(function (row) {
        var tr = document.createElement('tr');
        tr.appendChild(escapedElement('td', 'orc-label-cell', row[0]));
        tr.appendChild(escapedElement('td', '', row[1]));
        table.appendChild(tr);
      });
      box.appendChild(table);
    }
    return box;
  }

  // Rings arrive flat, [x0, y0, x1, y1, ...], in whole units of 1/scale degree (see compact_geometry).
  function ringLatLngs(flat, scale) {
    var latlngs = new Array(flat.length / 2);
    for (var i = 0, j = 0; i < flat.length; i += 2, j++) {
      latlngs[j] = new L.LatLng(flat[i + 1] / scale, flat[i] / scale);
    }
    return latlngs;
  }

  function geometryLatLngs(geometry, scale) {
    function polygon(rings) { return rings.map(function (ring) { return ringLatLngs(ring, scale); }); }
    return geometry.type === 'Polygon' ? polygon(geometry.coordinates) : geometry.coordinates.map(polygon);
  }

  function roundedLatLngs(latlngs) {
    return latlngs.map(function (p) { return [+p.lng.toFixed(6), +p.lat.toFixed(6)]; });
  }

  // Every point of every point layer as ONE path on the shared canvas: a few typed arrays instead
  // of thousands of markers, painted in one pass per layer, found under the mouse through a grid.
  var GRID_CELL = 32;  // pixels; larger than a point's reach, so a hit is within the 3x3 cells around
  var PointCloud = L.Path.extend({
    initialize: function (pointLayers, scale, options) {
      L.setOptions(this, options);
      this._pointLayers = pointLayers;
      this._shown = pointLayers.map(function () { return false; });
      this._starts = [];
      var total = 0;
      pointLayers.forEach(function (layer) { this._starts.push(total); total += layer.keys.length; }, this);
      this._lat = new Float64Array(total);
      this._lng = new Float64Array(total);
      this._layerOf = new Uint16Array(total);
      this._x = new Float64Array(total);
      this._y = new Float64Array(total);
      pointLayers.forEach(function (layer, index) {
        var start = this._starts[index], flat = layer.coordinates;
        for (var i = 0; i < layer.keys.length; i++) {
          this._lng[start + i] = flat[2 * i] / scale;
          this._lat[start + i] = flat[2 * i + 1] / scale;
          this._layerOf[start + i] = index;
        }
      }, this);
      this._grid = null;
      this._hit = -1;
    },

    setLayerShown: function (index, shown) {
      this._shown[index] = shown;
      if (this._map) { this._renderer._requestRedraw(this); }
    },
    // The point found by the renderer's last hit test (it runs just before each mouse event fires).
    hitPoint: function () { return this._hit; },
    pointLatLng: function (index) { return L.latLng(this._lat[index], this._lng[index]); },
    pointRecord: function (index) {
      var layerIndex = this._layerOf[index], layer = this._pointLayers[layerIndex];
      var i = index - this._starts[layerIndex];
      return {key: layer.keys[i], name: layer.names[i], rows: layer.rows[i]};
    },

    _reach: function () { return this.options.radius + this._clickTolerance(); },

    _project: function () {
      var map = this._map, crs = map.options.crs, zoom = map.getZoom(), origin = map.getPixelOrigin();
      var latlng = {lat: 0, lng: 0}, count = this._x.length;
      var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
      for (var i = 0; i < count; i++) {
        latlng.lat = this._lat[i];
        latlng.lng = this._lng[i];
        var point = crs.latLngToPoint(latlng, zoom);
        var x = this._x[i] = Math.round(point.x) - origin.x;
        var y = this._y[i] = Math.round(point.y) - origin.y;
        if (x < minX) { minX = x; }
        if (x > maxX) { maxX = x; }
        if (y < minY) { minY = y; }
        if (y > maxY) { maxY = y; }
      }
      var reach = this._reach();
      this._pxBounds = count ? L.bounds([minX - reach, minY - reach], [maxX + reach, maxY + reach]) : null;
      this._grid = null;  // built again on the first hit test at this zoom
    },

    _update: function () {},  // nothing to clip: _updatePath paints only what the canvas shows

    // One small picture of a point per layer, stamped at every point: a canvas rasterises ten
    // thousand copied pictures far faster than one path of ten thousand circles.
    _stamp: function (color) {
      this._stamps = this._stamps || {};
      if (this._stamps[color]) { return this._stamps[color]; }
      var options = this.options, ratio = L.Browser.retina ? 2 : 1, size = this._stampSize();
      var stamp = document.createElement('canvas');
      stamp.width = stamp.height = size * ratio;
      var ctx = stamp.getContext('2d');
      ctx.scale(ratio, ratio);
      ctx.beginPath();
      ctx.arc(size / 2, size / 2, options.radius, 0, Math.PI * 2);
      ctx.globalAlpha = options.fillOpacity;
      ctx.fillStyle = color;
      ctx.fill();
      ctx.globalAlpha = 1;
      ctx.lineWidth = options.weight;
      ctx.strokeStyle = options.color;
      ctx.stroke();
      this._stamps[color] = stamp;
      return stamp;
    },

    _stampSize: function () { return 2 * Math.ceil(this.options.radius + this.options.weight); },

    _updatePath: function () {
      var renderer = this._renderer;
      if (!renderer._drawing) { return; }
      var ctx = renderer._ctx, shown = renderer._redrawBounds || renderer._bounds;
      var size = this._stampSize(), half = size / 2;
      var minX = shown.min.x - half, maxX = shown.max.x + half;
      var minY = shown.min.y - half, maxY = shown.max.y + half;
      ctx.globalAlpha = 1;
      this._pointLayers.forEach(function (layer, index) {
        if (!this._shown[index]) { return; }
        var stamp = this._stamp(layer.color), end = this._starts[index] + layer.keys.length;
        for (var i = this._starts[index]; i < end; i++) {
          var x = this._x[i], y = this._y[i];
          if (x < minX || x > maxX || y < minY || y > maxY) { continue; }
          ctx.drawImage(stamp, x - half, y - half, size, size);
        }
      }, this);
    },

    _containsPoint: function (p) {
      this._hit = this._nearestShownPoint(p.x, p.y);
      return this._hit >= 0;
    },

    _cellKey: function (column, row) {
      return column * 4194304 + row;  // a collision only adds candidates; each one is measured
    },

    _cells: function () {
      if (this._grid) { return this._grid; }
      var grid = new Map();
      for (var i = 0; i < this._x.length; i++) {
        var key = this._cellKey(Math.floor(this._x[i] / GRID_CELL), Math.floor(this._y[i] / GRID_CELL));
        var members = grid.get(key);
        if (members) { members.push(i); } else { grid.set(key, [i]); }
      }
      this._grid = grid;
      return grid;
    },

    _nearestShownPoint: function (x, y) {
      var reach = this._reach(), grid = this._cells(), best = -1, bestDistance = reach * reach;
      var lastColumn = Math.floor((x + reach) / GRID_CELL), lastRow = Math.floor((y + reach) / GRID_CELL);
      for (var column = Math.floor((x - reach) / GRID_CELL); column <= lastColumn; column++) {
        for (var row = Math.floor((y - reach) / GRID_CELL); row <= lastRow; row++) {
          var members = grid.get(this._cellKey(column, row)) || [];
          for (var k = 0; k < members.length; k++) {
            var i = members[k];
            if (!this._shown[this._layerOf[i]]) { continue; }
            var dx = this._x[i] - x, dy = this._y[i] - y, distance = dx * dx + dy * dy;
            if (distance <= bestDistance) { best = i; bestDistance = distance; }
          }
        }
      }
      return best;
    }
  });

  // What the layer control and setLayerVisible add and remove for one point layer:
  // it shows or hides that layer's points in the shared PointCloud.
  // Its line in the key is greyed while the layer is hidden.
  var PointLayerSwitch = L.Layer.extend({
    initialize: function (cloud, index) {
      this._cloud = cloud; this._index = index; this._keyLine = null; this._shown = false;
    },
    onAdd: function () { this._show(true); },
    onRemove: function () { this._show(false); },
    setKeyLine: function (line) { this._keyLine = line; this._markKeyLine(); },
    _show: function (shown) {
      this._shown = shown;
      this._cloud.setLayerShown(this._index, shown);
      this._markKeyLine();
    },
    _markKeyLine: function () {
      if (this._keyLine) { (this._shown ? L.DomUtil.removeClass : L.DomUtil.addClass)(this._keyLine, 'orc-key-off'); }
    }
  });

  // --- area names ------------------------------------------------------------------------------
  // As many names as fit: larger areas first, and a name is left out where its box would touch
  // one already placed. The placement depends only on the zoom, so it is worked out once per zoom
  // for every area (panning never reshuffles it); only the names whose box is in view are in the page.
  var LABEL_GAP = 4;  // pixels kept clear around every name
  // A name's font is set here, not in the styles: names are measured with it before any is laid out.
  var LABEL_FONT = 'bold 12px "Noto Sans Hebrew", "Noto Sans", Arial, sans-serif';
  var LABEL_LINE_HEIGHT = 16;  // pixels, the height of a name's box
  var LABEL_CELL = 64;  // pixels; the side of a cell of the grid that finds neighbouring boxes

  // The anchor (centroid of the largest part's outer ring) and that part's size, in scaled degrees.
  function areaAnchor(geometry) {
    var outerRings = geometry.type === 'Polygon' ? [geometry.coordinates[0]]
      : geometry.coordinates.map(function (polygon) { return polygon[0]; });
    var best = {size: -1, x: 0, y: 0};
    outerRings.forEach(function (ring) {
      var found = ringCentroid(ring);
      if (found.size > best.size) { best = found; }
    });
    return best;
  }

  // Shoelace over a flat ring, relative to its first vertex to keep the products small.
  function ringCentroid(flat) {
    var x0 = flat[0], y0 = flat[1], twiceArea = 0, cx = 0, cy = 0;
    for (var i = 2; i + 3 < flat.length; i += 2) {
      var ax = flat[i] - x0, ay = flat[i + 1] - y0, bx = flat[i + 2] - x0, by = flat[i + 3] - y0;
      var cross = ax * by - bx * ay;
      twiceArea += cross;
      cx += (ax + bx) * cross;
      cy += (ay + by) * cross;
    }
    if (twiceArea === 0) { return {size: 0, x: x0, y: y0}; }
    return {size: Math.abs(twiceArea) / 2, x: x0 + cx / (3 * twiceArea), y: y0 + cy / (3 * twiceArea)};
  }

  var decoder = document.createElement('textarea');
  // The text a user sees for a name that Python escaped: entities decoded, never parsed as markup.
  function shownText(escapedHtml) {
    if (escapedHtml.indexOf('&') < 0) { return escapedHtml; }
    decoder.innerHTML = escapedHtml;
    return decoder.value;
  }

  var LabelLayer = L.Layer.extend({
    initialize: function (records, scale, areasShown) {
      this._records = records;
      this._areasShown = areasShown;
      this._anchors = records.map(function (record) {
        var anchor = areaAnchor(record[5]);
        return {latlng: L.latLng(anchor.y / scale, anchor.x / scale), size: anchor.size};
      });
      this._order = records.map(function (record, index) { return index; });
      var anchors = this._anchors;
      this._order.sort(function (a, b) { return anchors[b].size - anchors[a].size; });
      this._widths = new Float64Array(records.length).fill(-1);
      this._elements = new Array(records.length);
      this._shown = new Map();  // area index -> its element, for the names in the page now
      this._placements = new Map();  // zoom -> [index, left, top, right, bottom, ...] in absolute pixels
      this._context = document.createElement('canvas').getContext('2d');
      this._context.font = LABEL_FONT;
    },

    onAdd: function (map) {
      this._container = L.DomUtil.create('div', 'orc-labels leaflet-zoom-hide', map.getPane('orcLabels'));
      this.refresh();
    },

    onRemove: function () {
      L.DomUtil.remove(this._container);
      this._shown.clear();
    },

    getEvents: function () { return {moveend: this.refresh}; },

    // The keys of the areas whose names are shown now.
    shownKeys: function () {
      var records = this._records, keys = [];
      this._shown.forEach(function (element, index) { keys.push(records[index][0]); });
      return keys;
    },

    refresh: function () {
      if (!this._map) { return; }
      var map = this._map, shown = this._shown, next = new Map();
      if (this._areasShown() && map.getSize().x > 0) {
        var view = map.getPixelBounds(), origin = map.getPixelOrigin();
        var boxes = this._placementAt(map.getZoom());
        for (var k = 0; k < boxes.length; k += 5) {
          if (boxes[k + 3] < view.min.x || boxes[k + 1] > view.max.x || boxes[k + 4] < view.min.y || boxes[k + 2] > view.max.y) {
            continue;
          }
          var index = boxes[k], element = shown.get(index) || this._element(index);
          L.DomUtil.setPosition(element, L.point(boxes[k + 1] + LABEL_GAP / 2 - origin.x, boxes[k + 2] + LABEL_GAP / 2 - origin.y));
          if (!shown.has(index)) { this._container.appendChild(element); }
          next.set(index, element);
        }
      }
      shown.forEach(function (element, index) { if (!next.has(index)) { L.DomUtil.remove(element); } });
      this._shown = next;
    },

    _width: function (index) {
      if (this._widths[index] < 0) {
        this._widths[index] = Math.ceil(this._context.measureText(shownText(this._records[index][1])).width);
      }
      return this._widths[index];
    },

    _element: function (index) {
      if (!this._elements[index]) {
        var element = escapedElement('span', 'orc-label', this._records[index][1]);
        element.style.font = LABEL_FONT;
        element.style.lineHeight = LABEL_LINE_HEIGHT + 'px';
        this._elements[index] = element;
      }
      return this._elements[index];
    },

    _placementAt: function (zoom) {
      if (!this._placements.has(zoom)) { this._placements.set(zoom, this._place(zoom)); }
      return this._placements.get(zoom);
    },

    _place: function (zoom) {
      var map = this._map, grid = new Map(), boxes = [], half = (LABEL_LINE_HEIGHT + LABEL_GAP) / 2;
      for (var k = 0; k < this._order.length; k++) {
        var index = this._order[k], at = map.project(this._anchors[index].latlng, zoom);
        // A name whose anchor alone is already covered cannot fit: no need to measure it.
        if (this._overlaps(grid, boxes, at.x - half, at.y - half, at.x + half, at.y + half)) { continue; }
        var halfWidth = (this._width(index) + LABEL_GAP) / 2;
        var left = at.x - halfWidth, top = at.y - half, right = at.x + halfWidth, bottom = at.y + half;
        if (this._overlaps(grid, boxes, left, top, right, bottom)) { continue; }
        this._occupy(grid, boxes.length, left, top, right, bottom);
        boxes.push(index, left, top, right, bottom);
      }
      return boxes;
    },

    _overlaps: function (grid, boxes, left, top, right, bottom) {
      var lastColumn = Math.floor(right / LABEL_CELL), lastRow = Math.floor(bottom / LABEL_CELL);
      for (var column = Math.floor(left / LABEL_CELL); column <= lastColumn; column++) {
        for (var row = Math.floor(top / LABEL_CELL); row <= lastRow; row++) {
          var members = grid.get(column * 4194304 + row);
          if (!members) { continue; }
          for (var m = 0; m < members.length; m++) {
            var b = members[m];
            if (left < boxes[b + 3] && right > boxes[b + 1] && top < boxes[b + 4] && bottom > boxes[b + 2]) { return true; }
          }
        }
      }
      return false;
    },

    _occupy: function (grid, box, left, top, right, bottom) {
      var lastColumn = Math.floor(right / LABEL_CELL), lastRow = Math.floor(bottom / LABEL_CELL);
      for (var column = Math.floor(left / LABEL_CELL); column <= lastColumn; column++) {
        for (var row = Math.floor(top / LABEL_CELL); row <= lastRow; row++) {
          var key = column * 4194304 + row, members = grid.get(key);
          if (members) { members.push(box); } else { grid.set(key, [box]); }
        }
      }
    }
  });

  window.orcStartMap = function (map, data) {
    var dir = data.rtl ? 'rtl' : 'ltr';
    var near = data.rtl ? 'right' : 'left', far = data.rtl ? 'left' : 'right';
    var scale = data.coordinateScale;
    var renderer = L.canvas({padding: 0.1, tolerance: 4});
    var areaStyle = {renderer: renderer, color: '#444', weight: 1, opacity: 0.9, fillOpacity: 0.45};
    var selectedStyle = {color: '#111', weight: 4, opacity: 1, fillOpacity: 0.6};
    var areasByKey = {}, areaGroup = L.featureGroup(), pointSwitches = {};
    var firstDrawDone = false, selectedKeys = [], tool = null;
    var sharedTip = L.tooltip({direction: 'top', offset: [0, -6], className: 'orc-tip'});
    var sharedPopup = L.popup({maxWidth: 320});

    if (data.rtl) { L.DomUtil.addClass(map.getContainer(), 'orc-rtl'); }
    L.control.zoom({position: 'top' + far}).addTo(map);
    map.attributionControl.setPrefix('Leaflet');
    // A hidden view has no size, and fitting bounds into nothing gives NaN: fit once it has one.
    function fitWhenSized(bounds) {
      var size = map.getSize();
      if (size.x > 0 && size.y > 0) { map.fitBounds(bounds, {padding: [8, 8], animate: false}); return; }
      map.once('resize', function () { fitWhenSized(bounds); });
    }
    fitWhenSized(data.bounds);

    if (data.tiles) {
      // Past the tiles' deepest zoom the map keeps zooming: Leaflet scales those tiles up, and the shapes, drawn
      // as vectors, stay sharp.
      L.tileLayer(data.tiles.url, {attribution: data.tiles.attribution, maxNativeZoom: data.tiles.maxZoom,
        maxZoom: DEEPEST_ZOOM}).addTo(map);
    }
    if (data.boundary) {
      L.polygon(geometryLatLngs(data.boundary, scale), {renderer: renderer, interactive: false,
        color: '#333', weight: 2, dashArray: '6 4', fill: false}).addTo(map);
    }

    function showTip(event, escapedText) {
      if (tool) { return; }
      sharedTip.setContent(escapedElement('div', '', escapedText, dir)).setLatLng(event.latlng);
      if (!map.hasLayer(sharedTip)) { sharedTip.addTo(map); }
    }
    function moveTip(event) { if (map.hasLayer(sharedTip)) { sharedTip.setLatLng(event.latlng); } }
    function hideTip() { map.closeTooltip(sharedTip); }
    function openPopup(latlng, escapedName, rows) {
      sharedPopup.setLatLng(latlng).setContent(popupContent(escapedName, rows, dir)).openOn(map);
    }

    data.areas.forEach(function (record) {
      var layer = L.polygon(geometryLatLngs(record[5], scale), L.extend({fillColor: record[2]}, areaStyle));
      layer.orcArea = record;
      areasByKey[record[0]] = layer;
      areaGroup.addLayer(layer);
    });
    areaGroup.on('mouseover', function (e) { showTip(e, e.layer.orcArea[3]); });
    areaGroup.on('mousemove', moveTip);
    areaGroup.on('mouseout', hideTip);
    areaGroup.on('click', function (e) {
      if (tool) { return; }  // the map's own click handler serves the tool
      L.DomEvent.stopPropagation(e);
      var record = e.layer.orcArea;
      if (record[4].length || data.standalone) { openPopup(e.latlng, record[1], record[4]); }
      callPython('areaClicked', [record[0]]);
    });
    areaGroup.addTo(map);

    var points = new PointCloud(data.pointLayers, scale,
      {renderer: renderer, radius: 5, color: '#fff', weight: 1, fillOpacity: 0.95});
    var hoveredPoint = -1;
    points.on('mouseover mousemove', function (e) {
      var hit = points.hitPoint();
      if (hit === hoveredPoint) { return; }
      hoveredPoint = hit;
      showTip({latlng: points.pointLatLng(hit)}, points.pointRecord(hit).name);
    });
    points.on('mouseout', function () { hoveredPoint = -1; hideTip(); });
    points.on('click', function (e) {
      if (tool) { return; }
      L.DomEvent.stopPropagation(e);
      var hit = points.hitPoint(), record = points.pointRecord(hit);
      openPopup(points.pointLatLng(hit), record.name, record.rows);
      callPython('pointClicked', [record.key]);
    });
    if (data.pointLayers.length) { points.addTo(map); }
    data.pointLayers.forEach(function (pointLayer, index) {
      pointSwitches[pointLayer.key] = new PointLayerSwitch(points, index);
      if (pointLayer.visible) { pointSwitches[pointLayer.key].addTo(map); }
    });

    // Names on the map, above the areas and points and below tooltips and popups; see LabelLayer.
    map.createPane('orcLabels').style.zIndex = 450;
    var labels = new LabelLayer(data.areas, scale, function () { return map.hasLayer(areaGroup); });
    areaGroup.on('add remove', labels.refresh, labels);
    labels.addTo(map);

    // The key: what each color of the areas means, a dot for each point layer, the city's boundary.
    function keyLine(className, symbol, escapedLabel) {
      var line = document.createElement('div');
      line.className = 'orc-key-line ' + className;
      var mark = document.createElement('span');
      mark.className = symbol.className;
      if (symbol.color) { mark.style.background = symbol.color; }
      line.appendChild(mark);
      line.appendChild(escapedElement('span', 'orc-key-label', escapedLabel));
      return line;
    }

    function keyBox() {
      var box = escapedElement('div', 'orc-legend', '', dir);
      if (data.legendTitle) { box.appendChild(escapedElement('div', 'orc-legend-title', data.legendTitle)); }
      data.legend.forEach(function (entry) {
        box.appendChild(keyLine('orc-key-area', {className: 'orc-swatch', color: entry[0]}, entry[1]));
      });
      if (data.pointLayers.length && data.pointLayersTitle) {
        box.appendChild(escapedElement('div', 'orc-legend-title orc-key-points-title', data.pointLayersTitle));
      }
      data.pointLayers.forEach(function (pointLayer) {
        var line = keyLine('orc-key-point', {className: 'orc-dot', color: pointLayer.color}, pointLayer.title);
        line.setAttribute('data-layer', pointLayer.key);
        pointSwitches[pointLayer.key].setKeyLine(line);
        box.appendChild(line);
      });
      if (data.boundary && data.boundaryTitle) {
        box.appendChild(keyLine('orc-key-boundary', {className: 'orc-boundary-line'}, data.boundaryTitle));
      }
      L.DomEvent.disableClickPropagation(box);
      return box;
    }

    if (data.legend.length || data.legendTitle || data.pointLayers.length) {
      var legend = L.control({position: 'bottom' + near});
      legend.onAdd = keyBox;
      legend.addTo(map);
    }

    if (data.standalone) {
      var overlays = {};
      overlays[data.areaLayerTitle || '&#9632;'] = areaGroup;
      data.pointLayers.forEach(function (pointLayer) { overlays[pointLayer.title] = pointSwitches[pointLayer.key]; });
      var layersControl = L.control.layers(null, overlays, {position: 'top' + near, collapsed: false}).addTo(map);
      layersControl.getContainer().setAttribute('dir', dir);
    }

    // --- tools: drawing a polygon, editing one, placing a point ------------------------------------

    function toolCursor(on) {
      var container = map.getContainer();
      if (on) {
        L.DomUtil.addClass(container, 'leaflet-crosshair');
      } else {
        L.DomUtil.removeClass(container, 'leaflet-crosshair');
      }
    }

    function endTool() {
      if (!tool) { return; }
      var ending = tool;
      tool = null;
      ending.cleanup();
      toolCursor(false);
    }

    var draftGroup = L.layerGroup().addTo(map);

    function drawingTool() {
      var vertices = [];
      var outline = L.polyline([], {renderer: renderer, interactive: false, color: '#1565c0', weight: 2})
        .addTo(draftGroup);
      var guide = L.polyline([], {renderer: renderer, interactive: false, color: '#1565c0', weight: 1, dashArray: '4 4'})
        .addTo(draftGroup);
      var handles = L.layerGroup().addTo(draftGroup);
      map.doubleClickZoom.disable();

      function pixelDistance(a, b) { return map.latLngToContainerPoint(a).distanceTo(map.latLngToContainerPoint(b)); }
      function finish() {
        if (vertices.length < 3) { return; }
        var ring = roundedLatLngs(vertices);
        ring.push(ring[0]);
        var geometry = {type: 'Polygon', coordinates: [ring]};
        endTool();
        L.polygon(vertices, {renderer: renderer, interactive: false, color: '#1565c0', dashArray: '6 4', fillOpacity: 0.2})
          .addTo(draftGroup);
        api.lastDrawn = JSON.stringify(geometry);
        callPython('shapeDrawn', [api.lastDrawn]);
      }
      return {
        click: function (e) {
          if (vertices.length >= 3 && pixelDistance(e.latlng, vertices[0]) <= 10) { finish(); return; }
          if (vertices.length && pixelDistance(e.latlng, vertices[vertices.length - 1]) <= 3) { return; }
          vertices.push(e.latlng);
          outline.setLatLngs(vertices);
          L.circleMarker(e.latlng, {renderer: renderer, interactive: false, radius: vertices.length === 1 ? 7 : 4,
            color: '#1565c0', fillColor: '#fff', fillOpacity: 1, weight: 2}).addTo(handles);
        },
        dblclick: finish,
        move: function (e) {
          if (vertices.length) { guide.setLatLngs([vertices[vertices.length - 1], e.latlng]); }
        },
        enter: finish,
        cleanup: function () {
          draftGroup.removeLayer(outline); draftGroup.removeLayer(guide); draftGroup.removeLayer(handles);
          setTimeout(function () { map.doubleClickZoom.enable(); }, 0);
        }
      };
    }

    function copyLatLngs(latlngs) {
      return latlngs.map(function (item) {
        return Array.isArray(item) ? copyLatLngs(item) : L.latLng(item.lat, item.lng);
      });
    }

    function rings(latlngs) {
      return Array.isArray(latlngs[0]) ? [].concat.apply([], latlngs.map(rings)) : [latlngs];
    }

    function editingTool(key) {
      var layer = areasByKey[key];
      var original = copyLatLngs(layer.getLatLngs());
      var latlngs = layer.getLatLngs();
      var handles = L.layerGroup().addTo(map);
      layer.setStyle(selectedStyle).bringToFront();
      keepPointsOnTop();
      rings(latlngs).forEach(function (ring) {
        ring.forEach(function (vertex, index) {
          var handle = L.marker(vertex, {draggable: true, keyboard: false,
            icon: L.divIcon({className: 'orc-handle', iconSize: [12, 12]})}).addTo(handles);
          handle.on('drag', function () { ring[index] = handle.getLatLng(); layer.setLatLngs(latlngs); });
        });
      });
      var done = L.control({position: 'top' + near});
      done.onAdd = function () {
        var button = escapedElement('button', 'orc-done', data.doneLabel);
        button.type = 'button';
        L.DomEvent.disableClickPropagation(button);
        L.DomEvent.on(button, 'click', finish);
        return button;
      };
      done.addTo(map);
      var finished = false;
      function finish() {
        finished = true;
        var geometry = layer.toGeoJSON(6).geometry;
        endTool();
        api.lastEdited = JSON.stringify(geometry);
        callPython('shapeEdited', [key, api.lastEdited]);
      }
      return {
        click: function () {}, dblclick: function () {}, move: function () {}, enter: finish,
        cleanup: function () {
          map.removeLayer(handles);
          done.remove();
          if (!finished) { layer.setLatLngs(original); }
          layer.setStyle(selectedKeys.indexOf(key) >= 0 ? selectedStyle : areaStyle);
        }
      };
    }

    function placingTool() {
      return {
        click: function (e) {
          endTool();
          callPython('mapClicked', [e.latlng.lat, e.latlng.lng]);
        },
        dblclick: function () {}, move: function () {}, enter: function () {}, cleanup: function () {}
      };
    }

    function startTool(make) {
      endTool();
      draftGroup.clearLayers();
      hideTip();
      map.closePopup();
      tool = make();
      toolCursor(true);
    }

    function reportView() {
      var shown = map.getBounds();
      callPython('viewChanged', [shown.getWest(), shown.getSouth(), shown.getEast(), shown.getNorth()]);
    }
    map.on('moveend', reportView);
    map.on('click', function (e) {
      if (tool) { tool.click(e); return; }
      callPython('mapClicked', [e.latlng.lat, e.latlng.lng]);
    });
    map.on('dblclick', function (e) { if (tool) { tool.dblclick(e); } });
    map.on('mousemove', function (e) { if (tool) { tool.move(e); } });
    document.addEventListener('keydown', function (e) {
      if (!tool) { return; }
      if (e.key === 'Escape') { endTool(); draftGroup.clearLayers(); }
      if (e.key === 'Enter') { tool.enter(); }
    });

    // --- the API the app calls ----------------------------------------------------------

    var api = {
      lastDrawn: null,
      lastEdited: null,
      // Highlights exactly the known keys among ``keys``; returns them, in the order given.
      selectAreas: function (keys) {
        var wanted = [];
        (keys || []).forEach(function (key) {
          if (areasByKey.hasOwnProperty(key) && wanted.indexOf(key) < 0) { wanted.push(key); }
        });
        selectedKeys.forEach(function (key) {
          if (wanted.indexOf(key) < 0) { areasByKey[key].setStyle(areaStyle); }
        });
        var added = wanted.filter(function (key) { return selectedKeys.indexOf(key) < 0; });
        added.forEach(function (key) { areasByKey[key].setStyle(selectedStyle).bringToFront(); });
        if (added.length) { keepPointsOnTop(); }
        selectedKeys = wanted;
        return wanted.slice();
      },
      selectArea: function (key) { return api.selectAreas([key]).length === 1; },
      selectedAreas: function () { return selectedKeys.slice(); },
      // The selected area when exactly one is selected, else null.
      selectedArea: function () { return selectedKeys.length === 1 ? selectedKeys[0] : null; },
      showAreaPopup: function (key) {
        if (!areasByKey.hasOwnProperty(key)) { return false; }
        var record = areasByKey[key].orcArea;
        openPopup(areasByKey[key].getCenter(), record[1], record[4]);
        return true;
      },
      areaWeight: function (key) { return areasByKey.hasOwnProperty(key) ? areasByKey[key].options.weight : null; },
      areaScreenPoint: function (key) {
        var point = map.latLngToContainerPoint(areasByKey[key].getCenter());
        return [point.x, point.y];
      },
      zoomLevel: function () { return map.getZoom(); },
      setZoomLevel: function (zoom) { map.setZoom(zoom, {animate: false}); return map.getZoom(); },
      screenPoint: function (lat, lon) {
        var point = map.latLngToContainerPoint([lat, lon]);
        return [point.x, point.y];
      },
      // What the map shows now: [west, south, east, north].
      shownBounds: function () {
        var shown = map.getBounds();
        return [shown.getWest(), shown.getSouth(), shown.getEast(), shown.getNorth()];
      },
      restoreView: function (west, south, east, north) {
        // The view the user had: the deepest zoom at which the map still lies inside those bounds.
        var shown = L.latLngBounds([[south, west], [north, east]]);
        map.setView(shown.getCenter(), map.getBoundsZoom(shown, true), {animate: false});
      },
      zoomToBounds: function (west, south, east, north) {
        fitWhenSized([[south, west], [north, east]]);
      },
      setLayerVisible: function (key, visible) {
        var group = key === 'areas' ? areaGroup : pointSwitches[key];
        if (!group) { return false; }
        if (visible) { group.addTo(map); } else { map.removeLayer(group); }
        return true;
      },
      startDrawing: function () { startTool(drawingTool); },
      startEditing: function (key) {
        if (!areasByKey.hasOwnProperty(key)) { return false; }
        startTool(function () { return editingTool(key); });
        return true;
      },
      startPlacingPoint: function () { startTool(placingTool); },
      cancelTool: function () { endTool(); draftGroup.clearLayers(); },
      finishTool: function () { if (tool) { tool.enter(); } },
      activeTool: function () { return tool !== null; },
      // The keys of the areas whose names the map shows now.
      labelledAreas: function () { return labels.shownKeys(); },
      drawnShapeCount: function () {
        if (!firstDrawDone) { return 0; }
        var count = map.hasLayer(areaGroup) ? data.areas.length : 0;
        data.pointLayers.forEach(function (pointLayer) {
          if (map.hasLayer(pointSwitches[pointLayer.key])) { count += pointLayer.keys.length; }
        });
        return count;
      }
    };
    // Selected areas come to the front of the canvas; the points stay above them.
    function keepPointsOnTop() { if (points._map) { points.bringToFront(); } }

    window.orMap = api;
    connectBridge();

    // The canvas draws on the next animation frame; report once that frame has been painted.
    L.Util.requestAnimFrame(function () {
      firstDrawDone = true;
      var drawn = api.drawnShapeCount();
      document.body.setAttribute('data-drawn-shapes', String(drawn));
      reportView();
      callPython('pageReady', [drawn]);
    });
  };
})();
