"""What a tool recorded that shows a journey task done: the task, and the evidence in words for the task's notes
(None while the records do not show it yet). The app offers the task as done; only the user marks it."""

from __future__ import annotations

from dataclasses import dataclass

from .text import Text


@dataclass(frozen=True, slots=True)
class TaskEvidence:
    task_key: str
    text: Text | None
