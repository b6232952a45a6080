"""Run many regular expressions over a text quickly by first asking which of them could possibly match.

Python's re tries every pattern at every position; with fifty crisis patterns that cost more than the whole
model. Each pattern's possible opening three characters are read from its parsed form, so a text that holds
none of them is skipped without running the pattern. The filter is exact: it only skips a pattern that
cannot match (a test runs both ways over every training example).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from typing import Any

# The regular-expression parser is private but stable; Python 3.11 moved it under re (the old names warn).
_c: Any = importlib.import_module("re._constants")
_p: Any = importlib.import_module("re._parser")

SIZE = 8
"""How long a prefix is followed; longer ones filter better ("is self" rather than "is ")."""
GRAM = 4
"""Prefixes are looked up by their first GRAM characters, then checked whole."""
_MAX_PREFIXES = 4000
_MAX_HEADS = 32
"""More prefixes than this for one pattern cost more to look for than they save: they are cut shorter."""


class _Unbounded(Exception):
    """A pattern that could start with anything: it is always run."""


def _walk(items: tuple[Any, ...], acc: str, out: set[str]) -> None:
    if len(out) > _MAX_PREFIXES:
        raise _Unbounded
    if len(acc) >= SIZE:
        out.add(acc[:SIZE])
        return
    if not items:
        if not acc:
            raise _Unbounded
        out.add(acc)
        return
    op, arg = items[0]
    rest = items[1:]
    if op is _c.LITERAL:
        _walk(rest, acc + chr(arg), out)
    elif op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero-width: skipping it can only widen the filter
        _walk(rest, acc, out)
    elif op is _c.SUBPATTERN:
        _walk(tuple(arg[-1]) + rest, acc, out)
    elif op is _c.BRANCH:
        for branch in arg[1]:
            _walk(tuple(branch) + rest, acc, out)
    elif op is _c.IN and (chars := _chars(arg)) is not None:
        for char in chars:
            _walk(rest, acc + char, out)
    elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        low, high, sub = arg
        if list(sub) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)])]:
            # Whitespace runs are one space in the squeezed text the filter looks at.
            if low == 0:
                _walk(rest, acc, out)
            _walk(rest, acc + " ", out)
            return
        if low == 0:
            _walk(rest, acc, out)
        if high == 1:  # "(?:s)?he": absent or there once, and the prefix goes on past it either way
            _walk(tuple(sub) + rest, acc, out)
            return
        # After one repetition the text may go on in too many ways: stop the prefix there.
        _walk((*sub, ("stop", None)), acc, out)
    else:  # any other construct (a class like \s, a lookaround, "stop"): the prefix ends here
        if not acc:
            raise _Unbounded
        out.add(acc)


def _chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters a small class like [-\\s] stands for (whitespace as one space), or None if too many."""
    chars: list[str] = []
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.append(chr(value))
        elif kind is _c.CATEGORY and value is _c.CATEGORY_SPACE:
            chars.append(" ")
        else:
            return None
    return chars if len(chars) <= 4 else None


def required(pattern: str) -> frozenset[str] | None:
    """Strings one of which any match must hold, read from anywhere in the pattern, not only its start: "can "
    opens a hundred sentences, but "(?:can|do|would) you prescribe" also needs "you prescribe". None when the pattern
    needs no string of MIN_REQUIRED characters or more. Exact like the prefixes: the text is squeezed and lower-cased
    the same way."""
    try:
        return _required(tuple(_p.parse(pattern)))
    except (RecursionError, ValueError):
        return None


MIN_REQUIRED = 4
"""A required string shorter than this filters too little to be worth looking for."""


