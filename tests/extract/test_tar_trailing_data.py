"""Data after a tar's last member inside one stream (a tar.gz and a gzip of text concatenated, which gzip reads
as one stream; a log appended to a backup tar) is read as a member of its own (``#after-end``), never skipped
in silence (promises: nothing lost). Was: tarfile's ignore_zeros skipped it block by block, the CPR in it never
read, exit as if clean. The end marker's zero blocks and zero padding give no extra member."""

from __future__ import annotations

import gzip
import io
import tarfile

import pytest

from tests.helpers.mail_messages import CONFIG, CPR, process


def _tar(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


TAR = _tar({"kunde.txt": b"Kunde 12, ingen persondata.\n"})
TEXT = f"Efterskrift: CPR {CPR}\n".encode()


def _cprs(results: list) -> list[str]:  # type: ignore[type-arg]
    return [r.item.location for r in results if any(f.entity_type == "DK_CPR" for f in r.findings)]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("backup.tar.gz", gzip.compress(TAR) + gzip.compress(TEXT)),
        ("backup.tar", TAR + TEXT),
        ("backup.tar", TAR + b"\0" * 10_000 + TEXT),
    ],
)
def test_text_after_the_tar_end_is_read(name: str, data: bytes) -> None:
    results = process(data, CONFIG, name=name)
    found = _cprs(results)
    assert found and all(loc.endswith("#after-end") for loc in found), [
        (r.item.location, r.mime, r.error) for r in results
    ]


@pytest.mark.parametrize("padding", [b"", b"\0" * 512, b"\0" * 20_000])
def test_zero_padding_after_a_tar_gives_no_extra_member(padding: bytes) -> None:
    results = process(TAR + padding, CONFIG, name="backup.tar")
    assert [r.item.name for r in results[1:]] == ["kunde.txt"], [r.item.location for r in results]
    assert not any(r.error for r in results)
