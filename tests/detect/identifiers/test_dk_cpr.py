"""Golden table and properties for pii_scanner.detect.identifiers.dk_cpr."""

from __future__ import annotations

import contextlib
import datetime
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum.dk import cpr as stdnum_cpr

from pii_scanner.core.errors import InvalidComponent, InvalidFormat, InvalidIdentifier
from pii_scanner.core.resources import data_dir
from pii_scanner.detect.identifiers import dk_cpr
from pii_scanner.detect.identifiers._common import IdentifierInfo
from pii_scanner.detect.rules import load_rules

TODAY = datetime.date(2024, 6, 1)

# (input, expected normalised or exception class, subtype, checksum) at TODAY.
GOLDEN: list[tuple[str, str | type[Exception], str | None, str | None]] = [
    # separators
    ("070761-4285", "0707614285", None, "valid"),
    ("070761 4285", "0707614285", None, "valid"),
    ("0707614285", "0707614285", None, "valid"),
    ("  070761-4285\n", "0707614285", None, "valid"),
    ("070761/4285", InvalidFormat, None, None),
    ("070761.4285", InvalidFormat, None, None),
    # modulus 11 is reported, not enforced
    ("070761-4286", "0707614286", None, "invalid"),
    ("010160-1235", "0101601235", None, "exempt"),  # 1 Jan 1960 is on the CPR office list
    ("010160-0009", "0101600009", None, "valid"),
    ("010161-1235", "0101611235", None, "invalid"),  # 1961 is not on the list
    ("020160-1235", "0201601235", None, "invalid"),  # only 1 January
    ("010195-1234", "0101951234", None, "exempt"),  # 1995 is the last listed year
    ("010193-1236", "0101931236", None, "invalid"),  # 1993 is not on the list
    # century: 7th digit 4/9 with YY 36 vs 37, 5-8 with YY 57 vs 58, 0-3
    ("010137-4009", "0101374009", None, "valid"),
    ("010136-4003", InvalidComponent, None, None),  # 2036: future
    ("010136-9005", InvalidComponent, None, None),  # 2036: future
    ("010158-5018", "0101585018", None, "valid"),  # 1858
    ("010157-5004", InvalidComponent, None, None),  # 2057: future
    ("010157-8003", InvalidComponent, None, None),  # 2057: future
    ("311257-5005", InvalidComponent, None, None),
    ("311299-9018", "3112999018", None, "valid"),  # 1999
    ("010100-0001", "0101000001", None, "valid"),  # 1900
    # leap days
    ("290200-4001", "2902004001", None, "valid"),  # 2000 is a leap year
    ("290200-1234", InvalidComponent, None, None),  # 1900 is not
    ("290201-4001", InvalidComponent, None, None),
    ("290296-1006", "2902961006", None, "valid"),
    ("300296-1006", InvalidComponent, None, None),
    # future dates against TODAY = 2024-06-01
    ("010624-4006", "0106244006", None, "valid"),  # born today
    ("020624-4003", InvalidComponent, None, None),
    # impossible dates
    ("000161-1235", InvalidComponent, None, None),
    ("320161-1235", InvalidComponent, None, None),
    ("011361-1235", InvalidComponent, None, None),
    ("010061-1235", InvalidComponent, None, None),
    ("600161-1235", InvalidComponent, None, None),  # day 60 is neither normal nor replacement
    # replacement numbers (day + 60)
    ("670761-4285", "6707614285", "replacement", "invalid"),
    ("670761-4003", "6707614003", "replacement", "valid"),
    ("610160-1235", "6101601235", "replacement", "exempt"),
    ("920761-4285", InvalidComponent, None, None),  # day 32
    # junk
    ("", InvalidFormat, None, None),
    ("   ", InvalidFormat, None, None),
    ("abcdefghij", InvalidFormat, None, None),
    ("07076l-4285", InvalidFormat, None, None),
    ("07076142851", InvalidFormat, None, None),
    ("070761-428", InvalidFormat, None, None),
    ("070761--4285", "0707614285", None, "valid"),  # compact() drops every separator
    ("٠٧٠٧٦١-٤٢٨٥", InvalidFormat, None, None),  # Arabic-Indic digits
    ("０７０７６１-４２８５", InvalidFormat, None, None),  # full-width digits
    ("+070761-4285", InvalidFormat, None, None),
]


