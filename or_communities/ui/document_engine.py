"""The document engine: Chromium (QtWebEngine) prints a document's HTML to PDF, shaping Hebrew and placing numbers
and English names inside it the way a browser does; Qt's SVG renderer draws a document's pictures as PNG for
Word and Excel.

The page loads the document's own file only: scripts are off, and every other request is blocked. The PDF is
written beside the destination and moved into place when whole, so a failed print leaves nothing behind.

Imported when a document is first printed or previewed, never at start-up (it loads QtWebEngine).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEventLoop,
    QIODevice,
    QMarginsF,
    QObject,
    Qt,
    QTimer,
    QUrl,
    SignalInstance,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWebEngineCore import (
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ..domain.documents import Picture
from ..domain.errors import DocumentNotWritten
from .web_engine_start import prepare_web_engine

PRINT_TIMEOUT_MS = 120_000
MM_PER_INCH = 25.4
PICTURE_DPI = 150
PAGE_MARGINS_MM = (16, 16, 16, 18)
"""Left, top, right, bottom: room for a binder's holes on either side and a page number under."""


class WebEngineDocumentEngine:
    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent
        self._profile: QWebEngineProfile | None = None
        self._gate: _DocumentGate | None = None

    def print_pdf(self, html: str, path: Path) -> None:
        profile, gate = self.profile_and_gate()
        page = QWebEnginePage(profile)
        page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, False)
        page.settings().setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
        try:
            with tempfile.TemporaryDirectory(prefix="or-communities-") as folder:
                source = Path(folder) / "document.html"
                source.write_text(html, encoding="utf-8")
                gate.allow_only(QUrl.fromLocalFile(str(source)))
                if not _wait(page.loadFinished, lambda: page.load(QUrl.fromLocalFile(str(source)))):
                    raise DocumentNotWritten(path.name)
                printed = Path(folder) / "document.pdf"
                layout = QPageLayout(
                    QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(*PAGE_MARGINS_MM),
                    QPageLayout.Unit.Millimeter,
                )
                finished = _wait(page.pdfPrintingFinished, lambda: page.printToPdf(str(printed), layout), second=True)
                if not finished or not printed.exists():
                    raise DocumentNotWritten(path.name)
                _move_into_place(printed, path)
        finally:
            shiboken6.delete(page)  # now, not later: the profile must not outlive a page (it warns when it does)

    def picture_png(self, picture: Picture) -> bytes:
        renderer = QSvgRenderer(QByteArray(picture.svg.encode("utf-8")))
        width = round(picture.width_mm / MM_PER_INCH * PICTURE_DPI)
        size = renderer.defaultSize()
        height = round(width * size.height() / size.width()) if size.width() > 0 else width
        image = QImage(width, max(height, 1), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs ask for bytes; PySide6 takes a str
        return bytes(buffer.data().data())

    def profile_and_gate(self) -> tuple[QWebEngineProfile, _DocumentGate]:
        """The off-the-record profile documents are loaded in, and its gate that lets one file through."""
        if self._profile is None or self._gate is None:
            prepare_web_engine()
            self._profile = QWebEngineProfile(self._parent or QCoreApplication.instance())  # no storage name: off the record
            self._gate = _DocumentGate(self._profile)
            self._profile.setUrlRequestInterceptor(self._gate)
        return self._profile, self._gate


class _DocumentGate(QWebEngineUrlRequestInterceptor):
    """Lets the page load its own file and nothing else."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.allowed = QUrl()
        self.blocked: list[str] = []

    def allow_only(self, url: QUrl) -> None:
        self.allowed = url

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if url == self.allowed or url.scheme() == "data":
            return
        info.block(True)
        self.blocked.append(url.toString())


def _wait(signal: SignalInstance, start: Callable[[], object], second: bool = False) -> bool:
    """Start something and wait for its signal; True when it came and said it succeeded."""
    loop = QEventLoop()
    outcome: list[bool] = []

    def finished(*arguments: object) -> None:
        outcome.append(bool(arguments[1] if second else arguments[0]))
        loop.quit()

    signal.connect(finished)
    QTimer.singleShot(PRINT_TIMEOUT_MS, loop.quit)
    start()
    if not outcome:
        loop.exec()
    signal.disconnect(finished)
    return bool(outcome) and outcome[0]


def _move_into_place(printed: Path, path: Path) -> None:
    try:
        staged = path.with_name(f".{path.name}.partial")
        staged.write_bytes(printed.read_bytes())
        os.replace(staged, path)
    except OSError as error:
        raise DocumentNotWritten(path.name) from error


def command_line_engine() -> WebEngineDocumentEngine:
    """An engine for the command line: a window-less application (offscreen unless a display was chosen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        QApplication(sys.argv[:1])
    return WebEngineDocumentEngine()


_shared: list[WebEngineDocumentEngine] = []


def shared_engine() -> WebEngineDocumentEngine:
    """The window's engine: one off-the-record profile for every document the session prints or previews."""
    if not _shared:
        _shared.append(WebEngineDocumentEngine())
    return _shared[0]


class DocumentPreview(QDialog):
    """A document as it will be printed: the same page, in the web engine, with nothing but the page loaded."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWebEngineWidgets import QWebEngineView

        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        self.resize(820, 700)
        profile, gate = shared_engine().profile_and_gate()
        self.page = QWebEnginePage(profile, self)
        self.page.settings().setAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled, False)
        self.view = QWebEngineView(self)
        self.view.setPage(self.page)
        self._folder = tempfile.TemporaryDirectory(prefix="or-communities-")
        source = Path(self._folder.name) / "preview.html"
        source.write_text(html, encoding="utf-8")
        url = QUrl.fromLocalFile(str(source))
        gate.allow_only(url)
        self.page.load(url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.view.setPage(None)  # type: ignore[arg-type]  # the page goes before the shared profile
        shiboken6.delete(self.page)
        self._folder.cleanup()
        super().done(result)
