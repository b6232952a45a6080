"""The one-time consent of `triage auth login MAILBOX`, each provider with its own well-kept library:

  - Microsoft 365: msal's device-code flow (a code to type at microsoft.com/devicelogin, from any device: the machine
    running triage needs no browser);
  - Google Workspace: google-auth-oauthlib's loopback flow (the browser comes back to http://localhost:PORT/ on the
    machine running triage);
  - generic: an authorization code (with its redirect URI) or a refresh token the provider gave, exchanged at its
    token endpoint (RFC 6749 §4.1.3, §6) — for any other provider, and for the tests.

Each returns the token answer (refresh_token, access_token, expires_in); the caller keeps it in the token file.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from triage.adapters.oauth import GOOGLE_AUTH_URL, OAuthApp, TokenError, exchange, microsoft_authority
from triage.mailroom import SignInNeeded

RESERVED = ("openid", "profile", "offline_access")
"""Scopes msal adds itself (and refuses to be given): offline_access is what brings the refresh token."""


def login_microsoft(app: OAuthApp, show: Callable[[str], None], *, http_client: Any = None) -> dict[str, Any]:
    """Device-code flow: show the code and the address, wait while the person signs in elsewhere."""
    import msal

    client = msal.PublicClientApplication(
        app.client_id, authority=microsoft_authority(app.tenant), http_client=http_client
    )
    scopes = [s for s in app.scopes if s not in RESERVED]
    flow = client.initiate_device_flow(scopes=scopes)
    if "user_code" not in flow:
        raise TokenError(f"{app.mailbox}: Microsoft refused to start the sign-in: {_error(flow)}")
    show(str(flow["message"]))
    result = client.acquire_token_by_device_flow(flow)
    if "access_token" not in result or not result.get("refresh_token"):
        raise TokenError(f"{app.mailbox}: the Microsoft sign-in did not finish: {_error(result)}")
    return dict(result)


def login_google(
    app: OAuthApp, show: Callable[[str], None], *, open_browser: bool = True, browser: str | None = None
) -> dict[str, Any]:
    """Loopback flow: the consent page (opened in a browser here, and shown), then Google redirects to a one-off
    server on localhost with the code, which is exchanged for tokens. offline + consent: a refresh token every time."""
    from google_auth_oauthlib.flow import InstalledAppFlow

    config = {
        "installed": {
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "auth_uri": GOOGLE_AUTH_URL,
            "token_uri": app.token_url,
            "redirect_uris": ["http://localhost"],
        }
    }
    flow = InstalledAppFlow.from_client_config(config, scopes=list(app.scopes))
    credentials = flow.run_local_server(
        host="localhost",
        port=0,
        open_browser=open_browser,
        browser=browser,
        authorization_prompt_message="Sign in to Google on this machine, at:\n{url}\n",
        success_message="triage is signed in; you may close this window.",
        access_type="offline",
        prompt="consent",
        login_hint=app.username,
    )
    show(f"Signed in to Google as {app.username}.")
    if not credentials.refresh_token:
        raise TokenError(f"{app.mailbox}: Google gave no refresh token (remove triage's access and sign in again)")
    expiry = credentials.expiry
    left = (expiry.replace(tzinfo=UTC) - datetime.now(UTC)).total_seconds() if expiry else 0
    return {"refresh_token": credentials.refresh_token, "access_token": credentials.token, "expires_in": max(0, left)}


def login_generic(app: OAuthApp, *, code: str = "", redirect_uri: str = "", refresh_token: str = "") -> dict[str, Any]:
    """An authorization code exchanged at the token endpoint, or a refresh token checked by using it once."""
    try:
        if code:
            return exchange(app, code=code, redirect_uri=redirect_uri)
        if refresh_token:
            answer = exchange(app, refresh_token=refresh_token)
            return {**answer, "refresh_token": answer.get("refresh_token") or refresh_token}
    except SignInNeeded as exc:
        raise TokenError(f"{app.mailbox}: the token endpoint did not accept it ({exc.reason})") from exc
    raise TokenError(f"{app.mailbox}: give an authorization code (--code) or a refresh token (on standard input)")


def _error(answer: dict[str, Any]) -> str:
    return str(answer.get("error_description") or answer.get("error") or "no reason given").splitlines()[0]
