"""The response pack of an access request: a folder or zip with the HTML report, a JSON copy
(art. 20) and the excerpts of the subject's data (other people masked).

The pack holds the subject's own data in plaintext (it is the copy they asked for): files are
written owner-only (0600, folders 0700). The audit log gets counts and the subject fingerprint.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import tempfile
import zipfile
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pii_scanner.access.backups import load_backups, remaining_in_backups
from pii_scanner.access.cases import Case, get_case, mark_exported
from pii_scanner.access.excerpts import Excerpts, build_excerpts
from pii_scanner.access.live import EventFn, load_sweep_config
from pii_scanner.access.lookup import audit_counts, opened, run_search
from pii_scanner.access.places import case_for_pack, hide_others_in_places
from pii_scanner.access.render import render_html, render_json
from pii_scanner.access.results import SearchResult, ranked
from pii_scanner.core.errors import ConfigError
from pii_scanner.core.process_alive import pid_alive
from pii_scanner.core.user_paths import require_output_folder
from pii_scanner.store import Store

README = """Access request {case} - response pack

report.html     printable answer (art. 15): what is held, where, categories, dates, retention
data.json       the same in machine-readable form (art. 20), with the excerpts
excerpts/       the data subject's data as found in each item; everyone else's data masked

Items that may concern a namesake or match the name only in part are NOT in this pack: they are
listed for the data-protection officer in a separate file next to it (*.to-review.json).

This pack contains the data subject's personal data: send it only to them, by a secure channel.
"""


@dataclass
class ExportResult:
    path: Path
    files: list[str]
    items: int
    excerpts: int
    unavailable: int
    to_review: int = 0
    review_path: Path | None = None  # the DPO's list of doubtful items, written next to the pack
    failed_sources: list[str] = field(default_factory=list)  # live: sources that could not be searched
    unreadable: int = 0  # live: items that could not be read
    skipped: int = 0  # live: items of a type the configuration does not read
    names_not_read: int = 0  # a name searched: items last read without looking for names
    paths_not_traced: int = 0  # items last read by a run that kept no path traces (store migration 16)

    @property
    def partial(self) -> bool:
        """Something the subject's data could be in was not searched: the pack is not the whole answer."""
        return bool(
            self.failed_sources or self.unreadable or self.skipped or self.names_not_read or self.paths_not_traced
        )


def _pack(case_id: int, html: bytes, data: bytes, excerpt_files: dict[str, str]) -> dict[str, bytes]:
    files = {"README.txt": README.format(case=case_id).encode("utf-8"), "report.html": html, "data.json": data}
    files.update({f"excerpts/{name}": text.encode("utf-8") for name, text in excerpt_files.items()})
    return files


# What an export writes aside before its pack is whole carries the process id in its name
# (".pack-<pid>-<random>.part", owner-only): a process killed with SIGKILL cannot remove it, so the next
# export into the same folder does, once that process is gone. A running export's entry is never touched.
_STAGING = re.compile(r"\.pack-(\d+)-\w+\.part")


def _staging_prefix() -> str:
    return f".pack-{os.getpid()}-"


def sweep_dead_staging(folder: Path) -> int:
    """Remove what exports killed before they finished left in ``folder``; how many entries."""
    removed = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for entry in entries:
        match = _STAGING.fullmatch(entry.name)
        if match is None or pid_alive(int(match[1])):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)
            removed += 1
        except OSError:
            continue
    return removed


