"""OAuth2 sign-in for real: Dovecot's `oauth2` passdb asks the loopback provider of tests/oauth_server.py about each
access token (RFC 7662 introspection), triage refreshes tokens at its token endpoint, and an aiosmtpd server checks
the XOAUTH2 string byte for byte. Google's and Microsoft's own servers cannot be reached from here: their paths are
checked by the requests they build (tests/test_oauth_login.py)."""

from __future__ import annotations

import json
import logging
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.mail import INQUIRY_TEXT, message
from tests.oauth_server import OAuthServer
from tests.servers import Account, Dovecot, SmtpSink
from tests.test_idle import Lines, wait_for
from tests.test_poll_imap import connect, folder
from triage.adapters.imap import ImapMailbox
from triage.adapters.oauth import TokenFile, TokenSource, oauth_app
from triage.adapters.smtp import send
from triage.cli import main
from triage.config import Config, ConfigError, Mailbox, Smtp
from triage.configfile import write_config
from triage.core.classify import Classifier
from triage.mailroom import MailboxError, SignInNeeded
from triage.runner import build_poller, poll_once

SECRET_ENV = "TRIAGE_TEST_CLIENT_SECRET"
RAW = b"From: hello@calmharbor.example\r\nTo: clinician@calmharbor.example\r\nSubject: hi\r\n\r\nHello.\r\n"


@pytest.fixture(autouse=True)
def _client_secret(monkeypatch: pytest.MonkeyPatch, oauth_server: OAuthServer) -> None:
    monkeypatch.setenv(SECRET_ENV, oauth_server.provider.client_secret)


def oauth_box(account: Account, server: OAuthServer, tmp_path: Path, name: str = "main") -> Mailbox:
    return Mailbox(
        name=name,
        host=account.host,
        port=account.port,
        security="none",
        username=account.username,
        auth="oauth2",
        provider="generic",
        client_id=server.provider.client_id,
        client_secret_env=SECRET_ENV,
        token_url=server.token_url,
        token_file=str(tmp_path / f"{name}.token.json"),
        timeout=10.0,
    )


def source(box: Mailbox, tmp_path: Path) -> TokenSource:
    return TokenSource(oauth_app(box, tmp_path / "triage.toml"), TokenFile(Path(box.token_file)))


def signed_in(box: Mailbox, server: OAuthServer, *, access: str | None = None, expires_in: float = 3600) -> str:
    """Write the token file `triage auth login` would leave: a refresh token, and an access token if given."""
    refresh = server.provider.grant(box.username)
    data: dict[str, object] = {"refresh_token": refresh}
    if access is not None:
        data.update(access_token=access, lifetime=3600.0, expires_at=time.time() + expires_in)
    TokenFile(Path(box.token_file)).save(data)
    return refresh


