"""Where the team server has PostGIS, the neighborhoods and the assets are also spatial views that the
municipality's GIS opens directly (QGIS: Add PostGIS layers), in WGS 84 and in Israel's grid (ITM, EPSG:2039).

Views, not copies: they show the workspace as it is now, and the app keeps writing its own tables. Made by the
workspace's owner whenever the schema is made or upgraded; a server without PostGIS simply has none.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

NEIGHBORHOODS_VIEW, ASSETS_VIEW = "gis_neighborhoods", "gis_assets"

_VIEWS = {
    NEIGHBORHOODS_VIEW: """
        SELECT n.id, n.uid, n.name, n.population, p.full_name AS coordinator,
               ST_SetSRID(ST_GeomFromGeoJSON(n.boundary_geojson), 4326)::geometry(Geometry, 4326) AS geom,
               ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(n.boundary_geojson), 4326), 2039)::geometry(Geometry, 2039)
                   AS geom_itm
        FROM neighborhood n LEFT JOIN person p ON p.id = n.coordinator_id
        WHERE n.boundary_geojson IS NOT NULL""",
    ASSETS_VIEW: """
        SELECT a.id, a.uid, a.name, a.category, n.name AS neighborhood, a.address, a.notes,
               ST_SetSRID(ST_MakePoint(a.longitude, a.latitude), 4326)::geometry(Point, 4326) AS geom,
               ST_Transform(ST_SetSRID(ST_MakePoint(a.longitude, a.latitude), 4326), 2039)::geometry(Point, 2039)
                   AS geom_itm
        FROM asset a LEFT JOIN neighborhood n ON n.id = a.neighborhood_id""",
}


def has_postgis(connection: Connection) -> bool:
    """Whether PostGIS is in the database, adding it when the server offers it and this role may (a database's
    owner may on most servers; otherwise its administrators add it, and the views come with the next upgrade)."""
    installed = connection.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).first()
    if installed is not None:
        return True
    available = connection.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).first()
    if available is None:
        return False
    attempt = connection.begin_nested()
    try:
        connection.execute(text("CREATE EXTENSION postgis"))
    except Exception:  # noqa: BLE001 - any refusal (no right to, a broken install) means: no views
        attempt.rollback()
        return False
    attempt.commit()
    return True


def drop_spatial_views(connection: Connection) -> None:
    """Before the schema changes under them."""
    for view in _VIEWS:
        connection.execute(text(f"DROP VIEW IF EXISTS {view}"))


def make_spatial_views(connection: Connection) -> bool:
    """The views, made again over the current schema; False when the server has no PostGIS."""
    if not has_postgis(connection):
        return False
    drop_spatial_views(connection)
    for view, query in _VIEWS.items():
        connection.execute(text(f"CREATE VIEW {view} AS {query}"))
    return True
