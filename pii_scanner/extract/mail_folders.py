"""The mail folder a message file stands for when a mail client keeps its folders on disk.

A folder marked private ("Privat", "Personligt") makes its messages private in a PST or on an IMAP server,
its subfolders included (the folder path is judged whole). Mail clients that keep mail as files write the
same folder tree into directory names, and a sweep of a home drive or a copied profile meets it there:

- Thunderbird: an mbox file per folder, its subfolders in a directory ``<folder>.sbd`` next to it
  (``Local Folders/Privat.sbd/Tandlæge`` is the folder ``Privat/Tandlæge``);
- Apple Mail: a directory ``<folder>.mbox`` per folder, nested for subfolders, ``.emlx`` files inside;
- Maildir++ (Dovecot, Courier): a directory ``.<folder>.<subfolder>`` holding ``cur``, ``new``, ``tmp``.

Only these layouts are read as folders: an ordinary directory name says nothing about a message.
"""

from __future__ import annotations

_MAILDIR_LEAVES = frozenset({"cur", "new", "tmp"})


def _components(location: str) -> list[str]:
    """The names along a location (``file:///a/b.zip!/c/d.eml`` -> a, b.zip, c, d.eml)."""
    path = location.split("://", 1)[-1]
    return [part for segment in path.split("!/") for part in segment.split("/") if part]


def layout_folder(location: str) -> str:
    """The folder path the directories above the item at ``location`` stand for ("" outside such a layout).

    >>> layout_folder("file:///home/jens/.thunderbird/p/Mail/Local Folders/Privat.sbd/Tandlæge")
    'Privat'
    >>> layout_folder("file:///Users/jens/Library/Mail/V10/A1/Privat.mbox/B2/Data/Messages/17.emlx")
    'Privat'
    >>> layout_folder("file:///home/jens/Maildir/.Privat.Sager/cur/1700000000.M1P2.host:2,S")
    'Privat/Sager'
    >>> layout_folder("file:///srv/share/HR/Privat/referat.eml")
    ''
    """
    dirs = _components(location)[:-1]
    folders: list[str] = []
    for n, name in enumerate(dirs):
        lowered = name.lower()
        if lowered.endswith(".sbd") and len(name) > 4:
            folders.append(name[:-4])
        elif lowered.endswith(".mbox") and len(name) > 5:
            folders.append(name[:-5])
        elif name.startswith(".") and len(name) > 1 and n + 1 < len(dirs) and dirs[n + 1] in _MAILDIR_LEAVES:
            folders.extend(part for part in name[1:].split(".") if part)
    return "/".join(folders)


def with_layout_folder(location: str, folder: str) -> str:
    """``folder`` (an mbox file's own name) under the folders its location's directories stand for."""
    above = layout_folder(location)
    return f"{above}/{folder}" if above and folder else above or folder
