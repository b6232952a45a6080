"""The source holds no control characters: a pattern edited from a non-raw Python string turns `\\b` (a word
boundary) into a backspace, and the reader then silently never matches."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_no_source_file_holds_a_backspace_or_other_control_character() -> None:
    bad = []
    for folder in ("triage", "tests", "bench", "tools"):
        for path in (ROOT / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            if any(c in text for c in "\x00\x07\x08\x0b\x0c"):
                bad.append(str(path.relative_to(ROOT)))
    assert bad == []
