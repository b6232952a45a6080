"""Several workers on one store: a mailbox is polled by one worker at a time (a lease that runs out when its worker
dies), a message is worked on by one worker (claims that report what they won), and the schema is migrated once
however many processes start together. In memory, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.stores import postgres_url, sqlite_url
from triage.adapters.store import Store
from triage.core.lease import holder_is_dead, worker_id
from triage.repository import Repository

ITEMS = [(1, "<a@x>", "h1", None), (2, "<b@x>", "h2", None)]


def _soon(seconds: int = 60) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


def test_a_mailbox_lease_has_one_holder_until_it_runs_out(store: Repository) -> None:
    assert store.take_lease("main", "a", _soon()) == "a"
    assert store.take_lease("main", "b", _soon()) == "a", "a live lease is not taken"
    assert store.take_lease("main", "a", _soon(120)) == "a", "the holder renews it"
    assert store.take_lease("other", "b", _soon()) == "b", "another mailbox is another lease"
    store.take_lease("main", "a", datetime.now(UTC) - timedelta(seconds=1))  # a's last renewal ran out
    assert store.take_lease("main", "b", _soon()) == "b", "a dead worker's lease runs out and another takes over"
    assert store.take_lease("main", "a", _soon()) == "b"


def test_a_released_lease_is_free_and_only_its_holder_releases_it(store: Repository) -> None:
    store.take_lease("main", "a", _soon())
    store.drop_lease("main", "b")
    assert store.take_lease("main", "b", _soon()) == "a"
    store.drop_lease("main", "a")
    assert store.take_lease("main", "b", _soon()) == "b"


def test_a_lease_held_by_a_process_known_dead_is_taken_at_once(store: Repository) -> None:
    store.take_lease("main", "gone", _soon())
    assert store.take_lease("main", "b", _soon(), dead="someone else") == "gone"
    assert store.take_lease("main", "b", _soon(), dead="gone") == "b"


def test_a_message_claimed_by_the_lease_holder_is_never_won_by_another_worker(store: Repository) -> None:
    store.take_lease("main", "a", _soon())
    mine = store.claim_many("main", "INBOX", 7, ITEMS, holder="a")
    assert [c.won for c in mine] == [True, True]
    theirs = store.claim_many("main", "INBOX", 7, ITEMS, holder="b")
    assert [c.won for c in theirs] == [False, False], "a claim reports that it lost"
    assert [c.entry_id for c in theirs] == [c.entry_id for c in mine], "and no second ledger row"
    assert all(c.won for c in store.claim_many("main", "INBOX", 7, ITEMS, holder="a")), "the holder keeps them"


def test_the_claims_of_a_worker_that_lost_its_lease_pass_to_the_new_holder(store: Repository) -> None:
    store.take_lease("main", "a", _soon())
    store.claim_many("main", "INBOX", 7, ITEMS, holder="a")
    store.drop_lease("main", "a")
    store.take_lease("main", "b", _soon())
    assert [c.won for c in store.claim_many("main", "INBOX", 7, ITEMS, holder="b")] == [True, True]
    assert [c.won for c in store.claim_many("main", "INBOX", 7, ITEMS, holder="a")] == [False, False]


def test_a_holder_on_this_machine_whose_process_ended_is_dead() -> None:
    child = subprocess.run(
        [sys.executable, "-c", "from triage.core.lease import worker_id; print(worker_id())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert holder_is_dead(child.stdout.strip())
    assert not holder_is_dead(worker_id()), "this process is alive"
    assert not holder_is_dead("another-host.example/1/abc"), "another machine's worker waits for the expiry"


_OPEN = "import sys; from triage.adapters.store import Store; Store(sys.argv[1]).close()"


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_workers_starting_together_on_a_fresh_store_migrate_it_once(kind: str, tmp_path: Path) -> None:
    urls = postgres_url() if kind == "postgresql" else iter([sqlite_url(tmp_path)])
    url = next(urls)
    try:
        starts = [
            subprocess.Popen([sys.executable, "-c", _OPEN, url], stderr=subprocess.PIPE, text=True) for _ in range(4)
        ]
        errors = [p.communicate(timeout=120)[1] for p in starts]
        assert [p.returncode for p in starts] == [0] * 4, errors
        store = Store(url, create=False)
        assert store.take_lease("main", "a", _soon()) == "a"
        store.close()
    finally:
        next(urls, None)


def test_two_workers_recording_the_same_new_person_at_once_make_one_contact(sql_store: Store) -> None:
    import threading

    from triage.core.kinds import LedgerState
    from triage.repository import InquiryRecord

    other = Store(sql_store.url)
    claims = [
        store.claim_many(box, "INBOX", 1, [(1, f"<{box}@x>", f"h{box}", None)], holder=box)[0]
        for store, box in ((sql_store, "a"), (other, "b"))
    ]
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def record(store: Store, box: str, entry_id: int) -> None:
        rec = InquiryRecord(
            entry_id,
            "new.person@example.com",
            None,
            "direct",
            datetime.now(UTC),
            box,
            f"<{box}@x>",
            (),
            None,
            LedgerState.RECORDED,
        )
        start.wait()
        try:
            store.record_inquiries([rec])
        except BaseException as exc:  # pragma: no cover - the failure this test is about
            errors.append(exc)

    threads = [
        threading.Thread(target=record, args=(store, box, claim.entry_id))
        for store, box, claim in ((sql_store, "a", claims[0]), (other, "b", claims[1]))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert not errors
    assert [c.email for c in sql_store.contacts()] == ["new.person@example.com"]
