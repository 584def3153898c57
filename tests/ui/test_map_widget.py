"""The map widget in the real QtWebEngine: served through orc://, drawn, clickable, safe and offline."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWebEngineCore import QWebEnginePage

from or_communities.maps.leaflet_page import (
    LegendEntry,
    MapArea,
    MapContent,
    MapPoint,
    PointLayer,
    build_map_page,
)
from or_communities.maps.tile_packages import (
    MBTILES_URL,
    ONLINE_TILES,
    choose_tile_source,
)
from or_communities.ui.widgets.map_widget import MapWidget
from tests.geodata import shared_geodata
from tests.map_page_checks import (
    KEY_POINT_LINES,
    LABEL_BOXES,
    LABELLED_AREAS,
    POPUP_LAYOUT,
    SHOWN_BOUNDS,
    contains,
    css_rgb,
    fit_ratio,
    geometry_bounds,
    intersecting_pairs,
    multicity_areas,
    multicity_city_keys,
    tlv_boundary,
)

TLV = "tlv-neighborhoods-wgs84/neighborhoods.geojson"
MULTICITY = "israel-neighborhoods-multicity-wgs84/neighborhoods.geojson"
COLORS = ("#66bb6a", "#42a5f5", "#ffa726", "#ab47bc")
HOSTILE_NAMES = (
    '<img src=x onerror="window.orcCanary=1">',
    "</script><script>window.orcCanary=2</script>",
    "${window.orcCanary=3}",
    "`backticks` and \\back\\slashes\\",
    "\u202eשם הפוך",
)
LOAD_TIMEOUT = 20_000


def _tlv_areas() -> tuple[MapArea, ...]:
    features = json.loads(shared_geodata(TLV).read_text(encoding="utf-8"))["features"]
    return tuple(
        MapArea(
            key=f"n{index}", name=feature["properties"]["neighborhood"], geometry=feature["geometry"],
            color=COLORS[index % len(COLORS)], tooltip=feature["properties"]["neighborhood"],
            popup_rows=(("תושבים", str(1000 + index)),),
        )
        for index, feature in enumerate(features)
    )


def _content(areas: tuple[MapArea, ...], points: tuple[MapPoint, ...] = (), **extra) -> MapContent:
    layers = (PointLayer(key="centres", title="מרכזים קהילתיים", color="#e53935", points=points),) if points else ()
    return MapContent(
        title="תל אביב-יפו", right_to_left=True, areas=areas, legend_title="מקרא",
        legend=tuple(LegendEntry(color, f"קבוצה {index}") for index, color in enumerate(COLORS)),
        point_layers=layers, area_layer_title="שכונות", **extra,
    )


def _points_in(area: MapArea, count: int) -> tuple[MapPoint, ...]:
    ring = area.geometry["coordinates"][0] if area.geometry["type"] == "Polygon" else area.geometry["coordinates"][0][0]
    return tuple(
        MapPoint(key=f"p{index}", name=f"מרכז {index}", longitude=ring[index][0], latitude=ring[index][1])
        for index in range(count)
    )


@pytest.fixture
def map_widget(qtbot) -> MapWidget:
    widget = MapWidget()
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def show(qtbot, widget: MapWidget, content: MapContent) -> int:
    """Load ``content``, wait until it is drawn and the page takes mouse input; the number drawn."""
    with qtbot.waitSignal(widget.ready, timeout=LOAD_TIMEOUT) as ready:
        widget.show_content(content)
    wait_for_mouse_input(qtbot, widget)
    return ready.args[0]


def wait_for_mouse_input(qtbot, widget: MapWidget) -> None:
    """Chromium may drop the first clicks after a load; click an empty corner until the page sees one."""
    run_js(qtbot, widget, "document.addEventListener('mousedown', () => { window.mouseSeen = true; }); 1")
    corner = QPoint(3, widget.view.height() - 3)

    def page_saw_the_mouse() -> bool:
        qtbot.mouseClick(widget.view.focusProxy(), Qt.MouseButton.LeftButton, pos=corner)
        return bool(run_js(qtbot, widget, "window.mouseSeen === true"))

    qtbot.waitUntil(page_saw_the_mouse, timeout=5000)


def run_js(qtbot, widget: MapWidget, code: str):
    """The value of ``code`` in the page, passed as JSON (Qt hands JavaScript arrays back as empty strings)."""
    results: list = []
    widget.page().runJavaScript(f"JSON.stringify(eval({json.dumps(code)}))", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    return None if results[0] in (None, "") else json.loads(results[0])


def click(qtbot, widget: MapWidget, x: float, y: float) -> None:
    qtbot.mouseClick(widget.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def screen_point(qtbot, widget: MapWidget, latitude: float, longitude: float) -> tuple[float, float]:
    return tuple(run_js(qtbot, widget, f"window.orMap.screenPoint({latitude}, {longitude})"))


def _largest(areas: tuple[MapArea, ...]) -> MapArea:
    from shapely.geometry import shape

    return max(areas, key=lambda area: shape(area.geometry).area)


def test_page_loads_through_orc_and_draws_every_shape(qtbot, map_widget):
    """The page comes from orc://app/map.html, every area and point is drawn, nothing else was requested."""
    areas = _tlv_areas()
    drawn = show(qtbot, map_widget, _content(areas, _points_in(areas[0], 5)))
    assert drawn == len(areas) + 5
    assert map_widget.page().url().toString().startswith("orc://app/map.html")
    assert run_js(qtbot, map_widget, "window.orMap.drawnShapeCount()") == len(areas) + 5
    assert all(url.startswith("orc://app/") for url in map_widget.served_requests())
    assert map_widget.blocked_requests() == []


