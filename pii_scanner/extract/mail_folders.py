"""The mail folder a message file stands for when a mail client keeps its folders on disk.

A folder marked private ("Privat", "Personligt") makes its messages private in a PST or on an IMAP server,
its subfolders included (the folder path is judged whole). Mail clients that keep mail as files write the
same folder tree into directory names, and a sweep of a home drive or a copied profile meets it there:

- Thunderbird: an mbox file per folder, its subfolders in a directory ``<folder>.sbd`` next to it
  (``Local Folders/Privat.sbd/Tandlæge`` is the folder ``Privat/Tandlæge``);
- Apple Mail: a directory ``<folder>.mbox`` per folder, nested for subfolders, ``.emlx`` files inside;
- Maildir++ (Dovecot, Courier): a directory ``.<folder>.<subfolder>`` holding ``cur``, ``new``, ``tmp``;
- Maildir folders kept as plain directories (Dovecot ``LAYOUT=fs``, mbsync ``SubFolders Verbatim``,
  offlineimap): ``Privat/Læge/cur``. The directory holding ``cur``/``new``/``tmp`` is a folder, and so is
  each directory above it that is part of the same mail store: one that is a Maildir itself, or one that
  holds nothing but directories (a folder that only has subfolders, mbsync's store root). The topmost
  Maildir above is the store's inbox, and the folders are the names below it. On disk the tree is looked at;
  inside an archive, or where the directories cannot be looked at, every directory above the message (in
  the archive) counts, as a private word there may name the folder (fail closed).

- MH (nmh, Claws Mail, Sylpheed): a directory of numbered message files holding the client's marks
  (``.mh_sequences``, ``.claws_mark``...), on disk; the directories above it that belong to the store
  count as for a Maildir kept as directories.

Only these layouts are read as folders: an ordinary directory name (a file not in ``cur``/``new``/``tmp``)
says nothing about a message.

A Maildir message file also carries its IMAP flags in its name (``<unique>:2,<flags>``): capitals are the
system flags (``S`` seen, ``R`` replied...), small letters are keywords, ``a`` the first line of the
folder's ``dovecot-keywords`` file (``0 Privat``), ``b`` the second... A message tagged ``Privat`` on the
server is tagged so on disk only there, so the letters are read back into keywords; a letter whose
keyword cannot be looked up (no ``dovecot-keywords`` next to it, a letter it does not list) may be the
private tag, and the message counts as private (fail closed).
"""

from __future__ import annotations

import functools
import os
import re
from urllib.parse import unquote

from pii_scanner.sources.safe_open import open_regular

_MAILDIR_LEAVES = frozenset({"cur", "new", "tmp"})
# The info part of a Maildir file name: ":2," on POSIX, ";2," or "!2," where ":" may not stand in a name.
_INFO = re.compile(r"[:;!]2,([A-Za-z]*)$")
KEYWORDS_FILE = "dovecot-keywords"
MAILDIR_KEYWORDS = "maildir_keywords"  # Item.metadata: that file's text, where an archive holds it next to the message
_KEYWORDS_FILE_MAX = 1 << 16  # 26 keywords fit a few hundred bytes; more is not such a file


def _components(location: str) -> list[str]:
    """The names along a location (``file:///a/b.zip!/c/d.eml`` -> a, b.zip, c, d.eml)."""
    path = location.split("://", 1)[-1]
    return [part for segment in path.split("!/") for part in segment.split("/") if part]


