"""The poll of one mailbox as a pipeline of named steps, each a module of its own with a `run(batch, crew)`.

A batch of fetched (and understood) messages goes through the steps in this order; "why did this message get
no draft?" is answered by reading this list and one module. The poller (poller.py) fetches, understands and
batches, and around the inbox reads the Sent folder (sent.py) and drafts follow-ups (followup.py).
"""

from __future__ import annotations

from typing import Protocol

from triage.pipeline import (
    alert,
    claim,
    compose,
    deliver,
    notices,
    one_draft_per_person,
    plan,
    quarantine,
    recall,
    record,
    rules,
    take_out,
)
from triage.pipeline.batch import Batch, Crew


class Step(Protocol):
    def run(self, batch: Batch, crew: Crew) -> None: ...


PIPELINE: tuple[Step, ...] = (
    claim,  # enter every message in the ledger once; leave alone what an earlier poll finished
    quarantine,  # set aside what could not be read, with the reason
    notices,  # a booking, EHR or payment system's notification: a milestone for the person it names, never a lead
    plan,  # answer, crisis, record only, or nothing (core.policy)
    recall,  # read once what the store knows about these people and messages
    rules,  # no draft for: answered by staff, withdrawn, capped in send mode, old mail
    one_draft_per_person,  # one draft per person, under their newest message; a crisis covers the person
    compose,  # the reply, as an e-mail threaded under the message
    record,  # leads, touchpoints, stage moves and ledger states: one transaction
    alert,  # flag a crisis and alert the clinician
    deliver,  # drafts to Drafts, or sent in send mode
    take_out,  # remove the drafts the new ones replace
)
