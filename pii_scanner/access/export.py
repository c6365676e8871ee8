"""The response pack of an access request: a folder or zip with the HTML report, a JSON copy
(art. 20) and the excerpts of the subject's data (other people masked).

The pack holds the subject's own data in plaintext (it is the copy they asked for): files are
written owner-only (0600, folders 0700). The audit log gets counts and the subject fingerprint.
"""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from pii_scanner.access.cases import get_case, mark_exported
from pii_scanner.access.excerpts import build_excerpts
from pii_scanner.access.live import EventFn
from pii_scanner.access.lookup import audit_counts, opened, run_search
from pii_scanner.access.render import render_html, render_json
from pii_scanner.core.errors import ConfigError
from pii_scanner.store import Store

README = """Access request {case} - response pack

report.html     printable answer (art. 15): what is held, where, categories, dates, retention
data.json       the same in machine-readable form (art. 20), with the excerpts
excerpts/       the data subject's data as found in each item; other people's identifiers masked

This pack contains the data subject's personal data: send it only to them, by a secure channel.
"""


@dataclass
class ExportResult:
    path: Path
    files: list[str]
    items: int
    excerpts: int
    unavailable: int


def _pack(case_id: int, html: bytes, data: bytes, excerpt_files: dict[str, str]) -> dict[str, bytes]:
    files = {"README.txt": README.format(case=case_id).encode("utf-8"), "report.html": html, "data.json": data}
    files.update({f"excerpts/{name}": text.encode("utf-8") for name, text in excerpt_files.items()})
    return files


def _write(output: Path, files: dict[str, bytes]) -> None:
    if output.suffix.lower() == ".zip":
        output.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        return
    if output.exists() and any(output.iterdir()):
        raise ConfigError(f"export folder {output} exists and is not empty")
    output.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name, data in files.items():
        target = output / name
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)


def request_export(
    db: str | Store | None,
    case_id: int,
    output: str | Path,
    *,
    live: bool = False,
    config: str | Path | None = None,
    actor: str | None = None,
    events: EventFn | None = None,
) -> ExportResult:
    """Search for the case's subject (index, and sources with ``live``) and write the response pack."""
    out = Path(output)
    with opened(db, config) as store:
        case = get_case(store, case_id)
        result = run_search(store, case.subject, live=live, config=config, loose=False, events=events)
        excerpts = build_excerpts(store.fingerprint, case.subject, result.hits, config_path=config)
        doc_items = result.hits
        names: dict[str, str] = {}
        for n, hit in enumerate(doc_items, 1):
            texts = excerpts.by_item.get(hit.location_key)
            if texts:
                names[f"{n:03d}.txt"] = f"{hit.location}\n{'=' * 40}\n\n" + "\n\n---\n\n".join(texts) + "\n"
        files = _pack(case.id, render_html(result, case, excerpts), render_json(result, case, excerpts), names)
        _write(out, files)
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
        return ExportResult(out, sorted(files), len(result.hits), len(names), len(excerpts.unavailable))
