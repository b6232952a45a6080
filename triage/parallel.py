"""Understanding on every core: a pool of worker processes, each with its own copy of the model.

Parsing and classifying are pure Python and hold the GIL, so threads would not help. Workers are started with
"spawn" (safe beside the scheduler's threads) and load the model once; the poller hands them the next batch
while it writes the current one to the store and the server, so the two kinds of work overlap.

A worker ends with the process that started it, whatever ends that one (a SIGKILL, an OOM kill, a crash): the
kernel sends it SIGKILL when its parent goes (prctl PR_SET_PDEATHSIG, Linux), and a watchdog thread that sees
its parent change ends it too (any POSIX system, and the case of a parent that died before the prctl).
Linux counts the thread that started a worker as its parent: workers are started by the thread that submits the
first batches, the main thread of `triage poll` or a scheduler thread of `triage run`, both of which live as long
as the poller.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor

from triage.core.classify import Classifier
from triage.core.model import Quarantine
from triage.understand import Understood, understand_for_poll

Result = list[Understood | Quarantine]
MIN_PARALLEL = 64
"""Below this many messages the pool costs more than it saves."""

_classifier: Classifier | None = None
_own: frozenset[str] = frozenset()


PR_SET_PDEATHSIG = 1
WATCH_SECONDS = 0.5


def _die_with(parent: int) -> None:
    """End this process when `parent` ends, however it ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # it died before the prctl: nobody would send the signal
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), name="triage-parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)  # re-parented: the poll that needed this worker is gone


def _start(load: Callable[[], Classifier], own: frozenset[str], parent: int) -> None:
    global _classifier, _own
    _die_with(parent)  # first, so even a worker still loading the model ends with its parent
    _classifier = load()
    _own = own


def _work(raws: list[bytes]) -> Result:
    assert _classifier is not None
    return understand_for_poll(raws, _classifier, _own)


class Understander:
    """Submit a batch, get a Future; serial (in this process) when there is one core or the batch is small."""

    def __init__(
        self,
        classifier: Classifier,
        own: frozenset[str],
        *,
        load: Callable[[], Classifier] | None = None,
        workers: int | None = None,
    ) -> None:
        """`load` gives a worker process its own classifier (a picklable function: workers are spawned); without
        it everything is understood in this process."""
        self.classifier = classifier
        self.own = own
        self.load = load
        # One core stays with this process (store, IMAP, composing) and the mail server; 0 means no pool.
        default = min(4, (os.cpu_count() or 1) - 1)
        wanted = workers if workers is not None else int(os.environ.get("TRIAGE_WORKERS", default))
        self.workers = wanted if load is not None else 0
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()  # `triage run` submits from one thread per mailbox

    def submit(self, raws: Sequence[bytes]) -> Future[Result]:
        if self.workers < 1 or len(raws) < MIN_PARALLEL:
            done: Future[Result] = Future()
            done.set_result(understand_for_poll(raws, self.classifier, self.own))
            return done
        pool = self._ensure_pool()
        size = max(16, -(-len(raws) // self.workers))
        parts = [pool.submit(_work, list(raws[i : i + size])) for i in range(0, len(raws), size)]
        joined: Future[Result] = Future()

        def collect(_: object) -> None:
            if all(p.done() for p in parts) and not joined.done():
                try:
                    joined.set_result([item for p in parts for item in p.result()])
                except BaseException as exc:  # a worker died: the poll fails loudly, the ledger keeps the state
                    joined.set_exception(exc)

        for part in parts:
            part.add_done_callback(collect)
        return joined

    def _ensure_pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                assert self.load is not None, "a pool only with a loader (__init__ sets workers to 0 without one)"
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_start,
                    initargs=(self.load, self.own, os.getpid()),
                )
            return self._pool

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
