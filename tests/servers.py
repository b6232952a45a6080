"""Real mail servers for the tests: a private Dovecot (IMAP) and an aiosmtpd sink (SMTP). No mocks.

Dovecot is Debian's package (`make deps` installs it) started in the foreground with a config of its own in a
temporary directory: loopback only, a free port, plain IMAP (no TLS: nothing leaves 127.0.0.1), users from a
passwd-file the tests write, Maildir storage under the same directory. Every Dovecot process runs as the user
running the tests, root included, so nothing outside the temporary directory is touched.
"""

from __future__ import annotations

import base64
import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

DOVECOT = Path("/usr/sbin/dovecot")
MISSING = f"{DOVECOT} is missing: run `make deps` (installs Debian's dovecot-imapd for the IMAP tests)"
HOST = "127.0.0.1"


def free_port() -> int:
    """A port nobody listens on right now (the kernel picks it; the tiny race is acceptable in tests)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_for_greeting(port: int, deadline: float, alive: Callable[[], bool] = lambda: True) -> bool:
    """True once the port answers "* OK": a listening socket alone only proves Dovecot's master is up."""
    while time.monotonic() < deadline and alive():
        with contextlib.suppress(OSError), socket.create_connection((HOST, port), timeout=1.0) as sock:
            if sock.recv(256).startswith(b"* OK"):
                return True
        time.sleep(0.05)
    return False


