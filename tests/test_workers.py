"""Killing a poll never leaks its understanding workers: each ends with its parent, whatever kills the parent."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.mail import INQUIRIES, fixture
from tests.servers import Account
from tests.test_poll_imap import connect, make_config

_ADDRESS = re.compile(rb"([\w.+-]+)@((?!calmharbor\.example)[\w-]+(?:\.[\w-]+)+)")


def _children(pid: int) -> set[int]:
    """Every live process whose parent is `pid`, and theirs (read from /proc)."""
    found: set[int] = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        if ppid == pid:
            child = int(entry.name)
            found |= {child} | _children(child)
    return found


def _alive(pid: int) -> bool:
    """Running or sleeping: a zombie has ended (it holds no memory; only its exit status waits to be collected)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def test_a_sigkilled_poll_leaves_no_process_behind(imap_account: Account, tmp_path: Path) -> None:
    with connect(imap_account) as client:  # enough mail that the poll starts its worker processes
        for i in range(300):
            raw = fixture(INQUIRIES[i % len(INQUIRIES)]).replace(b"Message-ID: <", f"Message-ID: <w{i}.".encode(), 1)
            client.append("INBOX", _ADDRESS.sub(lambda m, i=i: m.group(1) + f"+w{i}@".encode() + m.group(2), raw))
    config = make_config(imap_account, tmp_path, batch_size=100).path
    env = {**os.environ, "TRIAGE_TEST_IMAP_PASSWORD": imap_account.password, "TRIAGE_WORKERS": "2"}
    poll = subprocess.Popen(
        [sys.executable, "-m", "triage", "poll", "--once", "--quiet", "--config", str(config)], env=env
    )
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2 and poll.poll() is None:
            workers = {pid for pid in _children(poll.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()}
            time.sleep(0.02)
        assert len(workers) >= 2, "the poll started its understanding workers"
        family = _children(poll.pid)
        poll.send_signal(signal.SIGKILL)
        poll.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in family):
            time.sleep(0.05)
        left = [pid for pid in family if _alive(pid)]
        assert not left, f"processes outlived the killed poll: {left}"
    finally:
        for pid in _children(poll.pid) if poll.poll() is None else ():
            os.kill(pid, signal.SIGKILL)
