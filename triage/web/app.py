"""The review page as a Flask app: sign-in, the queue, one item, the actions, a contact's audit trail.

Security is the libraries' (Flask's signed session cookie, Flask-WTF's CSRF tokens, Flask-Limiter on sign-in,
Argon2 in accounts.py) plus three rules of our own: every page but sign-in needs a signed-in staff member whose
last request is within the idle limit; a strict Content-Security-Policy (nothing but our own stylesheet and script,
no inline anything, no images from elsewhere); and mail is only ever text, escaped by Jinja2's autoescape.
"""

from __future__ import annotations

import secrets
import time
from datetime import datetime
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, abort, flash, g, redirect, render_template, request, session, url_for
from flask.typing import ResponseReturnValue
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.wrappers import Response

from triage.adapters.staff_store import StaffStore
from triage.core.kinds import ReviewAction, Role, Stage
from triage.core.labels import LABELS
from triage.mailroom import MailboxError, SmtpError
from triage.reporting.charts import chart_pngs
from triage.reporting.funnel_view import CHARTS, sections, title
from triage.repository import StoreError
from triage.web.accounts import sign_in
from triage.web.dashboard import funnel, period
from triage.web.desk import Desk, DeskError
from triage.web.queue import queue_rows, sweep, timeline
from triage.web.topics import retopic

CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; connect-src 'self'"
)
OPEN = {"login", "static", "favicon"}
"""Endpoints reachable without signing in: the sign-in form, its stylesheet, no icon (no data in any)."""


def _local_path(target: str) -> bool:
    """A path on this site only (never "//host" or "/\\host", which browsers read as another site)."""
    return target.startswith("/") and not target.startswith(("//", "/\\")) and "\n" not in target


