"""Each named detection filter on its own, and which filters each entity gets."""

from __future__ import annotations

import datetime

import pytest

from pii_scanner.detect import filters, layout
from pii_scanner.detect.recognizers.base import ContextHit, Env
from pii_scanner.detect.rules import load_rules
from tests.helpers.nordic_numbers import make_cpr

TODAY = datetime.date(2026, 11, 23)
NONE = ContextHit((), (), False)


def _env(text: str) -> Env:
    entities = frozenset(filters.NATIONAL_IDS)
    return Env(text, load_rules(), TODAY, 40, entities)


def _at(text: str, needle: str, entity: str = "DK_CPR", ctx: ContextHit = NONE) -> filters.Candidate:
    start = text.index(needle)
    return filters.Candidate(entity, start, start + len(needle), ctx)


def test_every_entity_names_its_filters() -> None:
    for entity in filters.NATIONAL_IDS:
        names = [f.name for f in filters.FILTERS[entity]]
        assert names[0] == "negative_context"
        assert {"url_or_path", "phone_prefix", "number_table", "running_numbers"} <= set(names)
        assert {"labelled_otherwise", "implausible_age", "swedish_mobile", "bare_in_prose"} <= set(names)
    assert "inside_longer_number" in [f.name for f in filters.FILTERS["PHONE_NUMBER_NATIONAL"]]
    assert "inside_longer_number" not in [f.name for f in filters.FILTERS["DK_CPR"]]


def test_negative_context() -> None:
    text = "Ordre 0707614285"
    assert filters.negative_context(_at(text, "0707614285", ctx=ContextHit((), ("ordre",), True)), _env(text))
    assert not filters.negative_context(_at(text, "0707614285"), _env(text))


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("se https://example.dk/sag/0707614285 her", True),
        ("se https://example.dk/sag/0707614285.pdf her", True),  # a URL's file name too
        ("fil C:/data/0707614285/noter.txt", True),
        ("?id=0707614285", True),
        ("cpr 0707614285 her", False),
        # A file's own name at the end of a local or share path is personal data itself.
        ("fil C:/data/0707614285.txt", False),
        ("fil /srv/løn/lønseddel_0707614285_okt.pdf", False),
        # A whole field of a reservation record in capitals is no path.
        ("SSR DOCS SK HK1/I/DNK/0707614285/DNK", False),
    ],
)
def test_url_or_path(text: str, rejected: bool) -> None:
    assert filters.url_or_path(_at(text, "0707614285"), _env(text)) is rejected


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("ring +45 0707614285", True),
        ("ring 0045 0707614285", True),
        ("ring 0046-0707614285", True),
        ("CPR: 0012 0707614285", False),  # 12 is no country code
        ("A 060680-0002 0707614285", False),  # "0002" is the tail of the number before
        ("Medarbejdere: 010180-0008 0707614285", False),
    ],
)
def test_phone_prefix(text: str, rejected: bool) -> None:
    assert filters.phone_prefix(_at(text, "0707614285"), _env(text)) is rejected


def test_number_table_drops_a_column_of_mostly_invalid_numbers() -> None:
    orders = ["8473620193", "5519203847", "0707614285", "9920184736", "7362910485"]
    text = "Ordrer:\n" + "\n".join(orders)
    assert filters.number_table(_at(text, "0707614285"), _env(text))
    cprs = "Navn;CPR-nummer\nA;0707614285\nB;1403851234\nC;3011724321"
    # a positive word in the header keeps the column, whatever its numbers
    cand = _at(cprs, "0707614285", ctx=ContextHit(("cpr-nummer",), (), False))
    assert not filters.number_table(cand, _env(cprs))


def test_number_table_keeps_a_payroll_list_of_valid_numbers() -> None:
    valid = [make_cpr(datetime.date(1961, 7, 7)), make_cpr(datetime.date(1985, 3, 14), 2)]
    valid.append(make_cpr(datetime.date(1972, 11, 30), 5))
    text = "\n".join(f"Navn {i};{v}" for i, v in enumerate(valid))
    assert not filters.number_table(_at(text, valid[1]), _env(text))


def test_running_numbers() -> None:
    running = [f"1{n:09d}" for n in range(203850150, 203850156)]
    text = "Løbenr.;Beløb\n" + "\n".join(f"{n};{i}00,00" for i, n in enumerate(running))
    assert filters.running_numbers(_at(text, running[2]), _env(text))
    text = "Bilag  " + "\nBilag  ".join(running)
    assert filters.running_numbers(_at(text, running[3]), _env(text))
    spread = ["0707614285", "1403851237", "3011721234"]
    text = "\n".join(f"X;{v}" for v in spread)
    assert not filters.running_numbers(_at(text, spread[1]), _env(text))


