"""A practice's client list makes its clients known: imported once, again changes nothing, a bad row stops all,
and a client who then writes in gets a client's reply, never the intake pitch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import example_config
from tests.servers import Account
from tests.test_odd_mail import message, put
from tests.test_poll_imap import folder, make_config
from triage.adapters.store import Store
from triage.cli import main
from triage.core.roster import RosterError, read_roster

CLIENTS = (
    "email,first_name,last_name\n"
    "maya.lopez@example.com,Maya,Lopez\n"
    "JOSE@Example.org,José,Ruiz\n"
    "ana.lucia@example.net,Ana Lucía,Pérez\n"
)


def test_a_client_list_makes_clients_and_a_second_import_changes_nothing(store: Store) -> None:
    from datetime import UTC, datetime

    rows = read_roster(CLIENTS, "clients.csv")
    assert store.import_contacts(rows, actor="Dana", at=datetime.now(UTC)) == (3, 0, 0)
    for email in ("maya.lopez@example.com", "jose@example.org"):
        contact = store.contact(email)
        assert contact is not None and contact.stage == "client"
    assert store.import_contacts(rows, actor="Dana", at=datetime.now(UTC)) == (0, 0, 3), "idempotent"
    contact = store.contact("ana.lucia@example.net")
    assert contact is not None and contact.first_name == "Ana Lucía"
    kinds = [t.kind for t in store.history(contact.id)]
    assert kinds == ["stage_change"], "one dated touchpoint says who made them a client"


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("email,first_name\nmaya@example.com,Maya\n", "clients.csv:1: missing column 'last_name'"),
        (CLIENTS + "not-an-address,Bo,Li\n", "clients.csv:5: 'not-an-address' is not an e-mail address"),
        (CLIENTS + "MAYA.LOPEZ@example.com,Maya,L\n", "clients.csv:5: maya.lopez@example.com is already on line 2"),
        ("email,first_name,last_name,stage\nbo@example.com,Bo,Li,vip\n", "clients.csv:2: stage 'vip' is not one of"),
    ],
)
def test_a_bad_row_is_named_by_its_line(text: str, problem: str) -> None:
    with pytest.raises(RosterError, match="^" + problem.replace("(", r"\(").replace("'", "'")):
        read_roster(text, "clients.csv")


def test_the_command_imports_nothing_when_one_row_is_bad(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = example_config(tmp_path)
    bad = tmp_path / "clients.csv"
    bad.write_text(CLIENTS + "oops,Bo,Li\n", encoding="utf-8")
    assert main(["contact", "import", str(bad), "--config", str(config)]) != 0
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"{bad}:5:" in err and "nothing was imported" in err
    store = Store(f"sqlite:///{tmp_path / 'triage.db'}")
    assert store.list_contacts() == []
    store.close()
    good = tmp_path / "good.csv"
    good.write_text(CLIENTS, encoding="utf-8")
    assert main(["contact", "import", str(good), "--config", str(config)]) == 0
    assert "3 new contacts" in capsys.readouterr().out
    assert main(["contact", "import", str(good), "--config", str(config)]) == 0
    assert "3 already up to date" in capsys.readouterr().out


def test_an_imported_client_gets_a_clients_reply(imap_account: Account, tmp_path: Path, poll: Any) -> None:
    from datetime import UTC, datetime

    config = make_config(imap_account, tmp_path)
    store = Store(config.store.url)
    store.import_contacts(read_roster(CLIENTS, "clients.csv"), actor="import", at=datetime.now(UTC))
    store.close()
    put(imap_account, [message("Maya Lopez <maya.lopez@example.com>", "Hi, do you have anything on Saturdays? Maya")])
    report = poll(config)
    assert report.leads == 0, "a client is not a new lead"
    (draft,) = [m for _, m in folder(imap_account, "Drafts")]
    body = draft.get_payload(decode=True).decode()
    assert body.startswith("Hi Maya,") and "Thanks for your message." in body
    assert "good fit" not in body and "accepting new clients" not in body


def test_a_draft_with_a_note_for_staff_is_never_sent_and_is_reviewed_first(
    imap_account: Account, tmp_path: Path, smtp_sink: Any, poll: Any
) -> None:
    from tests.test_odd_mail import message as plain

    put(
        imap_account,
        [
            plain("Bo Li <bo@example.com>", "Hi, do you offer sex therapy? Thanks, Bo"),
            plain("Cy Ray <cy@example.com>", "Hi, do you take Aetna? Thanks, Cy"),
        ],
    )
    config = make_config(imap_account, tmp_path, smtp=smtp_sink, mode="send")
    report = poll(config)
    assert report.sent == 1 and report.drafts == 1, "the answerable one is sent; the one with a staff note waits"
    (draft,) = [m for _, m in folder(imap_account, "Drafts")]
    assert draft.get_payload(decode=True).decode().startswith("[For staff: they ask about sex therapy.")
    store = Store(config.store.url)
    rows = store.backlog()
    store.close()
    assert [r.email for r in rows if r.needs_staff] == ["bo@example.com"]
