"""Journeys 3 and 4 in the map area: the city on the map, choosing, checking, drawing, placing, importing, exporting."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import geopandas
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QStyle, QStyleOptionButton, QWidget

from or_communities.domain.catalog import Area
from or_communities.ui.views.map_area import MapAreaView
from tests.geodata import shared_geodata
from tests.helpers import type_text, when_modal
from tests.map_page_checks import KEY_POINT_LINES, css_rgb
from tests.ui.test_map_widget import wait_for_mouse_input

LOAD_TIMEOUT = 45_000  # generous: the whole suite runs beside other work on small machines
TLV = "tlv-neighborhoods-wgs84/neighborhoods.geojson"


def _map_area(make_controller, qtbot, workspace: Path, dialogs) -> tuple[object, MapAreaView]:
    controller = make_controller(dialogs=dialogs)
    controller.start(workspace)
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    with qtbot.waitSignal(_first_ready(shell), timeout=LOAD_TIMEOUT):
        pass
    view = shell.view(Area.MAP)
    assert isinstance(view, MapAreaView)
    wait_for_mouse_input(qtbot, view.map)
    return controller, view


def _first_ready(shell):
    """Show the map area and give back the signal that says its page has drawn."""
    from or_communities.ui.views.map_area import MapAreaView  # noqa: F401

    shell.show_area(Area.MAP)
    return shell.view(Area.MAP).map.ready


def run_js(qtbot, view, code: str):
    """The JSON value of ``code`` in the page of a view's map (or of a dialog's)."""
    results: list = []
    view.map.page().runJavaScript(f"JSON.stringify(eval({json.dumps(code)}))", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=15_000)
    return json.loads(results[0]) if results[0] else None


def reload_and_wait(qtbot, view: MapAreaView, action) -> int:
    with qtbot.waitSignal(view.map.ready, timeout=LOAD_TIMEOUT) as ready:
        action()
    return ready.args[0]


def test_the_demo_city_is_drawn_and_a_neighborhood_chosen_in_the_list_is_highlighted(
    make_controller, qtbot, demo_path, fake_dialogs
):
    """All ten neighborhoods and their assets are drawn; picking one in the list selects it on the map."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    drawn = run_js(qtbot, view, "orMap.drawnShapeCount()")
    assets = controller.workspace.assets.list()
    assert drawn == 10 + len(assets)
    assert view.neighborhood_list.count() == 10
    view.neighborhood_list.setCurrentRow(3)
    chosen_id = view.selected_neighborhood_id()
    qtbot.waitUntil(lambda: run_js(qtbot, view, "orMap.selectedArea()") == f"n{chosen_id}", timeout=15_000)


def test_clicking_a_neighborhood_on_the_map_chooses_it_in_the_list(make_controller, qtbot, demo_path, fake_dialogs):
    """A real mouse click on a neighborhood's shape comes back to Python and chooses it in the list."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    target_id = view.neighborhood_list.item(5).data(Qt.ItemDataRole.UserRole)
    boundary = controller.workspace.division.boundary(target_id)
    from shapely.geometry import shape

    inside = shape(boundary).representative_point()
    view.map.zoom_to(shape(boundary).bounds)
    qtbot.wait(400)
    position = run_js(qtbot, view, f"orMap.screenPoint({inside.y}, {inside.x})")
    with qtbot.waitSignal(view.map.area_clicked, timeout=15_000) as clicked:
        qtbot.mouseClick(view.map.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(*position))
    assert clicked.args == [f"n{target_id}"]
    assert view.selected_neighborhood_id() == target_id


def test_coloring_by_population_and_hiding_a_layer(make_controller, qtbot, demo_path, fake_dialogs):
    """Coloring by population redraws the legend; unticking a category hides its points on the map."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    reload_and_wait(qtbot, view, lambda: view.color_combo.setCurrentIndex(2))
    legend = run_js(qtbot, view, "document.querySelector('.orc-legend').innerText")
    assert "אוכלוסייה" in legend
    before = run_js(qtbot, view, "orMap.drawnShapeCount()")
    schools = [a for a in controller.workspace.assets.list() if a.category.value == "school"]
    view.layer_checks["school"].setChecked(False)
    qtbot.waitUntil(lambda: run_js(qtbot, view, "orMap.drawnShapeCount()") == before - len(schools), timeout=15_000)