def create_app(
    desk: Desk,
    zone: ZoneInfo,
    *,
    secret_key: bytes | None = None,
    idle_minutes: int = 30,
    login_limit: str = "5 per minute",
    secure_cookies: bool = False,
) -> Flask:
    web = files("triage.web")
    app = Flask(
        "triage.web",
        template_folder=str(web.joinpath("templates")),
        static_folder=str(web.joinpath("static")),
    )
    app.config.update(
        SECRET_KEY=secret_key or secrets.token_bytes(32),
        SESSION_COOKIE_NAME="triage_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=secure_cookies,
        PERMANENT_SESSION_LIFETIME=idle_minutes * 60,
        SESSION_REFRESH_EACH_REQUEST=True,
        WTF_CSRF_TIME_LIMIT=None,  # the session's own idle limit ends a token's life
        MAX_CONTENT_LENGTH=1024 * 1024,
    )
    CSRFProtect(app)
    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://", default_limits=[])
    staff: StaffStore = desk.staff
    idle = idle_minutes * 60

    @app.template_filter("local")
    def _local(value: datetime | None) -> str:
        return "" if value is None else value.astimezone(zone).strftime("%a %d %b %Y %H:%M")

    @app.before_request
    def _signed_in() -> ResponseReturnValue | None:
        if request.endpoint in OPEN:
            return None
        name, seen = session.get("staff"), session.get("seen", 0.0)
        if not name or time.time() - float(seen) > idle:
            if name:  # idle too long: signed out (a visitor's session keeps its sign-in form's CSRF token)
                session.clear()
            return redirect(url_for("login", next=request.path if request.method == "GET" else None))
        account = staff.staff(str(name))
        if account is None:  # the account was removed: the session ends with it
            session.clear()
            return redirect(url_for("login"))
        g.staff = account
        session["seen"] = time.time()
        return None

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"  # health information never sits in a browser cache
        return response

    @app.errorhandler(CSRFError)
    def _csrf(error: CSRFError) -> ResponseReturnValue:
        return render_template("error.html", title="Form refused", message=error.description), 400

    @app.errorhandler(429)
    def _too_many(_error: Any) -> ResponseReturnValue:
        message = "Too many sign-in attempts from here. Wait a minute and try again."
        return render_template("login.html", error=message), 429

    @app.errorhandler(MailboxError)
    @app.errorhandler(SmtpError)
    @app.errorhandler(StoreError)
    def _unreachable(error: Exception) -> ResponseReturnValue:
        message = (str(error).splitlines() or [type(error).__name__])[0]
        return render_template("error.html", title="The mail server or store did not answer", message=message), 502

    @app.errorhandler(403)
    def _forbidden(_error: Any) -> ResponseReturnValue:
        message = "A possible crisis is read by a clinician or the owner only. It is at the top of their queue."
        return render_template("error.html", title="For a clinician", message=message), 403

    @app.route("/login", methods=["GET", "POST"])
    @limiter.limit(login_limit, methods=["POST"])
    def login() -> ResponseReturnValue:
        if request.method == "GET":
            return render_template("login.html", error=None)
        account = sign_in(staff, request.form.get("name", "").strip(), request.form.get("password", ""))
        if account is None:
            return render_template("login.html", error="Wrong name or password."), 401
        session.clear()
        session.permanent = True
        session["staff"], session["seen"] = account.name, time.time()
        target = request.args.get("next") or ""
        return redirect(target if _local_path(target) else url_for("queue"))

    @app.get("/favicon.ico")
    def favicon() -> ResponseReturnValue:
        return "", 204

    @app.post("/logout")
    def logout() -> ResponseReturnValue:
        session.clear()
        return redirect(url_for("login"))

    @app.get("/")
    def queue() -> ResponseReturnValue:
        rows = queue_rows(desk)
        if sweep(desk, rows):
            rows = queue_rows(desk)
        return render_template("queue.html", rows=rows, reads_crises=g.staff.role.reads_crises)

    def _item(entry_id: int) -> Any:
        item = staff.item(entry_id)
        if item is None:
            abort(404)
        if "crisis" in item.labels and not g.staff.role.reads_crises:
            abort(403)
        return item

    @app.get("/item/<int:entry_id>")
    def item(entry_id: int) -> ResponseReturnValue:
        found = _item(entry_id)
        opened = desk.open(found)
        desk.viewed(found, g.staff.name)
        return render_template(
            "item.html",
            o=opened,
            claimed=staff.claimed(entry_id),
            contact=desk.store.contact(found.email) if found.email else None,
            history=timeline(desk, found.contact_id),
            stages=[Stage.PROSPECT, Stage.CLIENT],
            labels=[label for label in LABELS if label != "not_inquiry"],
            chosen={t.label for t in opened.topics},
        )

    @app.post("/item/<int:entry_id>")
    def act(entry_id: int) -> ResponseReturnValue:
        found = _item(entry_id)
        action, text = request.form.get("action", ""), request.form.get("text", "")
        try:
            seen_uid = int(request.form.get("draft_uid", ""))
        except ValueError:
            abort(400)
        if action not in ("save", "approve", "discard"):
            abort(400)
        try:
            with desk.holding(entry_id):
                if action == "save":
                    desk.save(found, seen_uid, text, g.staff.name)
                    flash("Saved to Drafts.", "ok")
                elif action == "approve":
                    flash(f"Sent to {desk.approve(found, seen_uid, text, g.staff.name)}.", "ok")
                else:
                    desk.discard(found, seen_uid, g.staff.name)
                    flash("Draft discarded.", "ok")
        except (DeskError, MailboxError, SmtpError) as exc:
            flash((str(exc).splitlines() or ["failed"])[0], "error")
            return redirect(url_for("item", entry_id=entry_id))
        return redirect(url_for("item", entry_id=entry_id) if action == "save" else url_for("queue"))

    @app.post("/item/<int:entry_id>/topics")
    def topics(entry_id: int) -> ResponseReturnValue:
        found = _item(entry_id)
        try:
            seen_uid = int(request.form.get("draft_uid", ""))
        except ValueError:
            abort(400)
        try:
            with desk.holding(entry_id):
                chosen = retopic(desk, found, seen_uid, request.form.getlist("topic"), g.staff.name)
                flash(f"Topics now {', '.join(chosen)}; the draft was written again.", "ok")
        except (DeskError, MailboxError) as exc:
            flash((str(exc).splitlines() or ["failed"])[0], "error")
        return redirect(url_for("item", entry_id=entry_id))

    @app.post("/approve")
    def bulk_approve() -> ResponseReturnValue:
        """Approve several drafts as they stand. A possible crisis and a draft with a note for staff are never sent
        this way: each needs a person to read it."""
        sent, refused = 0, []
        for value in request.form.getlist("entry"):
            found = staff.item(int(value)) if value.isdigit() else None
            if found is None:
                continue
            who = found.first_name or found.email or f"#{found.entry_id}"
            if "crisis" in found.labels or staff.needs_staff(found.entry_id):
                refused.append(f"{who}: open it to read it first")
                continue
            try:
                with desk.holding(found.entry_id):
                    desk.approve_as_drafted(found, g.staff.name)
                    sent += 1
            except (DeskError, MailboxError, SmtpError) as exc:
                refused.append(f"{who}: {(str(exc).splitlines() or ['failed'])[0]}")
        flash(f"{sent} sent.", "ok")
        for line in refused:
            flash(line, "error")
        return redirect(url_for("queue"))

    @app.get("/dashboard")
    def dashboard() -> ResponseReturnValue:
        start, end = period(request.args.get("from"), request.args.get("to"), zone)
        report = funnel(desk.store, zone, start, end)
        return render_template(
            "dashboard.html", title=title(report), sections=sections(report), start=start, end=end, charts=CHARTS
        )

    @app.get("/dashboard/<name>")
    def chart(name: str) -> ResponseReturnValue:
        if name not in CHARTS:
            abort(404)
        start, end = period(request.args.get("from"), request.args.get("to"), zone)
        png = chart_pngs(funnel(desk.store, zone, start, end))[name]
        return Response(png, mimetype="image/png")

    @app.post("/contact/<int:contact_id>/stage")
    def stage(contact_id: int) -> ResponseReturnValue:
        email = staff.contact_email(contact_id)
        if email is None:
            abort(404)
        target = request.form.get("stage", "")
        if target not in {s.value for s in Stage if s != Stage.LEAD}:
            abort(400)
        from triage.core.stages import StageError

        try:
            contact, changed = desk.store.set_stage(email, target, actor=g.staff.name, reason="review page")
            flash(f"{'Now' if changed else 'Already'} {contact.stage}.", "ok")
        except StageError as exc:
            flash(str(exc).splitlines()[0], "error")
        back = request.form.get("back", "")
        return redirect(back if _local_path(back) else url_for("contact", contact_id=contact_id))

    @app.get("/contact/<int:contact_id>")
    def contact(contact_id: int) -> ResponseReturnValue:
        email = staff.contact_email(contact_id)
        if email is None:
            abort(404)
        return render_template("contact.html", contact=desk.store.contact(email), history=timeline(desk, contact_id))

    app.jinja_env.globals.update(Role=Role, ReviewAction=ReviewAction)
    return app