def _write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` readable by the owner only, whatever was there: a file of another
    mode is replaced (never written into, keeping its mode) and a link is replaced, never followed.
    Written aside and put in place when whole, so a failed export leaves no half-written pack: into a
    file without a name where the platform has them (Linux ``O_TMPFILE``: a kill leaves nothing), else
    into an owner-only staging file that the next export removes."""
    require_output_folder(target)
    sweep_dead_staging(target.parent)
    if _write_unnamed(target, data):
        return
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_staging_prefix(), suffix=".part")  # 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_unnamed(target: Path, data: bytes) -> bool:
    """Write ``data`` into an unnamed file in ``target``'s folder and give it ``target``'s name; False
    when the platform or file system has no unnamed files (or /proc to name one): written otherwise."""
    unnamed = getattr(os, "O_TMPFILE", 0)
    if not unnamed or not Path("/proc/self/fd").is_dir():
        return False
    try:
        fd = os.open(target.parent, unnamed | os.O_RDWR, 0o600)
    except OSError:  # a file system without O_TMPFILE
        return False
    try:
        with os.fdopen(fd, "wb", closefd=False) as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        for _ in range(2):
            with contextlib.suppress(FileNotFoundError):
                if target.is_dir() and not target.is_symlink():
                    raise IsADirectoryError(f"{target} is a folder")
                target.unlink()  # a link is removed, never followed
            try:
                _link_unnamed(fd, target)
                return True
            except FileExistsError:  # made again in between: once more
                continue
            except OSError:  # no /proc, or linkat refused: written otherwise
                return False
        return False
    finally:
        os.close(fd)


def _link_unnamed(fd: int, target: Path) -> None:
    # A folder descriptor makes os.link call linkat() with AT_SYMLINK_FOLLOW (link() would try to link
    # /proc's magic link itself and fail across devices).
    folder = os.open(target.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.link(f"/proc/self/fd/{fd}", target.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _write(output: Path, files: dict[str, bytes]) -> None:
    if output.suffix.lower() == ".zip":
        _write_private(output, _zipped(files))
        return
    if output.exists() and any(output.iterdir()):
        raise ConfigError(f"export folder {output} exists and is not empty")
    # Written in a private folder next to it and renamed when whole: an export stopped half-way (a signal,
    # a full disk) leaves no pack that looks complete, and no half of the subject's plaintext behind; one
    # killed outright leaves its owner-only staging folder, removed by the next export into this folder.
    require_output_folder(output)
    sweep_dead_staging(output.parent)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=_staging_prefix(), suffix=".part"))  # 0700
    try:
        for name, data in files.items():
            target = staging / name
            target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(target, flags, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
        if output.exists():
            output.rmdir()  # empty (checked above)
        os.rename(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@dataclass
class _Answer:
    case: Case
    result: SearchResult
    excerpts: Excerpts
    files: dict[str, bytes]
    names: dict[str, str]


def _answer(
    store: Store,
    case_id: int,
    *,
    live: bool,
    config: str | Path | None,
    events: EventFn | None,
    exclude: Collection[str],
) -> _Answer:
    """The pack's files, in memory: search for the case's subject and render the answer."""
    case = get_case(store, case_id)
    result = run_search(store, case.subject, live=live, config=config, loose=False, events=events)
    excerpts = build_excerpts(store.fingerprint, case.subject, result.hits + result.review, config_path=config)
    settle(result, excerpts)
    if not live:  # a live search has counted every item of the sources it could not read already
        result.unreadable += len(excerpts.unreadable)
    result.failed_sources += [name for name in excerpts.failed_sources if name not in result.failed_sources]
    if exclude:
        result.hits = [h for h in result.hits if h.location_key not in exclude]
        result.review = [h for h in result.review if h.location_key not in exclude]
    if config:
        result.backups = remaining_in_backups(
            load_backups(load_sweep_config(config)[1]), {h.source for h in result.hits}, date.today()
        )
    # The subject's copy names no one else in its places; the DPO's list of doubtful items (written
    # next to the pack) keeps the locations as the index shows them.
    hide_others_in_places(result.hits, store.fingerprint, case.subject)
    names: dict[str, str] = {}
    for n, hit in enumerate(result.hits, 1):
        texts = excerpts.by_item.get(hit.location_key)
        if texts:
            names[f"{n:03d}.txt"] = f"{hit.location}\n{'=' * 40}\n\n" + "\n\n---\n\n".join(texts) + "\n"
    shown = case_for_pack(case, store.fingerprint, case.subject)  # its reference names no one else either
    files = _pack(case.id, render_html(result, shown, excerpts), render_json(result, shown, excerpts), names)
    return _Answer(case, result, excerpts, files, names)


def _record(store: Store, answer: _Answer, actor: str | None, form: str) -> None:
    mark_exported(store, answer.case.id)
    store.audit(
        "access_request_exported",
        actor=actor,
        subject=answer.case.subject.fingerprint,
        case=answer.case.id,
        format=form,
        excerpts=len(answer.names),
        unavailable=len(answer.excerpts.unavailable),
        **audit_counts(answer.result),
    )


def request_pack(
    db: str | Store | None,
    case_id: int,
    *,
    live: bool = False,
    config: str | Path | None = None,
    actor: str | None = None,
    events: EventFn | None = None,
    exclude: Collection[str] = (),
) -> bytes:
    """The response pack as the bytes of a zip, built in memory and never written anywhere (the console's
    download: a process killed while it builds one leaves nothing behind). The DPO's list of doubtful
    items is not part of it (``request_export`` writes that next to a pack)."""
    with opened(db, config, create=False) as store:
        answer = _answer(store, case_id, live=live, config=config, events=events, exclude=exclude)
        data = _zipped(answer.files)
        _record(store, answer, actor, "download")
        return data


def request_export(
    db: str | Store | None,
    case_id: int,
    output: str | Path,
    *,
    live: bool = False,
    config: str | Path | None = None,
    actor: str | None = None,
    events: EventFn | None = None,
    exclude: Collection[str] = (),
) -> ExportResult:
    """Search for the case's subject (index, and sources with ``live``) and write the response pack.
    ``exclude``: location keys a reviewer left out of the answer (another person's document)."""
    out = Path(output)
    require_output_folder(out)  # before the search, as scan -o
    with opened(db, config, create=False) as store:
        answer = _answer(store, case_id, live=live, config=config, events=events, exclude=exclude)
        _write(out, answer.files)
        review_path = _write_review(out, answer.case.id, answer.result)
        _record(store, answer, actor, "zip" if out.suffix.lower() == ".zip" else "folder")
        return ExportResult(
            out,
            sorted(answer.files),
            len(answer.result.hits),
            len(answer.names),
            len(answer.excerpts.unavailable),
            len(answer.result.review),
            review_path,
            list(answer.result.failed_sources),
            answer.result.unreadable,
            answer.result.skipped,
            answer.result.names_not_read,
            answer.result.paths_not_traced,
        )


def settle(result: SearchResult, excerpts: Excerpts) -> None:
    """Apply the decisions made from the re-read text: doubtful items leave the answer."""
    everything = result.hits + result.review
    for hit in everything:
        decision = excerpts.decisions.get(hit.location_key)
        if decision is not None:
            hit.decision, hit.review_reason = decision[0], decision[1] or hit.review_reason
            if hit.decision == "none":
                hit.decision = "review"
                hit.review_reason = "the subject's data was not found again when the item was re-read"
    result.hits = ranked([h for h in everything if h.decision == "answer"])
    result.review = ranked([h for h in everything if h.decision != "answer"])


def _write_review(output: Path, case_id: int, result: SearchResult) -> Path | None:
    """The doubtful items, for the DPO only: a file NEXT TO the pack, never inside it (masked values)."""
    if not result.review:
        return None
    target = output.with_name(output.name + ".to-review.json")
    doc = {
        "case": case_id,
        "note": "NOT part of the answer: partial name matches and possible namesakes; check each before adding",
        "items": [h.as_dict() for h in result.review],
    }
    _write_private(target, json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8"))
    return target