def test_the_key_names_each_asset_category_in_hebrew(make_controller, qtbot, demo_path, fake_dialogs):
    """The demo city's key has a line for each asset category on the map: its Hebrew name and its dot's colour."""
    from or_communities.maps.city_map import CATEGORY_COLORS

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    categories = sorted({asset.category for asset in controller.workspace.assets.list()}, key=list(CATEGORY_COLORS).index)
    expected = [[category.value, category.label.he, css_rgb(CATEGORY_COLORS[category]), False] for category in categories]
    assert len(expected) > 3 and run_js(qtbot, view, KEY_POINT_LINES) == expected


def test_the_layer_check_boxes_sit_right_of_their_names_in_hebrew(make_controller, qtbot, demo_path, fake_dialogs):
    """In Hebrew each layer's check box in the map area is drawn to the right of its name."""
    _controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    for check in view.layer_checks.values():
        option = QStyleOptionButton()
        check.initStyleOption(option)
        box = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check)
        name = check.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, check)
        assert box.left() >= name.right(), check.text()


def test_check_the_division_then_zoom_to_a_finding(make_controller, qtbot, demo_path, fake_dialogs):
    """An overlap drawn over a neighborhood is listed by the check; clicking it chooses the neighborhood."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    first_id = view.neighborhood_list.item(0).data(Qt.ItemDataRole.UserRole)
    boundary = controller.workspace.division.boundary(first_id)
    intruder = controller.workspace.neighborhoods.add("שכונה חופפת")
    controller.workspace.division.set_boundary(intruder.id, boundary)
    reload_and_wait(qtbot, view, controller.window.shell.events.announce)
    qtbot.mouseClick(view.findChild(QWidget, "validateButton"), Qt.MouseButton.LeftButton)
    texts = [view.findings_list.item(row).text() for row in range(view.findings_list.count())]
    overlap_row = next(row for row, text in enumerate(texts) if "שכונה חופפת" in text)
    item = view.findings_list.item(overlap_row)
    qtbot.mouseClick(
        view.findings_list.viewport(), Qt.MouseButton.LeftButton, pos=view.findings_list.visualItemRect(item).center()
    )
    assert view.selected_neighborhood_id() in (first_id, intruder.id)


def test_place_an_asset_by_clicking_the_map(make_controller, qtbot, demo_path, fake_dialogs):
    """After 'Add an asset', a click on the map opens the asset form; its Hebrew name is saved at that place."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    before = len(controller.workspace.assets.list())
    qtbot.mouseClick(view.findChild(QWidget, "addAssetButton"), Qt.MouseButton.LeftButton)

    def fill(dialog: QWidget) -> None:
        type_text(dialog.findChild(QWidget, "assetName"), "מרכז צעירים")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(fill)
    centre = view.map.view.rect().center()

    def placed() -> bool:
        # Chromium can drop a click while it is busy; a real user clicks again, and so does this test.
        if len(controller.workspace.assets.list()) == before:
            qtbot.mouseClick(view.map.view.focusProxy(), Qt.MouseButton.LeftButton, pos=centre)
            qtbot.wait(300)
        return len(controller.workspace.assets.list()) > before

    qtbot.waitUntil(placed, timeout=LOAD_TIMEOUT)
    assets = controller.workspace.assets.list()
    assert len(assets) == before + 1
    added = next(a for a in assets if a.name == "מרכז צעירים")
    assert 34.0 < added.longitude < 36.0 and 29.0 < added.latitude < 34.0


