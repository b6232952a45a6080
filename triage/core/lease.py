"""Who may poll a mailbox: the rules of the mailbox lease, as pure functions (the store keeps the row).

Several workers (`triage run` on more than one machine or process, or a manual `triage poll --once` beside them)
share one store. Each mailbox has at most one lease row: a holder and an expiry. A worker polls a mailbox only
while it holds the lease, renews it as it goes, and gives it back at the end of the poll. A worker that dies keeps
its lease until the expiry; on the same machine a holder whose process is gone is known dead at once.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime
from functools import cache


@cache
def worker_id() -> str:
    """This process's name as a lease holder: host/pid/random (the random part tells a reused pid apart)."""
    return f"{socket.gethostname()[:120]}/{os.getpid()}/{uuid.uuid4().hex[:12]}"


def may_take(holder: str | None, expires_at: datetime | None, me: str, now: datetime, dead: str | None = None) -> bool:
    """Whether `me` may take (or renew) a lease now held by `holder` until `expires_at`: it is free, it is ours, it
    has run out, or its holder is `dead` (a process known to have ended)."""
    return holder is None or holder in (me, dead) or expires_at is None or expires_at <= now


def local_pid(holder: str) -> int | None:
    """The process id of a holder on this machine (None for another machine's or an unreadable holder)."""
    host, _, rest = holder.partition("/")
    pid = rest.partition("/")[0]
    if host != socket.gethostname()[:120] or not pid.isdigit():
        return None
    return int(pid)


def holder_is_dead(holder: str) -> bool:
    """True only when the holder is a process on this machine that has ended (or is a zombie): its lease may be
    taken at once. Anything else (another machine, a live process, no permission to ask) waits for the expiry."""
    pid = local_pid(holder)
    if pid is None or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            state = stat.read().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state in ("Z", "X")
