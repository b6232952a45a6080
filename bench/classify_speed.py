"""How fast does triage understand mail? Prints messages/s for the full pipeline and for its parts,
each as a ratio to a baseline measured in the same run: Python's own email parser on the same bytes."""

from __future__ import annotations

import email
import email.policy
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "mail"
SAMPLES = ROOT / "triage" / "samples" / "inbox"
TARGET = 3000


def corpus() -> list[bytes]:
    files = sorted(FIXTURES.glob("*.eml"))
    if SAMPLES.is_dir():
        files += sorted(p for p in SAMPLES.rglob("*") if p.is_file() and p.parent.name in ("new", "cur"))
    raws = [p.read_bytes() for p in files]
    return (raws * (TARGET // len(raws) + 1))[:TARGET]


def rate(label: str, n: int, seconds: float, baseline: float | None = None) -> float:
    per_second = n / seconds
    ratio = f"   {per_second / baseline:5.2f}x baseline" if baseline else ""
    print(f"{label:<44} {per_second:10,.0f} msg/s{ratio}")
    return per_second


def main() -> None:
    started = time.perf_counter()
    from triage.cli import load_classifier

    classifier = load_classifier()
    print(f"{'model load (imports + arrays)':<44} {time.perf_counter() - started:10.2f} s")

    from triage.core.parse import parse
    from triage.understand import understand_many

    raws = corpus()
    print(f"corpus: {len(raws)} messages, {sum(map(len, raws)) / len(raws) / 1024:.1f} KiB average\n")

    t = time.perf_counter()
    for raw in raws:
        email.message_from_bytes(raw, policy=email.policy.compat32)
    base = rate("baseline: email.message_from_bytes (compat32)", len(raws), time.perf_counter() - t)

    t = time.perf_counter()
    for raw in raws:
        email.message_from_bytes(raw, policy=email.policy.default).get_body()
    rate("reference: email policy.default + get_body", len(raws), time.perf_counter() - t, base)

    t = time.perf_counter()
    inquiries = [parse(raw) for raw in raws]
    rate("triage parse (decode, forms, quotes, lang)", len(raws), time.perf_counter() - t, base)

    from triage.core.model import Inquiry

    readable = [i for i in inquiries if isinstance(i, Inquiry)]
    t = time.perf_counter()
    for start in range(0, len(readable), 256):
        classifier.classify_many(readable[start : start + 256])
    rate("triage classify (model + crisis layer)", len(readable), time.perf_counter() - t, base)

    t = time.perf_counter()
    for start in range(0, len(raws), 256):
        understand_many(raws[start : start + 256], classifier)
    full = rate("triage understand, end to end", len(raws), time.perf_counter() - t, base)

    # What reading the request (issue 9) costs: the same pipeline with the request reader left out.
    import triage.understand as understand_module

    reader = understand_module.read_request
    understand_module.read_request = lambda *_: understand_module.NOT_INQUIRY  # type: ignore[assignment]
    try:
        t = time.perf_counter()
        for start in range(0, len(raws), 256):
            understand_many(raws[start : start + 256], classifier)
        without = rate("  the same without the request reader", len(raws), time.perf_counter() - t, base)
    finally:
        understand_module.read_request = reader
    print(
        f"{'request reader: extra cost per message':<44} {1000 / full - 1000 / without:10.2f} ms "
        f"  ({full / without:.2f}x the speed without it)"
    )


if __name__ == "__main__":
    main()
