"""Where an item is, as the response pack shows it to the data subject: other people left out.

A folder or file name may hold someone else's data ("Sag 010190-XXXX Jens Hansen/notat.txt"). Every
default output shows names with identifiers masked to their birth date (``core.privacy.scrub``); the
pack goes to the data subject, who must learn nothing of anyone else (GDPR art. 15(4)). So in the
pack's locations, paths, folders and owners (and the case's reference, extension reason and opener,
free text the staff typed) every masked identifier becomes ``[ID]`` (no birth date) and
every capitalised known first name or surname that is not one of the subject's becomes ``[NAME]``, as
in the excerpts. Percent-encoded locations are read decoded and encoded again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import quote, unquote

from pii_scanner.access.attribution import lexicon_words
from pii_scanner.access.cases import Case
from pii_scanner.access.results import Hit
from pii_scanner.access.subject import SubjectKey, name_fp
from pii_scanner.core.privacy import Fingerprinter, scrub
from pii_scanner.store.tokens import fold_name, name_tokens

# What scrub leaves of an identifier: its date digits, an optional separator, then X for the rest.
_MASKED_ID = re.compile(r"(?<!\d)\d{6,8}(?:[^\w\s]|\s|_)?[-+]?X{3,5}(?![\w])|(?<!\d)\d{6,8}X{3,5}")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_URI_SAFE = "/:!@;=+$,?&#~*'()[]"
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+")
# In staff-typed text: 8+ digits joined as the excerpts read them (a phone "22 33 44 55", an account), masked
# as there, except a case number written after its year ("2023-0147", "2019/114"): the case's own journal.
_NUMBER = re.compile(
    r"(?<![\w])\+?\d(?:[ \t\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff.\-/_\u00ad\u2010-\u2015\u2212]{0,3}"
    r"\d){7,}+(?![\w])"
)
_MASKED_EMAIL = re.compile(r"[\w.+-]{0,64}\*[\w.*+-]{0,64}@[\w-]+(?:\.[\w-]+)+")
_JOURNAL = re.compile(r"(?:19|20)\d\d[-/]\d{1,6}")


def _mask(text: str, fp: Fingerprinter, wanted: set[str], *, any_case: bool = False) -> str:
    text = _MASKED_ID.sub("[ID]", text)
    names = lexicon_words()

    def word(m: re.Match[str]) -> str:
        w = m.group()
        # Capitalised words only, as in the excerpts: "alice/doc000.txt" names a folder, not a person
        # (an owner's account name is a person's whatever its case: ``any_case``).
        capital = any_case or w[:1].isupper()
        if len(w) <= 2 or not capital or w in ("ID", "NAME") or fold_name(w) not in names:
            return w
        if any(name_fp(fp, tok) in wanted for tok in name_tokens(w)):
            return w  # the subject's own name
        return "[NAME]"

    return _WORD.sub(word, text)


def _addresses(text: str, fp: Fingerprinter, key: SubjectKey) -> str:
    """Every e-mail address in a place that is not the subject's own: ``[E-MAIL]`` (a mailbox, a folder
    or drive named after an employee)."""

    def one(m: re.Match[str]) -> str:
        return m.group() if fp(m.group().casefold()) in key.email_fps else "[E-MAIL]"

    return _EMAIL.sub(one, text)


def _account(rest: str, fp: Fingerprinter, key: SubjectKey) -> str:
    """A URI's user part (``imap://peter.olsen@firma.dk@host/``: the mailbox's account) is someone's
    account: ``[ACCOUNT]`` unless it is the subject's own address."""
    authority, slash, tail = rest.partition("/")
    user, at, host = authority.rpartition("@")
    if not at or not user or fp(user.strip().casefold()) in key.email_fps:
        return rest
    if "@" not in user and _EMAIL.fullmatch(authority):  # graph://mailbox/: the address is the whole authority
        return rest
    return f"[ACCOUNT]@{host}{slash}{tail}"


def pack_place(text: str, fp: Fingerprinter, key: SubjectKey, *, uri: bool = False) -> str:
    """``text`` (a scrubbed location, path or folder) with other people's identifiers, names, e-mail
    addresses and accounts left out."""
    wanted: set[str] = set().union(*(n.all_fps for n in key.names)) if key.names else set()
    if not uri:
        return _mask(_addresses(text, fp, key), fp, wanted)
    scheme, sep, rest = text.partition("://")
    if not sep:
        return quote(_mask(_addresses(unquote(text), fp, key), fp, wanted), safe=_URI_SAFE + "%")
    shown = _addresses(_account(unquote(rest), fp, key), fp, key)
    return f"{scheme}://" + quote(_mask(shown, fp, wanted), safe=_URI_SAFE)


def _typed(text: str, fp: Fingerprinter, key: SubjectKey, wanted: set[str]) -> str:
    """Free text the staff typed, as the pack shows it: identifiers ``[ID]``, other people's names
    ``[NAME]``, e-mail addresses not the subject's ``[E-MAIL]`` and other long numbers ``[NUMBER]``."""
    # Stored text has its addresses masked already ("j***@firma.dk", core.privacy.scrub_text): those are
    # someone's too, and no longer tell whose.
    shown = _addresses(scrub(text) or "", fp, key)
    masked = _mask(_MASKED_EMAIL.sub("[E-MAIL]", shown), fp, wanted)
    return _NUMBER.sub(lambda m: m.group() if _JOURNAL.fullmatch(m.group()) else "[NUMBER]", masked)


def case_for_pack(case: Case, fp: Fingerprinter, key: SubjectKey) -> Case:
    """The case as the pack shows it: its reference and extension reason (free text the staff typed,
    "Sag 040671-XXXX Jens Hansen, jens@firma.dk, 22 33 44 55") and the account that opened it name no one
    else, as places."""
    wanted: set[str] = set().union(*(n.all_fps for n in key.names)) if key.names else set()
    reason = case.extension_reason
    return replace(
        case,
        reference=_typed(case.reference, fp, key, wanted),
        extension_reason=_typed(reason, fp, key, wanted) if reason else reason,
        opened_by=_mask(_addresses(case.opened_by or "", fp, key), fp, wanted, any_case=True),
    )


def hide_others_in_places(hits: list[Hit], fp: Fingerprinter, key: SubjectKey) -> None:
    """Rewrite each hit's location, path and folder for the pack (its keys stay as they are)."""
    for hit in hits:
        hit.location = pack_place(hit.location, fp, key, uri=True)
        hit.path = pack_place(hit.path, fp, key, uri="://" in hit.path)
        hit.folder = pack_place(hit.folder, fp, key, uri="://" in hit.folder)
        # The owner (an employee's account or mailbox) is not the subject's to know by name.
        wanted: set[str] = set().union(*(n.all_fps for n in key.names)) if key.names else set()
        hit.owner = _mask(hit.owner, fp, wanted, any_case=True)