def _independent_mod11(digits: str) -> bool:
    weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


EXEMPT_YEARS = [
    1960,
    1962,
    1964,
    1965,
    1966,
    1967,
    1969,
    1970,
    1974,
    1975,
    1978,
    *range(1980, 1993),
    1994,
    1995,
]


@pytest.mark.parametrize(("raw", "expected", "subtype", "checksum"), GOLDEN)
def test_golden(raw: str, expected: str | type[Exception], subtype: str | None, checksum: str | None) -> None:
    if isinstance(expected, str):
        assert dk_cpr.validate(raw, today=TODAY) == expected
        assert dk_cpr.is_valid(raw, today=TODAY)
        details = dk_cpr.info(raw, today=TODAY, exempt_dates=EXEMPT)
        assert (details.normalized, details.subtype, details.checksum) == (expected, subtype, checksum)
        # the table's checksum column agrees with an independent modulus 11
        assert (checksum == "valid") == _independent_mod11(expected)
        assert dk_cpr.format(raw, today=TODAY) == f"{expected[:6]}-{expected[6:]}"
    else:
        with pytest.raises(expected) as caught:
            dk_cpr.validate(raw, today=TODAY)
        assert not dk_cpr.is_valid(raw, today=TODAY)
        digits = "".join(c for c in raw if c.isdigit())
        if len(digits) >= 4:
            assert digits not in str(caught.value)
            assert digits[-4:] not in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "born"),
    [
        ("070761-4285", datetime.date(1961, 7, 7)),
        ("010137-4009", datetime.date(1937, 1, 1)),
        ("010136-4003", datetime.date(2036, 1, 1)),
        ("010136-9005", datetime.date(2036, 1, 1)),
        ("010137-9000", datetime.date(1937, 1, 1)),
        ("010157-5004", datetime.date(2057, 1, 1)),
        ("010157-8003", datetime.date(2057, 1, 1)),
        ("010158-5018", datetime.date(1858, 1, 1)),
        ("010158-8000", datetime.date(1858, 1, 1)),
        ("010158-3000", datetime.date(1958, 1, 1)),
        ("010100-0001", datetime.date(1900, 1, 1)),
        ("670761-4285", datetime.date(1961, 7, 7)),
    ],
)
def test_birth_date_century_rules(raw: str, born: datetime.date) -> None:
    assert dk_cpr.birth_date(raw) == born
    # validate compares with today: fine once today reaches the birth date
    assert dk_cpr.validate(raw, today=born) == dk_cpr.compact(raw)
    with pytest.raises(InvalidComponent):
        dk_cpr.validate(raw, today=born - datetime.timedelta(days=1))


def test_info_dataclass() -> None:
    assert dk_cpr.info("070761-4285", today=TODAY) == IdentifierInfo(
        normalized="0707614285", birth_date=datetime.date(1961, 7, 7), subtype=None, checksum="valid"
    )


EXEMPT = frozenset(datetime.date(year, 1, 1) for year in EXEMPT_YEARS)


def test_exempt_dates_come_from_yaml_through_the_rules_layer(tmp_path: Path) -> None:
    assert (data_dir("recognizers") / "dk_cpr.yaml").is_file()
    assert load_rules().mod11_exempt_dates == EXEMPT
    # A recognizers_dir of one's own is honoured (the identifier module does no I/O).
    for name in ("context.yaml", "scores.yaml"):
        shutil.copy(data_dir("recognizers") / name, tmp_path / name)
    (tmp_path / "dk_cpr.yaml").write_text("mod11_exempt_dates: [1961-07-08]\n", encoding="utf-8")
    assert load_rules(str(tmp_path)).mod11_exempt_dates == {datetime.date(1961, 7, 8)}


