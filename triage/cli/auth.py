"""`triage auth login MAILBOX`: the one-time OAuth2 consent for a Google Workspace or Microsoft 365 mailbox (or any
provider, `generic`). The refresh token goes to the mailbox's token file, created 0600, and is never printed."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import time
from datetime import UTC, datetime
from typing import Any

from triage.cli.common import UserError, add_config, config_of
from triage.config_oauth import Auth, Provider

log = logging.getLogger("triage.auth")


def add(sub: Any) -> None:
    auth = sub.add_parser(
        "auth",
        help="sign a mailbox in with OAuth2 (Google Workspace, Microsoft 365, or another provider)",
        description='A mailbox with auth = "oauth2" needs a one-time sign-in by someone who may read it; then '
        "triage keeps its access fresh by itself. Run it again when triage says the sign-in is gone.",
    )
    inner = auth.add_subparsers(dest="auth_command", metavar="ACTION", required=True)
    p = inner.add_parser(
        "login",
        help="sign in: Microsoft shows a code to enter at microsoft.com/devicelogin; Google opens a consent page",
        description="Microsoft: a code to type at https://microsoft.com/devicelogin on any device. Google: a consent "
        "page in a browser on this machine (the page comes back to http://localhost). generic: --code with "
        "--redirect-uri, or a refresh token on standard input.",
    )
    p.add_argument("mailbox", help="the mailbox's name in the config")
    p.add_argument("--code", default="", help="generic: an authorization code to exchange at token_url")
    p.add_argument("--redirect-uri", default="", help="generic: the redirect URI the code was issued for")
    p.add_argument("--no-browser", action="store_true", help="Google: only show the consent page's address")
    add_config(p)
    p.set_defaults(func=cmd_login)


def cmd_login(args: argparse.Namespace) -> int:
    from triage.adapters.oauth import TokenFile, oauth_app, signed_in, token_path
    from triage.adapters.oauth_login import login_generic, login_google, login_microsoft

    config = config_of(args)
    box = config.mailbox(args.mailbox)
    if box.auth != Auth.OAUTH2:
        raise UserError(f'{config.path}: mailbox {box.name!r} signs in with a password (set auth = "oauth2")')
    app = oauth_app(box, config.path)

    def show(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    if app.provider == Provider.MICROSOFT:
        answer = login_microsoft(app, show)
    elif app.provider == Provider.GOOGLE:
        answer = login_google(app, show, open_browser=not args.no_browser)
    else:
        refresh = "" if args.code else _refresh_token_from_stdin()
        answer = login_generic(app, code=args.code, redirect_uri=args.redirect_uri, refresh_token=refresh)
    if not answer.get("refresh_token"):
        raise UserError(f"{box.name}: the provider gave no refresh token (the app must ask for offline access)")
    data = signed_in("", answer, time.time())
    data.update(signed_in_at=datetime.now(UTC).isoformat(timespec="seconds"), signed_in_by=_who())
    path = token_path(box, config.path)
    TokenFile(path).save(data)
    log.info("%s: signed in by %s; token file %s", box.name, data["signed_in_by"], path)
    show(f"{box.name}: signed in as {box.username}; the sign-in is kept in {path} (readable by you only).")
    return 0


def _refresh_token_from_stdin() -> str:
    """Never from the command line (other users see it in `ps`): typed without echo, or piped in."""
    if sys.stdin.isatty():
        return getpass.getpass("Refresh token (not shown): ").strip()
    return sys.stdin.readline().strip()


def _who() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"