def test_import_boundaries_through_the_dialog(make_controller, qtbot, tmp_path, fake_dialogs):
    """A municipal zip (EPSG:2039, cp1255, no .cpg) is previewed on the map and merged into a new city."""
    frame = geopandas.read_file(shared_geodata(TLV)).to_crs("EPSG:2039").rename(columns={"neighborhood": "שם"})
    folder = tmp_path / "shp"
    folder.mkdir()
    frame.to_file(folder / "shchunot.shp", encoding="cp1255")
    (folder / "shchunot.cpg").unlink(missing_ok=True)
    archive = tmp_path / "shchunot.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for part in folder.iterdir():
            zipped.write(part, part.name)
    controller = make_controller(dialogs=fake_dialogs)
    controller.create_city(tmp_path / "tlv.orcity", "תל אביב-יפו", 2027)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    with qtbot.waitSignal(_first_ready(shell), timeout=LOAD_TIMEOUT):
        pass
    view = shell.view(Area.MAP)
    fake_dialogs.files.append(archive)
    seen: dict[str, object] = {}

    def review(dialog: QWidget) -> None:
        assert isinstance(dialog, QDialog)
        qtbot.waitUntil(lambda: dialog.findChild(QWidget, "importButton").isEnabled(), timeout=LOAD_TIMEOUT)
        seen["field"] = dialog.findChild(QWidget, "nameFieldCombo").currentText()
        values = dialog.findChild(QWidget, "fieldValues")
        seen["values"] = [values.item(row).text() for row in range(values.count())]
        seen["plan"] = dialog.findChild(QWidget, "planLabel").text()
        qtbot.waitUntil(lambda: dialog.map.is_ready(), timeout=LOAD_TIMEOUT)
        seen["drawn"] = run_js(qtbot, dialog, "orMap.drawnShapeCount()")
        dialog.findChild(QWidget, "importButton").click()

    when_modal(review)
    qtbot.mouseClick(view.findChild(QWidget, "importBoundariesButton"), Qt.MouseButton.LeftButton)
    names = sorted(frame["שם"])
    assert seen["field"] == "שם"
    assert set(seen["values"]) <= set(names) and seen["values"]
    assert str(len(names)) in str(seen["plan"])
    assert seen["drawn"] == len(names)
    assert sorted(n.name for n in controller.workspace.neighborhoods.list()) == names


