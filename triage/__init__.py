"""triage: answers the inbox of a small therapy practice."""

__version__ = "0.1.0"
