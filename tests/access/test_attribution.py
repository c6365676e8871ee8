"""Whose data is it: genitives, capitals, namesakes told apart by a conflicting CPR, other people
masked in the pack whatever their score, and verify-erasure's traces vs. possible namesakes."""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from pii_scanner.access import Subject, request_export, request_open, search, verify_erasure
from pii_scanner.access.attribution import attribute, render_excerpts, text_name_spans
from pii_scanner.core.model import Explanation, Finding
from pii_scanner.core.privacy import Fingerprinter
from pii_scanner.sweeps.engine import sweep
from tests.access.access_env import CFG
from tests.helpers.nordic_numbers import make_cpr, make_personnummer

SUBJECT = make_cpr(datetime.date(1980, 2, 3), 11)
NAMESAKE = make_cpr(datetime.date(1955, 9, 9), 31)
PNR = make_personnummer(datetime.date(1979, 4, 4), 123)


def dash(c: str) -> str:
    return c[:6] + "-" + c[6:]


FILES = {
    "gen.txt": "Her er Mette Kjærgaards kvitteringer for marts.\n",
    "caps.txt": "FULLMAKT\nNAMN: ASA LINDQVIST\nAdress: Storgatan 5, 111 22 Stockholm\n",
    "gen_se.txt": "Åsa Lindqvists fullmakt bifogas.\n",
    "namesake.txt": f"Parter:\nJens Hansen, CPR {dash(NAMESAKE)}, Nørregade 4, 8000 Aarhus C\n",
    "both.txt": f"Jens Hansen, CPR {dash(SUBJECT)}, Vestergade 1\n\nJens Hansen, CPR {dash(NAMESAKE)}, Nørregade 4\n",
    "contacts.csv": "navn;telefon;email\nJens Hansen;20 30 40 50;jens@firma.dk\n"
    "Peter Olsen;21 31 41 51;po@firma.dk\nKaren Berg;22 32 42 52;kb@x.dk\n",
    "anne_sofie.txt": "Mødedeltager: Anne-Sofie Møller\n",
    "anne.txt": "Kære Anne Møller\nTak for sidst.\n",
    "ascii.txt": "Mette Kjargaard har ringet.\n",
}


@dataclass
class Env:
    db: str
    root: Path
    config: Path


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    tmp = tmp_path_factory.mktemp("attr")
    root = tmp / "corpus"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, encoding="utf-8")
    db = str(tmp / "index.sqlite3")
    config = tmp / "sweep.toml"
    config.write_text(f'[store]\ndb = "{db}"\n[[sources]]\ntype = "paths"\nname = "drev"\npaths = ["{root}"]\n')
    sweep(config_path=config, db=db, config=CFG, notify=False)
    yield Env(db, root, config)


def _names(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.location.rsplit("/", 1)[1] for h in hits}


def test_genitive_ascii_and_capitals_are_found(env: Env) -> None:
    mette = search(env.db, Subject.of(name="Mette Kjærgaard"), live=True, config=env.config)
    assert {"gen.txt", "ascii.txt"} <= _names(mette.hits)
    asa = search(env.db, Subject.of(name="Åsa Lindqvist"), live=True, config=env.config)
    assert _names(asa.hits) == {"caps.txt", "gen_se.txt"}


def test_namesake_with_a_conflicting_cpr_is_not_in_the_answer(env: Env) -> None:
    result = search(env.db, Subject.of(name="Jens Hansen", cpr=SUBJECT), live=True, config=env.config)
    assert _names(result.hits) == {"both.txt", "contacts.csv"}
    (namesake,) = result.review
    assert namesake.location.endswith("namesake.txt") and namesake.decision == "namesake"


def test_pack_holds_nothing_of_anyone_else(env: Env, tmp_path: Path) -> None:
    case = request_open(env.db, Subject.of(name="Jens Hansen", cpr=SUBJECT))
    pack = request_export(env.db, case.id, tmp_path / "pack", config=env.config, live=True)
    text = "".join(p.read_text(encoding="utf-8") for p in pack.path.rglob("*") if p.is_file())
    assert dash(SUBJECT) in text and "20 30 40 50" in text  # the subject's own data
    for other in (
        dash(NAMESAKE),
        NAMESAKE[:6],
        "Nørregade",
        "Peter Olsen",
        "21 31 41 51",
        "22 32 42 52",
        "po@firma.dk",
        "kb@x.dk",
        "Karen",
        "namesake.txt",
    ):
        assert other not in text, other
    assert pack.to_review == 1 and pack.review_path is not None and pack.review_path.parent == pack.path.parent
    review = json.loads(pack.review_path.read_text(encoding="utf-8"))
    assert review["items"][0]["decision"] == "namesake" and NAMESAKE not in pack.review_path.read_text()


