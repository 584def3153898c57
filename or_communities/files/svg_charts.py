"""Bar charts drawn as SVG, for documents printed without a chart library: lying bars, one row per category, a
bar per series. Right to left, the names stand at the right and the bars grow leftward, as a Hebrew reader reads
them. Every text is escaped: a neighborhood's name is only ever text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

WIDTH = 640
ROW_HEIGHT = 26
NAME_WIDTH = 170
VALUE_WIDTH = 70
LEGEND_HEIGHT = 26
FONT = 'font-family="Noto Sans Hebrew, Noto Sans, Arial, sans-serif" font-size="12"'

Series = tuple[str, str, Sequence[float]]
"""(label, color "#rrggbb", a value per category)."""


def bar_chart_svg(
    categories: Sequence[str],
    series: Sequence[Series],
    right_to_left: bool,
    value_text: Callable[[float], str] = lambda value: f"{value:,.0f}",
) -> str:
    """The chart as an SVG document; ``value_text`` writes each bar's figure beside it."""
    per_row = max(1, len(series))
    row_height = ROW_HEIGHT * per_row if per_row > 1 else ROW_HEIGHT
    height = LEGEND_HEIGHT + row_height * max(1, len(categories)) + 8
    top = max((max((float(v) for v in values), default=0.0) for _l, _c, values in series), default=0.0) or 1.0
    room = WIDTH - NAME_WIDTH - VALUE_WIDTH - 16
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}">']
    parts += _legend(series, right_to_left)
    for index, name in enumerate(categories):
        y = LEGEND_HEIGHT + index * row_height
        name_x = WIDTH - 4 if right_to_left else 4
        anchor = "end" if right_to_left else "start"
        # A name starts at the reader's edge: the start of right-to-left text is its right end.
        parts.append(
            f'<text x="{name_x}" y="{y + row_height / 2 + 4:.1f}" text-anchor="start" '
            f'direction="{"rtl" if right_to_left else "ltr"}" {FONT}>{escape(name)}</text>'
        )
        for number, (_label, color, values) in enumerate(series):
            value = float(values[index])
            length = room * value / top
            bar_y = y + 4 + number * (ROW_HEIGHT - 6 if per_row > 1 else 0)
            bar_height = (ROW_HEIGHT - 10) if per_row > 1 else ROW_HEIGHT - 8
            start = WIDTH - NAME_WIDTH - 8 - length if right_to_left else NAME_WIDTH + 8
            parts.append(f'<rect x="{start:.1f}" y="{bar_y:.1f}" width="{length:.1f}" height="{bar_height}" fill="{color}"/>')
            text_x = start - 4 if right_to_left else start + length + 4
            parts.append(
                f'<text x="{text_x:.1f}" y="{bar_y + bar_height - 3:.1f}" text-anchor="{anchor}" {FONT} '
                f'direction="ltr" unicode-bidi="embed">{escape(value_text(value))}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def _legend(series: Sequence[Series], right_to_left: bool) -> list[str]:
    if len(series) < 2:
        return []
    parts = []
    x = WIDTH - 4 if right_to_left else 4
    for label, color, _values in series:
        box = x - 12 if right_to_left else x
        parts.append(f'<rect x="{box}" y="6" width="12" height="12" fill="{color}"/>')
        text_x = box - 4 if right_to_left else box + 16
        parts.append(
            f'<text x="{text_x}" y="16" text-anchor="start" direction="{"rtl" if right_to_left else "ltr"}" '
            f'{FONT}>{escape(label)}</text>'
        )
        x = text_x - 8 * len(label) - 24 if right_to_left else text_x + 8 * len(label) + 24
    return parts