def test_clicking_an_area_with_the_mouse_reports_its_key(qtbot, map_widget):
    """A real mouse click inside a neighborhood comes back to Python as area_clicked with its key."""
    areas = _tlv_areas()
    show(qtbot, map_widget, _content(areas))
    target = _largest(areas)
    from shapely.geometry import shape

    shape_of_target = shape(target.geometry)
    map_widget.zoom_to(shape_of_target.bounds)
    inside = shape_of_target.representative_point()
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, f"window.orMap.screenPoint({inside.y}, {inside.x})")[1] > 0)
    x, y = screen_point(qtbot, map_widget, inside.y, inside.x)
    with qtbot.waitSignal(map_widget.area_clicked, timeout=5000) as clicked:
        click(qtbot, map_widget, x, y)
    assert clicked.args == [target.key]


def test_selecting_an_area_from_python_highlights_it(qtbot, map_widget):
    """select_area thickens the chosen area's outline and the previous one returns to normal."""
    areas = _tlv_areas()
    show(qtbot, map_widget, _content(areas))
    map_widget.select_area("n3")
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedArea()") == "n3")
    assert run_js(qtbot, map_widget, "window.orMap.areaWeight('n3')") > run_js(qtbot, map_widget, "window.orMap.areaWeight('n4')")
    map_widget.select_area("n4")
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedArea()") == "n4")
    assert run_js(qtbot, map_widget, "window.orMap.areaWeight('n3')") == 1


def _weights(qtbot, widget: MapWidget, keys: list[str]) -> dict[str, float]:
    return {key: run_js(qtbot, widget, f"window.orMap.areaWeight('{key}')") for key in keys}


def test_selecting_several_areas_highlights_exactly_those(qtbot, map_widget):
    """select_areas highlights every listed area and un-highlights the rest; select_area goes back to one."""
    show(qtbot, map_widget, _content(_tlv_areas()))
    map_widget.select_areas(["n1", "n3", "n5", "no-such-area", "n3"])
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedAreas()") == ["n1", "n3", "n5"])
    weights = _weights(qtbot, map_widget, ["n1", "n2", "n3", "n5"])
    assert weights["n1"] == weights["n3"] == weights["n5"] > weights["n2"] == 1
    assert run_js(qtbot, map_widget, "window.orMap.selectedArea()") is None
    map_widget.select_areas(["n3", "n7"])
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedAreas()") == ["n3", "n7"])
    weights = _weights(qtbot, map_widget, ["n1", "n3", "n5", "n7"])
    assert weights["n1"] == weights["n5"] == 1 and weights["n3"] == weights["n7"] > 1
    map_widget.select_area("n2")
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedAreas()") == ["n2"])
    assert run_js(qtbot, map_widget, "window.orMap.selectedArea()") == "n2"
    assert _weights(qtbot, map_widget, ["n3", "n7"]) == {"n3": 1, "n7": 1}
    map_widget.select_areas([])
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedAreas()") == [])
    assert run_js(qtbot, map_widget, "window.orMap.areaWeight('n2')") == 1


