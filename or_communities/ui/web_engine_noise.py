"""Keeping the web engine's start-up noise off the terminal.

On a machine without a GPU, a D-Bus system bus or Vulkan (most offices' virtual desktops, every CI), QtWebEngine
and its Chromium say so on each start and then draw in software, which is what the map needs. Those lines are not
the user's business: Chromium is asked to log only fatal errors, and Qt's messages about its graphics back ends are
dropped. Every other message still goes where Qt sends it.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

CHROMIUM_FLAGS = "QTWEBENGINE_CHROMIUM_FLAGS"
QUIET_CHROMIUM = "--log-level=3"
"""Chromium's fatal errors only: no 'Failed to connect to the bus' on every start."""
GRAPHICS_NOISE = (
    "QRhiGles2: Failed to create",
    "Failed to create RHI for backend",
    "This plugin does not support createPlatformVulkanInstance",
    "QVulkanInstance: Failed to initialize Vulkan",
    "GBM is not supported",
)
"""The beginnings of Qt's messages about graphics back ends it could not use before falling back to software."""

_quieted = False


def quiet_web_engine() -> None:
    """Call once before the first web engine object exists (Chromium reads its flags when it starts)."""
    global _quieted
    if _quieted:
        return
    flags = os.environ.get(CHROMIUM_FLAGS, "")
    if "--log-level" not in flags:
        os.environ[CHROMIUM_FLAGS] = f"{flags} {QUIET_CHROMIUM}".strip()
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
