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
import shutil
import tempfile
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pii_scanner.access.backups import load_backups, remaining_in_backups
from pii_scanner.access.cases import get_case, mark_exported
from pii_scanner.access.excerpts import Excerpts, build_excerpts
from pii_scanner.access.live import EventFn, load_sweep_config
from pii_scanner.access.lookup import audit_counts, opened, run_search
from pii_scanner.access.places import hide_others_in_places
from pii_scanner.access.render import render_html, render_json
from pii_scanner.access.results import SearchResult, ranked
from pii_scanner.core.errors import ConfigError
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


def _pack(case_id: int, html: bytes, data: bytes, excerpt_files: dict[str, str]) -> dict[str, bytes]:
    files = {"README.txt": README.format(case=case_id).encode("utf-8"), "report.html": html, "data.json": data}
    files.update({f"excerpts/{name}": text.encode("utf-8") for name, text in excerpt_files.items()})
    return files


def _write_private(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` readable by the owner only, whatever was there: a file of another
    mode is replaced (never written into, keeping its mode) and a link is replaced, never followed.
    Written next to the target and renamed, so a failed export leaves no half-written pack."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".pack-", suffix=".part")  # 0600, random name
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


def _write(output: Path, files: dict[str, bytes]) -> None:
    if output.suffix.lower() == ".zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        _write_private(output, buffer.getvalue())
        return
    if output.exists() and any(output.iterdir()):
        raise ConfigError(f"export folder {output} exists and is not empty")
    # Written in a private folder next to it and renamed when whole: an export stopped half-way (a signal,
    # a full disk) leaves no pack that looks complete, and no half of the subject's plaintext behind.
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=".pack-", suffix=".part"))  # 0700
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
    with opened(db, config, create=False) as store:
        case = get_case(store, case_id)
        result = run_search(store, case.subject, live=live, config=config, loose=False, events=events)
        excerpts = build_excerpts(store.fingerprint, case.subject, result.hits + result.review, config_path=config)
        settle(result, excerpts)
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
        files = _pack(case.id, render_html(result, case, excerpts), render_json(result, case, excerpts), names)
        _write(out, files)
        review_path = _write_review(out, case.id, result)
        mark_exported(store, case.id)
        store.audit(
            "access_request_exported",
            actor=actor,
            subject=case.subject.fingerprint,
            case=case.id,
            format="zip" if out.suffix.lower() == ".zip" else "folder",
            excerpts=len(names),
            unavailable=len(excerpts.unavailable),
            **audit_counts(result),
        )
        return ExportResult(
            out, sorted(files), len(result.hits), len(names), len(excerpts.unavailable), len(result.review), review_path
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
