"""Search by identifier (any written form), e-mail metadata and names (Nordic spellings)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from pii_scanner.access import Subject, SubjectError, search
from pii_scanner.sweeps.engine import sweep
from tests.access.access_env import (
    CFG,
    CPR_FILES,
    NAME_EXACT,
    SUBJECT_CPR,
    SUBJECT_PNR,
    Indexed,
    dash,
    short,
    space,
)


def _found(result: object) -> dict[str, str]:
    """Answer items by match bucket; doubtful ones (partial names, namesakes) as "review"."""
    out = {short(h.location): "review" for h in result.review}  # type: ignore[attr-defined]
    return out | {short(h.location): h.match for h in result.hits}  # type: ignore[attr-defined]


@pytest.mark.parametrize("form", [dash, space, lambda c: c], ids=["dash", "space", "plain"])
def test_cpr_in_any_written_form_lists_exactly_its_items(indexed: Indexed, form: object) -> None:
    result = search(indexed.db, Subject.of(cpr=form(SUBJECT_CPR)))  # type: ignore[operator]
    assert set(_found(result)) == CPR_FILES
    assert all(h.match == "exact" and h.matched == {"cpr"} for h in result.hits)
    for hit in result.hits:
        assert [f.masked for f in hit.findings] == [f"{SUBJECT_CPR[:6]}-XXXX"]


def test_cli_search_json(indexed: Indexed, cli: list[str]) -> None:
    out = subprocess.run(
        [*cli, "search", "--db", indexed.db, "--cpr", space(SUBJECT_CPR), "--format", "json"],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1, out.stderr  # something is held about the subject
    doc = json.loads(out.stdout)
    assert {short(i["location"]) for i in doc["items"]} == CPR_FILES
    assert doc["counts"]["items"] == 4 and doc["subject"]["criteria"] == ["cpr"]
    item = doc["items"][0]
    assert {"source", "owner", "folder", "path", "kinds", "dates", "categories", "flags", "retention"} <= set(item)
    assert item["source"] == "drev" and "DK_CPR" in item["kinds"]
    for text in (out.stdout, out.stderr):
        assert SUBJECT_CPR not in text and dash(SUBJECT_CPR) not in text and space(SUBJECT_CPR) not in text


def test_personnummer(indexed: Indexed) -> None:
    result = search(indexed.db, Subject.of(personnummer=SUBJECT_PNR))
    assert set(_found(result)) == {"i_se.txt"}


@pytest.mark.parametrize(
    "name",
    [
        "Søren Østergaard",
        "Soeren Oestergaard",
        "Østergaard, Søren",
        "SØREN ØSTERGAARD",
        "Sören Östergård",
        "Soren Ostergard",
    ],
)
def test_names_with_nordic_spellings(indexed: Indexed, name: str) -> None:
    found = _found(search(indexed.db, Subject.of(name=name)))
    assert {k for k, v in found.items() if v == "exact"} == NAME_EXACT
    assert found.get("g_initial.txt") == "partial"  # "S. Østergaard": initial + surname
    assert "h_other.txt" not in found  # Peter Østergaard is someone else
    assert "d_other.txt" not in found


def test_exact_ranked_before_partial_and_says_what_matched(indexed: Indexed) -> None:
    result = search(indexed.db, Subject.of(name="Søren Østergaard", cpr=SUBJECT_CPR))
    ranks = [h.rank for h in result.hits]
    assert ranks == sorted(ranks)
    by = {short(h.location): h for h in result.hits}
    assert by["a_dash.txt"].matched == {"cpr", "name:exact"}
    assert by["g_initial.txt"].matched == {"name:initial"} and result.hits[-1] is by["g_initial.txt"]


def test_initial_search_and_middle_names(indexed: Indexed) -> None:
    found = _found(search(indexed.db, Subject.of(name="S. Østergaard")))
    assert found["g_initial.txt"] == "exact"
    assert found["a_dash.txt"] == "review"  # a full first name cannot be checked against an initial
    middle = _found(search(indexed.db, Subject.of(name="Søren Peter Østergaard")))
    assert {k for k, v in middle.items() if v == "review"} >= NAME_EXACT  # first + last, middle missing
    loose = _found(search(indexed.db, Subject.of(name="Søren Østergaard"), loose=True))
    assert loose["h_other.txt"] == "review"  # surname only, on request: never in the answer


def test_bad_identifier_is_refused_without_echo(indexed: Indexed) -> None:
    with pytest.raises(SubjectError) as err:
        search(indexed.db, Subject.of(cpr="320199-1234"))
    assert "320199" not in str(err.value)
    with pytest.raises(SubjectError):
        search(indexed.db, Subject())


def test_live_finds_what_the_index_misses(fresh: Indexed) -> None:
    (fresh.root / "new.txt").write_text(f"Ny sag: CPR {dash(SUBJECT_CPR)}\n", encoding="utf-8")
    stale = search(fresh.db, Subject.of(cpr=SUBJECT_CPR))
    assert "new.txt" not in _found(stale)
    live = search(fresh.db, Subject.of(cpr=SUBJECT_CPR), live=True, config=fresh.config)
    by = {short(h.location): h for h in live.hits}
    assert set(by) == CPR_FILES | {"new.txt"}
    assert by["new.txt"].seen_in == {"live"} and by["a_dash.txt"].seen_in == {"index", "live"}
    assert live.sources_scanned == ["drev"]


def _private_mail(path: Path, sender: str) -> None:
    path.write_text(
        f"From: {sender}\nTo: hr@firma.dk\nSubject: Privat\nSensitivity: Private\n"
        f"Date: Mon, 2 Sep 2024 10:00:00 +0200\nMessage-ID: <{path.stem}@example.dk>\n\n"
        f"Mit cpr er {dash(SUBJECT_CPR)}.\n",
        encoding="utf-8",
    )


def test_private_mail_listed_by_metadata_only(fresh: Indexed) -> None:
    _private_mail(fresh.root / "p1.eml", "soren@example.dk")
    _private_mail(fresh.root / "p2.eml", "=?utf-8?q?S=C3=B8ren?= <soren@example.dk>")
    sweep(config_path=fresh.config, db=fresh.db, config=CFG, notify=False)
    # The index keeps the fingerprint of the sender's bare address (display name left out), as the live
    # scan compares it: both messages are found either way.
    for live, expected in ((False, {"p1.eml", "p2.eml"}), (True, {"p1.eml", "p2.eml"})):
        result = search(fresh.db, Subject.of(email="Soren@Example.dk"), live=live, config=fresh.config)
        hits = {short(h.location): h for h in result.hits}
        assert set(hits) == expected
        for hit in hits.values():
            doc = hit.as_dict()
            assert hit.private and "findings" not in doc and "kinds" not in doc
            assert doc["matched"] == ["email:sender"]
    # The body (with a CPR) of private mail is not read: a CPR search does not reach it.
    assert not {"p1.eml", "p2.eml"} & set(_found(search(fresh.db, Subject.of(cpr=SUBJECT_CPR))))