def test_areas_clicked_one_by_one_are_all_selected(qtbot, map_widget):
    """Real clicks on two areas, each answered by select_areas with the keys so far, leave both highlighted."""
    from shapely.geometry import shape

    areas = _tlv_areas()
    show(qtbot, map_widget, _content(areas))
    chosen: list[str] = []

    def add_to_selection(key: str) -> None:
        chosen.append(key)
        map_widget.select_areas(chosen)

    map_widget.area_clicked.connect(add_to_selection)
    targets = sorted(areas, key=lambda area: shape(area.geometry).area)[-2:]
    map_widget.zoom_to(shape(targets[0].geometry).union(shape(targets[1].geometry)).bounds)
    for target in targets:
        longitude, latitude = _inside(target)
        qtbot.waitUntil(lambda lat=latitude, lon=longitude: 0 < screen_point(qtbot, map_widget, lat, lon)[1] < map_widget.view.height())
        with qtbot.waitSignal(map_widget.area_clicked, timeout=5000):
            click(qtbot, map_widget, *screen_point(qtbot, map_widget, latitude, longitude))
    expected = [target.key for target in targets]
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.selectedAreas()") == expected)
    assert chosen == expected
    assert all(weight > 1 for weight in _weights(qtbot, map_widget, expected).values())


def test_clicking_a_point_reports_its_key_and_shows_its_name_as_text(qtbot, map_widget):
    """A real click on a point sends point_clicked with its key and opens its popup; a hidden layer's point is not hit."""
    areas = _tlv_areas()
    target = _largest(areas)
    longitude, latitude = _inside(target)
    points = (
        MapPoint("plain", "מרכז קהילתי", longitude + 0.004, latitude),
        MapPoint("hostile", HOSTILE_NAMES[0], longitude, latitude, popup_rows=(("כתובת", HOSTILE_NAMES[2]),)),
    )
    show(qtbot, map_widget, _content(areas, points))
    map_widget.zoom_to(_bounds(target))
    qtbot.waitUntil(lambda lat=latitude, lon=longitude: 0 < screen_point(qtbot, map_widget, lat, lon)[1] < map_widget.view.height())
    x, y = screen_point(qtbot, map_widget, latitude, longitude)
    with qtbot.waitSignal(map_widget.point_clicked, timeout=5000) as clicked:
        click(qtbot, map_widget, x + 2, y - 1)
    assert clicked.args == ["hostile"]
    popup = run_js(qtbot, map_widget, "Array.from(document.querySelectorAll('.orc-popup td, .orc-popup b')).map(e => e.textContent)")
    assert popup == [HOSTILE_NAMES[0], "כתובת", HOSTILE_NAMES[2]]
    assert run_js(qtbot, map_widget, "typeof window.orcCanary") == "undefined"
    map_widget.set_layer_visible("centres", False)
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.drawnShapeCount()") == len(areas))
    points_clicked: list[str] = []
    map_widget.point_clicked.connect(points_clicked.append)
    with qtbot.waitSignal(map_widget.area_clicked, timeout=5000) as area:
        click(qtbot, map_widget, x, y)
    assert area.args == [target.key] and points_clicked == []


def test_hiding_a_point_layer_removes_its_points(qtbot, map_widget):
    """set_layer_visible hides a point layer and the areas; the drawn count follows."""
    areas = _tlv_areas()
    show(qtbot, map_widget, _content(areas, _points_in(areas[0], 4)))
    map_widget.set_layer_visible("centres", False)
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.drawnShapeCount()") == len(areas))
    map_widget.set_layer_visible("areas", False)
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.drawnShapeCount()") == 0)


