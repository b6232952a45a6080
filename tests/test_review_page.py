"""The review page in a real headless Chromium (Debian's, driven by Playwright) against a real Dovecot and the loopback
SMTP server: staff sign in, edit a draft and approve it; hostile mail stays inert text; forms need their CSRF token;
a front desk account cannot open a possible crisis; two people approving the same reply send it once."""

from __future__ import annotations

import argparse
import email
import email.policy
import http.server
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from imapclient import IMAPClient

from tests.mail import CRISIS, FIXTURES, message
from tests.servers import Account, Dovecot, SmtpSink, free_port
from tests.test_poll_imap import make_config
from triage.adapters.staff_store import StaffStore
from triage.adapters.store import Store
from triage.cli.model import corrections
from triage.core.classify import Classifier
from triage.core.kinds import Role, TouchpointKind
from triage.pipeline.batch import practice_zone
from triage.runner import build_poller, make_sender, poll_once
from triage.web.accounts import add_account
from triage.web.app import create_app
from triage.web.desk import Desk

CHROMIUM = Path("/usr/bin/chromium")
DOCS = Path(__file__).parent.parent / "docs"
PASSWORD = "correct horse battery"
HOSTILE_TEXT = "&lt;script&gt;window.pwned = 1&lt;/script&gt; Hi, do you take Aetna? I would like to start therapy."

pytestmark = pytest.mark.integration


class _Pixel(http.server.BaseHTTPRequestHandler):
    """The "remote" image host: counts every request it gets (it must get none)."""

    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Pixel.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def hostile_mail(pixel_port: int) -> bytes:
    html = (
        "<html><head><script>window.pwned = 1; alert('pwned')</script>"
        f"<style>body {{ background: url(http://127.0.0.1:{pixel_port}/css.png) }}</style></head><body>"
        f"<p>{HOSTILE_TEXT}</p>"
        f'<img src="http://127.0.0.1:{pixel_port}/pixel.png" onerror="window.pwned = 2">'
        '<p onmouseover="window.pwned = 3">Thanks, Mallory</p></body></html>'
    )
    head = message("Mallory Voss <mallory@mail.example>", "x", subject="Question about insurance")
    headers = head.split(b"\r\n\r\n")[0].replace(b"text/plain", b"text/html")
    return headers + b"\r\n\r\n" + html.encode() + b"\r\n"


@dataclass
class Site:
    url: str
    account: Account
    sink: SmtpSink
    store: Store
    ids: dict[str, int]
    """Ledger entry per sender address."""


def _entries(store: Store) -> dict[str, int]:
    out = {}
    for entry in store.entries():
        item = StaffStore(store).item(entry.id)
        if item is not None and item.email:
            out[item.email] = entry.id
    return out


