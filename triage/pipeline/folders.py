"""The folders a poll writes to must be the ones staff look at: a Drafts folder that does not exist is an error
naming the folders that do (and the server's own \\Drafts folder, when it marks one), never a new folder nobody
opens. Only the default name on an account without any drafts folder is created (a brand-new account)."""

from __future__ import annotations

from triage.config import Mailbox
from triage.mailroom import MailboxError, Mailroom

DEFAULT_DRAFTS = "Drafts"
DRAFTS_FLAG = b"\\drafts"


def require_drafts(box: Mailbox, mail: Mailroom) -> None:
    listing = mail.folder_list()
    names = [name for name, _ in listing]
    if box.drafts in names:
        return
    special = [name for name, flags in listing if DRAFTS_FLAG in {f.lower() for f in flags}]
    if box.drafts == DEFAULT_DRAFTS and not special:
        mail.ensure_folder(box.drafts)
        return
    hint = f"the server's drafts folder is {special[0]!r}; " if special else ""
    raise MailboxError(
        f"{box.name}: drafts folder {box.drafts!r} does not exist ({hint}folders there: {', '.join(names) or 'none'});"
        " set mailboxes.drafts to one of them"
    )
