"""A loopback OAuth2 provider for the tests: the token endpoint (RFC 6749: refresh_token and authorization_code
grants) and the token-introspection endpoint (RFC 7662) that Dovecot's `oauth2` passdb asks about every access token.

It stands in for Google's and Microsoft's servers, which cannot be reached from here; Dovecot and triage talk to it
over real HTTP exactly as they would to those. The test decides which tokens are good: `grant(user)` signs a user in,
`expire(token)` and `revoke(refresh_token)` take access away.
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote_plus

from tests.servers import HOST, free_port


@dataclass
class Grant:
    user: str
    revoked: bool = False


@dataclass
class Access:
    user: str
    expires_at: float


@dataclass
class Provider:
    """The provider's state: its one registered app, the refresh tokens it issued and the access tokens alive."""

    client_id: str = "triage-test-app"
    client_secret: str = "app-secret"
    lifetime: int = 3600
    refresh: dict[str, Grant] = field(default_factory=dict)
    access: dict[str, Access] = field(default_factory=dict)
    codes: dict[str, str] = field(default_factory=dict)
    token_requests: list[dict[str, str]] = field(default_factory=list)
    introspections: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def grant(self, user: str) -> str:
        """A refresh token for user, as the consent screen would give (no access token yet)."""
        token = "rt-" + secrets.token_urlsafe(16)
        self.refresh[token] = Grant(user)
        return token

    def issue(self, user: str, lifetime: int | None = None) -> str:
        token = "at-" + secrets.token_urlsafe(16)
        self.access[token] = Access(user, time.time() + (self.lifetime if lifetime is None else lifetime))
        return token

    def code(self, user: str) -> str:
        code = "code-" + secrets.token_urlsafe(8)
        self.codes[code] = user
        return code

    def expire(self, access_token: str) -> None:
        self.access[access_token].expires_at = time.time() - 1

    def revoke(self, refresh_token: str) -> None:
        self.refresh[refresh_token].revoked = True
        for token, access in self.access.items():
            if access.user == self.refresh[refresh_token].user:
                self.expire(token)

    def valid(self, access_token: str) -> str | None:
        """The user an access token belongs to, while it is alive."""
        access = self.access.get(access_token)
        return access.user if access and access.expires_at > time.time() else None

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        with self.lock:
            self.token_requests.append(form)
            if form.get("client_id") != self.client_id or form.get("client_secret") != self.client_secret:
                return 401, {"error": "invalid_client"}
            if form.get("grant_type") == "refresh_token":
                grant = self.refresh.get(form.get("refresh_token", ""))
                if grant is None or grant.revoked:
                    return 400, {"error": "invalid_grant", "error_description": "Token has been expired or revoked."}
                return 200, self._tokens(grant.user)
            if form.get("grant_type") == "authorization_code":
                user = self.codes.pop(form.get("code", ""), None)
                if user is None:
                    return 400, {"error": "invalid_grant", "error_description": "Bad code."}
                return 200, {**self._tokens(user), "refresh_token": self.grant(user)}
            return 400, {"error": "unsupported_grant_type"}

    def _tokens(self, user: str) -> dict[str, Any]:
        return {"access_token": self.issue(user), "token_type": "Bearer", "expires_in": self.lifetime}

    def introspect(self, form: dict[str, str]) -> dict[str, Any]:
        with self.lock:
            self.introspections += 1
            user = self.valid(form.get("token", ""))
        return {"active": True, "username": user} if user else {"active": False}


class OAuthServer:
    """The provider on a free loopback port: POST /token, POST /introspect. `with OAuthServer() as server:`."""

    def __init__(self) -> None:
        self.provider = Provider()
        self.port = free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.token_url = f"{self.url}/token"
        self.introspection_url = f"{self.url}/introspect"
        provider = self.provider

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                basic = self.headers.get("Authorization", "")
                if basic.startswith("Basic "):  # RFC 6749 §2.3.1: the client may authenticate with HTTP Basic
                    who, _, secret = base64.b64decode(basic[6:]).decode().partition(":")
                    form.update(client_id=unquote_plus(who), client_secret=unquote_plus(secret))
                if self.path.startswith("/token"):
                    status, body = provider.token(form)
                elif self.path.startswith("/introspect"):
                    status, body = 200, provider.introspect(form)
                else:
                    status, body = 404, {"error": "not_found"}
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return None  # quiet: tokens are in the requests

        self._server = ThreadingHTTPServer((HOST, self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> OAuthServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