@pytest.mark.parametrize(
    ("text", "needle", "rejected"),
    [
        ("London +44 (20) 7123 4567", "7123 4567", True),
        ("ring 020 7123 4567", "7123 4567", True),
        ("Tlf. 1234 5678 i dag", "1234 5678", False),
        ("Tlf. 1234 5678 90 i dag", "1234 5678", True),
    ],
)
def test_inside_longer_number(text: str, needle: str, rejected: bool) -> None:
    assert filters.inside_longer_number(_at(text, needle, "PHONE_NUMBER"), _env(text)) is rejected


def test_rejected_by_names_the_filter() -> None:
    text = "ring +45 0707614285"
    assert filters.rejected_by(_at(text, "0707614285"), _env(text)) == "phone_prefix"
    assert filters.rejected_by(_at("cpr 0707614285", "0707614285"), _env("cpr 0707614285")) is None


def test_layout_column_and_header() -> None:
    text = "intro\n\nNavn;Nr;Mail\nA;0707614285;a@b.dk\nB;1403851237;b@c.dk\n\nslut"
    start = text.index("1403851237")
    col = layout.column(text, start, start + 10, 3, {})
    assert col is not None and col.header == "Nr" and col.cells == ("0707614285",)
    assert layout.column("just prose 0707614285 here", 11, 21, 3, {}) is None
    assert layout.delimiter("a\tb") == "\t" and layout.delimiter("a, b, c") is None


@pytest.mark.parametrize(
    ("text", "rejected"),
    [("FIK +71<135412345678911>", True), ("#135412345678911#", True), ("kort 135412345678911.", False)],
)
def test_payment_code(text: str, rejected: bool) -> None:
    assert filters.payment_code(_at(text, "135412345678911", "CREDIT_CARD"), _env(text)) is rejected


@pytest.mark.parametrize(
    ("text", "needle", "rejected"),
    [
        ("Policenummer 0707614285", "0707614285", True),  # a word naming a kind of number
        ("Kunde-ID: 070761-4285", "070761-4285", True),
        ("Contract no. 0707614285", "0707614285", True),  # "no." after a noun
        ("Hans nummer er 0707614285", "0707614285", False),  # a small word names nothing
        ("Nr. 0707614285", "0707614285", False),  # "Nr." alone says only "number"
        ("Ange vid betalning: 8112189876", "8112189876", True),  # a label ending in ":"
        ("Jens Hansen: 0707614285", "0707614285", False),  # ...unless it is a name
        ("Elev: 070761-4285", "070761-4285", False),  # a role word before the identifier's shape
        ("Tak for din bestilling 0707614285", "0707614285", True),
        ("Kørsel 0707614285 ok", "0707614285", True),  # a capitalised label starting the line
        ("til Anders And 0707614285", "0707614285", False),  # a capitalised word after others
        ("Faktura INV-0707614285", "0707614285", True),
        ("Bank 1234 0707614285", "0707614285", True),
        ("CPR: 0012 070761-4285", "070761-4285", False),  # the identifier's shape is no account
        ("Jens;0707614285;Vejle", "0707614285", False),  # a cell: its header decides
        ("Målernummer\n0707614285", "0707614285", True),  # a label line right above
        ("Jens Hansen\n0707614285", "0707614285", False),
        ("cpr 0707614285", "0707614285", False),  # the identifier's own label
        # a noun naming a numbered thing right before it, even after a verb
        ("bruger 54 eksporterede rapport 0707614285", "0707614285", True),
        ("slog CPR 1403851237 op (sag nr. 0707614285)", "0707614285", True),
        ("bruger 54 eksporterede 0707614285", "0707614285", False),
        ("Borger-sag 070761-4285", "070761-4285", False),
        # a record field's key
        ("<r><cpr>1</cpr><PNummer>0707614285</PNummer></r>", "0707614285", True),
        ('{"ordre": {"id": "0707614285"}}', "0707614285", True),
        ('{"borger": {"id": "0707614285"}}', "0707614285", False),
        ('<Person id="0707614285"><Navn>Ida</Navn></Person>', "0707614285", False),  # a person's id
        ("case=0707614285 user=3", "0707614285", True),
        ("<Nummer>070761-4285</Nummer>", "070761-4285", False),
        # a report's column header above a table aligned with spaces
        ("Lev.nr       Namn\n0707614285   Elfirman AB", "0707614285", True),
        ("Namn         Lev.nr\nElfirman AB  0707614285", "0707614285", True),
        ("Navn         Nummer\nJens Hansen  0707614285", "0707614285", False),
    ],
)
def test_labelled_otherwise(text: str, needle: str, rejected: bool) -> None:
    assert filters.labelled_otherwise(_at(text, needle), _env(text)) is rejected


