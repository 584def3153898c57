"""What must happen before the web engine starts, whichever page starts it first (the map or a document):
Chromium's flags, its noise kept off the terminal, and the app's own ``orc:`` URL scheme.

On a machine without a GPU, a D-Bus system bus or Vulkan (most offices' virtual desktops, every CI), QtWebEngine
and its Chromium say so on each start and then draw in software, which is what the map needs. Those lines are not
the user's business: Chromium is asked to log only fatal errors, and Qt's messages about its graphics back ends are
dropped. Every other message still goes where Qt sends it.

Some connections Chromium opens on its own never pass a request interceptor: WebRTC's UDP packets to STUN servers,
and the TCP connection a ``<link rel=preconnect>`` hint opens ahead of any request. So Chromium is given a proxy that
is never there (``127.0.0.1:1``, loopback included): any connection it would open by itself fails on this machine.
Only OpenStreetMap's tile server is reached directly, for the online tiles the user may turn on (the request gate
still blocks it while they are off); WebRTC may send no UDP except through that dead proxy. The map page also
removes the constructors of sockets and peer connections (see map_widget.NO_SIDE_DOORS). A user's own
``--proxy-server`` in QTWEBENGINE_CHROMIUM_FLAGS is kept.
"""

from __future__ import annotations

import os
import sys
from urllib.parse import urlsplit

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWebEngineCore import QWebEngineUrlScheme

from ..maps.tile_packages import ONLINE_TILES_PREFIX

CHROMIUM_FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"
QUIET_CHROMIUM = "--log-level=3"
"""Chromium's fatal errors only: no 'Failed to connect to the bus' on every start."""
NO_WEBRTC_UDP = "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"
"""WebRTC may not send UDP except through a proxy; there is none that works."""
NOWHERE_PROXY = ("--proxy-server=http://127.0.0.1:1", f"--proxy-bypass-list={urlsplit(ONLINE_TILES_PREFIX).hostname};<-loopback>")
"""Every connection through a proxy that is not there, but the online tiles' server; loopback too (<-loopback>)."""
GRAPHICS_NOISE = (
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend",
    "This plugin does not support createPlatformVulkanInstance",
    "QVulkanInstance: Failed to initialize Vulkan",
    "GBM is not supported",
)
"""The beginnings of Qt's messages about graphics back ends it could not use before falling back to software."""

SCHEME = b"orc"
"""The app's own URL scheme: the map page, its libraries and the tile package are served through it."""

_quieted = False
_scheme_registered = False


def prepare_web_engine() -> None:
    """Everything the web engine needs before it starts; call it before the first web engine object exists."""
    quiet_web_engine()
    register_orc_scheme()




def quiet_web_engine() -> None:
    """Call once before the first web engine object exists (Chromium reads its flags when it starts)."""
    global _quieted
    if _quieted:
        return
    flags = os.environ.get(CHROMIUM_FLAGS, "")
    if "--log-level" not in flags:
        flags = f"{flags} {QUIET_CHROMIUM}"
    if NO_WEBRTC_UDP not in flags:
        flags = f"{flags} {NO_WEBRTC_UDP}"
    if "--proxy-server" not in flags:
        flags = " ".join((flags, *NOWHERE_PROXY))
    os.environ[CHROMIUM_FLAGS] = flags.strip()
    previous = qInstallMessageHandler(None)

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.startswith(GRAPHICS_NOISE):
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            _default_output(kind, message)

    qInstallMessageHandler(handler)
    _quieted = True


def _default_output(kind: QtMsgType, message: str) -> None:
    """What Qt does without a handler: the message on standard error."""
    if kind != QtMsgType.QtDebugMsg:
        sys.stderr.write(f"{message}\n")


def register_orc_scheme() -> None:
    """Tell QtWebEngine about ``orc:`` once, before the first web engine object exists.

    Qt requires registration before the web engine starts; doing it here instead of at
    application start keeps QtWebEngine out of start-up, and it works as long as it runs
    before any QtWebEngine object is created (registering twice is an error, hence once-only).
    Flags: SecureScheme makes the page a secure context (online https tiles are not mixed
    content); LocalAccessAllowed lets it load Qt's qrc:///qtwebchannel/qwebchannel.js. Not
    LocalScheme: QtWebEngine would then treat the page as local content, and with
    LocalContentCanAccessRemoteUrls off it would drop remote requests before our interceptor,
    so online tiles could not be allowed. The interceptor is the one gate for every request.
    No CorsEnabled or FetchApiAllowed: the page never fetches.
    """
    global _scheme_registered
    if _scheme_registered or QWebEngineUrlScheme.schemeByName(SCHEME).name() == SCHEME:
        _scheme_registered = True
        return
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _scheme_registered = True