def test_a_replacing_boundary_file_that_renames_a_neighborhood_renames_it_through_the_dialog(
    make_controller, qtbot, demo_path, tmp_path, fake_dialogs
):
    """The city's own boundaries with one neighborhood renamed, imported to replace the division: the dialog says
    it is renamed (not removed and added), and the neighborhood keeps its id and its population under the new name."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    boundaries = controller.workspace.division.boundaries()
    kept_id, old_name, _geometry = boundaries[0]
    population = next(n for n in controller.workspace.neighborhoods.list() if n.id == kept_id).profile.population
    features = [
        {"type": "Feature", "properties": {"name": "רובע הפעמונים" if nid == kept_id else name}, "geometry": geometry}
        for nid, name, geometry in boundaries
    ]
    path = tmp_path / "חלוקה.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    fake_dialogs.files.append(path)
    seen: dict[str, str] = {}

    def review(dialog: QWidget) -> None:
        qtbot.waitUntil(lambda: dialog.findChild(QWidget, "importButton").isEnabled(), timeout=LOAD_TIMEOUT)
        target = dialog.findChild(QWidget, "targetCombo")
        target.setCurrentIndex(target.findData("replace"))
        seen["plan"] = dialog.findChild(QWidget, "planLabel").text()
        dialog.findChild(QWidget, "importButton").click()

    when_modal(review)
    qtbot.mouseClick(view.findChild(QWidget, "importBoundariesButton"), Qt.MouseButton.LeftButton)
    assert "היא עכשיו" in seen["plan"] and "רובע הפעמונים" in seen["plan"] and old_name in seen["plan"]
    renamed = next(n for n in controller.workspace.neighborhoods.list() if n.id == kept_id)
    assert (renamed.name, renamed.profile.population) == ("רובע הפעמונים", population)
    assert len(controller.workspace.neighborhoods.list()) == len(boundaries)


def test_the_map_colors_the_neighborhoods_by_a_success_metric(make_controller, qtbot, demo_path, fake_dialogs):
    """Choosing a success metric in "color by" redraws the map with each neighborhood in its dashboard color (green,
    amber, red, grey) and a key that names the metric and the four standings in Hebrew."""
    from or_communities.domain.measures import Measure
    from or_communities.maps.city_map import RATING_COLORS
    from or_communities.services.map_pages import city_map

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    combo = view.findChild(QWidget, "colorByCombo")
    with qtbot.waitSignal(view.map.ready, timeout=LOAD_TIMEOUT):
        combo.setCurrentIndex(combo.findData(f"measure:{Measure.BUDGET_USED.value}"))
    text = run_js(qtbot, view, "document.body.innerText")
    assert "ניצול התקציב" in text and "הושג היעד" in text and "רחוק מהיעד" in text
    content = city_map(controller.workspace, "he", measure=Measure.BUDGET_USED)
    board = {row.name: row.rating(Measure.BUDGET_USED) for row in controller.workspace.dashboard.dashboard().neighborhoods}
    assert {area.name: area.color for area in content.areas} == {
        area.name: RATING_COLORS[board[area.name]] for area in content.areas
    }


def test_import_assets_from_excel_through_the_map(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """An Excel list of assets is read off the interface thread, filed under neighborhoods and drawn."""
    import openpyxl

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    boundary = controller.workspace.division.boundary(view.neighborhood_list.item(0).data(Qt.ItemDataRole.UserRole))
    from shapely.geometry import shape

    inside = shape(boundary).representative_point()
    workbook = openpyxl.Workbook()
    workbook.active.append(["שם", "סוג", "קו רוחב", "קו אורך"])
    workbook.active.append(["ספריית השכונה", "מרחב התכנסות", inside.y, inside.x])
    workbook.save(tmp_path / "נכסים.xlsx")
    before = run_js(qtbot, view, "orMap.drawnShapeCount()")
    fake_dialogs.files.append(tmp_path / "נכסים.xlsx")
    with qtbot.waitSignal(view.map.ready, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(view.findChild(QWidget, "importAssetsButton"), Qt.MouseButton.LeftButton)
    added = next(a for a in controller.workspace.assets.list() if a.name == "ספריית השכונה")
    assert added.neighborhood_id == view.neighborhood_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert added.category.value == "gathering_space"
    assert run_js(qtbot, view, "orMap.drawnShapeCount()") == before + 1
    assert fake_dialogs.infos and "1" in fake_dialogs.infos[-1][1]


def test_a_bad_asset_file_is_refused_with_a_message(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """A list with no coordinates gets a message saying what is wrong, and the workspace keeps its assets."""
    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    before = controller.workspace.assets.list()
    listing = tmp_path / "list.csv"
    listing.write_text("שם,כתובת\nמתנ\"ס,הרצל 1\n", encoding="utf-8-sig")
    fake_dialogs.files.append(listing)
    qtbot.mouseClick(view.findChild(QWidget, "importAssetsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(fake_dialogs.errors), timeout=20_000)
    assert "קואורדינט" in fake_dialogs.errors[-1][1] or "coordinate" in fake_dialogs.errors[-1][1]
    assert controller.workspace.assets.list() == before


@pytest.mark.parametrize(
    ("case_name", "words"),
    [("zip-bomb", ("יותר מ-200 MB", "לא נפתח")), ("zip-path-traversal", ("מחוץ לו", "עותק נקי")),
     ("kml-entity-bomb", ("ישויות XML", "עותק נקי"))],
)
def test_a_hostile_asset_file_is_refused_in_hebrew(make_controller, qtbot, demo_path, tmp_path, fake_dialogs, case_name, words):
    """A zip bomb, a zip naming files outside itself and a KML entity bomb are refused unread with a Hebrew message
    saying what the file is and what to do; the workspace keeps its assets."""
    from tests.hostile_corpus import all_cases

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    before = controller.workspace.assets.list()
    case = next(case for case in all_cases() if case.name == case_name)
    fake_dialogs.files.append(Path(case.make(tmp_path)[0]))
    qtbot.mouseClick(view.findChild(QWidget, "importAssetsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(fake_dialogs.errors), timeout=20_000)
    message = fake_dialogs.errors[-1][1]
    assert all(word in message for word in words), message
    assert controller.workspace.assets.list() == before


def test_an_asset_file_naming_too_few_offers_the_field_that_names_them(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """15 of 40 shelters have no name in the guessed field: the window says so in Hebrew and offers "תיאור", which
    names all 40; taking it reads the file again and adds 40, saying the 3 without a place were left out."""
    from tests.hostile_corpus import shelters_with_unnamed

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    before = len(controller.workspace.assets.list())
    fake_dialogs.files.append(shelters_with_unnamed(tmp_path))
    fake_dialogs.picks.append(0)
    fake_dialogs.confirmations += [True, True]
    qtbot.mouseClick(view.findChild(QWidget, "importAssetsButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(fake_dialogs.infos), timeout=30_000)
    assert "15" in fake_dialogs.questions[0] and "40" in fake_dialogs.questions[0] and "“תיאור”" in fake_dialogs.questions[0]
    assert "תיאור" in fake_dialogs.options[0][0]
    assert len(controller.workspace.assets.list()) == before + 40
    assert "3" in fake_dialogs.infos[-1][1]


def test_export_the_map_as_html_and_geopackage(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """The map is written as one offline HTML file and as a GeoPackage without contact details unless asked."""
    import pyogrio

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    fake_dialogs.files.append(tmp_path / "מפה.html")
    qtbot.mouseClick(view.findChild(QWidget, "exportMapButton"), Qt.MouseButton.LeftButton)
    page = (tmp_path / "מפה.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/json" id="orc-map-data">(.*?)</script>', page, re.S)
    data = json.loads(block.group(1))
    assert data["rtl"] is True and data["standalone"] is True
    assert len(data["areas"]) == 10 and any("רובע" in json.dumps(area, ensure_ascii=False) for area in data["areas"])
    fake_dialogs.files.append(tmp_path / "map.gpkg")
    fake_dialogs.confirmations.append(False)
    qtbot.mouseClick(view.findChild(QWidget, "exportMapButton"), Qt.MouseButton.LeftButton)
    layers = {name for name, _ in pyogrio.list_layers(tmp_path / "map.gpkg")}
    assert {"neighborhoods", "assets"} <= layers
    phones = [p.phone for p in controller.workspace.partners.list() if p.phone]
    assert phones and not any(phone.encode() in (tmp_path / "map.gpkg").read_bytes() for phone in phones)


def test_group_census_areas_chosen_on_the_map(make_controller, qtbot, tmp_path, fake_dialogs):
    """Census areas imported as such are chosen by real clicks on the map and become a neighborhood with their population."""
    from shapely.geometry import shape

    from or_communities import paths

    controller = make_controller(dialogs=fake_dialogs)
    controller.create_city(tmp_path / "bs.orcity", "באר שבע", 2027)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    features = json.loads(paths.demo_city_geodata().read_text(encoding="utf-8"))["features"][:3]
    controller.workspace.division.import_statistical_areas(
        [(str(f["properties"]["YISHUV_STAT11"]), "", int(f["properties"]["Pop_Total"]), f["geometry"]) for f in features]
    )
    shell = controller.window.shell
    with qtbot.waitSignal(_first_ready(shell), timeout=LOAD_TIMEOUT):
        pass
    view = shell.view(Area.MAP)
    reload_and_wait(qtbot, view, lambda: view.grouping_check.setChecked(True))
    wait_for_mouse_input(qtbot, view.map)
    areas = controller.workspace.division.statistical_areas()
    for area in areas[:2]:
        view.map.zoom_to(shape(area.geometry).bounds)
        qtbot.wait(300)
        inside = shape(area.geometry).representative_point()
        position = run_js(qtbot, view, f"orMap.screenPoint({inside.y}, {inside.x})")
        with qtbot.waitSignal(view.map.area_clicked, timeout=15_000):
            qtbot.mouseClick(view.map.view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(*position))
    assert sorted(run_js(qtbot, view, "orMap.selectedAreas()")) == sorted(f"s{a.id}" for a in areas[:2])
    fake_dialogs.texts.append("שכונת הדגמה")
    with qtbot.waitSignal(view.map.ready, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(view.group_button, Qt.MouseButton.LeftButton)
    made = next(n for n in controller.workspace.neighborhoods.list() if n.name == "שכונת הדגמה")
    assert made.profile.population == sum(a.population for a in areas[:2])
    assert made.has_boundary


def test_import_a_colleagues_map_through_the_dialog(make_controller, qtbot, demo_path, tmp_path, fake_dialogs):
    """A colleague's GeoPackage is previewed in the merge dialog and merged into an empty city."""
    from or_communities.services.workspace import Workspace

    colleague = Workspace.open(demo_path)
    colleague.maps.export_geopackage(tmp_path / "colleague.gpkg")
    colleague.close()
    controller = make_controller(dialogs=fake_dialogs)
    controller.create_city(tmp_path / "mine.orcity", "באר שבע", 2027)
    controller.start(None)
    qtbot.waitExposed(controller.window)
    shell = controller.window.shell
    with qtbot.waitSignal(_first_ready(shell), timeout=LOAD_TIMEOUT):
        pass
    view = shell.view(Area.MAP)
    fake_dialogs.files.append(tmp_path / "colleague.gpkg")

    def merge(dialog: QWidget) -> None:
        merge_button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "מיזוג")
        merge_button.click()

    when_modal(merge)
    qtbot.mouseClick(view.findChild(QWidget, "importMapButton"), Qt.MouseButton.LeftButton)
    assert len(controller.workspace.neighborhoods.list()) == 10
    assert controller.workspace.assets.list()