def test_implausible_age() -> None:
    text = "Bilag 250710-0018"
    old = filters.Candidate("DK_CPR", 6, 17, NONE, datetime.date(1910, 7, 25))
    assert filters.implausible_age(old, _env(text))
    assert not filters.implausible_age(filters.Candidate("DK_CPR", 6, 17, NONE, datetime.date(1925, 7, 25)), _env(text))
    labelled = filters.Candidate("DK_CPR", 6, 17, ContextHit(("cpr",), (), False), datetime.date(1910, 7, 25))
    assert not filters.implausible_age(labelled, _env(text))
    baby = filters.Candidate("SE_PERSONNUMMER", 6, 17, NONE, datetime.date(2025, 7, 10))
    assert filters.implausible_age(baby, _env(text))
    assert not filters.implausible_age(
        filters.Candidate("SE_PERSONNUMMER", 6, 17, NONE, datetime.date(2024, 7, 10)), _env(text)
    )


@pytest.mark.parametrize(
    ("text", "rejected"),
    [
        ("Hälsningar från Malmö, ring 0702202854", True),
        ("Hilsen fra Odense og København, 0702202854", False),  # a Danish row
        ("Hälsningar från Malmö, 070220-2854", False),  # written as an identifier
    ],
)
def test_swedish_mobile(text: str, rejected: bool) -> None:
    needle = "070220-2854" if "070220-" in text else "0702202854"
    assert filters.swedish_mobile(_at(text, needle, "SE_PERSONNUMMER"), _env(text)) is rejected


def test_positional_filters_drop_a_phone_or_card_before_its_context_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """A national phone shape inside a longer number and a card number in a payment code are dropped
    before their context is read (positional filters do not depend on it); the findings stay the same."""
    from pii_scanner.core.config import DetectConfig
    from pii_scanner.detect import Engine, rule_sets
    from pii_scanner.detect.recognizers import contact, financial

    text = "Ring på +44 (20) 7123 4567 i dag. Betal +71<4571123456789019> nu. Tlf. 12 34 56 78."
    # The pure modules: the ones patched below.
    engine = Engine(DetectConfig(entities=("PHONE_NUMBER", "CREDIT_CARD")), rule_set=rule_sets.PURE)
    before = [(f.entity_type, f.start, f.end, f.score) for f in engine.detect(text)]
    read: list[tuple[str, str]] = []
    for module in (contact, financial):
        real = module.context_around

        def counting(env: Env, entity: str, start: int, end: int, *a: object, _real=real, **k: object) -> ContextHit:
            read.append((entity, env.text[start:end]))
            return _real(env, entity, start, end, *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(module, "context_around", counting)
    after = [(f.entity_type, f.start, f.end, f.score) for f in engine.detect(text)]
    assert after == before
    assert ("PHONE_NUMBER", "12 34 56 78") in read
    assert all(value not in ("7123 4567", "4571123456789019") for _, value in read)
    env = _env(text)
    at = text.index("7123 4567")
    assert filters.rejected_where("PHONE_NUMBER", at, at + 9, env, "PHONE_NUMBER_NATIONAL") == "inside_longer_number"
    at = text.index("12 34")
    assert filters.rejected_where("PHONE_NUMBER", at, at + 11, env, "PHONE_NUMBER_NATIONAL") is None


@pytest.mark.parametrize(
    ("text", "needle", "rejected"),
    [
        ("Spåra med 8112189876 hos PostNord.", "8112189876", True),  # nothing ties it to a person
        ("Spåra med 811218-9876 hos PostNord.", "811218-9876", False),  # the personnummer's own form
        ("Anna Berg, 8112189876, mobil 070-123", "8112189876", False),  # a name right before
        ("Vi har registrerat Ulf af Klint, 8112189876, på adressen", "8112189876", False),
        ("Astrid Björk, Uppsala, 8112189876, tlf", "8112189876", False),
        ("Inkommande: 590606-6005 och 8112189876 söker", "8112189876", False),  # beside an identifier
        ('{"subject": "8112189876"}', "8112189876", False),  # a record field
        ("Namn;Nr\nAnna;8112189876", "8112189876", False),  # a row
    ],
)
def test_bare_in_prose(text: str, needle: str, rejected: bool) -> None:
    candidate = _at(text, needle, "SE_PERSONNUMMER")
    assert filters.bare_in_prose(candidate, _env(text)) is rejected
    assert not filters.bare_in_prose(_at(text, needle, "DK_CPR"), _env(text))
    positive = _at(text, needle, "SE_PERSONNUMMER", ContextHit(("personnummer",), (), False))
    assert not filters.bare_in_prose(positive, _env(text))