def test_verify_erasure_tells_traces_from_namesakes(env: Env) -> None:
    result = verify_erasure(Subject.of(name="Anne Møller"), config=env.config, db=env.db)
    assert _names(result.remaining) == {"anne.txt"} and _names(result.to_review) == {"anne_sofie.txt"}
    assert result.exit_code == 1
    (env.root / "anne.txt").unlink()
    after = verify_erasure(Subject.of(name="Anne Møller"), config=env.config, db=env.db)
    assert after.exit_code == 0 and after.status == "clean" and _names(after.to_review) == {"anne_sofie.txt"}


def test_low_score_numbers_in_the_window_are_masked_without_findings() -> None:
    fp = Fingerprinter(b"unit")
    key = Subject.of(name="Jens Hansen").key(fp)
    text = "Jens Hansen ringede fra 20 30 40 50 om Peter Olsens sag, ring til po@firma.dk\n"
    verdict = attribute(
        text, fp, key, [Finding("PERSON", 0, 11, 0.6, "Jens Hansen", "jens hansen", Explanation("t", "t"))]
    )
    assert verdict.decision == "answer"
    shown = [m[2] for m in verdict.masks]
    assert "[E-MAIL]" in shown and "[NUMBER]" in shown


def test_text_name_spans_trim_to_the_searched_words() -> None:
    fp = Fingerprinter(b"unit")
    key = Subject.of(name="Åsa Lindqvist").key(fp)
    wanted = set().union(*(n.all_fps for n in key.names))
    (span,) = text_name_spans("ANSÖKAN FRÅN ÅSA LINDQVIST", fp, wanted)
    assert (span.start, span.end) == (13, 26)


THIRD_FORMS = [
    "230479/1007",
    "230479\u20141007",  # em dash
    "23 04 79 - 10 07",
    "230479\u00ad1007",  # soft hyphen
    "230479_1007",
    "230479.1007",
    "23.04.79 - 1007",
    "230479 \u2212 1007",  # minus sign
]


@pytest.mark.parametrize("form", THIRD_FORMS)
def test_another_persons_number_in_any_written_form_is_masked_without_a_finding(form: str) -> None:
    """No finding accounts for these forms (the detector misses them): the fail-closed net masks them
    all the same, also when the run of digits joins the subject's own number."""
    fp = Fingerprinter(b"unit")
    own = "120385-1002"
    key = Subject.of(cpr=own, name="Jens Hansen").key(fp)
    for text in (f"Jens Hansen (CPR {own}) bor med ægtefælle cpr {form}.\n", f"Jens Hansen {own} / {form}\n"):
        start = text.index(own)
        mine = Finding("DK_CPR", start, start + len(own), 0.9, own, own.replace("-", ""), Explanation("t", "t"))
        name = Finding("PERSON", 0, 11, 0.9, "Jens Hansen", "jens hansen", Explanation("t", "t"))
        verdict = attribute(text, fp, key, [name, mine])
        shown = " ".join(render_excerpts(text, verdict))
        assert own in shown and "Jens Hansen" in shown, text
        assert "1007" not in shown and "230479" not in shown and "[NUMBER]" in shown, shown


def test_dates_and_date_ranges_stay_readable() -> None:
    fp = Fingerprinter(b"unit")
    key = Subject.of(name="Jens Hansen").key(fp)
    text = "Jens Hansen var ansat 01.05.2020 - 31.05.2021 og 2021-06-01\u20132021-06-30.\n"
    verdict = attribute(text, fp, key, [Finding("PERSON", 0, 11, 0.9, "Jens Hansen", "j", Explanation("t", "t"))])
    assert " ".join(render_excerpts(text, verdict)) == text.strip()