def test_the_map_keeps_where_the_user_was_after_an_edit(make_controller, qtbot, demo_path, fake_dialogs):
    """After the workspace changes the map is rebuilt, but it stays zoomed where the user was."""
    from shapely.geometry import shape

    controller, view = _map_area(make_controller, qtbot, demo_path, fake_dialogs)
    qtbot.waitUntil(lambda: view.map.shown_bounds() is not None, timeout=15_000)
    whole = view.map.shown_bounds()
    smallest = min(
        (shape(geometry) for _, _, geometry in controller.workspace.division.boundaries()), key=lambda s: s.area
    )
    view.map.zoom_to(smallest.bounds)
    qtbot.waitUntil(lambda: _width(view.map.shown_bounds()) < _width(whole) / 2, timeout=15_000)
    zoomed = view.map.shown_bounds()
    reload_and_wait(qtbot, view, controller.window.shell.events.announce)
    qtbot.waitUntil(lambda: _close(view.map.shown_bounds(), zoomed), timeout=15_000)
    assert _width(view.map.shown_bounds()) < _width(whole) / 2


def _width(bounds) -> float:
    return bounds[2] - bounds[0]


def _close(a, b) -> bool:
    return a is not None and all(abs(x - y) < 1e-4 for x, y in zip(a, b, strict=True))
