"""Delivering a batch: crisis flags and alerts, drafts appended (or replies sent), replaced drafts taken out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from triage.adapters.catchup_store import PendingDraft
from triage.adapters.smtp import SmtpUnsupported
from triage.adapters.store import (
    DELIVERED,
    DELIVERING,
    Store,
)
from triage.compose import Composer
from triage.config import Config, Mailbox
from triage.core.absence import must_review
from triage.core.draft import SOURCE_HEADER, build_alert, source_key
from triage.core.policy import REPLY, may_send_automatically
from triage.work import Mailroom, PollReport, Sender, Work
from triage.work import received_at as _received

log = logging.getLogger("triage.poll")


class DeliverySteps:
    """The delivering half of the Poller (a mixin: the Poller holds the state)."""

    config: Config
    store: Store
    composer: Composer
    send: Sender | None
    now: Callable[[], datetime]

    def _take_out(self, box: Mailbox, mail: Mailroom, drafts: list[PendingDraft], report: PollReport) -> None:
        """Remove drafts replaced by a merged one (or withdrawn), after the new one is safely in Drafts."""
        for draft in drafts:
            uids = mail.search_header(
                box.drafts, SOURCE_HEADER, source_key(box.name, draft.message_id, draft.content_hash)
            )
            if uids:
                mail.delete(box.drafts, uids)
                report.drafts_removed += len(uids)
            contact = self.store.inquiry_contact(draft.message_id)
            if contact is not None:
                self.store.add_touchpoint(
                    contact, "draft_removed", mailbox=box.name, message_ref=draft.message_id, detail={"why": "replaced"}
                )

    # ------------------------------------------------------------------ steps
    def _crises(self, box: Mailbox, mail: Mailroom, crises: list[Work], report: PollReport) -> None:
        """Flag the original and alert the clinician at once; an alert that fails keeps the message open."""
        if not crises:
            return
        report.crises += len(crises)
        mail.add_flags(box.inbox, [w.fetched.uid for w in crises], [b"\\Flagged"])
        alert_to = self.config.safety.alert_to
        for w in crises:
            u = w.understanding
            assert u is not None and w.action is not None
            if not w.action.alert or w.contact_id is None:
                continue
            if self.store.has_touchpoint(w.contact_id, "alert_sent", u.inquiry.message_id or w.source):
                continue
            if not alert_to or self.send is None:
                report.errors.append(f"{box.name}: crisis in UID {w.fetched.uid} but no [safety] alert_to / [smtp]")
                continue
            alert = build_alert(
                practice_name=self.config.practice.name,
                practice_address=self.config.practice.address,
                to=alert_to,
                sender=u.extraction.contact_email or u.inquiry.sender_email or "unknown sender",
                sender_name=u.extraction.first_name or u.inquiry.sender_name,
                received=_received(w.fetched, u),
                mailbox=box.name,
                subject=u.inquiry.subject,
                now=self.now(),
            )
            try:
                self.send(alert_to, alert)
            except Exception as exc:  # the alert must not be lost: the message stays unfinished and is retried
                report.errors.append(f"{box.name}: crisis alert failed: {exc}")
                log.error("%s: crisis alert for UID %s failed: %s", box.name, w.fetched.uid, exc)
                w.draft = None
                continue
            self.store.add_touchpoint(
                w.contact_id, "alert_sent", mailbox=box.name, message_ref=u.inquiry.message_id or w.source
            )
            report.alerts += 1

    def _deliver(self, box: Mailbox, mail: Mailroom, work: list[Work], report: PollReport) -> None:
        if not work:
            return
        send_mode = box.mode == "send" and self.send is not None
        late_after = timedelta(hours=self.config.absence.late_after_hours)
        to_send = [
            w
            for w in work
            if send_mode
            and w.action is not None
            and w.action.kind == REPLY
            and not w.needs_staff  # a question triage could not answer: a person answers it first
            and may_send_automatically(w.understanding)  # type: ignore[arg-type]
            and not must_review(_received(w.fetched, w.understanding), self.now(), late_after=late_after)  # type: ignore[arg-type]
        ]
        to_draft = [w for w in work if w not in to_send]
        # A message left in "delivering" by a crash may have its draft on the server already: replace it.
        for w in to_draft:
            if w.state == DELIVERING:
                old = mail.search_header(box.drafts, SOURCE_HEADER, w.source)
                if old:
                    mail.delete(box.drafts, old)
        if to_draft:
            self.store.set_state([w.entry_id for w in to_draft if w.state != DELIVERING], DELIVERING)
            mail.append(box.drafts, [w.draft for w in to_draft if w.draft is not None], [b"\\Draft"])
            self.store.finish(
                [w.entry_id for w in to_draft], DELIVERED, self._touchpoints(box, to_draft, "draft_created")
            )
            self.store.mark_needs_staff([w.entry_id for w in to_draft if w.needs_staff])
            report.drafts += len(to_draft)
        for w in to_send:
            self._send_one(box, mail, w, report)

    def _send_one(self, box: Mailbox, mail: Mailroom, w: Work, report: PollReport) -> None:
        assert self.send is not None and w.draft is not None and w.understanding is not None
        if w.state == DELIVERING and mail.search_header(box.sent, SOURCE_HEADER, w.source):
            self.store.finish([w.entry_id], DELIVERED)
            return
        self.store.set_state([w.entry_id], DELIVERING)
        to = w.understanding.extraction.contact_email or w.understanding.inquiry.sender_email or ""
        try:
            self.send([to], w.draft)
        except SmtpUnsupported as exc:
            # Retrying cannot help: the reply waits in Drafts for staff, who can send it another way.
            log.warning("%s: UID %s left as a draft: %s", box.name, w.fetched.uid, exc)
            mail.append(box.drafts, [w.draft], [b"\\Draft"])
            self.store.finish([w.entry_id], DELIVERED, self._touchpoints(box, [w], "draft_created"))
            report.drafts += 1
            return
        except Exception as exc:
            report.errors.append(f"{box.name}: sending to a contact failed: {exc}")
            return
        mail.ensure_folder(box.sent)
        mail.append(box.sent, [w.draft], [b"\\Seen"])
        reply = {
            "contact_id": w.contact_id,
            "kind": "reply_sent",
            "mailbox": box.name,
            "message_ref": w.reply_id,
            "reply_to_ref": w.understanding.inquiry.message_id,
            "detail": {"source": w.source, "sent_by": "triage"},
        }
        self.store.finish([w.entry_id], DELIVERED, [reply] if w.contact_id is not None else [])
        report.sent += 1

    def _touchpoints(self, box: Mailbox, work: list[Work], kind: str) -> list[dict[str, Any]]:
        return [
            {
                "contact_id": w.contact_id,
                "kind": kind,
                "mailbox": box.name,
                "message_ref": w.understanding.inquiry.message_id if w.understanding else None,
                "detail": {"source": w.source},
            }
            for w in work
            if w.contact_id is not None
        ]
