"""How soon is new mail drafted by `triage run`? The time from APPEND to the draft in Drafts, median and worst of 50.

A private Dovecot on loopback (tests/servers.py), `triage run` as a child process with poll_every = 10 minutes, so
every draft comes from the IMAP IDLE wake (triage.watch), never from the periodic poll. Each inquiry is appended
once the previous one is drafted; the draft is seen by a connection of the bench's own asking Drafts' STATUS every
10 ms. Dovecot itself tells an IDLE client about new mail half a second after it lands (its notification delay),
so that half second is in every figure.

    .venv/bin/python bench/idle_latency.py [--messages 50]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from imapclient import IMAPClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.servers import Account, Dovecot  # noqa: E402
from triage.configfile import write_config  # noqa: E402

TEXT = "Hi, do you take Aetna? I'd like to start therapy for anxiety. Thanks, {name}"


def inquiry(n: int) -> bytes:
    name = f"Bench{n}"
    return (
        f"From: {name} <{name.lower()}@example.com>\r\nTo: hello@calmharbor.example\r\n"
        f"Subject: Therapy question\r\nMessage-ID: <idle{n}.{time.time_ns()}@bench.test>\r\n"
        f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime())}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{TEXT.format(name=name)}\r\n"
    ).encode()


def connect(account: Account) -> IMAPClient:
    client = IMAPClient(account.host, port=account.port, ssl=False)
    client.login(account.username, account.password)
    return client


def drafts_now(watcher: IMAPClient, want: int, deadline: float) -> bool:
    """Wait until Drafts holds `want` messages: STATUS every 10 ms (a loopback round trip is well under 1 ms; an
    IDLE on Drafts would add Dovecot's own half-second notification delay to every figure)."""
    while time.monotonic() < deadline:
        if int(watcher.folder_status("Drafts", [b"MESSAGES"])[b"MESSAGES"]) >= want:
            return True
        time.sleep(0.01)
    return False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=50)
    args = parser.parse_args()

    with Dovecot() as server, tempfile.TemporaryDirectory(prefix="triage-idle-bench-") as tmp:
        account = server.new_account()
        work = Path(tmp)
        config = write_config(
            work / "triage.toml",
            store={"url": f"sqlite:///{work / 'triage.db'}"},
            mailboxes=[
                {
                    "name": "main",
                    "host": account.host,
                    "port": account.port,
                    "security": "none",
                    "username": account.username,
                    "password_env": "TRIAGE_BENCH_PW",
                    "poll_every": "10m",
                }
            ],
        )
        env = {**os.environ, "TRIAGE_BENCH_PW": account.password}
        log = (work / "run.log").open("wb")
        run = subprocess.Popen(
            [sys.executable, "-m", "triage", "run", "--config", str(config.path)], env=env, stderr=log
        )
        try:
            with connect(account) as sender, connect(account) as watcher:
                if not watcher.folder_exists("Drafts"):
                    watcher.create_folder("Drafts")
                # Warm-up: the first inquiry also waits for start-up (model load, first poll, the IDLE itself).
                sender.append("INBOX", inquiry(0))
                if not drafts_now(watcher, 1, time.monotonic() + 120):
                    raise SystemExit("no draft for the warm-up inquiry within 2 minutes; see the run log")
                time.sleep(1.0)  # the watcher's IDLE is up by now (the log says so; this is only the bench)
                latencies = []
                for n in range(1, args.messages + 1):
                    started = time.perf_counter()
                    sender.append("INBOX", inquiry(n))
                    if not drafts_now(watcher, n + 1, time.monotonic() + 60):
                        raise SystemExit(f"inquiry {n} not drafted within 60 s (poll_every is 10 minutes)")
                    latencies.append(time.perf_counter() - started)
        finally:
            run.send_signal(signal.SIGTERM)
            run.wait(timeout=60)
            log.close()
    ms = sorted(x * 1000 for x in latencies)
    print(f"APPEND → draft in Drafts, `triage run` with IDLE (poll_every 10m), {len(ms)} inquiries one at a time:")
    print(f"  median {statistics.median(ms):.0f} ms, worst {ms[-1]:.0f} ms, best {ms[0]:.0f} ms")


if __name__ == "__main__":
    main()