def layout_folder(location: str, path: str | None = None) -> str:
    """The folder path the directories above the item at ``location`` stand for ("" outside such a layout);
    ``path``: the item's file on disk, whose directories are looked at for a Maildir kept as directories.

    >>> layout_folder("file:///home/jens/.thunderbird/p/Mail/Local Folders/Privat.sbd/Tandlæge")
    'Privat'
    >>> layout_folder("file:///Users/jens/Library/Mail/V10/A1/Privat.mbox/B2/Data/Messages/17.emlx")
    'Privat'
    >>> layout_folder("file:///home/jens/Maildir/.Privat.Sager/cur/1700000000.M1P2.host:2,S")
    'Privat/Sager'
    >>> layout_folder("file:///srv/share/HR/Privat/referat.eml")
    ''
    >>> layout_folder("file:///srv/mail.zip!/backup/Maildir/Privat/Laege/new/1700000002.M3P3.host")
    'backup/Maildir/Privat/Laege'
    """
    parts = _components(location)
    dirs = parts[:-1]
    folders: list[str] = []
    for n, name in enumerate(dirs):
        lowered = name.lower()
        if lowered.endswith(".sbd") and len(name) > 4:
            folders.append(name[:-4])
        elif lowered.endswith(".mbox") and len(name) > 5:
            folders.append(name[:-5])
        elif name.startswith(".") and len(name) > 1 and n + 1 < len(dirs) and dirs[n + 1] in _MAILDIR_LEAVES:
            folders.extend(part for part in name[1:].split(".") if part)
    if len(dirs) >= 2 and dirs[-1] in _MAILDIR_LEAVES and not dirs[-2].startswith("."):
        folders.extend(_plain_maildir_folders(location, path, dirs[:-1]))
    elif path is not None and os.path.basename(path).isdigit():
        folder = os.path.dirname(os.path.abspath(path))
        if _store_dir_kind(folder) == "mh":  # an MH folder: numbered message files and the client's marks
            folders.extend(_tree_on_disk(folder))
    return "/".join(folders)


_TREE_DEPTH = 16  # folders nested deeper than this are not looked for


def _plain_maildir_folders(location: str, path: str | None, above: list[str]) -> list[str]:
    """The folder names of a message in a Maildir kept as plain directories (``above``: the directories down
    to the one holding its ``cur``/``new``/``tmp``)."""
    if path is not None:
        return _tree_on_disk(os.path.dirname(os.path.dirname(os.path.abspath(path))))
    if "!/" in location:  # an archive member: only its own member path can tell, all of it counts
        member_dirs = [p for p in location.rsplit("!/", 1)[1].split("/") if p][:-2]
        return [unquote(p) for p in member_dirs]
    # another source (a share, a cloud drive): its directories below the host count
    below_host = above[1:] if "://" in location and not location.startswith("file://") else above
    return [unquote(p) for p in below_host[-_TREE_DEPTH:]]


def _tree_on_disk(folder: str) -> list[str]:
    """The folder names of the Maildir directory ``folder``: it and the directories above it that belong to
    the same mail store, below the topmost Maildir (the store's inbox) when there is one."""
    chain: list[tuple[str, bool]] = []  # (name, is a Maildir), nearest first
    current = folder
    for _ in range(_TREE_DEPTH):
        parent = os.path.dirname(current)
        kind = _store_dir_kind(parent) if parent != current else None
        if kind is None:
            break
        chain.append((os.path.basename(parent), kind == "maildir"))
        current = parent
    maildirs = [n for n, (_, is_maildir) in enumerate(chain) if is_maildir]
    if maildirs:
        chain = chain[: maildirs[-1]]  # the inbox's own name is no folder
    return [name for name, _ in reversed(chain)] + [os.path.basename(folder)]


# Files a mail store keeps beside its folders (Dovecot, mbsync, offlineimap, Courier, nmh's context): no
# one's documents.
_STORE_FILES = re.compile(r"^(?:\.|dovecot|subscriptions$|maildirfolder$|courierimap|context$)", re.IGNORECASE)
# The marks an MH folder's client keeps in it (nmh, Claws Mail, Sylpheed, xmh): its messages are the numbered files.
_MH_MARKS = frozenset(
    {".mh_sequences", ".claws_mark", ".sylpheed_mark", ".claws_cache", ".sylpheed_cache", ".xmhcache"}
)
_STORE_ENTRIES_MAX = 10_000