def _required(items: tuple[Any, ...]) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    run = ""

    def better(found: frozenset[str] | None) -> None:
        nonlocal best
        if not found or len(found) > 64 or min(map(len, found)) < MIN_REQUIRED:
            return
        if best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best)):
            best = found

    for op, arg in items:
        space = _whitespace(op, arg)
        if op is _c.LITERAL and not chr(arg).isspace():
            run += chr(arg)
            continue
        if space is True or (op is _c.LITERAL and chr(arg).isspace()):
            run = run if run.endswith(" ") else run + " "
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT) and space is None:  # zero-width: the text around it is contiguous
            continue
        better(frozenset({run.strip()}))  # the squeezed text may start or end where the run's spaces are
        run = ""
        if op is _c.SUBPATTERN:
            better(_required(tuple(arg[-1])))
        elif op is _c.BRANCH:
            branches = [_required(tuple(branch)) for branch in arg[1]]
            if all(branches):
                better(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and arg[0] >= 1:
            better(_required(tuple(arg[2])))
    better(frozenset({run.strip()}))
    return best


def _whitespace(op: Any, arg: Any) -> bool | None:
    """True for one or more whitespace characters (a single space in the squeezed text), False for something that
    may be no whitespace at all (\\s*), None for anything else."""
    if op is _c.IN and list(arg) == [(_c.CATEGORY, _c.CATEGORY_SPACE)]:
        return True
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and list(arg[2]) == [(_c.IN, [(_c.CATEGORY, _c.CATEGORY_SPACE)])]:
        return bool(arg[0] >= 1)
    return None


def prefixes(pattern: str) -> frozenset[str] | None:
    """Every string of up to SIZE characters a match must start with (whitespace squeezed to one space);
    None when it could start with anything."""
    out: set[str] = set()
    try:
        _walk(tuple(_p.parse(pattern)), "", out)
    except _Unbounded:
        return None
    return frozenset(out)


class PatternSet:
    """Patterns (meant for lower-cased text) with the index that says which are worth running on a text."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)
        self._always: list[int] = []
        owners: dict[str, list[int]] = {}  # each prefix once, with every pattern it opens
        self._needs: dict[int, tuple[str, ...]] = {}
        for i, pattern in enumerate(self.patterns):
            heads = prefixes(pattern.pattern) if not pattern.flags & re.IGNORECASE else None
            if heads is None:
                # "\\w+day ... is still on": no opening letters, but a string from its middle is still required
                needs = required(pattern.pattern) if not pattern.flags & re.IGNORECASE else None
                if needs is not None:
                    self._needs[i] = tuple(needs)
                self._always.append(i)
                continue
            heads = _fewer(heads)
            needs = required(pattern.pattern)
            if needs is not None and not needs <= heads:
                self._needs[i] = tuple(needs)
            for head in heads:
                owners.setdefault(head, []).append(i)
        self._short = tuple((head, tuple(owned)) for head, owned in owners.items() if len(head) < GRAM)
        by_gram: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for head, owned in owners.items():
            if len(head) >= GRAM:
                by_gram.setdefault(head[:GRAM], []).append((head, tuple(owned)))
        self._by_gram = {gram: tuple(heads) for gram, heads in by_gram.items()}
        self._keys = frozenset(self._by_gram)

    def candidates(self, text: str) -> list[re.Pattern[str]]:
        """The patterns that could match somewhere in text, in their original order."""
        text, grams = _grams(text)
        chosen = set(self._always)
        by_gram = self._by_gram
        for gram in grams & self._keys:  # a set intersection in C, not a Python loop over every gram of the text
            for head, owned in by_gram[gram]:
                if len(head) == GRAM or head in text:
                    chosen.update(owned)
        for head, owned in self._short:
            if head in text:
                chosen.update(owned)
        needs = self._needs
        return [self.patterns[i] for i in sorted(chosen) if i not in needs or any(need in text for need in needs[i])]


def _fewer(heads: frozenset[str]) -> frozenset[str]:
    """A pattern's prefixes cut shorter until there are few of them: a place pattern naming fifty states after a
    dozen verbs has hundreds of eight-letter prefixes, each a look through the text, where "is i" and "job " would
    do (the strings it requires then do the finer filtering). A shorter prefix of a prefix the text must hold is one
    it must hold too, so the filter stays exact."""
    size = SIZE
    while len(heads) > _MAX_HEADS and size > GRAM:
        size -= 1
        heads = frozenset(head[:size] for head in heads)
    return heads


@lru_cache(maxsize=64)
def _grams(text: str) -> tuple[str, frozenset[str]]:
    """A text with its spacing made single, and every GRAM-character piece of it: shared by every PatternSet that
    reads the same text (the readers of one message each ask)."""
    text = " ".join(text.split())
    return text, frozenset(text[i : i + GRAM] for i in range(len(text) - GRAM + 1))


class Gate:
    """Which of some case-insensitive patterns could match a text, told by the prefix index instead of a search.

    The patterns' letters must be lower case (they are matched against the lower-cased text here); the answer is
    exact: a pattern it rules out cannot match. Each pattern is indexed by its top-level alternatives, so a long
    list of ways to say one thing runs only the ways whose first words the text holds.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        exact: list[re.Pattern[str]] = []
        self._owner: dict[int, int] = {}
        for pattern in patterns:
            for part in alternatives(pattern):
                compiled = re.compile(part.pattern, pattern.flags & ~re.IGNORECASE)
                exact.append(compiled)
                self._owner[id(compiled)] = id(pattern)
        self._set = PatternSet(exact)
        self._seen: dict[str, frozenset[int]] = {}

    def possible(self, text: str) -> frozenset[int]:
        """The ids of the original patterns that match somewhere in text (remembered for the last few texts: the
        readers of one message ask about the same text)."""
        found = self._seen.get(text)
        if found is None:
            low = text.lower()
            matched: set[int] = set()
            owner = self._owner
            for part in self._set.candidates(low):
                if owner[id(part)] not in matched and part.search(low):
                    matched.add(owner[id(part)])
            found = frozenset(matched)
            if len(self._seen) > 32:
                self._seen.clear()
            self._seen[text] = found
        return found


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """A pattern's alternatives, each compiled alone: behind the prefix index, a long list of ways to say one thing
    then runs only the alternatives whose first words the text holds, not the whole list everywhere. A group of
    alternatives with something after it, "(?:a|b)(?=c)", gives "(?:a)(?=c)" and "(?:b)(?=c)": the same texts match
    one of them as match the whole (the index asks only whether a text matches, never where)."""
    parts = [piece for part in _top_level(pattern.pattern) for piece in _distributed(part)]
    return tuple(re.compile(part, pattern.flags) for part in parts if part)


_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def _distributed(part: str, depth: int = 0) -> list[str]:
    """One alternative opening with a group of alternatives ("\\b(?:ocd|erp)\\b"), one pattern per alternative inside
    it; a group with a quantifier after it is kept whole ("(?:a|b)?" may be absent)."""
    lead = "\\b" if part.startswith("\\b(") else ""
    rest = part[len(lead) :]
    opening = "(?:" if rest.startswith("(?:") else "(" if rest.startswith("(") and not rest.startswith("(?") else ""
    close = _closing(rest) if opening else -1
    if close < 0 or depth > 3 or _BACKREFERENCE.search(part):
        return [part]
    suffix = rest[close + 1 :]
    if suffix[:1] in ("?", "*", "+", "{"):
        return [part]
    inner = _top_level(rest[len(opening) : close])
    if len(inner) == 1:
        return _distributed(inner[0], depth + 1) if not lead and not suffix and opening == "(?:" else [part]
    return [piece for alt in inner for piece in _distributed(f"{lead}{opening}{alt}){suffix}", depth + 1)]


def _structure(source: str) -> Iterator[tuple[int, str, int]]:
    """Each bracket or bar of a pattern that is its syntax (not escaped, not in a character class), with the depth of
    groups it sits at after it is read: the one walk both splitting at bars and finding a group's end need."""
    depth, i, in_class = 0, 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[char]
            yield i, char, depth
        i += 1


def _top_level(source: str) -> list[str]:
    """A pattern split at its top-level bars."""
    parts: list[str] = []
    start = 0
    for i, char, depth in _structure(source):
        if char == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
    parts.append(source[start:])
    return parts


def _closing(source: str) -> int:
    """Where the group opened at the start of source closes (-1 when it never does)."""
    return next((i for i, char, depth in _structure(source) if char == ")" and depth == 0), -1)


class Guarded:
    """One long case-insensitive pattern behind the prefix index. Most texts hold none of its first words: they are
    answered without running it (a list of a hundred idioms costs a tenth of a millisecond a message otherwise)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        literal = re.sub(r"\\.", "", pattern.pattern)
        if not pattern.flags & re.IGNORECASE or literal != literal.lower():
            raise ValueError(
                "the prefix index reads lower-cased text: the pattern must ignore case and be written in lower case"
            )
        self.pattern = pattern
        self._gate = Gate([pattern])

    def could_match(self, text: str) -> bool:
        return bool(self._gate.possible(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.could_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self.could_match(text) else iter(())

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        return self.pattern.sub(repl, text) if self.could_match(text) else text
