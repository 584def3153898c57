"""The map page's escaping of user text, colours and its JSON data block, against hostile input."""

from __future__ import annotations

import json

import pytest

from or_communities.maps.leaflet_page import (
    escape_text,
    json_for_script_block,
    safe_color,
)

FALLBACK = "#8c8c8c"
BIDI_CONTROLS = [chr(code) for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]


# --- escape_text ------------------------------------------------------------------------------


def test_plain_hebrew_text_is_left_as_it_is():
    """A name with nothing to escape comes back unchanged, Hebrew letters and spaces included."""
    assert escape_text("רובע 5 – מרכז") == "רובע 5 – מרכז"


def test_a_script_tag_becomes_text():
    """<script> and </script> lose their angle brackets, so innerHTML shows them instead of running them."""
    assert escape_text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_an_image_with_a_handler_becomes_text():
    """An <img onerror=...> keeps no tag and no bare quote that could end an attribute."""
    assert escape_text('<img src=x onerror="go()">') == "&lt;img src=x onerror=&quot;go()&quot;&gt;"


def test_quotes_and_ampersands_are_escaped():
    """Double and single quotes and & become entities, so the text can sit inside any attribute or string."""
    assert escape_text("He said \"hi\" & 'bye'") == "He said &quot;hi&quot; &amp; &#x27;bye&#x27;"


def test_backtick_and_template_placeholder_are_escaped():
    """Backticks and $ become entities, so the text cannot end or fill a JavaScript template literal."""
    assert escape_text("`${document.cookie}`") == "&#96;&#36;{document.cookie}&#96;"


def test_backslash_is_escaped():
    """A backslash becomes &#92; and so cannot start an escape in a JavaScript string."""
    assert escape_text("C:\\temp\\n") == "C:&#92;temp&#92;n"


def test_entities_made_for_backticks_are_not_escaped_twice():
    """A backtick beside an ampersand gives &#96;&amp;, not an escaped form of the backtick's entity."""
    assert escape_text("`&") == "&#96;&amp;"


@pytest.mark.parametrize("control", BIDI_CONTROLS, ids=[f"U+{ord(c):04X}" for c in BIDI_CONTROLS])
def test_each_bidi_control_is_shown_as_its_code(control):
    """Every bidi embedding, override and isolate control (U+202A-U+202E, U+2066-U+2069) is shown as [U+XXXX]."""
    assert escape_text(f"abc{control}def") == f"abc[U+{ord(control):04X}]def"


def test_a_right_to_left_override_cannot_reverse_a_name():
    """An override that would show 'exe.txt' for 'txt.exe' is replaced, and the text around it stays in order."""
    assert escape_text("invoice\u202Etxt.exe") == "invoice[U+202E]txt.exe"


def test_bidi_controls_and_markup_are_escaped_together():
    """Markup and bidi controls in one text are both escaped."""
    assert escape_text("\u2067<b>x</b>\u2069") == "[U+2067]&lt;b&gt;x&lt;/b&gt;[U+2069]"


def test_a_non_string_value_is_made_text():
    """A number given as a name is written as its text."""
    assert escape_text(42) == "42"


# --- safe_color -------------------------------------------------------------------------------


@pytest.mark.parametrize("color", ["#1565c0", "#abc", "#11223344", "red", "DarkSlateGray", "rgb(1, 2, 3)",
                                   "rgba(0, 0, 0, 0.5)", "rgb(10%,20%,30%)"])
def test_plain_colors_are_kept(color):
    """Hex, named, rgb() and rgba() colours come back exactly as given."""
    assert safe_color(color) == color


@pytest.mark.parametrize("color", [
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "red;background:url(x)",
    "red; background-image: url(https://example.org/x.png)",
    "red }body{display:none",
    "url(x)",
    "expression(alert(1))",
    "rgb(0,0,0);x:y",
    "rgba(0,0,0,1)) url(x",
    "#12",
    "#123456789",
    "#ggg",
    "red blue",
    "\"red\"",
    "<script>",
    "red\n",
    "#123456\n",
    "",
    None,
])
def test_anything_else_becomes_the_neutral_grey(color):
    """javascript: URLs, CSS that goes on past the colour, a trailing newline, malformed hex and empty values all become
    grey."""
    assert safe_color(color) == FALLBACK


# --- json_for_script_block --------------------------------------------------------------------


def test_a_closing_script_tag_inside_json_cannot_end_the_block():
    """'</script>' in a value is written with \\u003c and \\u003e, so the HTML parser never sees a closing tag."""
    block = json_for_script_block({"name": "</script><script>alert(1)</script>"})
    assert block == '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
    assert "<" not in block and ">" not in block


def test_a_closing_script_tag_in_any_case_cannot_end_the_block():
    """'</SCRIPT >' in capitals is escaped the same way: no '<' survives at all."""
    assert json_for_script_block(["</SCRIPT >"]) == '["\\u003c/SCRIPT \\u003e"]'


def test_an_html_comment_cannot_open():
    """'<!--' is written as \\u003c!--, so it cannot switch the script block's parsing state."""
    assert json_for_script_block("<!--x-->") == '"\\u003c!--x--\\u003e"'


def test_ampersands_are_escaped():
    """& is written as \\u0026, so no character reference can form in the block."""
    assert json_for_script_block("a&amp;b") == '"a\\u0026amp;b"'


def test_line_and_paragraph_separators_are_escaped():
    """U+2028 and U+2029, line breaks to older JavaScript, are written as escapes."""
    assert json_for_script_block("\u2028\u2029") == '"\\u2028\\u2029"'


def test_quotes_backticks_placeholders_and_backslashes_stay_inside_the_string():
    """JSON escapes the quote and the backslash; a backtick and ${...} are plain characters in JSON data."""
    assert json_for_script_block("\"'`${x}\\") == '"\\"\'`${x}\\\\"'


def test_hebrew_stays_readable_and_compact():
    """Hebrew letters are written as they are, without spaces after separators."""
    assert json_for_script_block({"שם": ["רובע", 1]}) == '{"שם":["רובע",1]}'


def test_hostile_values_come_back_unchanged_when_parsed():
    """The escapes are plain JSON: parsing the block gives back exactly the value, bidi controls included."""
    value = {"a": "</script>", "b": "<!--", "c": "&", "d": "`${x}`\\", "e": "\u202E\u2066", "f": "\u2028"}
    assert json.loads(json_for_script_block(value)) == value


def test_not_a_number_is_refused():
    """NaN is not JSON; it raises instead of writing a block JavaScript's JSON.parse would reject."""
    with pytest.raises(ValueError, match="not JSON compliant"):
        json_for_script_block({"x": float("nan")})
