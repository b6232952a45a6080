"""Multi-label topics from the trained model, made safe by the crisis lexicon and a few fixed rules."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from triage.core.addresses import EMAIL
from triage.core.carriers import names_own_carrier
from triage.core.crisis import crisis_in
from triage.core.crisis_safety import (
    asked_and_ruled_out,
    firmly_safe,
    neutralize_idioms,
    risk_cue,
    risk_in_past_only,
    says_safe,
)
from triage.core.labels import LABELS
from triage.core.model import Classification, Inquiry
from triage.core.vectorize import Features

_URL = re.compile(r"https?://\S+|www\.\S+")
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")
_MONEY = re.compile(r"[$€]\s?\d[\d,.]*|\b\d+\s?(dollars|d[óo]lares)\b")
_SENTENCES = re.compile(r"[^.!?\n]+[.!?]*")
TOP_WORDS = 5
SURE = 0.9
"""A model-only crisis in a message that says it is safe needs this much certainty."""
CERTAIN = 0.98
"""A model-only crisis in a message with no word of risk in it at all needs this much. Over 35 labelled sets (which
the labels model is not trained on) the real crises the model alone caught without a word of risk scored 0.994 and up,
the false alarms 0.975 and 0.978 (a caregiver's long letter, a client ending therapy "rather than just disappear")."""
SETTLED = 0.9
"""The intent head's certainty that a message is a withdrawal or no inquiry at all, at which the model alone, with no
word of risk written, calls no crisis."""
UNWORDED = 0.95
"""Enough for a model-only crisis with no word of risk in a message that does not also say it is safe. On four blind
hands the gate at CERTAIN held back three real crises the model scored 0.95 to 0.98 (a roommate's "thanks for
everything, I'm sorry" under a picture of the river; a teacher giving her classroom things away), against one false
alarm there: recall first."""


def normalize(text: str) -> str:
    """Replace what varies but means the same (addresses, links, phone numbers, amounts) by one token."""
    text = text.lower()
    if "http" in text or "www." in text:
        text = _URL.sub(" xurl ", text)
    if "@" in text:
        text = EMAIL.sub(" xemail ", text)
    text = _PHONE.sub(" xphone ", text)
    text = _MONEY.sub(" xmoney ", text)
    return neutralize_idioms(text)


HISTORY_CHARS = 1500
"""The start of the quoted thread tells a reply to our reminder from a first letter; further down is noise."""


def _history_block(features: Features, history: str) -> tuple[np.ndarray, np.ndarray]:
    """The quoted thread's features, in columns after the message's own."""
    if not history.strip():
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    idx, val = features.transform(normalize(history[:HISTORY_CHARS]))
    return idx + features.size, val


def intent_features(features: Features, text: str, history: str) -> tuple[np.ndarray, np.ndarray]:
    """What the intent head reads: the message (as the labels model sees it), then the thread it answers."""
    idx, val = features.transform(normalize(text))
    h_idx, h_val = _history_block(features, history)
    return np.concatenate([idx, h_idx]), np.concatenate([val, h_val])


def decide(
    scores: dict[str, float],
    thresholds: dict[str, float],
    *,
    crisis_phrase: str | None = None,
    says_safe: bool = False,
    form_insurance: bool = False,
    names_carrier: bool = False,
    loop_guard: bool = False,
    risk_cue: bool = True,
    safe_and_past: bool = False,
    ruled_out: bool = False,
    settled: bool = False,
) -> tuple[str, ...]:
    """Turn scores into labels: crisis always wins, not_inquiry is exclusive, every message gets a label.

    A carrier given in a form field marks a person asking about insurance; a carrier named in the text
    ("we have OHP") adds insurance to a message that is an inquiry anyway.
    """
    chosen = {label for label in LABELS if scores[label] >= thresholds[label]}
    # "a year ago I was in a dark place... I haven't had those thoughts since the spring": the model alone never
    # overrules a message that puts all its risk in the past and says it is safe now
    sure_enough = CERTAIN if ruled_out else SURE  # "I asked him straight out ... he said no": surer still
    unworded = CERTAIN if says_safe else UNWORDED  # no word of risk, and "I'm not going anywhere": surer still
    crisis = scores["crisis"]
    # "Please disregard my email ... she doesn't want to see anyone right now": no word of risk, and the intent head
    # sure it is a withdrawal (or no inquiry at all)
    calm = settled and not risk_cue
    if safe_and_past or calm or (says_safe and crisis < sure_enough) or (not risk_cue and crisis < unworded):
        chosen.discard("crisis")  # the model alone, where nothing in the text speaks of risk, is a false alarm
    if crisis_phrase is not None:
        chosen.add("crisis")
    if form_insurance:
        chosen.add("insurance")
    if "crisis" in chosen or form_insurance:
        chosen.discard("not_inquiry")
    elif loop_guard:
        return ("not_inquiry",)
    topics = chosen - {"not_inquiry"}
    if "not_inquiry" in chosen:
        if not topics:
            return ("not_inquiry",)
        if scores["not_inquiry"] >= max(scores[label] for label in topics):
            return ("not_inquiry",)
        chosen = topics
    if not chosen:
        # Nothing passed its threshold: the likeliest topic, never a crisis (that takes its threshold or the lexicon).
        best = max(
            (label for label in LABELS if label != "crisis"), key=lambda label: scores[label] / thresholds[label]
        )
        if best == "not_inquiry":
            return ("not_inquiry",)
        chosen = {best}
    if names_carrier:
        chosen.add("insurance")
    return tuple(label for label in LABELS if label in chosen)


class Classifier:
    """Linear models over TF-IDF features plus calibration and thresholds; pure computation once loaded."""

    def __init__(
        self,
        features: Features,
        coef: np.ndarray,
        intercept: np.ndarray,
        meta: dict[str, Any],
        intent_coef: np.ndarray | None = None,
        intent_intercept: np.ndarray | None = None,
        kind_coef: np.ndarray | None = None,
        kind_intercept: np.ndarray | None = None,
    ) -> None:
        self.features = features
        # Both heads as one feature-major matrix: a message's few hundred features are then contiguous rows to
        # gather, once for both heads, rather than scattered columns of two wide matrices. The kinds head is read
        # only beside the intent head, whose rows come first.
        self.intents: list[str] = []
        self.question_kinds: list[str] = []
        self._heads_t: np.ndarray | None = None
        self._heads_b: np.ndarray | None = None
        if intent_coef is not None and intent_intercept is not None:
            coefs, intercepts = [intent_coef], [intent_intercept]
            self.intents = list(meta.get("intents", []))
            if kind_coef is not None and kind_intercept is not None:
                coefs.append(kind_coef)
                intercepts.append(kind_intercept)
                self.question_kinds = list(meta.get("question_kinds", []))
            self._heads_t = np.ascontiguousarray(np.vstack(coefs).T)
            self._heads_b = np.concatenate(intercepts)
        self.labels: list[str] = list(meta["labels"])
        self.thresholds: dict[str, float] = {k: float(v) for k, v in meta["thresholds"].items()}
        platt = meta["platt"]
        self._a = np.array([platt[label][0] for label in self.labels])
        self._b = np.array([platt[label][1] for label in self.labels])
        self._coef = coef
        self._intercept = intercept
        self._word_names: list[str] | None = None

    def _row(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Feature indices, values and calibrated probability per label for one text."""
        idx, val = self.features.transform(normalize(text))
        decision = self._coef[:, idx] @ val + self._intercept
        probs: np.ndarray = 1.0 / (1.0 + np.exp(-(self._a * decision + self._b)))
        return idx, val, probs

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """Calibrated probability per label (rows: texts, columns: labels)."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        return np.vstack([self._row(text)[2] for text in texts])

    def _heads(self, idx: np.ndarray, val: np.ndarray, history: str) -> tuple[dict[str, float], dict[str, float]]:
        """The intent head's probability per intent (a softmax) and the kinds head's per question kind (a sigmoid
        each); empty without heads."""
        if self._heads_t is None or self._heads_b is None or not self.intents:
            return {}, {}
        h_idx, h_val = _history_block(self.features, history)
        both = val @ self._heads_t[idx] + self._heads_b
        if h_idx.size:
            both += h_val @ self._heads_t[h_idx]
        n = len(self.intents)
        decision = both[:n]
        exp = np.exp(decision - decision.max())
        probs = exp / exp.sum()
        intents = {intent: round(float(probs[j]), 4) for j, intent in enumerate(self.intents)}
        if not self.question_kinds:
            return intents, {}
        kind_probs = 1.0 / (1.0 + np.exp(-both[n:]))
        return intents, {kind: round(float(kind_probs[j]), 4) for j, kind in enumerate(self.question_kinds)}

    def _top_words(self, idx: np.ndarray, val: np.ndarray, labels: Sequence[str]) -> dict[str, tuple[str, ...]]:
        """For the labels chosen: the words (not character grams, which staff cannot read) that pushed them up most."""
        if self._word_names is None:
            names = [""] * self.features.n_word
            for term, i in self.features.word_vocab.items():
                names[i] = term
            self._word_names = names
        words = idx < self.features.n_word
        idx, val = idx[words], val[words]
        if idx.size == 0:
            return {label: () for label in labels}
        out: dict[str, tuple[str, ...]] = {}
        for label in labels:
            contrib = self._coef[self.labels.index(label), idx] * val
            order = np.argsort(-contrib, kind="stable")[:TOP_WORDS]
            out[label] = tuple(self._word_names[int(idx[k])] for k in order if contrib[k] > 0)
        return out

    def _evidence_sentence(self, text: str) -> str:
        """For a crisis the model found alone: the sentence it finds most alarming, for the clinician to read."""
        sentences = [s.group(0).strip() for s in _SENTENCES.finditer(text) if len(s.group(0).split()) >= 2]
        if not sentences:
            return text.strip()[:300]
        probs = self.probabilities(sentences)[:, self.labels.index("crisis")]
        return sentences[int(np.argmax(probs))][:300]

    def classify(self, inq: Inquiry) -> Classification:
        idx, val, probs = self._row(inq.classifier_text)
        scores = {label: round(float(probs[j]), 4) for j, label in enumerate(self.labels)}
        own_words = "\n".join(p for p in (inq.subject, inq.text, inq.signature, inq.forwarded_text) if p)
        hit = crisis_in(own_words) or (crisis_in(inq.whole_form) if inq.whole_form else None)
        person_text = "\n".join(p for p in (inq.text, inq.forwarded_text) if p)
        # Safety statements and words of risk only matter where the model alone would call a crisis: read them then.
        model_alone = hit is None and scores["crisis"] >= self.thresholds["crisis"]
        safe, past = (says_safe(own_words), risk_in_past_only(own_words)) if model_alone else (False, False)
        intents, kinds = self._heads(idx, val, inq.history)
        labels = decide(
            scores,
            self.thresholds,
            crisis_phrase=hit.phrase if hit else None,
            says_safe=safe or past,
            safe_and_past=(safe and past) or (model_alone and firmly_safe(own_words)),
            ruled_out=model_alone and asked_and_ruled_out(own_words),
            form_insurance=bool(inq.form and inq.form.insurance),
            names_carrier=names_own_carrier(person_text),
            loop_guard=inq.loop.never_reply,
            risk_cue=not model_alone or risk_cue(own_words),
            settled=model_alone and intents.get("withdrawal", 0.0) + intents.get("not_inquiry", 0.0) >= SETTLED,
        )
        evidence = None
        if "crisis" in labels:
            evidence = f'"{hit.phrase}" in: {hit.sentence}' if hit else self._evidence_sentence(own_words)
        return Classification(
            labels=labels,
            scores=scores,
            top_words=self._top_words(idx, val, labels),
            crisis_evidence=evidence,
            intents=intents,
            kinds=kinds,
        )

    def as_person(self, c: Classification) -> Classification:
        """The reading found a person the model called "not an inquiry" (a referral in shorthand, a client's own
        business): their topics are those above threshold, else the likeliest one, never not_inquiry."""
        topics = [label for label in LABELS if label not in ("not_inquiry", "crisis")]
        chosen = {label for label in topics if c.scores[label] >= self.thresholds[label]}
        if not chosen:
            chosen = {max(topics, key=lambda label: c.scores[label] / self.thresholds[label])}
        labels = tuple(label for label in LABELS if label in chosen)
        return replace(c, labels=labels, top_words={label: c.top_words.get(label, ()) for label in labels})

    def classify_many(self, inquiries: Sequence[Inquiry]) -> list[Classification]:
        return [self.classify(inq) for inq in inquiries]
