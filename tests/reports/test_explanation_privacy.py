"""A finding's explanation lists its context words as the document wrote them: a word glued to an
identifier ("cpr_0707614285" as a JSON key, "personnummer_196107074285" as a column) must not carry
the identifier into any scan output format (it did in every one, the terminal included)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers.planted_names import CPR, PNR, leaks

TEXT = (
    f'{{"cpr_{CPR}": "{CPR}"}}\n'
    f"personnummer_{PNR} {PNR[:8]}-{PNR[8:]}\n"
    f"cpr{CPR} {CPR[:6]}-{CPR[6:]}\n"
    f"kunde_cpr_{CPR}: {CPR}\n"
)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table", "human"])
def test_context_words_glued_to_identifiers_are_masked(cli: list[str], tmp_path: Path, fmt: str) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "export.txt").write_text(TEXT, encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path / "c"), "--no-ner", "--workers", "1", "--format", fmt],
        capture_output=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stderr[-500:]
    out = proc.stdout.decode("utf-8", "replace")
    assert "cpr_070761" in out or fmt in ("csv", "table")  # the context is still shown, masked
    assert leaks(out) == [] and leaks(proc.stderr.decode("utf-8", "replace")) == []


def test_values_shown_on_request_keep_the_context_as_written(cli: list[str], tmp_path: Path) -> None:
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "export.txt").write_text(TEXT, encoding="utf-8")
    proc = subprocess.run(
        [*cli, "scan", str(tmp_path / "c"), "--no-ner", "--workers", "1", "--show-values"],
        capture_output=True,
        timeout=300,
    )
    assert f'"cpr_{CPR}"' in proc.stdout.decode("utf-8")


def test_a_message_class_holding_an_identifier_is_masked() -> None:
    """A .msg/PST message class is whatever the sender's client wrote ("IPM.Note.<custom form>")."""
    from pii_scanner.core.model import Item, ItemResult, MailMeta
    from pii_scanner.reports.records import item_record

    item = Item(location="file:///m.msg", path="/m.msg", name="m.msg", data=b"")
    item.mail = MailMeta(message_class=f"IPM.Note.{CPR}")
    record = item_record(ItemResult(item=item, mime="application/vnd.ms-outlook"))
    assert leaks(str(record)) == [] and record["mail"]["message_class"].startswith("IPM.Note.")
    shown = item_record(ItemResult(item=item, mime="application/vnd.ms-outlook"), show_values=True)
    assert shown["mail"]["message_class"] == f"IPM.Note.{CPR}"
