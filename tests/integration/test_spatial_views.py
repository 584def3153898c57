"""On a team server with PostGIS, the neighborhoods and assets are spatial views a GIS opens directly: listed in
PostGIS's geometry_columns (as QGIS lists layers) in WGS 84 and ITM, read by a second reader (geopandas over
PostGIS), the same shapes as the workspace's, current after an edit, and readable by a viewer."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from or_communities.services.copying import copy_workspace
from or_communities.services.demo import write_demo_workspace
from or_communities.services.workspace import Workspace

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def gis_city(postgres_url, tmp_path):
    from sqlalchemy import create_engine, text

    engine = create_engine(postgres_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        available = connection.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).first()
    if available is None:
        engine.dispose()
        if os.environ.get("OR_COMMUNITIES_REQUIRE_POSTGRES"):
            pytest.fail("PostGIS (Debian's postgresql-postgis package) is needed here")
        pytest.skip("this PostgreSQL server has no PostGIS (Debian's postgresql-postgis package)")
    demo = tmp_path / "demo.orcity"
    write_demo_workspace(demo, TODAY).close()
    copy_workspace(str(demo), postgres_url)
    yield postgres_url, engine
    engine.dispose()


def test_the_views_are_listed_as_layers_in_both_systems(gis_city):
    """geometry_columns names each view's geometry, its type and its system: 4326 and 2039 (ITM)."""
    from sqlalchemy import text

    _url, engine = gis_city
    with engine.connect() as connection:
        layers = set(connection.execute(text(
            "SELECT f_table_name, f_geometry_column, srid, type FROM geometry_columns"
        )).all())
    assert {
        ("gis_neighborhoods", "geom", 4326, "GEOMETRY"), ("gis_neighborhoods", "geom_itm", 2039, "GEOMETRY"),
        ("gis_assets", "geom", 4326, "POINT"), ("gis_assets", "geom_itm", 2039, "POINT"),
    } <= layers


def test_a_second_reader_gets_the_workspaces_shapes_and_an_edit_shows_at_once(gis_city):
    """geopandas reads every neighborhood with a boundary and every asset; a boundary matches the workspace's,
    its ITM twin lies on Israel's grid, and a renamed neighborhood reads renamed with no refresh."""
    import geopandas
    from pyproj import Transformer
    from shapely.geometry import shape

    url, engine = gis_city
    workspace = Workspace.connect(url)
    try:
        bounded = {n.id: n for n in workspace.neighborhoods.list() if n.has_boundary}
        assets = workspace.assets.list()
        first = next(iter(bounded.values()))
        boundary = shape(workspace.division.boundary(first.id))
        with engine.connect() as connection:
            areas = geopandas.read_postgis("SELECT id, name, geom FROM gis_neighborhoods", connection, geom_col="geom")
            grid = geopandas.read_postgis("SELECT id, geom_itm FROM gis_neighborhoods", connection, geom_col="geom_itm")
            places = geopandas.read_postgis("SELECT id, name, geom FROM gis_assets", connection, geom_col="geom")
        assert set(areas["id"]) == set(bounded) and areas.crs.to_epsg() == 4326 and grid.crs.to_epsg() == 2039
        assert len(places) == len(assets) and places.crs.to_epsg() == 4326
        row = areas.set_index("id").loc[first.id]
        assert row["name"] == first.name
        assert row["geom"].symmetric_difference(boundary).area < 1e-12
        centroid = row["geom"].centroid
        x, y = Transformer.from_crs(4326, 2039, always_xy=True).transform(centroid.x, centroid.y)
        itm = grid.set_index("id").loc[first.id]["geom_itm"].centroid
        assert abs(itm.x - x) < 1 and abs(itm.y - y) < 1 and 100_000 < itm.x < 300_000

        workspace.neighborhoods.rename(first.id, "שם חדש")
        with engine.connect() as connection:
            renamed = geopandas.read_postgis("SELECT id, name, geom FROM gis_neighborhoods", connection, geom_col="geom")
        assert renamed.set_index("id").loc[first.id, "name"] == "שם חדש"
    finally:
        workspace.close()


def test_a_viewer_reads_the_views(gis_city):
    """A team member with the viewer's role reads the layers too (as a GIS colleague would be set up)."""
    import psycopg

    from or_communities.cli import run_command

    url, _engine = gis_city
    assert run_command("team", [url, "add-member", "gis", "--role", "viewer", "--no-password"]) == 0
    with psycopg.connect(url.replace("postgres@", "gis@", 1)) as connection:
        (count,) = connection.execute("SELECT count(*) FROM gis_neighborhoods").fetchone()
    assert count > 0
