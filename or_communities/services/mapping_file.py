"""A neighborhood's mapping file (stages 1 and 2): its profile, a drawing of it with its assets, the assets, the
partners who work in it and its leaders — by name only unless the user asks for their contact details."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..domain.documents import Block, Document, Fields, Heading, Paragraph, Picture, Table
from ..domain.mapping import Asset
from ..domain.records import PersonRole
from ..domain.text import Phrasebook

if TYPE_CHECKING:
    from .workspace import Workspace

LEADER_ROLES = (PersonRole.COMMUNITY_COORDINATOR, PersonRole.NEIGHBORHOOD_LEADER, PersonRole.BUILDING_COORDINATOR)

label = Phrasebook(
    {
        "title": ("תיק מיפוי – {0}", "Mapping file – {0}"),
        "profile": ("פרופיל השכונה", "The neighborhood's profile"),
        "population": ("אוכלוסייה", "Population"),
        "coordinator": ("רכז/ת קהילה", "Community coordinator"),
        "description": ("תיאור", "Description"),
        "strengths": ("כוחות", "Strengths"),
        "needs": ("צרכים", "Needs"),
        "map": ("מפה", "Map"),
        "map_caption": ("גבול השכונה והנכסים, ממוספרים כברשימה; צפון למעלה", "The boundary and the assets, numbered as in the list; north up"),
        "no_map": ("לשכונה אין עדיין גבול או נכסים על המפה.", "The neighborhood has no boundary or assets on the map yet."),
        "assets": ("נכסים קהילתיים", "Community assets"),
        "number": ("מס׳", "No."),
        "name": ("שם", "Name"),
        "category": ("סוג", "Kind"),
        "address": ("כתובת", "Address"),
        "partners": ("שותפים בשכונה", "Partners in the neighborhood"),
        "kind": ("סוג", "Kind"),
        "contribution": ("תרומה", "Contribution"),
        "contact": ("איש/אשת קשר", "Contact"),
        "phone": ("טלפון", "Phone"),
        "email": ("דוא״ל", "Email"),
        "leaders": ("מנהיגות השכונה", "The neighborhood's leadership"),
        "role": ("תפקיד", "Role"),
        "none": ("אין עדיין.", "None yet."),
        "private": (
            "שמות בלבד: פרטי הקשר של האנשים נשארים בקובץ העבודה.",
            "Names only: the people's contact details stay in the workspace.",
        ),
        "written": ("הופק ב־{0} מתוך קהילות אור", "Written on {0} by Or Communities"),
    }
)


class MappingFileService:
    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace

    def document(self, neighborhood_id: int, language: str, contact_details: bool = False) -> Document:
        neighborhood = self._workspace.neighborhoods.get(neighborhood_id)
        assets = self._workspace.assets.list(neighborhood_id)
        blocks: list[Block] = [Heading(label("profile", language)), self._profile(neighborhood_id, language)]
        for key in ("description", "strengths", "needs"):
            text = getattr(neighborhood.profile, key)
            if text:
                blocks.extend([Heading(label(key, language), 3), Paragraph(text)])
        blocks.append(Heading(label("map", language)))
        blocks.append(self._drawing(neighborhood_id, assets, language))
        blocks.append(Heading(label("assets", language)))
        blocks.append(
            Table(
                (label("number", language), label("name", language), label("category", language), label("address", language)),
                tuple(
                    (str(number), asset.name, asset.category.label.get(language), asset.address)
                    for number, asset in enumerate(assets, start=1)
                ),
                numeric=frozenset({0}),
            )
            if assets else Paragraph(label("none", language))
        )
        blocks.extend(self._partners(neighborhood_id, language, contact_details))
        blocks.extend(self._leaders(neighborhood_id, language, contact_details))
        city = self._workspace.city.get().name
        written = label("written", language).format(self._workspace.clock().strftime("%d/%m/%Y"))
        return Document(label("title", language).format(neighborhood.name), language, tuple(blocks), city, written)

    def _profile(self, neighborhood_id: int, language: str) -> Fields:
        neighborhood = self._workspace.neighborhoods.get(neighborhood_id)
        population = neighborhood.profile.population
        return Fields(
            (
                (label("population", language), f"{population:,}" if population is not None else "—"),
                (label("coordinator", language), neighborhood.coordinator_name or "—"),
            )
        )

    def _drawing(self, neighborhood_id: int, assets: list[Asset], language: str) -> Block:
        from ..maps.neighborhood_drawing import neighborhood_svg

        svg = neighborhood_svg(self._workspace.division.boundary(neighborhood_id), assets)
        if svg is None:
            return Paragraph(label("no_map", language))
        return Picture(svg, label("map_caption", language), width_mm=130)

    def _partners(self, neighborhood_id: int, language: str, contact_details: bool) -> list[Block]:
        coalition = {entry.partner.id for entry in self._workspace.coalitions.members(neighborhood_id)}
        partners = [
            partner for partner in self._workspace.partners.list()
            if neighborhood_id in partner.neighborhood_ids or partner.id in coalition
        ]
        headers = [label("name", language), label("kind", language), label("contribution", language)]
        if contact_details:
            headers += [label("contact", language), label("phone", language), label("email", language)]
        rows = []
        for partner in sorted(partners, key=lambda p: p.name):
            row = [partner.name, partner.kind.label.get(language), partner.contribution]
            if contact_details:
                row += [partner.contact_person, partner.phone, partner.email]
            rows.append(tuple(row))
        body: Block = Table(tuple(headers), tuple(rows)) if rows else Paragraph(label("none", language))
        return [Heading(label("partners", language)), body]

    def _leaders(self, neighborhood_id: int, language: str, contact_details: bool) -> list[Block]:
        leaders = [
            person for person in self._workspace.people.list()
            if person.neighborhood_id == neighborhood_id and person.roles & set(LEADER_ROLES)
        ]
        headers = [label("name", language), label("role", language)]
        if contact_details:
            headers += [label("phone", language), label("email", language)]
        rows = []
        for person in sorted(leaders, key=lambda p: p.full_name):
            roles = ", ".join(role.label.get(language) for role in LEADER_ROLES if role in person.roles)
            rows.append(tuple([person.full_name, roles] + ([person.phone, person.email] if contact_details else [])))
        blocks: list[Block] = [Heading(label("leaders", language))]
        blocks.append(Table(tuple(headers), tuple(rows)) if rows else Paragraph(label("none", language)))
        if rows and not contact_details:
            blocks.append(Paragraph(label("private", language)))
        return blocks