def _unprivileged() -> pwd.struct_passwd:
    for name in ("dovenull", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("no unprivileged user (dovenull or nobody) to run Dovecot's login and mail processes as")


def process_users() -> tuple[str, pwd.struct_passwd]:
    """(login user, mail user) for Dovecot's processes.

    Not root: the current user for everything. Root: Dovecot refuses both roles for root ("imap-login: This
    process must not be run as root", "Mail access not allowed for root" — hard-coded, no setting lifts it), so
    the pre-login processes run as dovenull (they chroot into base_dir/login before dropping privileges) and
    the mail processes as nobody, which owns the mail directories.
    """
    if os.getuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return me.pw_name, me
    login = _unprivileged().pw_name
    try:
        mail = pwd.getpwnam("nobody")
    except KeyError:
        mail = _unprivileged()
    return login, mail


# Folders every account starts with: triage writes to Drafts (\Drafts special-use) and reads Sent.
_CONFIG = """\
# Written by tests/servers.py: a throw-away Dovecot for the tests, everything under {root}.
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
instance_name = triage-test-{port}

protocols = imap
listen = {host}
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login{oauth_mechanisms}
login_trusted_networks = {host}/32
auth_failure_delay = 0
mail_max_userip_connections = 200

# Internal processes (auth, ...) run as the user running the tests: the default 'dovecot' user could
# not read the users file in this private directory. Login processes and mail access refuse root, so
# when the tests run as root they use {login_user} and {mail_user} (owner of {root}/mail).
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {login_user}
mail_uid = {mail_uid}
mail_gid = {mail_gid}
first_valid_uid = {mail_uid}
last_valid_uid = {mail_uid}
first_valid_gid = {mail_gid}
last_valid_gid = {mail_gid}

# One passwd-file per user: Dovecot stats a passwd-file at most once a second, so a user appended to a
# shared file would be unknown to a login in the same second; a new file is read on first use.
passdb {{
  driver = passwd-file
  mechanisms = plain login
  args = scheme=PLAIN username_format=%u {root}/users/%u
}}
{oauth_passdb}userdb {{
  driver = static
  args = home={root}/home/%u
}}
mail_location = maildir:{root}/mail/%u
mail_fsync = never

namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = subscribe
  }}
}}

# Only root can chroot: unprivileged test runs keep these processes in place (Dovecot's "rootless" setup).
# Tests log in with a wrong password on purpose; Dovecot would then delay the next login from 127.0.0.1
# by 2-15 s (auth penalty, tracked by anvil) and every failure reply by 2 s. Both off: mode 0 is the
# documented switch for the penalty.
service anvil {{
  chroot = {anvil_chroot}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
service imap-login {{
  chroot = {login_chroot}
  inet_listener imap {{
    address = {host}
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = 0
  }}
  inet_listener pop3s {{
    port = 0
  }}
}}
"""


@dataclass(frozen=True)
class Account:
    """One IMAP user of the test server."""

    host: str
    port: int
    username: str
    password: str


# OAuth2 sign-in (SASL XOAUTH2 / OAUTHBEARER): every access token is checked at a token-introspection endpoint
# (RFC 7662, POST token=...), which says whether it is active and whose it is. Dovecot keeps no cache of the answers
# (auth_cache_size is 0 by default), so a token expired or revoked at the endpoint is refused at the next login.
_OAUTH_PASSDB = """
passdb {{
  driver = oauth2
  mechanisms = {mechanisms}
  args = {root}/dovecot-oauth2.conf.ext
}}
"""
_OAUTH_CONF = """\
introspection_url = {url}
introspection_mode = post
force_introspection = yes
username_attribute = username
active_attribute = active
active_value = true
timeout_msecs = 5000
"""


class Dovecot:
    """A private Dovecot in the foreground; `with Dovecot() as server:` or `.start()` / `.stop()`.

    With `oauth2` (a token-introspection URL, tests/oauth_server.py) it also signs users in with OAuth2 access
    tokens, by the SASL mechanisms in `oauth2_mechanisms`.
    """

    def __init__(
        self,
        users: dict[str, str] | None = None,
        *,
        oauth2: str | None = None,
        oauth2_mechanisms: str = "xoauth2 oauthbearer",
    ) -> None:
        if not DOVECOT.exists():
            raise RuntimeError(MISSING)
        self.oauth2 = oauth2
        self.oauth2_mechanisms = oauth2_mechanisms
        self.host = HOST
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="triage-dovecot-"))
        self.config = self.root / "dovecot.conf"
        self.log = self.root / "dovecot.log"
        self.users = self.root / "users"
        self.process: subprocess.Popen[bytes] | None = None
        self._stderr: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._count = 0
        self._write_config()
        for name, password in (users or {}).items():
            self.add_user(name, password)

    def _write_config(self) -> None:
        uid, gid = os.getuid(), os.getgid()
        login, mail = process_users()
        for sub in ("run", "state", "mail", "home", "users"):
            (self.root / sub).mkdir()
        if mail.pw_uid != uid:
            self.root.chmod(0o711)  # the mail user must reach mail/ and home/, not read the rest
            for sub in ("mail", "home"):
                os.chown(self.root / sub, mail.pw_uid, mail.pw_gid)
        self.config.write_text(
            _CONFIG.format(
                root=self.root,
                host=self.host,
                port=self.port,
                user=pwd.getpwuid(uid).pw_name,
                group=grp.getgrgid(gid).gr_name,
                login_user=login,
                mail_user=mail.pw_name,
                mail_uid=mail.pw_uid,
                mail_gid=mail.pw_gid,
                anvil_chroot="empty" if uid == 0 else "",
                login_chroot="login" if uid == 0 else "",
                oauth_mechanisms=f" {self.oauth2_mechanisms}" if self.oauth2 else "",
                oauth_passdb=_OAUTH_PASSDB.format(mechanisms=self.oauth2_mechanisms, root=self.root)
                if self.oauth2
                else "",
            ),
            encoding="utf-8",
        )
        if self.oauth2:
            (self.root / "dovecot-oauth2.conf.ext").write_text(_OAUTH_CONF.format(url=self.oauth2), encoding="utf-8")

    def add_user(self, username: str, password: str) -> Account:
        """Add a login (a passwd-file of its own, read by Dovecot on first use: no restart, no delay)."""
        if any(c in username for c in ":/\n%") or username.startswith(".") or any(c in password for c in ":\n"):
            raise ValueError(f"unusable test username or password: {username!r}")
        (self.users / username).write_text(f"{username}:{{PLAIN}}{password}\n", encoding="utf-8")
        return Account(self.host, self.port, username, password)

    def new_account(self, password: str = "secret") -> Account:
        """A user nobody else has used: each test gets an empty mailbox."""
        with self._lock:
            self._count += 1
            number = self._count
        return self.add_user(f"user{number}-{os.getpid()}@example.test", password)

    def start(self, timeout: float = 10.0) -> Dovecot:
        """Run `dovecot -F` and wait for its IMAP greeting; on failure raise with the end of its log."""
        self._stderr = (self.root / "stderr.log").open("wb")
        process = self.process = subprocess.Popen(
            [str(DOVECOT), "-F", "-c", str(self.config)],
            stdin=subprocess.DEVNULL,
            stdout=self._stderr,
            stderr=self._stderr,
            start_new_session=True,  # a Ctrl-C in pytest must not reach Dovecot before stop() does
        )
        if not wait_for_greeting(self.port, time.monotonic() + timeout, lambda: process.poll() is None):
            tail = self.log_tail()
            code = process.poll()
            self.stop()
            state = f"exited with status {code}" if code is not None else f"did not greet within {timeout:.0f}s"
            raise RuntimeError(f"Dovecot on {self.host}:{self.port} {state}; end of its log:\n{tail}")
        return self

    def log_tail(self, lines: int = 20) -> str:
        text = ""
        for path in (self.root / "stderr.log", self.log):
            with contextlib.suppress(OSError):
                text += path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:]) or "(no log output)"

    def stop(self, keep_files: bool = False) -> None:
        """Terminate Dovecot (it stops its children) and remove its directory."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.process = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None
        if not keep_files:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> Dovecot:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def maildir(self, username: str, folder: str) -> Path:
        """Where a folder lives on disk (Maildir++: INBOX is the root, 'Drafts' is '.Drafts')."""
        base = self.root / "mail" / username
        return base if folder.upper() == "INBOX" else base / ("." + folder.replace("/", "."))

    def reset_uidvalidity(self, username: str, folder: str) -> None:
        """Make a folder's UIDVALIDITY change while keeping its messages, as a server migration or restore does.

        Removing Dovecot's UID list and index makes it rescan the Maildir, number the messages from 1 again and
        take the next UIDVALIDITY from the account's dovecot-uidvalidity counter. Close connections that have the
        folder selected first.
        """
        path = self.maildir(username, folder)
        if not (path / "cur").is_dir():
            raise FileNotFoundError(f"no folder {folder!r} for {username} at {path}")
        doomed = [path / "dovecot-uidlist", *path.glob("dovecot.index*"), *path.glob("dovecot.list.index*")]
        for file in doomed:
            file.unlink(missing_ok=True)


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes


@dataclass
class _Handler:
    messages: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        self.messages.append(
            Received(
                sender=str(envelope.mail_from),
                recipients=[str(r) for r in envelope.rcpt_tos],
                raw=raw if isinstance(raw, bytes) else raw.encode("utf-8"),
            )
        )
        return "250 OK stored"


XOAUTH2 = re.compile(rb"^user=([^\x01]+)\x01auth=Bearer ([^\x01]+)\x01\x01$")


@dataclass
class _OAuthHandler(_Handler):
    """Also signs in with SASL XOAUTH2, strictly as Google and Microsoft parse it:
    base64("user=" USER ^A "auth=Bearer " TOKEN ^A ^A), the token checked by `bearer(user, token)`. A refusal is
    the error challenge (a JSON status) the client must answer with an empty line, then 535."""

    bearer: Callable[[str, str], bool] = lambda user, token: False
    # (aiosmtpd takes every handler attribute named auth_* for a SASL mechanism: hence "sasl_strings")
    sasl_strings: list[bytes] = field(default_factory=list)

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        if len(args) < 2:
            answer = await server.challenge_auth("")
            if not isinstance(answer, bytes):
                return AuthResult(success=False, handled=True)
            raw = answer
        else:
            raw = base64.b64decode(args[1])
        self.sasl_strings.append(raw)
        match = XOAUTH2.match(raw)
        if match and self.bearer(match.group(1).decode(), match.group(2).decode()):
            return AuthResult(success=True, auth_data=match.group(1).decode())
        await server.challenge_auth(b'{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}')
        return AuthResult(success=False, handled=False)  # handled=False: aiosmtpd then answers 535


class SmtpSink:
    """An SMTP server on a free loopback port that keeps every message it receives in `.messages`.

    With `users`, AUTH PLAIN/LOGIN is offered (over plain text: loopback only) and required. With `bearer`, AUTH
    XOAUTH2 instead (tests/oauth_server.py says which tokens are good).
    """

    def __init__(
        self,
        users: dict[str, str] | None = None,
        *,
        smtputf8: bool = True,
        bearer: Callable[[str, str], bool] | None = None,
    ) -> None:
        self.host = HOST
        self.port = free_port()
        self._handler = _Handler() if bearer is None else _OAuthHandler(bearer=bearer)
        self._users = users
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": smtputf8}
        if bearer is not None:
            warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning)
            kwargs.update(auth_required=True, auth_require_tls=False, auth_exclude_mechanism=["PLAIN", "LOGIN"])
        if users is not None:
            # AUTH over plain text is deliberate here (loopback only); aiosmtpd warns on every connection.
            # Added at run time: pytest resets warning filters around each test.
            warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning)
            kwargs.update(authenticator=self._authenticate, auth_required=True, auth_require_tls=False)
        self._controller = Controller(self._handler, hostname=self.host, port=self.port, **kwargs)
        self._controller.start()

    def _authenticate(self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any) -> Any:
        if isinstance(data, LoginPassword) and self._users is not None:
            user, password = data.login.decode(), data.password.decode()
            if self._users.get(user) == password:
                return AuthResult(success=True, auth_data=user)
        return AuthResult(success=False, handled=False)

    @property
    def messages(self) -> list[Received]:
        return self._handler.messages

    @property
    def auth_strings(self) -> list[bytes]:
        """Every XOAUTH2 initial response received, decoded (only with `bearer`)."""
        return self._handler.sasl_strings if isinstance(self._handler, _OAuthHandler) else []

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpSink:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
