"""What every command shares: the one error type, and the one way to load the config, the classifier and the store.

A mistake a person can fix (a config key, a secret, a server, the database, the model file, a date) is one line on
stderr and exit code 2: `main` turns UserError and the adapters' own error types into that line.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from zoneinfo import ZoneInfo

from triage.adapters.modelfile import ModelError, load_classifier
from triage.compose import ComposeError
from triage.config import Config, ConfigError, load_config
from triage.core.stages import StageError
from triage.mailroom import MailboxError, SignInNeeded, SmtpError
from triage.repository import Repository, StoreError

CONFIG_HELP = "config file (default: ./triage.toml, then $TRIAGE_CONFIG)"
__all__ = ["FIXABLE", "UserError", "add_config", "add_model", "config_of", "load_classifier", "open_store", "zone_of"]

MODEL_HELP = "model folder (default: the shipped triage/models/ or $TRIAGE_MODEL_DIR)"


class UserError(Exception):
    """One line for the person at the keyboard (the exit code is 2)."""


FIXABLE: tuple[type[Exception], ...] = (
    UserError,
    ConfigError,
    MailboxError,
    StoreError,
    ModelError,
    SmtpError,
    ComposeError,
    StageError,
    SignInNeeded,
)
"""Failures that are one line for a person to act on, never a traceback."""


def add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", default=None, help=CONFIG_HELP)


def add_model(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", type=Path, default=None, help=MODEL_HELP)


def config_of(args: argparse.Namespace) -> Config:
    """The config named by --config (on the command or before it), else ./triage.toml, else $TRIAGE_CONFIG."""
    return load_config(getattr(args, "config", None) or getattr(args, "config_global", None))


def open_store(config: Config, *, must_exist: bool = False) -> Repository:
    """The funnel store the config names. A command that only reads passes must_exist: it never creates a store,
    because an absent one means the wrong folder or a typo in store.url, not zero leads."""
    from triage.adapters.store import Store

    return Store(config.store.url, keep_bodies=config.store.keep_bodies, create=not must_exist)


def zone_of(config: Config) -> ZoneInfo:
    """The practice's time zone: dates people type and read are local to the practice."""
    from triage.pipeline.batch import practice_zone

    return practice_zone(config)


def read_text_file(name: str) -> tuple[Path, str]:
    """A CSV export as text (a spreadsheet's byte-order mark dropped), or one line saying why it cannot be read."""
    path = Path(name)
    try:
        return path, path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read it as UTF-8 text ({exc})") from None
