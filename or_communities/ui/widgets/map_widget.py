"""The map inside the app: the Leaflet page in a locked-down QWebEngineView, served from memory.

The page comes through our own ``orc:`` URL scheme: ``setHtml`` is blank above 2 MB, and a
``file://`` page could read any local file. Requests for anything but our scheme (and Qt's
own ``qrc:`` for qwebchannel.js) are blocked and recorded, except OpenStreetMap tiles when
the user allowed online tiles. Clicks and drawn shapes come back through QWebChannel.
"""

from __future__ import annotations

import json
import mimetypes
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlSchemeHandler,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ... import paths
from ...app_log import app_logger
from ...maps.leaflet_page import MapContent, build_map_page
from ...maps.tile_packages import ONLINE_TILES_PREFIX, read_mbtiles_tile, tile_mime_type
from ..web_engine_start import SCHEME, prepare_web_engine

PAGE_URL = "orc://app/map.html"
_ALWAYS_ALLOWED_SCHEMES = {"orc", "qrc", "data", "blob"}


class _OrcSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves the page from memory, the libraries from the XStatic packages and tiles from MBTiles."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.page_html = b""
        self.mbtiles_path: Path | None = None
        self.served: list[str] = []

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        self.served.append(url.toString())
        found = self._content(url.host(), url.path())
        if found is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        mime, data = found
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        job.reply(mime, buffer)

    def _content(self, host: str, path: str) -> tuple[bytes, bytes] | None:
        if host == "app" and path == "/map.html":
            return b"text/html;charset=utf-8", self.page_html
        if host == "app" and path.startswith("/static/"):
            return self._static(path.removeprefix("/static/"))
        if host == "tiles" and self.mbtiles_path is not None:
            return self._tile(path)
        return None

    def _static(self, relative: str) -> tuple[bytes, bytes] | None:
        package, _, file_name = relative.partition("/")
        if not package.replace("_", "").isalnum() or not file_name:
            return None
        try:
            root = paths.xstatic_dir(package).resolve()
        except ImportError:
            return None
        file_path = (root / file_name).resolve()
        if not file_path.is_relative_to(root) or not file_path.is_file():
            return None
        mime = mimetypes.guess_type(file_path.name)[0] or "application/octet-stream"
        return mime.encode("ascii"), file_path.read_bytes()

    def _tile(self, path: str) -> tuple[bytes, bytes] | None:
        parts = path.strip("/").split("/")
        if len(parts) != 3 or not all(part.isdigit() for part in parts) or self.mbtiles_path is None:
            return None
        zoom, column, row = (int(part) for part in parts)
        data = read_mbtiles_tile(self.mbtiles_path, zoom, column, row)
        return (tile_mime_type(data), data) if data else None


NO_SIDE_DOORS = """(() => {
  'use strict';
  const closed = ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceTransport',
                  'RTCSctpTransport', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport',
                  'Worker', 'SharedWorker'];
  for (const name of closed) {
    try { Object.defineProperty(window, name, {value: undefined, writable: false, configurable: false}); } catch (e) {}
  }
  const never = {value: function () { return false; }, writable: false, configurable: false};
  try { Object.defineProperty(Navigator.prototype, 'sendBeacon', never); } catch (e) {}
})();"""
"""Run in the map page (and its frames) before any of its own scripts: the ways out that a request interceptor does
not see (WebRTC's UDP) or that the map never uses (sockets, server events, workers, beacons) are gone. The map
itself needs none of them; the QWebChannel bridge is Qt's own transport, not a socket."""

LOGGED_ONE_BY_ONE = 20
"""The first blocked requests of a map are logged one by one; after them, one line for every hundred more."""
BLOCKED_URL_SHOWN = 200


