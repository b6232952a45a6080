"""Checks the linters do not make: a module-level name bound twice silently loses the first binding (a reader's
pattern replaced by another of the same name broke it once, with every test of the new one passing)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "triage"


def _rebound(path: Path) -> list[str]:
    """Module-level names assigned twice, unless the second assignment builds on the first (a deliberate rebinding)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            value = getattr(node, "value", None)
            uses = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} if value is not None else set()
            if target.id in seen and target.id not in uses:
                twice.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno} {target.id}")
            seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_name_twice_by_accident(path: Path) -> None:
    assert _rebound(path) == []


def test_no_source_file_holds_a_control_character() -> None:
    """A pattern written as "\\b" inside an ordinary (not raw) string becomes a backspace, and the regex silently never
    matches: that happened twice in one session. No source file needs a control character other than tab and newline."""
    bad = [
        f"{path.relative_to(PACKAGE.parent)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if any(ord(c) < 32 and c != "\t" for c in line)
    ]
    assert not bad, bad
