"""The facts the next steps read about the city or one neighborhood, read the same on a file and on a server."""

from __future__ import annotations

import datetime as dt

from or_communities.domain.next_steps import ChannelFact
from or_communities.domain.planning import Channel, GatheringSpace
from or_communities.services.next_steps import place_facts
from tests.helpers import CITY_TODAY

TODAY = CITY_TODAY


def test_each_place_reads_its_own_channels_and_its_spaces_rules(city_workspace):
    """The city reads only its own channels, a neighborhood only its own (dates as dates); a neighborhood's space
    without agreed rules is said, one with rules or none at all is not."""
    workspace = city_workspace
    north = workspace.neighborhoods.add("צפון").id
    south = workspace.neighborhoods.add("דרום").id
    west = workspace.neighborhoods.add("מערב").id
    events = workspace.events
    events.add_channel(Channel(None, "עדכוני העירייה", last_used=TODAY - dt.timedelta(days=45)))
    events.add_channel(Channel(None, "הורי הצפון", neighborhood_id=north, last_used=TODAY - dt.timedelta(days=3)))
    events.add_channel(Channel(None, "ועד הצפון", neighborhood_id=north))
    events.save_gathering_space(GatheringSpace(north, "מועדון הצפון", rules="  "))
    events.save_gathering_space(GatheringSpace(south, "מתנ\"ס הדרום", rules="שקט אחרי 22:00"))

    city = place_facts(workspace, None)
    assert city.channels == (ChannelFact("עדכוני העירייה", TODAY - dt.timedelta(days=45)),)
    assert not city.space_without_rules
    northern = place_facts(workspace, north)
    assert northern.channels == (ChannelFact("הורי הצפון", TODAY - dt.timedelta(days=3)), ChannelFact("ועד הצפון", None))
    assert northern.space_without_rules
    assert not place_facts(workspace, south).space_without_rules
    western = place_facts(workspace, west)
    assert western.channels == () and not western.space_without_rules
