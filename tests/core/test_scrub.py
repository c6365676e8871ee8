"""Identifiers inside names are masked in every written form; other numbers stay readable."""

from __future__ import annotations

import datetime
import os

import pytest

from pii_scanner.core.errors import FingerprintKeyError
from pii_scanner.core.privacy import MIN_KEY_BYTES, load_key, scrub, scrub_text
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

CPR = "0707614285"
PNR = make_personnummer(datetime.date(1961, 7, 7), 428)  # 196107074285
SAMORDNING = make_personnummer(datetime.date(1961, 7, 7), 428, coordination=True)
NO_FNR = "01019010046"  # a valid fødselsnummer: both mod-11 check digits hold
FI_HETU = "131052-308T"


def forms() -> list[str]:
    return [
        CPR,
        f"{CPR[:6]}-{CPR[6:]}",
        f"{CPR[:6]} {CPR[6:]}",
        f"{CPR[:6]}_{CPR[6:]}",
        f"{CPR[:6]}%20{CPR[6:]}",
        PNR,
        f"{PNR[:8]}-{PNR[8:]}",
        PNR[2:],
        f"{PNR[2:8]}-{PNR[8:]}",
        f"{PNR[2:8]}+{PNR[8:]}",
        SAMORDNING,
        NO_FNR,
        FI_HETU,
    ]


@pytest.mark.parametrize("written", forms())
@pytest.mark.parametrize(
    "template",
    [
        "/srv/{}/a.txt",
        "/srv/{}Hansen.txt",
        "/srv/Hansen{}.txt",
        "zip:///a.zip!/{}.docx",
        "sheet:{}",
        "file:///s/ans%C3%B8gning%20{}.pdf",
        "x_{}_y",
        "cpr{}",
        "{}",
    ],
)
def test_identifier_masked_whatever_surrounds_it(written: str, template: str) -> None:
    out = scrub(template.format(written)) or ""
    digits = "".join(c for c in written if c.isdigit())
    assert digits not in "".join(c for c in out if c.isdigit() or c == "/"), out
    assert written not in out
    assert "X" in out


@pytest.mark.parametrize(
    "name",
    [
        "Status på Deres sag 2023-0147.eml",
        "Faktura 2019-114.docx",
        "Faktura 2019-115.docx",
        "Faktura 2019-116.docx",
        "order 1234567890.pdf",  # month 34: not a date
        "sag 20230147.pdf",
        "version 1.2.3 build 4567",
        "IMG_20230712_101530.jpg",  # a timestamp: 8 + 6 digits
        "2023-05-17 referat.docx",
        "konto 1234-5678901234.pdf",
        "9999999999.txt",  # day 99
        "3213991234.txt",  # month 13 in both readings, no Luhn
    ],
)
def test_case_and_invoice_numbers_stay_readable(name: str) -> None:
    assert scrub(name) == name


def test_invoices_stay_distinct() -> None:
    names = [f"Faktura 2019-{n}.docx" for n in (114, 115, 116)]
    assert len({scrub(n) for n in names}) == 3


def test_digits_inside_longer_numbers_are_not_cut_out() -> None:
    # 14 digits: not an identifier shape (it would be masked as a whole number otherwise)
    assert scrub("ref 20230707614285") == "ref 20230707614285"


def test_scrub_text_masks_addresses_too() -> None:
    out = scrub_text("Server requested back off for jens.hansen@firma.dk (X-AnchorMailbox: 0707614285)")
    assert "jens.hansen" not in out and "0707614285" not in out and "@firma.dk" in out


def test_cpr_generator_forms() -> None:
    cpr = make_cpr(datetime.date(1990, 1, 1), 3)
    assert cpr[6:] not in (scrub(f"/a/{cpr}.txt") or "")


@pytest.mark.parametrize("key", ["k", "x" * (MIN_KEY_BYTES - 1)])
def test_short_key_refused(key: str) -> None:
    with pytest.raises(FingerprintKeyError, match="at least 16 bytes"):
        load_key(environ={"PII_SCANNER_KEY": key})


def test_short_key_file_refused(tmp_path: pytest.TempPathFactory) -> None:
    path = tmp_path / "k.key"  # type: ignore[operator]
    path.write_bytes(b"short\n")
    path.chmod(0o600)
    with pytest.raises(FingerprintKeyError, match="at least 16 bytes"):
        load_key(path, environ={})


def test_long_key_accepted() -> None:
    assert load_key(environ={"PII_SCANNER_KEY": "x" * MIN_KEY_BYTES}) == b"x" * MIN_KEY_BYTES


def test_key_file_created_owner_only_and_reused(tmp_path: pytest.TempPathFactory) -> None:
    import os
    import stat

    path = tmp_path / "cfg" / "fingerprint.key"  # type: ignore[operator]
    first = load_key(path, environ={})
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert len(first) >= MIN_KEY_BYTES and load_key(path, environ={}) == first


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_key_file_others_can_read_is_refused(tmp_path: pytest.TempPathFactory, mode: int) -> None:
    path = tmp_path / "fingerprint.key"  # type: ignore[operator]
    path.write_bytes(b"k" * 64)
    path.chmod(mode)
    with pytest.raises(FingerprintKeyError, match="chmod 600"):
        load_key(path, environ={})
    path.chmod(0o600)
    assert load_key(path, environ={}) == b"k" * 64


def test_cli_refuses_a_key_file_others_can_read(tmp_path: pytest.TempPathFactory) -> None:
    import subprocess
    import sys

    # The default key file (in the user config dir), as a user who never set a key has it.
    key = tmp_path / "cfg" / "pii-scanner" / "fingerprint.key"  # type: ignore[operator]
    key.parent.mkdir(parents=True)
    key.write_bytes(b"k" * 64)
    key.chmod(0o644)
    sample = tmp_path / "a.txt"  # type: ignore[operator]
    sample.write_text("CPR 070761-4285\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PII_SCANNER_KEY"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "cfg")  # type: ignore[operator]
    run = subprocess.run(
        [sys.executable, "-m", "pii_scanner", "scan", str(sample)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 2, run.stderr
    assert "chmod 600" in run.stderr and "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1


# One valid example per national identifier of the catalogue: a new one must be added here, which
# makes its author check that it is masked in names.
CATALOGUE_EXAMPLES = {
    "DK_CPR": CPR,
    "SE_PERSONNUMMER": PNR,
    "NO_FODSELSNUMMER": NO_FNR,
    "FI_PERSONAL_IDENTITY_CODE": FI_HETU,
    "IS_KENNITALA": "1201743399",
}


def test_every_catalogue_national_id_is_masked_in_names() -> None:
    from pii_scanner.core.entities import NATIONAL_IDS

    assert set(CATALOGUE_EXAMPLES) == set(NATIONAL_IDS)
    for name, value in CATALOGUE_EXAMPLES.items():
        assert value not in (scrub(f"/srv/{value}Hansen.pdf") or ""), name


def test_catalogue_shapes_are_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    from pii_scanner.core import privacy

    shape = privacy.re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{6}/[0-9]{3,4})(?![0-9A-Za-z])")  # a CZ/SK rodné číslo
    monkeypatch.setattr(privacy, "_CATALOGUE_SHAPES", [(shape, 6)])
    assert scrub("/srv/klient 736028/5163.pdf") == "/srv/klient 736028/XXXX.pdf"
