"""The process catalog holds the guide's four stages, their tasks and tools."""

from or_communities.domain import catalog
from or_communities.domain.catalog import Scope


def test_stages_hold_the_guides_task_counts():
    """Stages 1-4 have 5, 9, 6 and 4 tasks, as the guide lists them."""
    assert [len(stage.tasks) for stage in catalog.STAGES] == [5, 9, 6, 4]


def test_task_keys_are_unique_and_stable():
    """Every task key is unique and spells its stage and number."""
    keys = [task.key for stage in catalog.STAGES for task in stage.tasks]
    assert len(keys) == len(set(keys))
    assert catalog.TASKS["s2.t4"].name.he == "מיפוי שכונה"


def test_scopes_follow_the_guide():
    """Stages 1 and 4 are city-level, stage 2 per neighborhood, stage 3 mixes both."""
    assert {task.scope for task in catalog.stage(1).tasks} == {Scope.CITY}
    assert {task.scope for task in catalog.stage(2).tasks} == {Scope.NEIGHBORHOOD}
    assert {task.scope for task in catalog.stage(4).tasks} == {Scope.CITY}
    assert Scope.BOTH in {task.scope for task in catalog.stage(3).tasks}
    assert Scope.CITY in {task.scope for task in catalog.stage(3).tasks}


def test_every_tool_named_by_a_task_exists_and_every_tool_is_used():
    """Tasks refer only to known tools, and each of the guide's tools belongs to some task."""
    used = {key for task in catalog.TASKS.values() for key in task.tool_keys}
    assert used <= set(catalog.TOOLS)
    assert set(catalog.TOOLS) <= used


def test_all_catalog_text_is_bilingual():
    """Every stage, task and tool has a Hebrew and an English name."""
    texts = [stage.name for stage in catalog.STAGES] + [task.name for task in catalog.TASKS.values()]
    texts += [tool.name for tool in catalog.TOOLS.values()] + [tool.summary for tool in catalog.TOOLS.values()]
    for text in texts:
        assert text.he.strip() and text.en.strip()
        assert any("\u0590" <= char <= "\u05ff" for char in text.he)