@pytest.mark.parametrize("year", range(1958, 2000))
def test_exempt_only_for_listed_years(year: int) -> None:
    number = f"0101{year % 100:02d}"
    seventh = "0"
    for serial in range(1000):
        candidate = number + seventh + f"{serial:03d}"
        if not _independent_mod11(candidate):
            break
    expected = "exempt" if year in EXEMPT_YEARS else "invalid"
    assert dk_cpr.info(candidate, today=TODAY, exempt_dates=EXEMPT).checksum == expected


def test_mod11_ok() -> None:
    assert dk_cpr.mod11_ok("070761-4285")
    assert not dk_cpr.mod11_ok("070761-4286")
    assert not dk_cpr.mod11_ok("junk")
    assert not dk_cpr.mod11_ok("")


def test_non_string_is_invalid_format() -> None:
    with pytest.raises(InvalidFormat):
        dk_cpr.validate(707614285)  # type: ignore[arg-type]


def _seventh_digits(year: int) -> list[str]:
    """7th digits that give ``year`` (written out from the CPR office's table, not the module)."""
    yy = year % 100
    if 1858 <= year <= 1899:
        return ["5", "6", "7", "8"]
    if 1900 <= year <= 1999:
        digits = ["0", "1", "2", "3"]
        if yy >= 37:
            digits += ["4", "9"]
        return digits
    if 2000 <= year <= 2036:
        return ["4", "9", "5", "6", "7", "8"]
    if 2037 <= year <= 2057:
        return ["5", "6", "7", "8"]
    return []


@st.composite
def valid_cprs(draw: st.DrawFn) -> tuple[str, datetime.date, bool]:
    born = draw(st.dates(min_value=datetime.date(1858, 1, 1), max_value=TODAY))
    seventh = draw(st.sampled_from(_seventh_digits(born.year)))
    serial = draw(st.integers(0, 999))
    replacement = draw(st.booleans())
    day = born.day + (60 if replacement else 0)
    sep = draw(st.sampled_from(["-", " ", ""]))
    raw = f"{day:02d}{born.month:02d}{born.year % 100:02d}{sep}{seventh}{serial:03d}"
    return raw, born, replacement


@given(valid_cprs())
def test_valid_numbers_round_trip(case: tuple[str, datetime.date, bool]) -> None:
    raw, born, replacement = case
    normalized = dk_cpr.validate(raw, today=TODAY)
    assert normalized == raw.replace("-", "").replace(" ", "")
    assert dk_cpr.validate(dk_cpr.format(normalized, today=TODAY), today=TODAY) == normalized
    details = dk_cpr.info(raw, today=TODAY, exempt_dates=EXEMPT)
    assert details.birth_date == born
    assert details.subtype == ("replacement" if replacement else None)
    if _independent_mod11(normalized):
        assert details.checksum == "valid"
    else:
        assert details.checksum in {"exempt", "invalid"}
        assert (details.checksum == "exempt") == (born.month == born.day == 1 and born.year in EXEMPT_YEARS)


@given(st.text(max_size=20) | st.text(alphabet="0123456789 -+٣", max_size=14))
def test_junk_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(InvalidIdentifier):
        dk_cpr.validate(text, today=TODAY)


@given(st.from_regex(r"[0-3][0-9][01][0-9]{3}[0-9]{4}", fullmatch=True))
def test_agrees_with_python_stdnum(number: str) -> None:
    ours = dk_cpr.is_valid(number)
    theirs = stdnum_cpr.is_valid(number)
    assert ours == theirs
    if ours:
        assert dk_cpr.birth_date(number) == stdnum_cpr.get_birth_date(number)
