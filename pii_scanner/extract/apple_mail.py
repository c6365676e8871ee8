"""Apple Mail keeps the attachments of a message it downloaded in part (``<id>.partial.emlx``) as plain
files beside the messages: ``<folder>.mbox/<uuid>/Data[/d/d/d]/Attachments/<id>/<part>/<name>`` next to
``Data[/d/d/d]/Messages/<id>.partial.emlx``. Such a file is the attachment of that message: when the message
is private (its headers, its folder ``Privat.mbox``) the file is withheld, not read, as the attachments of
any private message are. A file whose message cannot be found or read may belong to a private one: withheld
too (as an OLM archive's attachment no normal message names). Only files on disk are looked at this way.
"""

from __future__ import annotations

import os
import re

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.mail_policy import read_meta
from pii_scanner.core.model import Extracted, Item, MailMeta
from pii_scanner.extract.mail_folders import layout_folder
from pii_scanner.sources.safe_open import open_regular

WITHHELD_MIME = "application/x-mail-attachment-withheld"
# <Data dir>/Attachments/<message id>/<part>/...: the Data dir also holds the Messages dir.
_ATTACHMENT = re.compile(r"^(?P<data>.+[/\\]Data(?:[/\\]\d+)*)[/\\]Attachments[/\\](?P<id>\d+)[/\\][^/\\]+[/\\].")
_HEADER_MAX = 1 << 20  # the message's header block is read, never its body


def message_of_attachment(path: str) -> tuple[str, str] | None:
    """(Messages directory, message id) of an Apple Mail attachment file at ``path``, else None.

    >>> message_of_attachment("/u/Library/Mail/V10/A/INBOX.mbox/U/Data/Attachments/123/2/loen.txt")
    ('/u/Library/Mail/V10/A/INBOX.mbox/U/Data/Messages', '123')
    >>> message_of_attachment("/srv/share/Attachments/123/2/loen.txt") is None
    True
    """
    m = _ATTACHMENT.match(path)
    if m is None or ".mbox" not in path.lower():
        return None
    return os.path.join(m.group("data"), "Messages"), m.group("id")


def _message_meta(messages: str, message_id: str, folder: str) -> MailMeta:
    """The message's headers (its folder given), or an unreadable sensitivity when it cannot be read."""
    for name in (f"{message_id}.partial.emlx", f"{message_id}.emlx"):
        try:
            fh, _st = open_regular(os.path.join(messages, name))
        except OSError:
            continue
        with fh:
            data = fh.read(_HEADER_MAX)
        return read_meta(data, MailMeta(folder=folder))
    return MailMeta(folder=folder, sensitivity="unreadable")


def withheld_attachment(item: Item, config: ScanConfig) -> Extracted | None:
    """The private result of an Apple Mail attachment file whose message is private (or cannot be found),
    else None (read as any file)."""
    if not item.location.startswith("file://") or "!/" in item.location or not item.path:
        return None
    found = message_of_attachment(item.path)
    if found is None or not os.path.isdir(found[0]):  # no Messages beside it: no Apple Mail store
        return None
    # The mail reader (and the TNEF, HTML and RTF readers it needs) is imported only for a file that really
    # sits in an Apple Mail store: every other file walked passes here.
    from pii_scanner.extract.mail import decide_private, private_result

    meta = _message_meta(*found, layout_folder(item.location))
    reason, inspect = decide_private(meta, config)
    if reason is None or inspect:
        return None
    return private_result(WITHHELD_MIME, meta, reason)
