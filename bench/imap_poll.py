"""How close does a full `triage poll --once` come to what the IMAP server itself allows?

In one run, on a private Dovecot on loopback (tests/servers.py):
  (a) the physical floor: a raw bulk fetch of the whole mailbox (UID FETCH BODY.PEEK[] in batches) plus a raw
      MULTIAPPEND of as many ready-made drafts;
  (b) a full `triage poll --once` on the same mailbox (a child process: its own start-up, model load, SQLite).
Prints both, their ratio, messages/s and peak RSS of the poll; then the time of a poll with nothing new on a
10,000- and a 100,000-message mailbox (in process, the steady state of `triage run`).

    .venv/bin/python bench/imap_poll.py [--messages 10000] [--big 100000]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import Account, Dovecot, SmtpSink  # noqa: E402
from triage.configfile import write_config  # noqa: E402

_ADDRESS = re.compile(rb"([\w.+-]+)@((?!calmharbor\.example)[\w-]+(?:\.[\w-]+)+)")


def corpus(n: int) -> list[bytes]:
    """n realistic messages: the bundled sample inbox and test fixtures, each copy a different person."""
    files = sorted((ROOT / "triage" / "samples" / "inbox" / "new").iterdir())
    files += sorted((ROOT / "tests" / "fixtures" / "mail").glob("*.eml"))
    base = [f.read_bytes() for f in files if f.is_file() and not f.name.startswith(".")]
    base = [raw for raw in base if len(raw) > 100 and b"\x00" not in raw]  # servers refuse empty or NUL messages
    out = []
    for i in range(n):
        raw = base[i % len(base)]
        raw = _ADDRESS.sub(lambda m, i=i: m.group(1) + f"+b{i}@".encode() + m.group(2), raw)  # type: ignore[misc]
        raw = raw.replace(b"Message-ID: <", f"Message-ID: <b{i}.".encode(), 1)
        raw = raw.replace(b"Message-Id: <", f"Message-Id: <b{i}.".encode(), 1)
        out.append(raw)
    return out


def connect(account: Account) -> IMAPClient:
    client = IMAPClient(account.host, port=account.port, ssl=False)
    client.login(account.username, account.password)
    return client


def load(account: Account, messages: list[bytes], batch: int = 500) -> float:
    with connect(account) as client:
        started = time.perf_counter()
        for i in range(0, len(messages), batch):
            typ, data = client.multiappend("INBOX", messages[i : i + batch])
            if typ != "OK":
                raise SystemExit(f"MULTIAPPEND refused: {data!r}")
        return time.perf_counter() - started


def floor(account: Account, n: int, batch: int = 500) -> tuple[float, float]:
    """Raw bulk fetch of INBOX and raw MULTIAPPEND of n ready-made 1.5 KB drafts."""
    with connect(account) as client:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        started = time.perf_counter()
        for i in range(0, len(uids), batch):
            client.fetch(uids[i : i + batch], ["BODY.PEEK[]"])
        fetch = time.perf_counter() - started
        if not client.folder_exists("FloorDrafts"):
            client.create_folder("FloorDrafts")
        draft = b"From: a@calmharbor.example\r\nTo: b@example.com\r\nSubject: Re: x\r\n\r\n" + b"Hello there.\r\n" * 100
        started = time.perf_counter()
        for i in range(0, n, batch):
            client.multiappend("FloorDrafts", [{"msg": draft, "flags": (b"\\Draft",)}] * min(batch, n - i))
        return fetch, time.perf_counter() - started


SMTP: SmtpSink | None = None


def config_file(account: Account, work: Path) -> Path:
    box = {"name": "bench", "host": account.host, "port": account.port, "security": "none"}
    box.update(username=account.username, password_env="BENCH_IMAP_PASSWORD", batch_size=500)
    sections: dict[str, object] = {"store": {"url": f"sqlite:///{work / 'triage.db'}"}, "mailboxes": [box]}
    if SMTP:
        sections["smtp"] = {"host": SMTP.host, "port": SMTP.port, "security": "none"}
    sections["safety"] = {"alert_to": ["clinician@calmharbor.example"]}
    return write_config(work / "triage.toml", **sections).path


def full_poll(account: Account, work: Path) -> tuple[float, float]:
    env = {**os.environ, "BENCH_IMAP_PASSWORD": account.password}
    command = [sys.executable, "-m", "triage", "poll", "--once", "--quiet", "--config", str(config_file(account, work))]
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True)
    seconds = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak_mib


def empty_poll_ms(account: Account, work: Path, messages: int) -> tuple[float, float]:
    """A poll with nothing new, after a first poll recorded everything (cursor at the top): (in the session that
    `triage run` keeps open, with a fresh login each time)."""
    from functools import partial

    from triage.adapters.store import Store
    from triage.config import load_config
    from triage.runner import KeptSession, build_poller, open_mailroom

    os.environ["BENCH_IMAP_PASSWORD"] = account.password
    config = load_config(str(config_file(account, work)))
    box = config.mailboxes[0]
    store = Store(config.store.url)
    with open_mailroom(box, config) as mail:
        validity, uidnext = mail.status(box.inbox)
    store.set_cursor(box.name, box.inbox, validity, uidnext - 1)  # as if everything had been polled
    poller = build_poller(config, classifier=None, store=store)  # type: ignore[arg-type]
    cold = []
    for _ in range(5):  # a new connection each time, as `triage poll --once` from cron would
        started = time.perf_counter()
        poller.poll(box, open_mailroom(box, config))
        cold.append(time.perf_counter() - started)
    kept = KeptSession(partial(open_mailroom, box, config), box.inbox)  # as `triage run` does
    poller.poll(box, kept)
    warm = []
    for _ in range(20):
        started = time.perf_counter()
        poller.poll(box, kept)
        warm.append(time.perf_counter() - started)
    kept.close()
    store.close()
    cold.sort()
    warm.sort()
    return warm[len(warm) // 2] * 1000, cold[len(cold) // 2] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--big", type=int, default=100_000, help="mailbox size for the second empty-poll figure")
    args = parser.parse_args()
    n = args.messages
    global SMTP
    with Dovecot() as server, SmtpSink() as SMTP, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        account = server.new_account()
        messages = corpus(n)
        size = sum(map(len, messages)) / n / 1024
        print(f"mailbox: {n:,} messages, {size:.1f} KiB average, Dovecot on loopback")
        print(f"loading with MULTIAPPEND: {n / load(account, messages):,.0f} msg/s")
        fetch, append = floor(account, n)
        a = fetch + append
        print(
            f"(a) floor: bulk fetch {fetch:.2f} s ({n / fetch:,.0f} msg/s) + MULTIAPPEND of {n:,} drafts "
            f"{append:.2f} s ({n / append:,.0f} msg/s) = {a:.2f} s"
        )
        b, peak = full_poll(account, work)
        print(f"(b) triage poll --once: {b:.2f} s ({n / b:,.0f} msg/s), peak RSS {peak:,.0f} MiB")
        print(f"ratio (b)/(a): {b / a:.2f}x  (target: within 2x)")
        warm, cold = empty_poll_ms(account, work, n)
        print(
            f"empty poll, {n:,}-message mailbox: {warm:.1f} ms in `triage run`'s session (median of 20); "
            f"{cold:.1f} ms with a fresh login"
        )
        big = server.new_account()
        load(big, corpus(args.big))
        (work / "big").mkdir()
        warm, cold = empty_poll_ms(big, work / "big", args.big)
        print(
            f"empty poll, {args.big:,}-message mailbox: {warm:.1f} ms in `triage run`'s session; "
            f"{cold:.1f} ms with a fresh login"
        )


if __name__ == "__main__":
    main()
