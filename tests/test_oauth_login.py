"""`triage auth login` for Microsoft 365 and Google Workspace: their servers cannot be reached from here, so these
check that each provider's library is driven to send the right requests: msal's device-code flow through msal's own
HTTP-client hook, and google-auth-oauthlib's loopback flow end to end, with a test "browser" that consents and the
loopback provider of tests/oauth_server.py as Google's token endpoint."""

from __future__ import annotations

import json
import os
import stat
import threading
import urllib.request
import webbrowser
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest

from tests.oauth_server import OAuthServer
from triage.adapters.oauth import GOOGLE_SCOPES, MICROSOFT_SCOPES, TokenError, TokenFile, oauth_app
from triage.adapters.oauth_login import login_google, login_microsoft
from triage.cli import main
from triage.config import ConfigError, Mailbox
from triage.configfile import write_config

AUTHORITY = "https://login.microsoftonline.com/organizations"


class Answer:
    def __init__(self, body: dict[str, Any], status: int = 200) -> None:
        self.status_code, self.text, self.headers = status, json.dumps(body), {}

    def raise_for_status(self) -> None:
        return None


class Microsoft:
    """What login.microsoftonline.com answers, behind msal's `http_client` hook; every request is kept."""

    def __init__(self, *, refuse: bool = False) -> None:
        self.requests: list[tuple[str, str, Any]] = []
        self.refuse = refuse

    def get(self, url: str, params: Any = None, headers: Any = None, **_: Any) -> Answer:
        self.requests.append(("GET", url, params))
        return Answer(
            {
                "authorization_endpoint": f"{AUTHORITY}/oauth2/v2.0/authorize",
                "token_endpoint": f"{AUTHORITY}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{AUTHORITY}/oauth2/v2.0/devicecode",
                "issuer": "https://login.microsoftonline.com/{tenantid}/v2.0",
            }
        )

    def post(self, url: str, params: Any = None, data: Any = None, headers: Any = None, **_: Any) -> Answer:
        self.requests.append(("POST", url, data))
        if url.endswith("/devicecode"):
            if self.refuse:
                return Answer({"error": "invalid_client", "error_description": "AADSTS7000218: public client"}, 400)
            return Answer(
                {
                    "device_code": "device-1",
                    "user_code": "ABCD-EFGH",
                    "verification_uri": "https://microsoft.com/devicelogin",
                    "expires_in": 900,
                    "interval": 0,
                    "message": "To sign in, open https://microsoft.com/devicelogin and enter the code ABCD-EFGH.",
                }
            )
        return Answer(
            {"token_type": "Bearer", "expires_in": 3599, "access_token": "ms-access", "refresh_token": "ms-refresh"}
        )

    def close(self) -> None:
        return None


def box(provider: str, **extra: Any) -> Mailbox:
    fields = {"name": "main", "host": "imap.example.com", "username": "dana@calmharbor.example", "client_id": "app-1"}
    return Mailbox(**{**fields, "auth": "oauth2", "provider": provider, **extra})


def test_microsoft_signs_in_with_the_device_code_flow_for_imap_smtp_and_offline_access(tmp_path: Path) -> None:
    app = oauth_app(box("microsoft", tenant="organizations"), tmp_path / "triage.toml")
    assert app.token_url == f"{AUTHORITY}/oauth2/v2.0/token"
    assert app.scopes == MICROSOFT_SCOPES
    shown: list[str] = []
    microsoft = Microsoft()
    answer = login_microsoft(app, shown.append, http_client=microsoft)
    assert answer["refresh_token"] == "ms-refresh"
    assert shown == ["To sign in, open https://microsoft.com/devicelogin and enter the code ABCD-EFGH."]
    (_, url, device), (_, token_url, token) = [r for r in microsoft.requests if r[0] == "POST"]
    assert url == f"{AUTHORITY}/oauth2/v2.0/devicecode" and device["client_id"] == "app-1"
    scopes = device["scope"].split()
    assert {
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
        "offline_access",
    } <= set(scopes)
    assert token_url == app.token_url
    assert token["grant_type"] == "urn:ietf:params:oauth:grant-type:device_code" and token["device_code"] == "device-1"


