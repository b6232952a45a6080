"""Reading one TOML table into one of the configuration's frozen dataclasses, strictly.

Its own module because both the practice section (triage.config_practice) and the rest of the file
(triage.config) are read this way: an unknown key, a wrong type or a missing key is a ValueError naming it.
"""

from __future__ import annotations

import difflib
from dataclasses import MISSING, fields
from typing import Any


def check_type(where: str, value: Any, annotation: str) -> Any:
    """Coerce a TOML value to the field's type, or explain what was expected."""
    if annotation == "str":
        if not isinstance(value, str):
            raise ValueError(f"{where} must be a string, not {value!r}")
        return value
    if annotation == "bool":
        if not isinstance(value, bool):
            raise ValueError(f"{where} must be true or false, not {value!r}")
        return value
    if annotation == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{where} must be a whole number, not {value!r}")
        return value
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where} must be a number, not {value!r}")
        return float(value)
    if annotation == "tuple[str, ...]":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError(f"{where} must be a list of strings, not {value!r}")
        return tuple(value)
    raise ValueError(f"{where}: unsupported setting")


def build_table(cls: Any, table: Any, where: str, **extra: Any) -> Any:
    """A `cls` from a TOML table: an unknown key (with a did-you-mean), a wrong type or a missing key is a ValueError;
    `extra` holds fields already built from nested tables."""
    if not isinstance(table, dict):
        raise ValueError(f"{where} must be a table")
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = dict(extra)
    for key, value in table.items():
        if key not in known or key in extra:
            close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.7)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValueError(f"unknown key {where}.{key}{hint}")
        values[key] = check_type(f"{where}.{key}", value, str(known[key].type))
    missing = [
        f.name for f in fields(cls) if f.name not in values and f.default is MISSING and f.default_factory is MISSING
    ]
    if missing:
        raise ValueError(f"missing key {where}.{missing[0]}")
    return cls(**values)
