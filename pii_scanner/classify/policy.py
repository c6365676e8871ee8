"""Policy flags from the users' rules (DESIGN.md): where personal data must not be, and mail rules.

- ``removable_media`` / ``local_storage``: personal data found on a USB key / a PC's local drive.
- ``private_mail``: the message is marked private; it was not read (extraction stopped at headers).
- ``not_read``: nothing of the item was read (over the size limit); its error says why (scan exits 4).
- ``skipped``: not read because the user listed its type in ``limits.skip_types``; the reason is recorded.
- ``unencrypted_cpr``: a DK_CPR anywhere in a message (subject, body, attachments at any depth) that was
  read: encrypted or password-protected parts yield no text, so whatever holds the CPR travelled in clear
  (the subject of an S/MIME-encrypted message, a body beside an encrypted attachment or inline PGP block).
"""

from __future__ import annotations

from collections.abc import Sequence

from pii_scanner.core.config import ScanConfig
from pii_scanner.core.entities import PERSONAL_ENTITIES
from pii_scanner.core.finding_log import has_entity
from pii_scanner.core.mail_policy import has_external_recipients, private_reason
from pii_scanner.core.model import (
    FLAG_LOCAL_STORAGE,
    FLAG_NOT_READ,
    FLAG_PRIVATE_MAIL,
    FLAG_REMOVABLE_MEDIA,
    FLAG_SKIPPED,
    FLAG_UNENCRYPTED_CPR,
    ItemResult,
)


def apply_item_flags(result: ItemResult, config: ScanConfig) -> None:
    """Flags that depend on one item alone."""
    item = result.item
    if result.metadata.get("unsupported"):
        result.add_flag(FLAG_NOT_READ)
    if result.metadata.get("skipped"):
        result.add_flag(FLAG_SKIPPED)
    if item.mail is not None:
        # Extraction may know more than the headers (a private message glued into the body).
        reason = private_reason(item.mail, config.mail) or result.metadata.get("private_reason")
        if reason:
            result.private = True
            result.add_flag(FLAG_PRIVATE_MAIL)
            result.metadata.setdefault("private_reason", reason)
        result.external_recipients = has_external_recipients(item.mail, config.mail)
    if has_entity(result.findings, PERSONAL_ENTITIES):
        if item.origin == "removable":
            result.add_flag(FLAG_REMOVABLE_MEDIA)
        elif item.origin == "local":
            result.add_flag(FLAG_LOCAL_STORAGE)


def apply_tree_flags(results: Sequence[ItemResult]) -> None:
    """Flags that sum up a message's subtree (pre-order list of one top-level item's results).

    Each message that is not inside another message is a mail root; it gets ``unencrypted_cpr``
    when it, or anything below it, holds a DK_CPR in text that was read (ciphertext yields none), also
    when the message is encrypted in part or its subject is all that was read.
    Storage flags also rise from members to their container (a zip on a USB key holding a CPR).
    """
    by_location = {r.item.location: r for r in results}

    def mail_root(r: ItemResult) -> ItemResult | None:
        root: ItemResult | None = None
        node: ItemResult | None = r
        while node is not None:
            if node.item.mail is not None:
                root = node
            node = by_location.get(node.parent) if node.parent else None
        return root

    def ancestors(r: ItemResult) -> list[ItemResult]:
        chain: list[ItemResult] = []
        node = by_location.get(r.parent) if r.parent else None
        while node is not None:
            chain.append(node)
            node = by_location.get(node.parent) if node.parent else None
        return chain

    for r in results:  # pre-order: a parent is settled before its children
        parent = by_location.get(r.parent) if r.parent else None
        if parent is not None and parent.private and not r.private:
            # Inside a private message (read only under an audited exception) everything is private.
            r.private = True
            r.add_flag(FLAG_PRIVATE_MAIL)
            r.metadata.setdefault("private_reason", "inside a private message")
    for r in results:
        if has_entity(r.findings, "DK_CPR"):
            root = mail_root(r)
            if root is not None and not root.private:
                root.add_flag(FLAG_UNENCRYPTED_CPR)
        for flag in (FLAG_REMOVABLE_MEDIA, FLAG_LOCAL_STORAGE):
            if flag in r.flags:
                for up in ancestors(r):
                    up.add_flag(flag)