class _RequestGate(QWebEngineUrlRequestInterceptor):
    """Lets through only what the map means to load; blocks the rest, keeps it, and writes it to the app's log
    (rate-limited, so a page that keeps trying cannot fill it)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.online_tiles_allowed = False
        self.blocked: list[str] = []

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url.scheme() in _ALWAYS_ALLOWED_SCHEMES:
            return
        if self.online_tiles_allowed and url.toString().startswith(ONLINE_TILES_PREFIX):
            return
        info.block(True)
        self.blocked.append(url.toString())
        self._log(url.toString()[:BLOCKED_URL_SHOWN])

    def _log(self, url: str) -> None:
        count = len(self.blocked)
        if count <= LOGGED_ONE_BY_ONE:
            app_logger().warning("map page: blocked a request to %s", url)
        elif count % 100 == 0:
            app_logger().warning("map page: %d requests blocked so far; the latest to %s", count, url)


class _MapPage(QWebEnginePage):
    """Stays on the map: refuses navigation elsewhere and new windows; keeps what scripts said."""

    def __init__(self, profile: QWebEngineProfile, parent: QObject) -> None:
        super().__init__(profile, parent)
        self.console_messages: list[tuple[QWebEnginePage.JavaScriptConsoleMessageLevel, str]] = []
        self.alerts: list[str] = []

    def javaScriptConsoleMessage(self, level: QWebEnginePage.JavaScriptConsoleMessageLevel, message: str, line: int, source: str) -> None:
        self.console_messages.append((level, message))

    def javaScriptAlert(self, origin: QUrl | str, message: str) -> None:
        self.alerts.append(message)  # never shown: the map has no reason to raise a dialog

    def javaScriptConfirm(self, origin: QUrl | str, message: str) -> bool:
        self.alerts.append(message)
        return False

    def acceptNavigationRequest(self, url: QUrl | str, kind: QWebEnginePage.NavigationType, is_main_frame: bool) -> bool:
        url = QUrl(url)
        return url.scheme() == "orc" and url.host() == "app" and url.path() == "/map.html"

    # Qt takes None as "no new window", which the stubs leave out of the return type.
    def createWindow(self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage | None:  # type: ignore[override]
        return None


class _Bridge(QObject):
    """The object the page calls through QWebChannel."""

    area_clicked = Signal(str)
    point_clicked = Signal(str)
    map_clicked = Signal(float, float)
    shape_drawn = Signal(str)
    shape_edited = Signal(str, str)
    page_ready = Signal(int)
    view_changed = Signal(float, float, float, float)

    @Slot(str)
    def areaClicked(self, key: str) -> None:
        self.area_clicked.emit(key)

    @Slot(str)
    def pointClicked(self, key: str) -> None:
        self.point_clicked.emit(key)

    @Slot(float, float)
    def mapClicked(self, latitude: float, longitude: float) -> None:
        self.map_clicked.emit(latitude, longitude)

    @Slot(str)
    def shapeDrawn(self, geojson_text: str) -> None:
        self.shape_drawn.emit(geojson_text)

    @Slot(str, str)
    def shapeEdited(self, key: str, geojson_text: str) -> None:
        self.shape_edited.emit(key, geojson_text)

    @Slot(int)
    def pageReady(self, drawn: int) -> None:
        self.page_ready.emit(drawn)

    @Slot(float, float, float, float)
    def viewChanged(self, west: float, south: float, east: float, north: float) -> None:
        self.view_changed.emit(west, south, east, north)


class MapWidget(QWidget):
    """A Leaflet map of MapContent; reports clicks and drawn or edited shapes.

    ``map_clicked`` carries (latitude, longitude) of a click outside every shape, and of the
    click that ends ``start_placing_point`` wherever it lands.
    """

    area_clicked = Signal(str)
    point_clicked = Signal(str)
    map_clicked = Signal(float, float)
    shape_drawn = Signal(dict)
    shape_edited = Signal(str, dict)
    ready = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, online_tiles: bool = False) -> None:
        super().__init__(parent)
        prepare_web_engine()
        # The view (and its page) first: children are deleted in creation order, and the
        # profile must outlive every page that uses it.
        self.view = QWebEngineView(self)
        self._profile = QWebEngineProfile(self)  # no storage name: off the record
        self._handler = _OrcSchemeHandler(self)
        self._gate = _RequestGate(self)
        self._gate.online_tiles_allowed = online_tiles
        self._profile.installUrlSchemeHandler(SCHEME, self._handler)
        self._profile.setUrlRequestInterceptor(self._gate)
        self._page = _MapPage(self._profile, self.view)
        self._lock_down(self._page.settings())
        self._page.scripts().insert(self._side_doors_closed())
        self._bridge = _Bridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self.view.setPage(self._page)
        self._connect_bridge()
        self._is_ready = False
        self._waiting_calls: list[str] = []
        self._shown_bounds: tuple[float, float, float, float] | None = None
        self._loads = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    @staticmethod
    def _side_doors_closed() -> QWebEngineScript:
        script = QWebEngineScript()
        script.setName("orc-no-side-doors")
        script.setSourceCode(NO_SIDE_DOORS)
        script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
        script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
        script.setRunsOnSubFrames(True)
        return script

    @staticmethod
    def _lock_down(settings: QWebEngineSettings) -> None:
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attribute.JavascriptCanOpenWindows, False)
        settings.setAttribute(attribute.JavascriptCanAccessClipboard, False)
        settings.setAttribute(attribute.PluginsEnabled, False)
        settings.setAttribute(attribute.DnsPrefetchEnabled, False)  # no DNS lookups for links the page names

    def _connect_bridge(self) -> None:
        bridge = self._bridge
        bridge.area_clicked.connect(self.area_clicked)
        bridge.point_clicked.connect(self.point_clicked)
        bridge.map_clicked.connect(self.map_clicked)
        bridge.shape_drawn.connect(lambda text: self.shape_drawn.emit(json.loads(text)))
        bridge.shape_edited.connect(lambda key, text: self.shape_edited.emit(key, json.loads(text)))
        bridge.page_ready.connect(self._on_page_ready)
        bridge.view_changed.connect(self._remember_view)

    # --- content and tiles ---

    def show_content(self, content: MapContent, *, keep_view: bool = False) -> None:
        """Build the page for ``content`` and load it; with ``keep_view``, where the user had panned and zoomed."""
        shown = self._shown_bounds
        self.load_page_html(build_map_page(content, standalone=False))
        if keep_view and shown is not None:
            self._call("restoreView", *shown)

    def load_page_html(self, page_html: str) -> None:
        """Load an already built page through ``orc://app/map.html``."""
        self._is_ready = False
        self._handler.page_html = page_html.encode("utf-8")
        self._loads += 1  # a new query each time, so nothing cached is shown
        self.view.load(QUrl(f"{PAGE_URL}?v={self._loads}"))

    def set_online_tiles_allowed(self, allowed: bool) -> None:
        self._gate.online_tiles_allowed = allowed

    def set_mbtiles(self, mbtiles_path: Path | None) -> None:
        """The MBTiles file that ``orc://tiles/{z}/{x}/{y}`` serves (see ``choose_tile_source``)."""
        self._handler.mbtiles_path = mbtiles_path

    # --- what the app asks the map ---

    def select_area(self, key: str) -> None:
        """Highlight one area (by its key) and no other."""
        self._call("selectArea", key)

    def select_areas(self, keys: list[str]) -> None:
        """Highlight every area whose key is in ``keys`` and no other; an empty list clears the selection."""
        self._call("selectAreas", list(keys))

    def zoom_to(self, bounds: tuple[float, float, float, float]) -> None:
        """Show (west, south, east, north)."""
        self._call("zoomToBounds", *bounds)

    def set_layer_visible(self, key: str, visible: bool) -> None:
        """Show or hide a point layer by its key, or the areas with ``"areas"``."""
        self._call("setLayerVisible", key, visible)

    def start_drawing(self) -> None:
        self._call("startDrawing")

    def start_editing(self, key: str) -> None:
        self._call("startEditing", key)

    def start_placing_point(self) -> None:
        self._call("startPlacingPoint")

    def cancel_tool(self) -> None:
        self._call("cancelTool")

    def blocked_requests(self) -> list[str]:
        return list(self._gate.blocked)

    def served_requests(self) -> list[str]:
        return list(self._handler.served)

    def is_ready(self) -> bool:
        return self._is_ready

    def page(self) -> _MapPage:
        return self._page

    # --- plumbing ---

    def _call(self, function: str, *arguments: object) -> None:
        code = f"window.orMap.{function}({', '.join(json.dumps(argument) for argument in arguments)});"
        if self._is_ready:
            self._page.runJavaScript(code)
        else:
            self._waiting_calls.append(code)

    def shown_bounds(self) -> tuple[float, float, float, float] | None:
        """What the map shows now (west, south, east, north), as the page last reported it."""
        return self._shown_bounds

    def _remember_view(self, west: float, south: float, east: float, north: float) -> None:
        self._shown_bounds = (west, south, east, north)

    def _on_page_ready(self, drawn: int) -> None:
        self._is_ready = True
        waiting, self._waiting_calls = self._waiting_calls, []
        for code in waiting:
            self._page.runJavaScript(code)
        self.ready.emit(drawn)
