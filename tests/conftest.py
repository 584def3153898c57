"""Shared set-up: Qt offscreen, a fresh settings file, fake-able dialogs and demo workspaces under tmp_path."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app's logs go to a folder of the test run, never to the user's own log folder.
os.environ.setdefault("OR_COMMUNITIES_LOG_DIR", tempfile.mkdtemp(prefix="or-communities-test-logs-"))
os.environ.setdefault("OR_COMMUNITIES_SERVER_BACKUPS", tempfile.mkdtemp(prefix="or-communities-test-server-backups-"))
if hasattr(os, "geteuid") and os.geteuid() == 0:
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

import pytest
from PySide6 import QtWebEngineWidgets  # noqa: F401 - must be imported before the QApplication exists
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
sys.path.insert(0, str(ROOT))

from or_communities.services.workspace import Workspace
from or_communities.ui.dialogs import Dialogs
from tests.helpers import CITY_TODAY, FakeDialogs


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo city, written once per test run."""
    from or_communities.services.demo import write_demo_workspace

    path = tmp_path_factory.mktemp("demo") / "demo.orcity"
    write_demo_workspace(path).close()
    return path


@pytest.fixture(scope="session")
def postgres_socket() -> Iterator[str]:
    """A throwaway PostgreSQL server for the whole run (see tests/postgres_server.py); the tests that need it skip
    where no server binaries are installed, unless OR_COMMUNITIES_REQUIRE_POSTGRES is set (CI), where they fail."""
    from tests.postgres_server import running_server, server_binaries

    if server_binaries() is None:
        if os.environ.get("OR_COMMUNITIES_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL's server binaries (Debian's postgresql package) are needed here")
        pytest.skip("PostgreSQL's server is not installed here")
    # Not under pytest's own folder: the server's user must reach it, and pytest's folders are the runner's alone.
    folder = Path(tempfile.mkdtemp(prefix="or-communities-postgresql-"))
    try:
        with running_server(folder) as socket:
            yield socket
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_socket: str) -> str:
    """The URL of a fresh, empty database on the test server."""
    from tests.postgres_server import new_database

    return new_database(postgres_socket)


@pytest.fixture(params=["file", "server"])
def city_workspace(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workspace]:
    """An empty city, once in a workspace file and once on a real PostgreSQL server, its today CITY_TODAY."""
    if request.param == "file":
        workspace = Workspace.create(tmp_path / "city.orcity", "ירוחם", 2026, clock=lambda: CITY_TODAY)
    else:
        url = request.getfixturevalue("postgres_url")
        workspace = Workspace.create_on_server(url, "ירוחם", 2026, clock=lambda: CITY_TODAY)
    try:
        yield workspace
    finally:
        workspace.close()


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo city for one test."""
    path = tmp_path / "באר שבע.orcity"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def settings_store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def fake_dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def make_controller(qtbot, settings_store: QSettings, tmp_path: Path) -> Iterator[Callable[..., object]]:
    """Builds the app's controller as `run_app` does, with settings and the demo under tmp_path."""
    from or_communities.ui.app import AppController
    from or_communities.ui.settings import AppSettings

    made = []

    def make(language: str = "he", dialogs: Dialogs | None = None) -> AppController:
        app = QApplication.instance()
        controller = AppController(
            app, AppSettings(settings_store), language, dialogs or FakeDialogs(), demo_path=tmp_path / "demo-city.orcity"
        )
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.window.flush_edits()
        controller.shutdown()
    from or_communities.ui.i18n import install_language

    install_language(QApplication.instance(), "he")
