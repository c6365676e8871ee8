"""Mail rules that both extraction (do not read private mail) and classification (flag it) need.

Kept in core because extraction must decide before reading a body, and extraction may not import
the classify stage (data flows one way).
"""

from __future__ import annotations

import re

from pii_scanner.core.config import MailConfig
from pii_scanner.core.model import MailMeta


def private_reason(meta: MailMeta, config: MailConfig) -> str | None:
    """Why a message counts as private (its owner's only), or None.

    >>> from pii_scanner.core.config import MailConfig
    >>> private_reason(MailMeta(sensitivity="private"), MailConfig())
    'sensitivity private'
    >>> private_reason(MailMeta(subject="PRIVAT: lægebesøg"), MailConfig())
    'subject marked privat'
    >>> private_reason(MailMeta(subject="Privatkunder Q3"), MailConfig()) is None
    True
    """
    if meta.sensitivity in config.private_sensitivities:
        return f"sensitivity {meta.sensitivity}"
    for where, text in (("subject", meta.subject), ("folder", meta.folder)):
        word = marked_word(text, config.private_words)
        if word:
            return f"{where} marked {word}"
    return None


def marked_word(text: str, words: tuple[str, ...]) -> str | None:
    """The first whole word of ``words`` found in ``text`` (case-insensitive), or None."""
    if not text:
        return None
    lowered = text.casefold()
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word.casefold())}(?!\w)", lowered):
            return word
    return None


def domain_of(address: str) -> str:
    """The lower-cased domain of an address such as ``"Jens <jens@Firma.dk>"``."""
    addr = address.strip().rstrip(">")
    return addr.rpartition("@")[2].strip().lower() if "@" in addr else ""


def has_external_recipients(meta: MailMeta, config: MailConfig) -> bool | None:
    """True when any recipient is outside the organisation's domains.

    The organisation's domains are configured; by default the sender's own domain.

    >>> from pii_scanner.core.config import MailConfig
    >>> m = MailMeta(sender="a@firma.dk", to=("b@firma.dk",), cc=("c@gmail.com",))
    >>> has_external_recipients(m, MailConfig())
    True
    >>> has_external_recipients(MailMeta(sender="a@firma.dk", to=("b@Firma.DK",)), MailConfig())
    False
    """
    domains = {d.lower().lstrip("@") for d in config.org_domains} or {domain_of(meta.sender)} - {""}
    recipients = [domain_of(r) for r in meta.recipients]
    recipients = [r for r in recipients if r]
    if not recipients:
        return None
    if not domains:
        return True
    return any(not any(r == d or r.endswith("." + d) for d in domains) for r in recipients)
