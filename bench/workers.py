"""How does throughput grow with workers? `triage run` with 1, 2 and 3 worker processes sharing 30 mailboxes.

In one run, on a private Dovecot on loopback (tests/servers.py), an SMTP sink and a fresh schema of the local
PostgreSQL per measurement: the workers start on 30 empty mailboxes and are timed from the moment their first
cycle is over (every mailbox has a cursor: model loaded, sessions open) until every message they are then given
(MULTIAPPEND into all 30 mailboxes, included in the time) is finished in the ledger. Prints messages/s per worker
count and the ratio against 1 worker in the same run. Each worker is one process (TRIAGE_WORKERS=0: no
understanding pool of its own), so the ratio shows what the leases and claims let several workers share, on
however many cores this machine has.

    .venv/bin/python bench/workers.py [--per-box 40] [--workers 1 2 3]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.exc import ProgrammingError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.imap_poll import connect, corpus  # noqa: E402
from tests.servers import Account, Dovecot, SmtpSink  # noqa: E402
from tests.stores import postgres_url  # noqa: E402
from triage.configfile import write_config  # noqa: E402

BOXES = 30


def _count(url: str, query: str) -> int:
    """A count from the store (0 while the first worker is still creating its tables)."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text(query)).scalar_one())
    except ProgrammingError:
        return 0
    finally:
        engine.dispose()


def measure(server: Dovecot, smtp: SmtpSink, work: Path, workers: int, per_box: int) -> float:
    """Messages per second of `workers` `triage run` processes on 30 mailboxes of `per_box` messages each."""
    accounts: list[Account] = [server.new_account() for _ in range(BOXES)]
    urls = postgres_url()
    url = next(urls)
    processes: list[subprocess.Popen[bytes]] = []
    try:
        config = write_config(
            work / f"triage-{workers}.toml",
            store={"url": url},
            mailboxes=[
                {
                    "name": f"box{i}",
                    "host": a.host,
                    "port": a.port,
                    "security": "none",
                    "username": a.username,
                    "password_env": f"BENCH_PW_{i}",
                    "batch_size": 50,
                    "poll_every": "1s",
                }
                for i, a in enumerate(accounts)
            ],
            smtp={"host": smtp.host, "port": smtp.port, "security": "none"},
            safety={"alert_to": ["clinician@calmharbor.example"]},
        )
        env = {**os.environ, **{f"BENCH_PW_{i}": a.password for i, a in enumerate(accounts)}, "TRIAGE_WORKERS": "0"}
        command = [sys.executable, "-m", "triage", "run", "--config", str(config.path)]
        processes = [
            subprocess.Popen(command, env=env, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
            for _ in range(workers)
        ]
        deadline = time.monotonic() + 300
        while _count(url, "SELECT count(*) FROM cursors") < BOXES:  # every mailbox polled once: warmed up
            if time.monotonic() > deadline:
                raise SystemExit("the workers did not poll every mailbox within 300 s")
            time.sleep(0.2)
        mail = corpus(BOXES * per_box)
        started = time.perf_counter()
        for i, account in enumerate(accounts):
            with connect(account) as client:
                client.multiappend("INBOX", mail[i * per_box : (i + 1) * per_box])
        total = BOXES * per_box
        done = "SELECT count(*) FROM messages WHERE state IN ('delivered', 'skipped', 'quarantined')"
        while _count(url, done) < total:
            if time.monotonic() > deadline + 600:
                raise SystemExit("the workers did not finish within 15 minutes")
            time.sleep(0.1)
        return total / (time.perf_counter() - started)
    finally:
        for p in processes:
            p.send_signal(signal.SIGTERM)
        for p in processes:
            p.wait(timeout=120)
        next(urls, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-box", type=int, default=40, help="messages per mailbox (30 mailboxes)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    with Dovecot() as server, SmtpSink() as smtp, tempfile.TemporaryDirectory() as tmp:
        print(f"{BOXES} mailboxes x {args.per_box} messages, PostgreSQL, Dovecot on loopback, {os.cpu_count()} cores")
        rates: dict[int, float] = {}
        for workers in args.workers:
            rates[workers] = measure(server, smtp, Path(tmp), workers, args.per_box)
            base = rates.get(1) or rates[args.workers[0]]
            print(f"{workers} worker(s): {rates[workers]:,.0f} msg/s  ({rates[workers] / base:.2f}x the first)")


if __name__ == "__main__":
    main()