def test_a_microsoft_refusal_is_one_line(tmp_path: Path) -> None:
    app = oauth_app(box("microsoft"), tmp_path / "triage.toml")
    with pytest.raises(TokenError, match="Microsoft refused to start the sign-in: AADSTS7000218") as error:
        login_microsoft(app, print, http_client=Microsoft(refuse=True))
    assert "\n" not in str(error.value)


class ConsentingBrowser(webbrowser.BaseBrowser):
    """A browser whose user says yes: it records the consent page's address and follows the redirect back to
    google-auth-oauthlib's server on localhost with a code, as Google's page would."""

    opened: ClassVar[list[str]] = []
    code = ""

    def open(self, url: str, new: int = 0, autoraise: bool = True) -> bool:
        ConsentingBrowser.opened.append(url)
        query = parse_qs(urlsplit(url).query)
        back = query["redirect_uri"][0] + "?" + urlencode({"code": self.code, "state": query["state"][0]})
        threading.Thread(target=lambda: urllib.request.urlopen(back, timeout=10).read(), daemon=True).start()
        return True


def test_google_signs_in_with_the_loopback_flow_for_full_mail_access(
    tmp_path: Path, oauth_server: OAuthServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OAUTHLIB_INSECURE_TRANSPORT", "1")  # the stand-in for Google's token endpoint is plain http
    monkeypatch.setenv("TRIAGE_TEST_GOOGLE_SECRET", oauth_server.provider.client_secret)
    mailbox = box(
        "google",
        client_id=oauth_server.provider.client_id,
        client_secret_env="TRIAGE_TEST_GOOGLE_SECRET",
        token_url=oauth_server.token_url,
    )
    app = oauth_app(mailbox, tmp_path / "triage.toml")
    assert app.scopes == GOOGLE_SCOPES == ("https://mail.google.com/",)
    ConsentingBrowser.code = oauth_server.provider.code(mailbox.username)
    webbrowser.register("triage-test-consent", None, ConsentingBrowser())
    shown: list[str] = []
    answer = login_google(app, shown.append, browser="triage-test-consent")
    (page,) = ConsentingBrowser.opened
    query = parse_qs(urlsplit(page).query)
    assert page.startswith("https://accounts.google.com/o/oauth2/auth?")
    assert query["scope"] == ["https://mail.google.com/"] and query["client_id"] == [oauth_server.provider.client_id]
    assert query["access_type"] == ["offline"] and query["prompt"] == ["consent"]
    assert query["redirect_uri"][0].startswith("http://localhost:")
    assert query["login_hint"] == [mailbox.username]
    request = oauth_server.provider.token_requests[-1]
    assert request["grant_type"] == "authorization_code" and request["code"] == ConsentingBrowser.code
    assert oauth_server.provider.valid(answer["access_token"]) == mailbox.username
    assert answer["refresh_token"] in oauth_server.provider.refresh


def test_a_client_secret_that_is_not_set_is_named_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRIAGE_TEST_UNSET_SECRET", raising=False)
    with pytest.raises(ConfigError, match=r"mailboxes\[main\]\.client_secret_env names \$TRIAGE_TEST_UNSET_SECRET"):
        oauth_app(box("google", client_secret_env="TRIAGE_TEST_UNSET_SECRET"), tmp_path / "triage.toml")


def test_auth_login_refuses_a_mailbox_that_signs_in_with_a_password(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mailbox = {"name": "main", "host": "imap.example.com", "username": "u@x.test", "password_env": "X"}
    config = write_config(tmp_path / "triage.toml", mailboxes=[mailbox])
    assert main(["auth", "login", "main", "--config", str(config.path)]) == 2
    assert 'signs in with a password (set auth = "oauth2")' in capsys.readouterr().err
    assert not (tmp_path / "triage-oauth-main.json").exists()


def test_the_token_file_is_private_from_the_first_byte(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        TokenFile(tmp_path / "t.json").save({"refresh_token": "rt-1"})
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "t.json").stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"], "no temporary file left behind"
