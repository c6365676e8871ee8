"""Archives glued together are never read in part without a word: a tar appended to a tar (`cat a.tar
b.tar`, daily appends to one backup file: GNU tar reads them with -i) is read whole, and a zip or 7z
archive with another one glued in front of it or after it is an error on the item (exit 4). Was: only
one of the archives read, the other's members silently missing, exit 1 or 0."""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.helpers.mail_messages import CPR, process

A = f"Kunde Jens Hansen CPR {CPR}\n".encode()
B = f"Sag Mette CPR {CPR}\n".encode()


def _tar(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _zip(name: str, data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(name, data)
    return out.getvalue()


def _read(data: bytes, name: str) -> tuple[set[str], list[str]]:
    results = process(data, name=name)
    found = {r.item.location.rsplit("/", 1)[-1] for r in results if any(f.entity_type == "DK_CPR" for f in r.findings)}
    errors = [r.error for r in results if r.error]
    return found, errors


def test_a_tar_appended_to_a_tar_is_read_whole() -> None:
    found, errors = _read(_tar("kunde.txt", A) + _tar("sag.txt", B), "backup.tar")
    assert found == {"kunde.txt", "sag.txt"} and not errors


def test_a_zip_glued_in_front_of_a_zip_is_not_passed_over() -> None:
    found, errors = _read(_zip("kunde.txt", A) + _zip("sag.txt", B), "arkiv.zip")
    assert "sag.txt" in found
    assert any("glued" in e for e in errors), errors
    assert not any(CPR in e for e in errors)


@pytest.mark.skipif(not shutil.which("7z"), reason="7z not installed")
def test_a_7z_archive_after_a_7z_archive_is_not_passed_over(tmp_path: Path) -> None:
    parts = []
    for name, data in (("kunde.txt", A), ("sag.txt", B)):
        (tmp_path / name).write_bytes(data)
        subprocess.run(["7z", "a", str(tmp_path / f"{name}.7z"), str(tmp_path / name)], check=True, capture_output=True)
        parts.append((tmp_path / f"{name}.7z").read_bytes())
    found, errors = _read(b"".join(parts), "arkiv.7z")
    assert "kunde.txt" in found
    assert any("glued" in e for e in errors), errors