@pytest.fixture(scope="module")
def site(dovecot: Dovecot, classifier: Classifier, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    from werkzeug.serving import make_server

    tmp = tmp_path_factory.mktemp("review")
    account = dovecot.new_account()
    pixel = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), _Pixel)
    threading.Thread(target=pixel.serve_forever, daemon=True).start()
    sink = SmtpSink()
    with IMAPClient(account.host, port=account.port, ssl=False) as client:
        client.login(account.username, account.password)
        client.append("INBOX", (FIXTURES / CRISIS).read_bytes())
        client.append("INBOX", message("Maya Lopez <maya@mail.example>", "Hi, do you take Aetna? Thanks, Maya"))
        client.append("INBOX", message("Omar Haddad <omar@mail.example>", "Do you see couples? Thanks, Omar"))
        client.append("INBOX", hostile_mail(pixel.server_address[1]))
        client.append("INBOX", message("Lee Park <lee@mail.example>", "Hi, what do you charge per session? Lee"))
        for name in ("Jo", "Kim", "Ana"):
            text = f"Hello, do you take Aetna? Thanks, {name}"
            client.append("INBOX", message(f"{name} Doe <{name.lower()}@mail.example>", text))
    config = make_config(account, tmp, smtp=sink)
    store = Store(config.store.url)
    (report,) = poll_once(build_poller(config, classifier, store=store))
    assert report.drafts >= 8, report
    staff = StaffStore(store)
    add_account(staff, "Dana", Role.OWNER, PASSWORD)
    add_account(staff, "Robin", Role.CLINICIAN, PASSWORD)
    add_account(staff, "Fran", Role.FRONT_DESK, PASSWORD)
    desk = Desk(config, store, staff, classifier, make_sender(config))
    app = create_app(desk, practice_zone(config), login_limit="200 per minute")
    server = make_server("127.0.0.1", free_port(), app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(f"http://127.0.0.1:{server.server_port}", account, sink, store, _entries(store))
    finally:
        server.shutdown()
        pixel.shutdown()
        sink.stop()
        store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make deps` (installs Debian's chromium)", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"] if os.getuid() == 0 else [])
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1200, "height": 760})
    try:
        yield context.new_page()
    finally:
        context.close()


def sign_in(page: Any, site: Site, name: str) -> None:
    page.goto(site.url + "/login")
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", PASSWORD)
    page.click("#login button[type=submit]")
    page.wait_for_url(site.url + "/")


def folder(account: Account, name: str) -> list[email.message.Message]:
    with IMAPClient(account.host, port=account.port, ssl=False) as client:
        client.login(account.username, account.password)
        client.select_folder(name, readonly=True)
        data = client.fetch(client.search("ALL"), ["BODY.PEEK[]"])
        return [email.message_from_bytes(d[b"BODY[]"], policy=email.policy.default) for d in data.values()]


def test_nothing_is_reachable_without_signing_in(site: Site, page: Any) -> None:
    for path in ("/", f"/item/{site.ids['maya@mail.example']}", "/contact/1"):
        page.goto(site.url + path)
        assert page.url.startswith(site.url + "/login"), path
    assert "Maya" not in page.content()


def test_staff_edit_a_draft_approve_it_and_it_arrives_threaded_with_the_edited_text(site: Site, page: Any) -> None:
    sign_in(page, site, "Dana")
    rows = page.locator("table.queue tbody tr")
    assert "crisis" in (rows.first.get_attribute("class") or ""), "a possible crisis comes first"
    # The README's screenshot: rewritten only when asked (TRIAGE_SCREENSHOT=1), so `make test` leaves the tree clean.
    shot = page.screenshot(clip={"x": 0, "y": 0, "width": 1200, "height": 480})
    assert shot.startswith(b"\x89PNG")
    if os.environ.get("TRIAGE_SCREENSHOT") == "1":
        (DOCS / "review-queue.png").write_bytes(shot)
    page.click("text=Maya")
    assert "insurance" in page.locator(".understood").inner_text()
    edited = "Hi Maya,\n\nYes, we are in network with Aetna. Dana will call you tomorrow.\n\nWarmly,\nDana"
    page.fill("textarea[name=text]", edited)
    page.click("button[value=approve]")
    assert "Sent to maya@mail.example" in page.locator(".flash").inner_text()
    (sent,) = [m for m in site.sink.messages if "maya@mail.example" in m.recipients]
    out = email.message_from_bytes(sent.raw, policy=email.policy.default)
    assert "Dana will call you tomorrow" in out.get_body().get_content()  # type: ignore[union-attr]
    (original,) = [m for m in folder(site.account, "INBOX") if "maya@" in str(m["From"])]
    assert out["In-Reply-To"].strip() == original["Message-ID"].strip()
    assert original["Message-ID"].strip() in out["References"]
    assert any("Dana will call" in m.get_body().get_content() for m in folder(site.account, "Sent"))  # type: ignore[union-attr]
    assert not [m for m in folder(site.account, "Drafts") if "maya@" in str(m["To"])], "the draft left Drafts"
    contact = site.store.contact("maya@mail.example")
    assert contact is not None
    sent_points = [t for t in site.store.history(contact.id) if t.kind == TouchpointKind.REPLY_SENT]
    assert [t.actor for t in sent_points] == ["Dana"]
    assert [t.actor for t in site.store.history(contact.id) if t.kind == TouchpointKind.VIEWED] == ["Dana"]
    page.goto(f"{site.url}/contact/{contact.id}")
    assert "reply sent" in page.content() and "Dana" in page.content()


def test_a_hostile_html_mail_never_runs_script_nor_loads_a_remote_image(site: Site, page: Any) -> None:
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: requests.append(r.url))
    sign_in(page, site, "Dana")
    page.goto(f"{site.url}/item/{site.ids['mallory@mail.example']}")
    shown = page.locator("#original").inner_text()
    assert "<script>window.pwned = 1</script>" in shown, "the words of the mail are shown as text"
    page.hover("#original")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert not dialogs
    assert _Pixel.hits == [], "the remote image was never fetched"
    assert all(url.startswith(site.url) for url in requests), requests
    assert page.locator("img").count() == 0 and page.locator("script").count() == 0


def test_a_form_posted_without_its_csrf_token_is_refused(site: Site, page: Any) -> None:
    sign_in(page, site, "Dana")
    entry = site.ids["omar@mail.example"]
    page.goto(f"{site.url}/item/{entry}")
    uid = page.locator("#draft input[name=draft_uid]").get_attribute("value")
    answer = page.request.post(
        f"{site.url}/item/{entry}", form={"action": "approve", "draft_uid": uid or "", "text": "forged"}
    )
    assert answer.status == 400 and "CSRF" in answer.text()
    assert not [m for m in site.sink.messages if "omar@mail.example" in m.recipients], "nothing was sent"


def test_a_front_desk_account_cannot_open_a_crisis_message(site: Site, page: Any) -> None:
    sign_in(page, site, "Fran")
    crisis_row = page.locator("table.queue tbody tr.crisis").first
    assert crisis_row.locator("a").count() == 0
    assert "for a clinician" in crisis_row.inner_text()
    crisis = next(e for e in site.store.entries() if "crisis" in (e.labels or ""))  # type: ignore[attr-defined]
    answer = page.goto(f"{site.url}/item/{crisis.id}")
    assert answer is not None and answer.status == 403
    assert "pills" not in page.content() and "alive" not in page.content()
    sign_in(page, site, "Robin")
    answer = page.goto(f"{site.url}/item/{crisis.id}")
    assert answer is not None and answer.status == 200 and "Possible crisis" in page.content()


def test_two_staff_approving_the_same_reply_send_it_once(site: Site, browser: Any) -> None:
    first, second = (browser.new_context().new_page() for _ in range(2))
    try:
        sign_in(first, site, "Dana")
        sign_in(second, site, "Robin")
        for p in (first, second):
            p.goto(f"{site.url}/item/{site.ids['omar@mail.example']}")
        first.click("button[value=approve]")
        assert "Sent to" in first.locator(".flash").inner_text()
        second.click("button[value=approve]")
        assert "Dana sent this reply already" in second.locator(".flash.error").inner_text()
        assert len([m for m in site.sink.messages if "omar@mail.example" in m.recipients]) == 1
    finally:
        first.context.close()
        second.context.close()


def test_changing_the_topics_writes_the_draft_again_and_keeps_a_labelled_example(site: Site, page: Any) -> None:
    sign_in(page, site, "Dana")
    entry = site.ids["lee@mail.example"]
    page.goto(f"{site.url}/item/{entry}")
    before_uid = page.locator("#draft input[name=draft_uid]").get_attribute("value")
    page.check("#topics input[value=couples]")
    page.click("#topics button[type=submit]")
    assert "the draft was written again" in page.locator(".flash").inner_text()
    assert page.locator("#draft input[name=draft_uid]").get_attribute("value") != before_uid
    drafts = [m for m in folder(site.account, "Drafts") if "lee@" in str(m["To"])]
    assert len(drafts) == 1, "the new draft replaced the old one"
    (fix,) = StaffStore(site.store).corrections()
    assert "couples" in fix.labels and "fees" in fix.labels and fix.actor == "Dana" and "charge" in fix.body
    item = StaffStore(site.store).item(entry)
    assert item is not None and "couples" in item.labels
    config = Path(site.store.url.removeprefix("sqlite:///")).parent / "triage.toml"
    examples = [e for e in corrections(argparse.Namespace(config=str(config))) if "charge" in e.text]
    assert examples and set(examples[0].labels) >= {"couples", "fees"} and examples[0].origin == "correction by Dana"


def test_bulk_approve_sends_each_selected_draft_once_and_never_a_crisis(site: Site, page: Any) -> None:
    sign_in(page, site, "Dana")
    assert page.locator("table.queue tr.crisis input[type=checkbox]").count() == 0
    for who in ("jo", "kim"):
        page.check(f"table.queue input[value='{site.ids[who + '@mail.example']}']")
    page.click("#bulk button[type=submit]")
    assert "2 sent." in page.locator(".flash").first.inner_text()
    for who in ("jo", "kim"):
        assert len([m for m in site.sink.messages if f"{who}@mail.example" in m.recipients]) == 1
    assert not [m for m in folder(site.account, "Drafts") if "jo@" in str(m["To"]) or "kim@" in str(m["To"])]


def test_the_funnel_dashboard_shows_the_reports_figures_and_charts(site: Site, page: Any) -> None:
    sign_in(page, site, "Fran")
    page.click("text=Funnel")
    page.wait_for_load_state("networkidle")
    assert "New leads" in page.content()
    widths = page.eval_on_selector_all("img.chart", "imgs => imgs.map(i => i.complete ? i.naturalWidth : 0)")
    assert len(widths) == 3 and all(w > 100 for w in widths), widths


def test_a_draft_deleted_in_the_mail_client_leaves_the_queue(site: Site, page: Any) -> None:
    with IMAPClient(site.account.host, port=site.account.port, ssl=False) as client:
        client.login(site.account.username, site.account.password)
        client.select_folder("Drafts")
        data = client.fetch(client.search("ALL"), ["BODY.PEEK[HEADER.FIELDS (TO)]"])
        (uid,) = [u for u, d in data.items() if any(isinstance(v, bytes) and b"ana@mail" in v for v in d.values())]
        client.delete_messages([uid])
        client.expunge()
    sign_in(page, site, "Dana")
    assert "ana@mail.example" not in page.locator("table.queue").inner_text()
    contact = site.store.contact("ana@mail.example")
    assert contact is not None
    assert [t for t in site.store.history(contact.id) if t.kind == TouchpointKind.DRAFT_REMOVED]


def test_a_save_over_a_draft_someone_else_just_saved_is_refused_and_told(site: Site, browser: Any) -> None:
    first, second = (browser.new_context().new_page() for _ in range(2))
    try:
        sign_in(first, site, "Dana")
        sign_in(second, site, "Robin")
        for p in (first, second):
            p.goto(f"{site.url}/item/{site.ids['mallory@mail.example']}")
        first.fill("textarea[name=text]", "Dana's version")
        first.click("button[value=save]")
        assert "Saved to Drafts." in first.locator(".flash").inner_text()
        second.fill("textarea[name=text]", "Robin's version")
        second.click("button[value=save]")
        assert "someone saved a newer version" in second.locator(".flash.error").inner_text()
        drafts = [m for m in folder(site.account, "Drafts") if "mallory@" in str(m["To"])]
        assert len(drafts) == 1 and "Dana's version" in drafts[0].get_body().get_content()  # type: ignore[union-attr]
    finally:
        first.context.close()
        second.context.close()


def test_staff_move_a_stage_and_mark_someone_lost_and_the_audit_trail_names_them(site: Site, page: Any) -> None:
    sign_in(page, site, "Robin")
    page.goto(f"{site.url}/item/{site.ids['kim@mail.example']}")
    page.select_option("#stage select[name=stage]", "prospect")
    page.click("#stage button[type=submit]")
    assert "Now prospect." in page.locator(".flash.ok").inner_text()
    page.click("button[value=lost]")
    assert "Now lost." in page.locator(".flash.ok").inner_text()
    contact = site.store.contact("kim@mail.example")
    assert contact is not None and contact.stage == "lost"
    moves = [t for t in site.store.history(contact.id) if t.kind == TouchpointKind.STAGE_CHANGE]
    assert [t.actor for t in moves] == ["Robin", "Robin"]
    page.click("text=Every touchpoint")
    trail = page.locator("table.timeline").inner_text()
    assert "stage change" in trail and "viewed" in trail and "reply sent" in trail and "Robin" in trail