@functools.lru_cache(maxsize=4096)
def _store_dir_kind(directory: str) -> str | None:
    """The kind of a directory of a mail store, cached (every message of a folder asks): "maildir" (holds
    ``cur``/``new``), "mh" (an MH folder: holds an MH client's marks), "folders" (holds only directories and a
    store's own files), or None (an ordinary directory, or one that cannot be looked at)."""
    only_folders, mh = True, False
    try:
        with os.scandir(directory) as entries:
            for n, entry in enumerate(entries):
                if n >= _STORE_ENTRIES_MAX:  # a share's big directory, no mail store's
                    return None
                is_dir = entry.is_dir(follow_symlinks=False)
                if is_dir and entry.name in ("cur", "new"):
                    return "maildir"
                mh = mh or (not is_dir and entry.name in _MH_MARKS)
                only_folders = only_folders and (is_dir or _STORE_FILES.match(entry.name) is not None)
    except OSError:
        return None
    return "mh" if mh else "folders" if only_folders else None


def with_layout_folder(location: str, folder: str) -> str:
    """``folder`` (an mbox file's own name) under the folders its location's directories stand for."""
    above = layout_folder(location)
    return f"{above}/{folder}" if above and folder else above or folder


def keyword_letters(location: str, name: str) -> str:
    """The keyword letters of a Maildir message file's name ("" when it is none or has none).

    >>> keyword_letters("file:///m/.Sager/cur/17.M1P2.vm%2CS%3D2:2%2CSac", "17.M1P2.vm,S=2:2,Sac")
    'ac'
    >>> keyword_letters("file:///m/cur/17.M1P2.vm:2,S", "17.M1P2.vm:2,S"), keyword_letters("file:///a/x:2,ab", "x:2,ab")
    ('', '')
    """
    dirs = _components(location)[:-1]
    if not dirs or dirs[-1] not in _MAILDIR_LEAVES:
        return ""
    m = _INFO.search(name or unquote(_components(location)[-1] if _components(location) else ""))
    return "".join(c for c in m.group(1) if c.islower()) if m else ""


def parse_keywords_file(text: str) -> dict[str, str]:
    r"""Letter -> keyword from a ``dovecot-keywords`` file (``<index> <keyword>`` per line, ``a`` is 0).

    >>> parse_keywords_file("0 NonJunk\n1 $label1\n2 Privat\n")
    {'a': 'NonJunk', 'b': '$label1', 'c': 'Privat'}
    """
    found: dict[str, str] = {}
    for line in text.splitlines():
        number, _, keyword = line.strip().partition(" ")
        if number.isdigit() and int(number) < 26 and keyword.strip():
            found[chr(ord("a") + int(number))] = keyword.strip()
    return found


def read_keywords_file(message_path: str) -> str | None:
    """The ``dovecot-keywords`` file of the Maildir folder holding the message file at ``message_path``
    (the folder above its ``cur``/``new``), or None when there is none that can be read as a regular file."""
    path = os.path.join(os.path.dirname(os.path.dirname(message_path)), KEYWORDS_FILE)
    try:
        fh, st = open_regular(path)
    except OSError:
        return None
    with fh:
        if st.st_size > _KEYWORDS_FILE_MAX:
            return None
        return fh.read(_KEYWORDS_FILE_MAX).decode("utf-8", "replace")


def maildir_keywords(letters: str, keywords_file: str | None) -> tuple[tuple[str, ...], bool]:
    """(the keywords the letters stand for, whether every letter could be looked up)."""
    table = parse_keywords_file(keywords_file) if keywords_file is not None else {}
    return tuple(table[c] for c in letters if c in table), all(c in table for c in letters)


def keywords_file_folder(member: str) -> str | None:
    """The Maildir folder (its path in an archive) whose ``dovecot-keywords`` file ``member`` is, else None."""
    folder, _, name = member.rpartition("/")
    return folder if name == KEYWORDS_FILE else None


def message_folder(member: str) -> str | None:
    """The Maildir folder (its path in an archive) holding the message file ``member``, else None.

    >>> message_folder("backup/Maildir/.Sager/cur/17.M1.vm:2,Sa"), message_folder("a/b.eml")
    ('backup/Maildir/.Sager', None)
    """
    parts = member.split("/")
    return "/".join(parts[:-2]) if len(parts) >= 2 and parts[-2] in _MAILDIR_LEAVES else None