def test_a_page_over_two_megabytes_still_draws(qtbot, map_widget):
    """All 1,179 neighborhoods of many cities plus 16,000 points: a page above setHtml's 2 MB limit is drawn."""
    features = json.loads(shared_geodata(MULTICITY).read_text(encoding="utf-8"))["results"]["features"]
    areas = tuple(
        MapArea(key=str(index), name=str(feature["properties"].get("areaId", index)), geometry=feature["geometry"],
                color=COLORS[index % 4], tooltip="שכונה")
        for index, feature in enumerate(features)
    )
    points = tuple(
        MapPoint(key=f"p{index}", name=f"נקודה {index}", longitude=34.75 + (index % 100) * 0.004,
                 latitude=32.0 + (index // 100) * 0.004,
                 popup_rows=(("כתובת", f"רחוב הרצל {index}, קומה 2"), ("איש קשר", "ישראל ישראלי")))
        for index in range(16_000)
    )
    content = _content(areas, points)
    page_size = len(build_map_page(content, standalone=False).encode("utf-8"))
    assert page_size > 2 * 1024 * 1024
    assert show(qtbot, map_widget, content) == len(areas) + len(points) == 1179 + 16_000


def test_hostile_names_stay_text_and_nothing_runs(qtbot, map_widget):
    """Script-like names, legends and popup rows show literally in labels, legend and popup; no script of theirs runs."""
    source = _tlv_areas()[:len(HOSTILE_NAMES)]
    areas = tuple(
        MapArea(key=f"h{index}", name=name, geometry=area.geometry, color="red;background:url(x)",
                tooltip=name, popup_rows=((name, name),))
        for index, (area, name) in enumerate(zip(source, HOSTILE_NAMES, strict=False))  # as many areas as names
    )
    content = MapContent(
        title=HOSTILE_NAMES[1], right_to_left=True, areas=areas, legend_title=HOSTILE_NAMES[0],
        legend=tuple(LegendEntry("#123456", name) for name in HOSTILE_NAMES), area_layer_title=HOSTILE_NAMES[2],
        point_layers=(PointLayer("x", HOSTILE_NAMES[2], "#000", (MapPoint("y", HOSTILE_NAMES[0], 34.78, 32.08),)),),
    )
    show(qtbot, map_widget, content)
    shown = [name.replace("\u202e", "[U+202E]") for name in HOSTILE_NAMES]
    legend = run_js(qtbot, map_widget, "Array.from(document.querySelectorAll('.orc-key-area .orc-key-label')).map(e => e.textContent)")
    assert legend == shown
    assert run_js(qtbot, map_widget, "document.querySelector('.orc-key-point .orc-key-label').textContent") == HOSTILE_NAMES[2]
    assert _names_seen_zooming_to_each(qtbot, map_widget, areas) == set(shown)
    assert run_js(qtbot, map_widget, "document.querySelector('.orc-legend-title').textContent") == HOSTILE_NAMES[0]
    # The popup is opened through the page's API: a real click on an area is proven by its own test.
    assert run_js(qtbot, map_widget, "window.orMap.showAreaPopup('h2')")
    popup = run_js(qtbot, map_widget, "Array.from(document.querySelectorAll('.orc-popup td, .orc-popup b')).map(e => e.textContent)")
    assert popup == [shown[2]] * 3
    assert run_js(qtbot, map_widget, "typeof window.orcCanary") == "undefined"
    assert run_js(qtbot, map_widget, "document.querySelectorAll('img, .leaflet-pane script').length") == 0
    assert map_widget.page().alerts == []
    errors = [text for level, text in map_widget.page().console_messages
              if level == QWebEnginePage.JavaScriptConsoleMessageLevel.ErrorMessageLevel]
    assert errors == []


def _names_seen_zooming_to_each(qtbot, widget: MapWidget, areas: tuple[MapArea, ...]) -> set[str]:
    """Every area name the map shows while it is zoomed to each area in turn (names that collide wait for a closer zoom)."""
    seen: set[str] = set()
    for area in areas:
        widget.zoom_to(_bounds(area))
        qtbot.waitUntil(lambda key=area.key: key in run_js(qtbot, widget, LABELLED_AREAS))
        seen |= set(run_js(qtbot, widget, "Array.from(document.querySelectorAll('.orc-label')).map(e => e.textContent)"))
    return seen


def _inside(area: MapArea) -> tuple[float, float]:
    from shapely.geometry import shape

    point = shape(area.geometry).representative_point()
    return point.x, point.y


def test_the_page_makes_no_request_off_the_machine_and_fetches_are_blocked(qtbot, map_widget):
    """The page only loads orc:// resources; a fetch or image to example.org is blocked and logged, navigation refused."""
    show(qtbot, map_widget, _content(_tlv_areas()))
    assert map_widget.blocked_requests() == []
    run_js(qtbot, map_widget, """
        fetch('https://example.org/data.json').then(() => { window.fetchResult = 'loaded'; },
                                                   () => { window.fetchResult = 'failed'; });
        new Image().src = 'http://example.org/pixel.png'; true""")
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.fetchResult || ''") == "failed")
    qtbot.waitUntil(lambda: len(map_widget.blocked_requests()) == 2)
    assert set(map_widget.blocked_requests()) == {"https://example.org/data.json", "http://example.org/pixel.png"}
    run_js(qtbot, map_widget, "window.location.href = 'https://example.org/'; true")
    run_js(qtbot, map_widget, "window.open('https://example.org/popup'); true")
    assert run_js(qtbot, map_widget, "window.location.protocol") == "orc:"
    assert map_widget.page().url().scheme() == "orc"


@pytest.fixture
def listeners():
    """A UDP and a TCP listener on 127.0.0.1 that note whatever reaches them: (udp port, tcp port, what came)."""
    import socket
    import threading

    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp.bind(("127.0.0.1", 0))
    tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    tcp.bind(("127.0.0.1", 0))
    tcp.listen()
    for sock in (udp, tcp):
        sock.settimeout(0.1)
    came: list[str] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            try:
                udp.recvfrom(4096)
                came.append("udp")
            except OSError:
                pass
            try:
                connection, _ = tcp.accept()
                came.append("tcp")
                connection.close()
            except OSError:
                pass

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    yield udp.getsockname()[1], tcp.getsockname()[1], came
    stop.set()
    watcher.join()
    udp.close()
    tcp.close()


def _listeners_hear(listeners) -> None:
    """The listeners work: a packet and a connection from Python reach them."""
    import socket

    udp_port, tcp_port, came = listeners
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.sendto(b"ping", ("127.0.0.1", udp_port))
    socket.create_connection(("127.0.0.1", tcp_port), timeout=2).close()
    deadline = time.monotonic() + 3
    while {"udp", "tcp"} - set(came) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert {"udp", "tcp"} <= set(came)
    came.clear()


def test_webrtc_cannot_send_a_packet_from_the_map(qtbot, map_widget, listeners):
    """The page has no RTCPeerConnection, and a STUN request to a UDP listener on this machine never arrives."""
    _listeners_hear(listeners)
    udp_port, _tcp_port, came = listeners
    show(qtbot, map_widget, _content(_tlv_areas()))
    outcome = run_js(qtbot, map_widget, f"""
        (() => {{
          try {{
            const connection = new RTCPeerConnection({{iceServers: [{{urls: 'stun:127.0.0.1:{udp_port}'}}]}});
            connection.createDataChannel('out');
            connection.createOffer().then((offer) => connection.setLocalDescription(offer));
            return 'made';
          }} catch (error) {{ return 'refused'; }}
        }})()""")
    assert outcome == "refused"
    assert run_js(qtbot, map_widget, "[typeof RTCPeerConnection, typeof webkitRTCPeerConnection]") == ["undefined"] * 2
    qtbot.wait(1500)
    assert came == []


def test_sockets_server_events_beacons_and_prefetch_never_leave_the_map(qtbot, map_widget, listeners, tmp_path):
    """WebSocket, EventSource, a beacon, a worker, prefetch, DNS-prefetch and preconnect links and a frame's own
    socket all fail to reach a TCP listener on this machine; the prefetch is blocked by the gate and written to the
    app's log (the preconnect, which no gate sees, dies at the proxy that is not there)."""
    from or_communities.app_log import running_log_path

    _listeners_hear(listeners)
    _udp_port, tcp_port, came = listeners
    show(qtbot, map_widget, _content(_tlv_areas()))
    target = f"http://127.0.0.1:{tcp_port}"
    outcomes = run_js(qtbot, map_widget, f"""
        (() => {{
          const tried = {{}};
          const attempt = (name, act) => {{ try {{ act(); tried[name] = 'made'; }} catch (e) {{ tried[name] = 'refused'; }} }};
          attempt('socket', () => new WebSocket('ws://127.0.0.1:{tcp_port}/'));
          attempt('events', () => new EventSource('{target}/events'));
          attempt('worker', () => new Worker(URL.createObjectURL(new Blob(['1']))));
          tried.beacon = navigator.sendBeacon('{target}/beacon', 'x') ? 'sent' : 'refused';
          for (const rel of ['prefetch', 'dns-prefetch', 'preconnect']) {{
            const link = document.createElement('link');
            link.rel = rel; link.href = '{target}/' + rel;
            document.head.appendChild(link);
          }}
          const frame = document.createElement('iframe');
          frame.srcdoc = "<script>try {{ new WebSocket('ws://127.0.0.1:{tcp_port}/frame'); parent.frameSocket = 'made'; }}" +
                         " catch (e) {{ parent.frameSocket = 'refused'; }}<\\/script>";
          document.body.appendChild(frame);
          return tried;
        }})()""")
    assert outcomes == {"socket": "refused", "events": "refused", "worker": "refused", "beacon": "refused"}
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.frameSocket || ''") == "refused", timeout=5000)
    qtbot.wait(1500)
    assert came == []
    assert f"{target}/prefetch" in map_widget.blocked_requests()
    log = running_log_path().read_text(encoding="utf-8")
    assert f"blocked a request to {target}/prefetch" in log


def test_drawing_a_polygon_by_clicks_returns_its_geojson(qtbot, map_widget):
    """Three clicks and a click on the first vertex send a closed GeoJSON polygon through those points."""
    show(qtbot, map_widget, _content(_tlv_areas()))
    map_widget.start_drawing()
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.activeTool()"))
    corners = [(300, 200), (600, 220), (450, 480)]
    for x, y in corners:
        click(qtbot, map_widget, x, y)
    with qtbot.waitSignal(map_widget.shape_drawn, timeout=5000) as drawn:
        click(qtbot, map_widget, corners[0][0] + 3, corners[0][1] - 2)
    geometry = drawn.args[0]
    ring = geometry["coordinates"][0]
    assert geometry["type"] == "Polygon" and len(ring) == 4 and ring[0] == ring[-1]
    for (x, y), (longitude, latitude) in zip(corners, ring, strict=False):  # the ring closes on its first corner
        shown_x, shown_y = screen_point(qtbot, map_widget, latitude, longitude)
        assert abs(shown_x - x) < 2 and abs(shown_y - y) < 2


def test_escape_cancels_drawing(qtbot, map_widget):
    """Escape while drawing ends the tool without sending a shape."""
    show(qtbot, map_widget, _content(_tlv_areas()))
    map_widget.start_drawing()
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.activeTool()"))
    click(qtbot, map_widget, 300, 200)
    click(qtbot, map_widget, 500, 200)
    qtbot.keyClick(map_widget.view.focusProxy(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not run_js(qtbot, map_widget, "window.orMap.activeTool()"))
    assert run_js(qtbot, map_widget, "window.orMap.lastDrawn") is None


def test_placing_a_point_returns_the_clicked_latitude_and_longitude(qtbot, map_widget):
    """After start_placing_point, the next click (even on an area) reports its latitude and longitude only."""
    show(qtbot, map_widget, _content(_tlv_areas()))
    map_widget.start_placing_point()
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "window.orMap.activeTool()"))
    areas_clicked: list[str] = []
    map_widget.area_clicked.connect(areas_clicked.append)
    with qtbot.waitSignal(map_widget.map_clicked, timeout=5000) as placed:
        click(qtbot, map_widget, 450, 350)
    latitude, longitude = placed.args
    assert 31.9 < latitude < 32.3 and 34.6 < longitude < 35.0
    x, y = screen_point(qtbot, map_widget, latitude, longitude)
    assert abs(x - 450) < 2 and abs(y - 350) < 2
    assert areas_clicked == []


