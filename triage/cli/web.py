"""`triage user add` and `triage serve`: staff accounts and the review page."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from triage.cli.common import UserError, add_config, add_model, config_of, load_classifier, open_store, zone_of
from triage.core.kinds import Role


def add(sub: Any) -> None:
    p = sub.add_parser("user", help="staff accounts for the review page (`triage serve`)")
    inner = p.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    q = inner.add_parser(
        "add",
        help="create a staff account (the password is prompted for, or read from standard input)",
        description="The password is asked twice on a terminal, or read as the first line of standard input "
        "otherwise (`printf '%%s\\n' \"$PW\" | triage user add Dana --role clinician`). Only its Argon2 hash is "
        "stored. Front desk staff see a possible crisis in the queue but cannot open it.",
    )
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=[r.value for r in Role])
    q.add_argument("--replace", action="store_true", help="set a new password and role on an existing account")
    add_config(q)
    q.set_defaults(func=cmd_user_add)
    q = inner.add_parser("list", help="staff accounts and their roles")
    add_config(q)
    q.set_defaults(func=cmd_user_list)
    q = inner.add_parser("remove", help="remove a staff account (signed out at once; its audit trail stays)")
    q.add_argument("name")
    add_config(q)
    q.set_defaults(func=cmd_user_remove)
    p = sub.add_parser(
        "serve",
        help="the review page: staff approve, edit or discard drafts in a browser",
        description="Runs beside `triage run` on the same store and mailboxes. Sessions end after --idle minutes "
        "without a request, and when the server restarts unless $TRIAGE_WEB_SECRET holds a fixed secret. Put it "
        "behind a TLS proxy (and pass --secure-cookies) before letting anyone reach it from another machine.",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8025)
    p.add_argument("--idle", type=int, default=30, metavar="MINUTES", help="sign out after this long idle (30)")
    p.add_argument("--secure-cookies", action="store_true", help="send the session cookie over HTTPS only")
    add_config(p)
    add_model(p)
    p.set_defaults(func=cmd_serve)


def read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != first:
            raise UserError("the two passwords differ; nothing was changed")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def cmd_user_add(args: argparse.Namespace) -> int:
    from triage.adapters.staff_store import StaffError, StaffStore
    from triage.adapters.store import Store
    from triage.web.accounts import PasswordRefused, add_account

    name = args.name.strip()
    if not name or len(name) > 100:
        raise UserError("a staff name is 1 to 100 characters")
    password = read_password()
    store = open_store(config_of(args))
    assert isinstance(store, Store)
    try:
        created = add_account(StaffStore(store), name, Role(args.role), password, replace=args.replace)
    except (StaffError, PasswordRefused) as exc:
        raise UserError(f"{exc}; nothing was changed") from None
    finally:
        store.close()
    print(f"{name}: {'account created' if created else 'password and role replaced'} ({args.role})")
    return 0


def _staff(args: argparse.Namespace) -> tuple[Any, Any]:
    from triage.adapters.staff_store import StaffStore
    from triage.adapters.store import Store

    store = open_store(config_of(args), must_exist=True)
    assert isinstance(store, Store)
    return store, StaffStore(store)


def cmd_user_list(args: argparse.Namespace) -> int:
    store, staff = _staff(args)
    try:
        accounts = staff.all_staff()
    finally:
        store.close()
    for account in accounts:
        print(f"{account.name}\t{account.role}")
    if not accounts:
        print("no staff accounts yet (add one with `triage user add NAME --role ...`)", file=sys.stderr)
    return 0


def cmd_user_remove(args: argparse.Namespace) -> int:
    store, staff = _staff(args)
    try:
        removed = staff.remove_staff(args.name)
    finally:
        store.close()
    if not removed:
        raise UserError(f"no staff account named {args.name!r}")
    print(f"{args.name}: removed")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from waitress import serve

    from triage.adapters.staff_store import StaffStore
    from triage.adapters.store import Store
    from triage.runner import make_sender
    from triage.web.app import create_app
    from triage.web.desk import Desk

    if args.idle < 1:
        raise UserError("--idle is a number of minutes, at least 1")
    config = config_of(args)
    store = open_store(config, must_exist=True)
    assert isinstance(store, Store)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not args.secure_cookies:
        print(
            f"triage: warning: listening on {args.host} without --secure-cookies: put it behind a TLS proxy first",
            file=sys.stderr,
        )
    secret = os.environ.get("TRIAGE_WEB_SECRET")
    desk = Desk(config, store, StaffStore(store), load_classifier(args.model), make_sender(config))
    app = create_app(
        desk,
        zone_of(config),
        secret_key=secret.encode() if secret else None,
        idle_minutes=args.idle,
        secure_cookies=args.secure_cookies,
    )
    print(f"triage: the review page is on http://{args.host}:{args.port}/ (Ctrl-C stops it)", file=sys.stderr)
    try:
        serve(app, host=args.host, port=args.port, threads=4, ident="triage")
    finally:
        store.close()
    return 0
