"""The map import dialog: the preview's records with their states, Merge applies them, Cancel changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from or_communities.domain.records import NeighborhoodProfile
from or_communities.services.map_exchange import MergeState
from or_communities.services.workspace import Workspace
from or_communities.ui.map_import_dialog import MapImportDialog
from or_communities.ui.models.merge_preview_model import (
    STATE_COLORS,
    STATE_ROLE,
    MergePreviewModel,
)


@pytest.fixture
def package(demo_path: Path, tmp_path: Path) -> Path:
    """The demo city exported as a map package."""
    source = Workspace.open(demo_path)
    path = tmp_path / "מפת הדגמה.gpkg"
    source.maps.export_geopackage(path)
    source.close()
    return path


@pytest.fixture
def target(tmp_path: Path) -> Iterator[Workspace]:
    """A colleague's workspace holding one neighborhood of the same name, made there independently."""
    workspace = Workspace.create(tmp_path / "colleague.orcity", "באר שבע (הדגמה)", 2026)
    workspace.neighborhoods.add("רובע 5", NeighborhoodProfile(population=7, description="שלנו"))
    yield workspace
    workspace.close()


def _open_dialog(qtbot, target: Workspace, package: Path) -> MapImportDialog:
    dialog = MapImportDialog(target.maps.preview_import(package), target.maps)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _rows(dialog: MapImportDialog) -> dict[str, MergeState]:
    model = dialog.model
    return {
        model.index(row, MergePreviewModel.NAME).data(): model.index(row, 0).data(STATE_ROLE)
        for row in range(model.rowCount())
    }


def test_dialog_lists_records_with_their_states(qtbot, target, package):
    """Every record of the package is a row; the conflict comes first, colored, and the counts add up."""
    dialog = _open_dialog(qtbot, target, package)
    model = dialog.model
    assert model.rowCount() == len(dialog.preview.items)
    assert _rows(dialog)["רובע 5"] is MergeState.CONFLICTING
    assert model.index(0, MergePreviewModel.NAME).data() == "רובע 5"
    state_cell = model.index(0, MergePreviewModel.STATE)
    assert state_cell.data() == model.state_label(MergeState.CONFLICTING)
    assert state_cell.data(Qt.ItemDataRole.BackgroundRole) == STATE_COLORS[MergeState.CONFLICTING]
    assert "population" in model.item(0).changed_fields and model.index(0, MergePreviewModel.FIELDS).data()
    assert ": 7" in model.index(0, MergePreviewModel.YOURS).data()
    assert dialog.preview.count(MergeState.NEW) == model.rowCount() - 1
    assert str(model.rowCount() - 1) in dialog.counts_label.text()
    assert dialog.conflict_box.isVisible() and dialog.keep_mine.isChecked()


def test_merge_applies_with_the_chosen_conflict_resolution(qtbot, target, package):
    """Choosing take theirs and clicking Merge brings in every record and gives ours their values."""
    dialog = _open_dialog(qtbot, target, package)
    qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.summary is not None and dialog.summary.conflicts_taken == 1
    names = {n.name: n for n in target.neighborhoods.list()}
    assert len(names) == 10 and names["רובע 5"].profile.population != 7


def test_cancel_changes_nothing(qtbot, target, package):
    """Cancel closes the dialog and the workspace still holds only its own neighborhood."""
    dialog = _open_dialog(qtbot, target, package)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.summary is None
    [only] = target.neighborhoods.list()
    assert (only.name, only.profile.population) == ("רובע 5", 7)
    assert target.assets.list() == []
