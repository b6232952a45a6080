"""Writing a config file: the example config's [practice] section (the facts replies are made of, with its
comments) followed by the sections one setup needs. The demo, the tests and the benchmarks all write their
configs here, so there is one copy of this.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from triage.config import Config, load_config

EXAMPLE = Path(str(files("triage") / "config.example.toml"))


def practice_section() -> str:
    """The example's text from its first line to the [store] section: the practice and its therapists."""
    return EXAMPLE.read_text(encoding="utf-8").split("\n[store]", 1)[0].rstrip() + "\n"


def toml(sections: Mapping[str, Any]) -> str:
    """TOML for plain tables of strings, numbers, booleans and lists, and for arrays of tables (a list of dicts)."""
    out = []
    for name, value in sections.items():
        tables = value if isinstance(value, list) else [value]
        header = f"[[{name}]]" if isinstance(value, list) else f"[{name}]"
        for table in tables:
            out.append(header)
            out.extend(f"{key} = {_value(item)}" for key, item in table.items())
            out.append("")
    return "\n".join(out)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return json.dumps(str(value), ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def write_config(path: Path, **sections: Any) -> Config:
    """Write the example's practice plus `sections` (store=..., mailboxes=[...], smtp=..., ...) to `path`,
    readable by its owner only, and load it back the way triage will."""
    path.write_text(practice_section() + "\n" + toml(sections), encoding="utf-8")
    os.chmod(path, 0o600)
    return load_config(str(path))