def test_editing_an_area_by_dragging_a_vertex_sends_the_new_shape(qtbot, map_widget):
    """Dragging a vertex handle and clicking the done button sends the edited geometry with the moved vertex."""
    areas = _tlv_areas()
    show(qtbot, map_widget, _content(areas))
    target = areas[10]
    map_widget.zoom_to(_bounds(target))
    map_widget.start_editing(target.key)
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "document.querySelectorAll('.orc-handle').length") > 3)
    first = run_js(qtbot, map_widget, "(r => [r.left + r.width / 2, r.top + r.height / 2])(document.querySelector('.orc-handle').getBoundingClientRect())")
    # QTest's mouse moves do not reach Chromium offscreen, so the drag is dispatched as DOM mouse events.
    start = QPoint(round(first[0]), round(first[1]))
    run_js(qtbot, map_widget, f"""(() => {{
        const handle = document.querySelector('.orc-handle');
        const fire = (target, type, x, y) => target.dispatchEvent(new MouseEvent(type,
            {{bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1}}));
        fire(handle, 'mousedown', {start.x()}, {start.y()});
        for (let step = 1; step <= 5; step++) {{ fire(handle, 'mousemove', {start.x()} + 8 * step, {start.y()} + 6 * step); }}
        fire(handle, 'mouseup', {start.x() + 40}, {start.y() + 30});
        return true; }})()""")
    done = run_js(qtbot, map_widget, "(r => [r.left + r.width / 2, r.top + r.height / 2])(document.querySelector('.orc-done').getBoundingClientRect())")
    with qtbot.waitSignal(map_widget.shape_edited, timeout=5000) as edited:
        click(qtbot, map_widget, *done)
    key, geometry = edited.args
    assert key == target.key and geometry["type"] == "Polygon"
    moved = geometry["coordinates"][0][0]
    original = target.geometry["coordinates"][0][0]
    assert moved != pytest.approx(original, abs=1e-5)
    x, y = screen_point(qtbot, map_widget, moved[1], moved[0])
    assert abs(x - (start.x() + 40)) < 3 and abs(y - (start.y() + 30)) < 3


