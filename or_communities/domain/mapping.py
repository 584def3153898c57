"""The mapping file's records: assets on the map and findings about the city's division.

Geometry crosses the layers as GeoJSON geometry dicts in WGS84 (longitude, latitude).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import Enum
from functools import lru_cache

from .errors import InvalidCoordinates
from .text import Text
from .validation import clean_name, clean_text


class AssetCategory(Enum):
    COMMUNITY_CENTER = "community_center"
    SCHOOL = "school"
    KINDERGARTEN = "kindergarten"
    PLACE_OF_WORSHIP = "place_of_worship"
    PARK = "park"
    SHELTER = "shelter"
    CLUB = "club"
    GATHERING_SPACE = "gathering_space"
    PARTNER_SITE = "partner_site"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return ASSET_CATEGORY_LABELS[self]


ASSET_CATEGORY_LABELS: dict[AssetCategory, Text] = {
    AssetCategory.COMMUNITY_CENTER: Text("מרכז קהילתי", "Community center"),
    AssetCategory.SCHOOL: Text("בית ספר", "School"),
    AssetCategory.KINDERGARTEN: Text("גן ילדים", "Kindergarten"),
    AssetCategory.PLACE_OF_WORSHIP: Text("בית כנסת / מקום תפילה", "Synagogue / place of worship"),
    AssetCategory.PARK: Text("פארק / גינה", "Park / garden"),
    AssetCategory.SHELTER: Text("מקלט", "Shelter"),
    AssetCategory.CLUB: Text("מועדון", "Club"),
    AssetCategory.GATHERING_SPACE: Text("מרחב התכנסות", "Gathering space"),
    AssetCategory.PARTNER_SITE: Text("אתר של שותף", "Partner's site"),
    AssetCategory.OTHER: Text("אחר", "Other"),
}

# Words that name a category in municipal files, Hebrew and English, for matching imported values.
ASSET_CATEGORY_WORDS: dict[AssetCategory, tuple[str, ...]] = {
    AssetCategory.COMMUNITY_CENTER: ("מרכז קהילתי", "מתנ\"ס", "מתנס", "community center", "community centre"),
    AssetCategory.SCHOOL: ("בית ספר", "בית-ספר", "בי\"ס", "ביס", "school"),
    AssetCategory.KINDERGARTEN: ("גן ילדים", "גני ילדים", "גן", "מעון", "kindergarten", "preschool"),
    AssetCategory.PLACE_OF_WORSHIP: ("בית כנסת", "בית-כנסת", "בתי כנסת", "מסגד", "כנסייה", "חילווה", "synagogue", "mosque", "church", "place of worship"),
    AssetCategory.PARK: ("פארק", "גינה", "גן ציבורי", "park", "garden"),
    AssetCategory.SHELTER: ("מקלט", "מקלט ציבורי", "מרחב מוגן", "ממ\"ק", "shelter"),
    AssetCategory.CLUB: ("מועדון", "מועדון נוער", "מועדון קשישים", "club"),
    AssetCategory.GATHERING_SPACE: ("מרחב התכנסות", "מרחב קהילתי", "gathering space"),
    AssetCategory.PARTNER_SITE: ("אתר שותף", "שותף", "partner site", "partner"),
    AssetCategory.OTHER: ("אחר", "other"),
}


@lru_cache(maxsize=512)
def category_from_text(value: str) -> AssetCategory:
    """The category an imported value names (its key, or a Hebrew or English word); OTHER when none does."""
    cleaned = " ".join(value.replace("_", " ").split()).strip().lower()
    if not cleaned:
        return AssetCategory.OTHER
    for category in AssetCategory:
        if cleaned == category.value.replace("_", " "):
            return category
    for category, words in ASSET_CATEGORY_WORDS.items():
        if cleaned in words:
            return category
    for category, words in ASSET_CATEGORY_WORDS.items():
        if any(len(word) > 2 and word in cleaned for word in words):
            return category
    return AssetCategory.OTHER


@dataclass(frozen=True, slots=True)
class Asset:
    """A place that serves a neighborhood's community, as a point."""

    id: int | None
    name: str
    category: AssetCategory
    longitude: float
    latitude: float
    neighborhood_id: int | None = None
    address: str = ""
    notes: str = ""
    uid: str = ""
    version: int = field(default=0, compare=False)  # as read (see EditConflict); not part of what the record says


class FindingKind(Enum):
    OVERLAP = "overlap"
    GAP = "gap"
    UNNAMED = "unnamed"
    DUPLICATE_NAME = "duplicate_name"
    INVALID_GEOMETRY = "invalid_geometry"
    OUTSIDE_CITY = "outside_city"


Bounds = tuple[float, float, float, float]
"""West, south, east, north in WGS84 degrees."""


@dataclass(frozen=True, slots=True)
class DivisionFinding:
    """One problem in the city's division into neighborhoods, and where it is."""

    kind: FindingKind
    neighborhood_ids: tuple[int, ...]
    neighborhood_names: tuple[str, ...]
    bounds: Bounds | None
    area_square_metres: float | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class AssetImport:
    """What adding a file's assets did."""

    added: int
    outside: tuple[str, ...] = ()
    """The names of the assets no neighborhood's boundary holds."""


class UncheckedReason(Enum):
    NO_CITY_BOUNDARY = "no_city_boundary"
    """Gaps and parts outside the city are measured against the municipal boundary."""
    NO_NEIGHBORHOOD_BOUNDARIES = "no_neighborhood_boundaries"
    """No neighborhood has a boundary yet, so no shape could be checked."""


@dataclass(frozen=True, slots=True)
class DivisionReport:
    """What checking the division found, and what it could not check and why."""

    findings: tuple[DivisionFinding, ...]
    unchecked: tuple[tuple[FindingKind, UncheckedReason], ...] = ()
    without_boundary: tuple[str, ...] = ()
    """Neighborhoods with no boundary: their shapes were not checked."""

    @property
    def sound(self) -> bool:
        """Nothing found, and nothing left unchecked."""
        return not self.findings and not self.unchecked and not self.without_boundary


def unchecked_parts(
    neighborhoods: list[tuple[int, str, dict | None]], city_boundary: dict | None
) -> tuple[tuple[FindingKind, UncheckedReason], ...]:
    """The checks of the division that cannot run on what the workspace holds, each with the reason."""
    if not any(geometry for _id, _name, geometry in neighborhoods):
        geometric = (FindingKind.OVERLAP, FindingKind.INVALID_GEOMETRY, FindingKind.GAP, FindingKind.OUTSIDE_CITY)
        return tuple((kind, UncheckedReason.NO_NEIGHBORHOOD_BOUNDARIES) for kind in geometric)
    if city_boundary is None:
        return ((FindingKind.GAP, UncheckedReason.NO_CITY_BOUNDARY), (FindingKind.OUTSIDE_CITY, UncheckedReason.NO_CITY_BOUNDARY))
    return ()


def check_coordinates(longitude: float, latitude: float) -> None:
    if not (-180.0 <= longitude <= 180.0 and -90.0 <= latitude <= 90.0):
        raise InvalidCoordinates(longitude, latitude)


def clean_asset(asset: Asset, neighborhood_id: int | None = None) -> Asset:
    """The asset as stored: checked place, clean name and address; ``neighborhood_id`` fills a missing one."""
    check_coordinates(asset.longitude, asset.latitude)
    return dataclasses.replace(
        asset,
        name=clean_name(asset.name),
        neighborhood_id=asset.neighborhood_id if asset.neighborhood_id is not None else neighborhood_id,
        address=clean_text(asset.address),
        notes=asset.notes.strip(),
    )
