"""OAuth2 access tokens for a mailbox: the refresh token kept in a private file, exchanged at the provider's token
endpoint for short-lived access tokens (RFC 6749 §6) that IMAP and SMTP present with SASL XOAUTH2 or OAUTHBEARER.

oauthlib builds the requests and reads the answers (its typed errors tell a revoked sign-in, `invalid_grant`, from
a provider that is down); requests carries them, TLS verified. An access token is refreshed before it expires and
once more when a server refuses it (`token(fresh=True)`); a revoked or expired refresh token is SignInNeeded, which
stops that mailbox with one line saying to run `triage auth login MAILBOX`. Tokens never reach a log: the HTTP and
OAuth libraries log request bodies at DEBUG, so their loggers are held at WARNING whatever the root level is.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.config import Config, ConfigError, Mailbox, secret
from triage.config_oauth import Provider
from triage.mailroom import MailboxError, SignInNeeded

for _name in ("oauthlib", "requests_oauthlib", "urllib3", "requests", "msal", "google_auth_oauthlib", "google.auth"):
    logging.getLogger(_name).setLevel(logging.WARNING)

GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/auth"
GOOGLE_SCOPES = ("https://mail.google.com/",)
MICROSOFT_SCOPES = (
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
    "offline_access",
)
EARLY = 300.0
"""Refresh this many seconds before the access token expires (or at a tenth of its life, if that is shorter)."""


class TokenError(MailboxError):
    """The token endpoint could not be asked or gave no usable answer (down, refused the app): retried next cycle."""


def microsoft_authority(tenant: str) -> str:
    return f"https://login.microsoftonline.com/{tenant or 'common'}"


@dataclass(frozen=True)
class OAuthApp:
    """A mailbox's OAuth2 app: who we are at the provider (client id and secret) and where tokens come from."""

    mailbox: str
    username: str
    provider: Provider
    client_id: str
    client_secret: str
    token_url: str
    scopes: tuple[str, ...]
    tenant: str
    verify: bool | str
    timeout: float


def oauth_app(box: Mailbox, config_path: Path) -> OAuthApp:
    """The app of an `auth = "oauth2"` mailbox, its client id and secret read from the environment or a file."""
    provider = Provider(box.provider)
    owner = f"mailboxes[{box.name}]"
    client_id = box.client_id or secret(owner, box.client_id_env, box.client_id_file, config_path, "client_id")
    if not client_id:
        raise ConfigError(f"{config_path}: mailboxes[{box.name}]: no client id (client_id, client_id_env or _file)")
    client_secret = secret(owner, box.client_secret_env, box.client_secret_file, config_path, "client_secret")
    if provider == Provider.GOOGLE:
        token_url, scopes = box.token_url or GOOGLE_TOKEN_URL, box.scopes or GOOGLE_SCOPES
    elif provider == Provider.MICROSOFT:
        token_url = box.token_url or f"{microsoft_authority(box.tenant)}/oauth2/v2.0/token"
        scopes = box.scopes or MICROSOFT_SCOPES
    else:
        token_url, scopes = box.token_url, box.scopes
    verify: bool | str = (box.ca_file or True) if box.verify_tls else False
    return OAuthApp(
        box.name, box.username, provider, client_id, client_secret, token_url, scopes, box.tenant, verify, box.timeout
    )


def token_path(box: Mailbox, config_path: Path) -> Path:
    """The mailbox's token file: `token_file`, or triage-oauth-NAME.json beside the config."""
    if box.token_file:
        return Path(box.token_file)
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in box.name)
    return config_path.parent / f"triage-oauth-{safe}.json"