def _bounds(area: MapArea) -> tuple[float, float, float, float]:
    from shapely.geometry import shape

    return shape(area.geometry).bounds


def _tile_png() -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#c8e6c9"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _make_mbtiles(path: Path, tile: bytes, zoom_levels: range, longitude: float, latitude: float) -> None:
    import math

    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    connection.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    connection.executemany("INSERT INTO metadata VALUES (?, ?)", [("format", "png"), ("maxzoom", str(zoom_levels[-1])), ("attribution", "test tiles")])
    for zoom in zoom_levels:
        scale = 1 << zoom
        column = int((longitude + 180) / 360 * scale)
        row = int((1 - math.asinh(math.tan(math.radians(latitude))) / math.pi) / 2 * scale)
        for dx in range(-3, 4):
            for dy in range(-3, 4):
                connection.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (zoom, column + dx, scale - 1 - (row + dy), tile))
    connection.commit()
    connection.close()


def test_mbtiles_tiles_are_served_through_orc(qtbot, map_widget, tmp_path):
    """With an MBTiles file chosen, the map's tiles come from it through orc://tiles/ and are drawn."""
    mbtiles = tmp_path / "city.mbtiles"
    _make_mbtiles(mbtiles, _tile_png(), range(9, 17), 34.79, 32.08)
    tiles = choose_tile_source(online_allowed=True, mbtiles_path=mbtiles)
    assert tiles is not None and tiles.url_template == MBTILES_URL and tiles.max_zoom == 16
    map_widget.set_mbtiles(mbtiles)
    show(qtbot, map_widget, _content(_tlv_areas(), tiles=tiles))
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0)
    assert any(url.startswith("orc://tiles/") for url in map_widget.served_requests())
    assert map_widget.blocked_requests() == []


