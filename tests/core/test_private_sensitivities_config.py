"""``[scan.mail] private_sensitivities`` can add sensitivities to the private ones, never take Private
away: a list without it ([], ["confidential"]) read mail marked Private, and so did ["Private"] or
["private "] (compared as written with the lower-case value). Those are now one line and exit 2, or the
same as ["private"]; an unknown value ("privat") is refused instead of matching nothing. Likewise a
``private_words`` entry with a stray blank ("Privat ") matched no subject; it is compared stripped, and an
entry that is no word at all is refused. ``private_words`` without "privat" or "private" ([], ["hemmelig"])
read every keyword-, folder- and subject-marked private message: words can be added, those two not taken
out (one line, exit 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pii_scanner.core.config import MailConfig
from pii_scanner.core.errors import ConfigError

ROOT = Path(__file__).resolve().parents[2]
CPR = "070761-4285"
PRIVATE_MAIL = f"From: a@firma.dk\nTo: b@firma.dk\nSubject: hej\nSensitivity: Private\n\nCPR {CPR}\n"


def _scan(tmp_path: Path, value: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "p.eml").write_text(PRIVATE_MAIL, encoding="utf-8")
    (tmp_path / "c.toml").write_text(f"[scan.mail]\nprivate_sensitivities = {value}\n", encoding="utf-8")
    args = ["scan", str(tmp_path / "p.eml"), "--config", str(tmp_path / "c.toml"), "--no-ner", "--format", "jsonl"]
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


@pytest.mark.parametrize("value", ["[]", '["confidential"]', '["personal", "company-confidential"]', '["privat"]'])
def test_a_list_that_would_read_private_mail_is_one_line_exit_2(tmp_path: Path, value: str) -> None:
    proc = _scan(tmp_path, value)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "private_sensitivities" in proc.stderr


@pytest.mark.parametrize("value", ['["Private"]', '["PRIVATE "]', '[" private", "Company-Confidential"]'])
def test_private_written_in_any_case_keeps_private_mail_unread(tmp_path: Path, value: str) -> None:
    proc = _scan(tmp_path, value)
    assert proc.returncode == 0, proc.stderr
    (item,) = [json.loads(line) for line in proc.stdout.splitlines() if '"record": "item"' in line]
    assert item["private"] is True and item["findings"] == 0
    assert CPR not in proc.stdout


def test_values_are_kept_in_their_canonical_form() -> None:
    config = MailConfig(private_sensitivities=("Private", "Company-Confidential", "PERSONAL", "private"))
    assert config.private_sensitivities == ("private", "confidential", "personal")
    with pytest.raises(ConfigError):
        MailConfig(private_sensitivities=())


def test_a_private_word_with_a_stray_blank_still_marks_the_subject() -> None:
    from pii_scanner.core.mail_policy import private_reason
    from pii_scanner.core.model import MailMeta

    config = MailConfig(private_words=("Privat ", " personligt", "private"))
    assert config.private_words == ("Privat", "personligt", "private")
    assert private_reason(MailMeta(subject="Privat: lægebesøg"), config) == "subject marked Privat"


@pytest.mark.parametrize("words", [("",), (" ",), ("privat", "-")])
def test_a_private_word_that_is_no_word_is_a_configuration_error(words: tuple[str, ...]) -> None:
    with pytest.raises(ConfigError, match="private_words"):
        MailConfig(private_words=words)


MARKED_MAIL = {  # private by a word only: a keyword, a Maildir++ folder, a subject
    "kw.eml": f"From: a@firma.dk\nTo: b@firma.dk\nSubject: Kvittering\nX-Keywords: Privat\n\nCPR {CPR}\n",
    "Maildir/.Private/cur/1.M1P1.h:2,S": f"From: a@firma.dk\nTo: b@firma.dk\nSubject: Kvittering\n\nCPR {CPR}\n",
    "subj.eml": f"From: a@firma.dk\nTo: b@firma.dk\nSubject: Privat: lægebrev\n\nCPR {CPR}\n",
}


def _scan_words(tmp_path: Path, value: str) -> subprocess.CompletedProcess[str]:
    for name, text in MARKED_MAIL.items():
        (tmp_path / "d" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "d" / name).write_text(text, encoding="utf-8")
    (tmp_path / "c.toml").write_text(f"[scan.mail]\nprivate_words = {value}\n", encoding="utf-8")
    args = ["scan", str(tmp_path / "d"), "--config", str(tmp_path / "c.toml"), "--no-ner", "--format", "jsonl"]
    return subprocess.run(
        [sys.executable, "-m", "pii_scanner", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )


@pytest.mark.parametrize("value", ["[]", '["hemmelig"]', '["privat", "personligt"]', '["Private", "personal"]'])
def test_private_words_without_privat_and_private_are_one_line_exit_2(tmp_path: Path, value: str) -> None:
    proc = _scan_words(tmp_path, value)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stdout == "" and len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    assert "private_words must list" in proc.stderr


@pytest.mark.parametrize("value", ['["PRIVAT", "Private ", "hemmelig"]', '["ｐｒｉｖａｔ", "private"]'])
def test_private_words_that_keep_them_leave_marked_mail_unread(tmp_path: Path, value: str) -> None:
    proc = _scan_words(tmp_path, value)
    assert proc.returncode == 0, proc.stderr
    items = [json.loads(line) for line in proc.stdout.splitlines() if '"record": "item"' in line]
    assert len(items) == 3 and all(i["private"] is True and i["findings"] == 0 for i in items), items
    assert CPR not in proc.stdout