class TokenFile:
    """The refresh token (and the current access token) in a JSON file only its owner can read or write.

    Written to a temporary file created 0600 in the same folder and renamed over the old one, so a crash never
    leaves half a token and the file is never readable by others, not even for a moment.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> dict[str, Any] | None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise MailboxError(f"token file {self.path} cannot be read ({type(exc).__name__})") from exc
        return data if isinstance(data, dict) else None

    def save(self, data: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)  # mkstemp creates it 0600
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def signed_in(refresh_token: str, answer: dict[str, Any], now: float) -> dict[str, Any]:
    """What the token file holds after a sign-in or a refresh."""
    data: dict[str, Any] = {"refresh_token": answer.get("refresh_token") or refresh_token}
    access = answer.get("access_token")
    if access:
        lifetime = float(answer.get("expires_in") or 0)
        data.update(access_token=access, lifetime=lifetime, expires_at=now + lifetime if lifetime else 0.0)
    return data


def exchange(app: OAuthApp, **grant: str) -> dict[str, Any]:
    """POST a grant (refresh_token=..., or code=... and redirect_uri=...) to the token endpoint; the token answer.

    Raises SignInNeeded when the provider says the grant is no good (invalid_grant), TokenError for anything else.
    """
    import requests
    from oauthlib.oauth2 import InvalidGrantError, OAuth2Error, WebApplicationClient

    client = WebApplicationClient(app.client_id)
    extra = {"client_secret": app.client_secret} if app.client_secret else {}
    scope = list(app.scopes) or None
    if "refresh_token" in grant:
        body = client.prepare_refresh_body(
            refresh_token=grant["refresh_token"], scope=scope, client_id=app.client_id, **extra
        )
    else:
        body = client.prepare_request_body(
            code=grant["code"], redirect_uri=grant.get("redirect_uri"), include_client_id=True, **extra
        )
    where = app.token_url
    try:
        response = requests.post(
            where,
            data=body,
            headers={"Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded"},
            timeout=app.timeout,
            verify=app.verify,
        )
    except requests.RequestException as exc:
        raise TokenError(f"{app.mailbox}: cannot reach the token endpoint {where}: {type(exc).__name__}") from exc
    try:
        answer = client.parse_request_body_response(response.text)
    except InvalidGrantError as exc:
        raise SignInNeeded(app.mailbox, f"the sign-in was revoked or has expired ({exc.error})") from exc
    except OAuth2Error as exc:
        raise TokenError(f"{app.mailbox}: the token endpoint {where} refused: {exc.error}") from exc
    except (ValueError, Warning) as exc:
        raise TokenError(f"{app.mailbox}: no token in the answer of {where} (HTTP {response.status_code})") from exc
    return dict(answer)


class TokenSource:
    """A mailbox's current access token, shared by its IDLE watcher, its polls and SMTP (one refresh at a time)."""

    def __init__(self, app: OAuthApp, file: TokenFile, now: Any = time.time) -> None:
        self.app = app
        self.file = file
        self._now = now
        self._lock = threading.Lock()

    def token(self, *, fresh: bool = False) -> str:
        """A usable access token: the stored one while it has time left, else (or when `fresh`) a refreshed one."""
        with self._lock:
            data = self.file.load()
            if not data or not data.get("refresh_token"):
                raise SignInNeeded(self.app.mailbox, "not signed in yet")
            now = self._now()
            lifetime = float(data.get("lifetime") or 0)
            expires_at = float(data.get("expires_at") or 0)
            early = min(EARLY, lifetime / 10) if lifetime else 0.0
            access = data.get("access_token")
            if access and not fresh and (not expires_at or now < expires_at - early):
                return str(access)
            answer = exchange(self.app, refresh_token=str(data["refresh_token"]))
            new = signed_in(str(data["refresh_token"]), answer, now)
            if "access_token" not in new:
                raise TokenError(f"{self.app.mailbox}: the token endpoint {self.app.token_url} gave no access token")
            self.file.save(new)
            return str(new["access_token"])

    def alerted(self) -> bool:
        """Was the practice already told that this sign-in is gone? (Kept in the token file: told once, not on
        every restart; `triage auth login` writes a new file and so clears it.)"""
        with self._lock:
            data = self.file.load() or {}
            return bool(data.get("alert_sent"))

    def mark_alerted(self) -> None:
        with self._lock:
            data = self.file.load() or {}
            data["alert_sent"] = True
            self.file.save(data)


_SOURCES: dict[Path, TokenSource] = {}
_SOURCES_LOCK = threading.Lock()


def token_source(box: Mailbox, config: Config) -> TokenSource:
    """The one TokenSource of a mailbox in this process (its watcher, polls and SMTP share refreshes)."""
    path = token_path(box, config.path).resolve()
    with _SOURCES_LOCK:
        source = _SOURCES.get(path)
        if source is None:
            source = _SOURCES[path] = TokenSource(oauth_app(box, config.path), TokenFile(path))
        return source