def test_past_the_packages_deepest_zoom_the_map_keeps_zooming_on_its_tiles(qtbot, map_widget, tmp_path):
    """A tile package that stops at zoom 12 still lets the map zoom to 18: its zoom-12 tiles are drawn scaled up,
    no tile beyond 12 is asked for, and nothing is blocked."""
    mbtiles = tmp_path / "shallow.mbtiles"
    _make_mbtiles(mbtiles, _tile_png(), range(9, 13), 34.79, 32.08)
    tiles = choose_tile_source(online_allowed=False, mbtiles_path=mbtiles)
    assert tiles is not None and tiles.max_zoom == 12
    map_widget.set_mbtiles(mbtiles)
    show(qtbot, map_widget, _content(_tlv_areas(), tiles=tiles))
    assert run_js(qtbot, map_widget, "window.orMap.setZoomLevel(18)") == 18
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, "document.querySelectorAll('img.leaflet-tile-loaded').length") > 0)
    asked = [url for url in map_widget.served_requests() if url.startswith("orc://tiles/")]
    assert asked and all(int(url.removeprefix("orc://tiles/").split("/")[0]) <= 12 for url in asked)
    assert map_widget.blocked_requests() == []


def test_tile_choice_prefers_the_file_then_online_then_none(tmp_path):
    """No file and offline: no tiles; online allowed: OpenStreetMap; a missing file falls back the same way."""
    assert choose_tile_source(online_allowed=False, mbtiles_path=None) is None
    assert choose_tile_source(online_allowed=True, mbtiles_path=None) == ONLINE_TILES
    assert choose_tile_source(online_allowed=False, mbtiles_path=tmp_path / "missing.mbtiles") is None


# --- the key, the names, the popups and the first view ------------------------------------------------


def _key_content() -> MapContent:
    layers = (
        PointLayer("community_center", "מרכז קהילתי", "#7b3fa0", (MapPoint("a1", "מתנ״ס הדר", 34.78, 32.08),)),
        PointLayer("partner_site", "אתר של שותף", "#16a085", (MapPoint("a2", "עמותת יחד", 34.79, 32.09),)),
        PointLayer("hostile", HOSTILE_NAMES[0], "#c0392b", (MapPoint("a3", "מקלט", 34.77, 32.07),)),
        PointLayer("template", HOSTILE_NAMES[2], "#5d6d7e", (MapPoint("a4", "אחר", 34.76, 32.06),), visible=False),
    )
    return MapContent(
        title="תל אביב-יפו", right_to_left=True, areas=_tlv_areas()[:5], legend_title="שלב",
        legend=(LegendEntry("#f0a830", "שלב 2"),), point_layers=layers, area_layer_title="שכונות",
        point_layers_title="נכסים", city_boundary=tlv_boundary(), boundary_title="גבול העיר",
    )