def test_a_valid_access_token_signs_in_to_dovecot(
    oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    signed_in(box, oauth_server, access=oauth_server.provider.issue(box.username))
    asked = len(oauth_server.provider.token_requests)
    with ImapMailbox(box, "", bearer=source(box, tmp_path)) as mail:
        assert mail.status("INBOX")[1] >= 1
    assert len(oauth_server.provider.token_requests) == asked, "a token with time left is used, not refreshed"


def test_an_expired_access_token_is_refreshed_once_and_signs_in(
    oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    old = oauth_server.provider.issue(box.username)
    oauth_server.provider.expire(old)  # the server says it is over; the file still thinks it has an hour
    signed_in(box, oauth_server, access=old)
    asked = len(oauth_server.provider.token_requests)
    with ImapMailbox(box, "", bearer=source(box, tmp_path)) as mail:
        mail.status("INBOX")
    assert len(oauth_server.provider.token_requests) == asked + 1, "refused once, refreshed once, signed in"
    kept = json.loads(Path(box.token_file).read_text())
    assert kept["access_token"] != old and oauth_server.provider.valid(kept["access_token"]) == box.username
    assert stat.S_IMODE(Path(box.token_file).stat().st_mode) == 0o600


def test_an_access_token_about_to_expire_is_refreshed_before_it_is_used(
    oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    signed_in(box, oauth_server, access=oauth_server.provider.issue(box.username), expires_in=30)
    tokens = source(box, tmp_path)
    introspected = oauth_server.provider.introspections
    with ImapMailbox(box, "", bearer=tokens) as mail:
        mail.status("INBOX")
    assert oauth_server.provider.introspections == introspected + 1, "the first token presented was good"
    assert oauth_server.provider.token_requests[-1]["grant_type"] == "refresh_token"


def test_a_revoked_sign_in_stops_with_one_line_saying_to_sign_in_again(
    oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    refresh = signed_in(box, oauth_server, access=oauth_server.provider.issue(box.username))
    oauth_server.provider.revoke(refresh)
    with pytest.raises(SignInNeeded) as error, ImapMailbox(box, "", bearer=source(box, tmp_path)):
        pass
    text = str(error.value)
    assert "\n" not in text and "revoked or has expired" in text
    assert "run `triage auth login main` again" in text


def test_never_signed_in_says_how_to_sign_in(oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    with pytest.raises(SignInNeeded, match="not signed in yet: run `triage auth login main`"):
        ImapMailbox(box, "", bearer=source(box, tmp_path)).__enter__()


def test_xoauth2_is_used_where_oauthbearer_is_not_offered(
    oauth_server: OAuthServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with Dovecot(oauth2=oauth_server.introspection_url, oauth2_mechanisms="xoauth2") as server:
        account = server.new_account()
        box = oauth_box(account, oauth_server, tmp_path)
        signed_in(box, oauth_server)  # no access token yet: the first is fetched
        caplog.set_level(logging.DEBUG)
        with ImapMailbox(box, "", bearer=source(box, tmp_path)) as mail:
            assert not mail.has("AUTH=OAUTHBEARER")
            mail.status("INBOX")
        assert "method=XOAUTH2" in server.log_tail(50)
    kept = json.loads(Path(box.token_file).read_text())
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert kept["access_token"] not in logged and kept["refresh_token"] not in logged, "tokens never reach a log"


def test_a_provider_that_is_down_is_a_passing_trouble_not_a_lost_sign_in(
    oauth_account: Account, oauth_server: OAuthServer, tmp_path: Path
) -> None:
    box = oauth_box(oauth_account, oauth_server, tmp_path)
    signed_in(box, oauth_server)
    down = Mailbox(**{**box.__dict__, "token_url": "http://127.0.0.1:9/token"})
    with pytest.raises(MailboxError, match="cannot reach the token endpoint") as error:
        ImapMailbox(down, "", bearer=source(down, tmp_path)).__enter__()
    assert not isinstance(error.value, SignInNeeded)


def test_smtp_signs_in_with_xoauth2_and_refreshes_a_refused_token(oauth_server: OAuthServer, tmp_path: Path) -> None:
    user = "hello@calmharbor.example"
    with SmtpSink(bearer=lambda who, token: oauth_server.provider.valid(token) == who) as sink:
        box = oauth_box(Account(sink.host, 1, user, ""), oauth_server, tmp_path)
        old = oauth_server.provider.issue(user)
        oauth_server.provider.expire(old)
        signed_in(box, oauth_server, access=old)
        smtp = Smtp(host=sink.host, port=sink.port, security="none", auth="oauth2", oauth_mailbox="main", timeout=5)
        send(smtp, "", user, ["clinician@calmharbor.example"], RAW, bearer=source(box, tmp_path), username=user)
        assert len(sink.messages) == 1
        first, second = sink.auth_strings
        assert first == f"user={user}\x01auth=Bearer {old}\x01\x01".encode(), "the XOAUTH2 string, byte for byte"
        new = json.loads(Path(box.token_file).read_text())["access_token"]
        assert second == f"user={user}\x01auth=Bearer {new}\x01\x01".encode()


def two_mailboxes(
    tmp_path: Path, signed: Account, plain: Account, server: OAuthServer, sink: SmtpSink
) -> tuple[Config, Mailbox]:
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": f"sqlite:///{tmp_path / 'triage.db'}"},
        mailboxes=[
            {
                "name": "signed",
                "host": signed.host,
                "port": signed.port,
                "security": "none",
                "username": signed.username,
                "auth": "oauth2",
                "provider": "generic",
                "client_id": server.provider.client_id,
                "client_secret_env": SECRET_ENV,
                "token_url": server.token_url,
                "poll_every": "10m",
            },
            {
                "name": "plain",
                "host": plain.host,
                "port": plain.port,
                "security": "none",
                "username": plain.username,
                "password_env": "TRIAGE_TEST_PLAIN_PW",
                "poll_every": "10m",
            },
        ],
        smtp={"host": sink.host, "port": sink.port, "security": "none"},
        safety={"alert_to": ["clinician@calmharbor.example"]},
    )
    return config, config.mailbox("signed")


def test_a_revoked_sign_in_alerts_once_and_never_stops_the_other_mailbox(
    oauth_dovecot: Dovecot,
    oauth_server: OAuthServer,
    smtp_sink: SmtpSink,
    classifier: Classifier,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    signed, plain = oauth_dovecot.new_account(), oauth_dovecot.new_account()
    monkeypatch.setenv("TRIAGE_TEST_PLAIN_PW", plain.password)
    config, _ = two_mailboxes(tmp_path, signed, plain, oauth_server, smtp_sink)
    token_file = tmp_path / "triage-oauth-signed.json"
    refresh = oauth_server.provider.grant(signed.username)
    TokenFile(token_file).save({"refresh_token": refresh})
    oauth_server.provider.revoke(refresh)
    for n in (1, 2):
        with connect(plain) as client:
            client.append("INBOX", message(f"Ana{n} <ana{n}@example.com>", INQUIRY_TEXT.format(name=f"Ana{n}")))
        poller = build_poller(config, classifier)
        try:
            reports = {r.mailbox: r for r in poll_once(poller)}
        finally:
            poller.close()
        (line,) = reports["signed"].errors
        assert line.startswith("signed: the sign-in was revoked") and "run `triage auth login signed` again" in line
        assert reports["plain"].drafts == 1 and not reports["plain"].errors, "the other mailbox is read as usual"
    assert len(folder(plain, "Drafts")) == 2
    (alert,) = [m for m in smtp_sink.messages if "clinician@calmharbor.example" in m.recipients]
    assert b"Mailbox signed stopped" in alert.raw and b"triage auth login signed" in alert.raw
    assert refresh.encode() not in alert.raw


def test_auth_login_generic_exchanges_a_code_and_keeps_the_sign_in_private(
    oauth_account: Account,
    oauth_server: OAuthServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_config(
        tmp_path / "triage.toml",
        store={"url": f"sqlite:///{tmp_path / 'triage.db'}"},
        mailboxes=[
            {
                "name": "main",
                "host": oauth_account.host,
                "port": oauth_account.port,
                "security": "none",
                "username": oauth_account.username,
                "auth": "oauth2",
                "provider": "generic",
                "client_id": oauth_server.provider.client_id,
                "client_secret_env": SECRET_ENV,
                "token_url": oauth_server.token_url,
            }
        ],
    )
    code = oauth_server.provider.code(oauth_account.username)
    argv = ["auth", "login", "main", "--code", code, "--redirect-uri", "http://127.0.0.1/cb", "--config"]
    assert main([*argv, str(config.path)]) == 0
    token_file = tmp_path / "triage-oauth-main.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    kept = json.loads(token_file.read_text())
    out = capsys.readouterr()
    assert kept["refresh_token"] not in out.out + out.err and kept["access_token"] not in out.out + out.err
    assert oauth_server.provider.token_requests[-1]["redirect_uri"] == "http://127.0.0.1/cb"
    with ImapMailbox(config.mailbox("main"), "", bearer=source_of(config)) as mail:
        mail.status("INBOX")
    assert main([*argv, str(config.path)]) == 2, "a code is good once"
    assert "did not accept it" in capsys.readouterr().err


def source_of(config: Config) -> TokenSource:
    box = config.mailbox("main")
    return TokenSource(oauth_app(box, config.path), TokenFile(config.path.parent / "triage-oauth-main.json"))


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"provider": "generic"}, "token_url"),
        ({"provider": "yahoo"}, "provider must be one of"),
        ({"provider": "generic", "token_url": "http://auth.example.com/token"}, "loopback only"),
        ({"provider": "google", "client_id": ""}, "client_id"),
        ({"provider": "google", "auth": "kerberos"}, "auth must be one of"),
    ],
)
def test_an_oauth2_mailbox_must_name_its_provider_and_app(tmp_path: Path, extra: dict[str, str], message: str) -> None:
    box = {"name": "m", "host": "imap.example.com", "username": "u@x.test", "auth": "oauth2", "client_id": "id"}
    with pytest.raises(ConfigError, match=message):
        write_config(tmp_path / "triage.toml", mailboxes=[{**box, **extra}])


def test_smtp_oauth2_needs_a_mailbox_signed_in_with_oauth2(tmp_path: Path) -> None:
    box = {"name": "m", "host": "imap.example.com", "username": "u@x.test", "password_env": "X"}
    with pytest.raises(ConfigError, match=r"smtp\.auth = 'oauth2' needs a mailbox"):
        write_config(tmp_path / "triage.toml", mailboxes=[box], smtp={"host": "smtp.example.com", "auth": "oauth2"})


def test_triage_run_stops_only_the_mailbox_whose_sign_in_is_gone(
    oauth_dovecot: Dovecot, oauth_server: OAuthServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    signed, plain = oauth_dovecot.new_account(), oauth_dovecot.new_account()
    config, _ = two_mailboxes(tmp_path, signed, plain, oauth_server, smtp_sink)
    refresh = oauth_server.provider.grant(signed.username)
    TokenFile(tmp_path / "triage-oauth-signed.json").save({"refresh_token": refresh})
    oauth_server.provider.revoke(refresh)
    env = {**os.environ, "TRIAGE_TEST_PLAIN_PW": plain.password}
    run = subprocess.Popen(
        [sys.executable, "-m", "triage", "run", "--config", str(config.path)], env=env, stderr=subprocess.PIPE
    )
    err = Lines(run.stderr)
    try:
        assert wait_for(lambda: err.has("plain: watching INBOX (IDLE)"), 120), "".join(err.lines)[-2000:]
        with connect(plain) as client:
            client.append("INBOX", message("Ana <ana@example.com>", INQUIRY_TEXT.format(name="Ana")))
        assert wait_for(lambda: len(folder(plain, "Drafts")) == 1, 5.0), "the other mailbox answers as usual"
        assert wait_for(lambda: err.has("run `triage auth login signed` again"), 30)
    finally:
        run.send_signal(signal.SIGTERM)
        run.wait(timeout=60)
    assert run.returncode == 0, "".join(err.lines)[-2000:]
    said = [line for line in err.lines if "triage auth login signed" in line]
    assert len(said) == 1, said
    alerts = [m for m in smtp_sink.messages if b"Mailbox signed stopped" in m.raw]
    assert len(alerts) == 1