def test_the_key_shows_each_point_layer_with_its_dot_and_hebrew_name(qtbot, map_widget):
    """The key has a line per point layer, its dot in the layer's colour and its name as text; a hidden layer's line is greyed."""
    content = _key_content()
    show(qtbot, map_widget, content)
    expected = [[layer.key, layer.title, css_rgb(layer.color), not layer.visible] for layer in content.point_layers]
    assert run_js(qtbot, map_widget, KEY_POINT_LINES) == expected
    titles = run_js(qtbot, map_widget, "Array.from(document.querySelectorAll('.orc-legend-title')).map(e => e.textContent)")
    assert titles == ["שלב", "נכסים"]
    assert run_js(qtbot, map_widget, "document.querySelector('.orc-key-boundary').textContent") == "גבול העיר"
    map_widget.set_layer_visible("partner_site", False)
    qtbot.waitUntil(lambda: run_js(qtbot, map_widget, KEY_POINT_LINES)[1][3] is True)
    assert run_js(qtbot, map_widget, "typeof window.orcCanary") == "undefined"
    assert run_js(qtbot, map_widget, "document.querySelectorAll('.orc-legend img').length") == 0


def test_area_names_never_overlap_and_more_appear_when_zoomed_in(qtbot, map_widget):
    """At the first view of 1,179 areas no two names' boxes intersect; zoomed to one city more of its names show, then a left-out one."""
    areas = multicity_areas()
    show(qtbot, map_widget, _content(areas))
    first = run_js(qtbot, map_widget, LABELLED_AREAS)
    boxes = run_js(qtbot, map_widget, LABEL_BOXES)
    assert 0 < len(boxes) == len(first) < len(areas)
    assert intersecting_pairs(boxes) == []
    city = multicity_city_keys("תל אביב יפו")
    by_key = {area.key: area for area in areas}
    map_widget.zoom_to(_union_bounds([by_key[key] for key in city]))
    qtbot.waitUntil(lambda: set(run_js(qtbot, map_widget, LABELLED_AREAS)) != set(first))
    closer = run_js(qtbot, map_widget, LABELLED_AREAS)
    assert intersecting_pairs(run_js(qtbot, map_widget, LABEL_BOXES)) == []
    assert len(set(closer) & set(city)) > len(set(first) & set(city))
    left_out = next(key for key in city if key not in closer)
    map_widget.zoom_to(_bounds(by_key[left_out]))
    qtbot.waitUntil(lambda: left_out in run_js(qtbot, map_widget, LABELLED_AREAS))
    assert intersecting_pairs(run_js(qtbot, map_widget, LABEL_BOXES)) == []


def _union_bounds(areas: list[MapArea]) -> tuple[float, float, float, float]:
    every = [_bounds(area) for area in areas]
    return (min(b[0] for b in every), min(b[1] for b in every), max(b[2] for b in every), max(b[3] for b in every))


@pytest.mark.parametrize("language", ["he", "en"])
def test_a_popup_reads_from_the_side_of_its_language(qtbot, map_widget, language):
    """A popup's title and rows align right and read right to left in Hebrew (close button on the left); left in English."""
    hebrew = language == "he"
    area = replace(_tlv_areas()[3], name="פלורנטין" if hebrew else "Florentin",
                   popup_rows=(("כתובת" if hebrew else "Address", "רחוב הרצל 120, קומה שנייה" if hebrew else "120 Herzl Street, second floor"),))
    content = MapContent(title="מפה", right_to_left=hebrew, areas=(area,), legend_title="", legend=())
    show(qtbot, map_widget, content)
    assert run_js(qtbot, map_widget, f"window.orMap.showAreaPopup('{area.key}')")
    layout = run_js(qtbot, map_widget, POPUP_LAYOUT)
    (title_left, title_right), (content_left, content_right) = layout["title"], layout["content"]
    assert title_right - title_left < content_right - content_left - 30  # the row is wider than the title
    if hebrew:
        assert (layout["align"], layout["direction"]) == ("right", "rtl")
        assert abs(title_right - content_right) < 1 and layout["close"][1] <= title_left
    else:
        assert (layout["align"], layout["direction"]) == ("left", "ltr")
        assert abs(title_left - content_left) < 1 and layout["close"][0] >= title_right


@pytest.mark.parametrize("with_boundary", [True, False], ids=["its boundary", "its neighborhoods"])
def test_the_map_opens_fitted_to_the_city(qtbot, map_widget, with_boundary):
    """The first view holds the city's boundary (else its neighborhoods) and is at most 1.3 times its span where it fills the view."""
    boundary = tlv_boundary() if with_boundary else None
    areas = _tlv_areas()[:10] if with_boundary else _tlv_areas()  # a city with only some neighborhoods drawn yet
    show(qtbot, map_widget, _content(areas, city_boundary=boundary))
    city = geometry_bounds(boundary) if boundary else _union_bounds(list(areas))
    shown = run_js(qtbot, map_widget, SHOWN_BOUNDS)
    assert contains(shown, city)
    assert fit_ratio(shown, city) <= 1.3
