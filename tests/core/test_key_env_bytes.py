"""PII_SCANNER_KEY that is not UTF-8 (a POSIX environment holds bytes): the key is those bytes, not exit 70.

Found by trust5a's hunt: ``PII_SCANNER_KEY=$'...\\xff'`` made every verb an internal error (UnicodeEncodeError
of the surrogate-escaped value)."""

from __future__ import annotations

from pii_scanner.core.privacy import KEY_ENV, load_key


def test_a_key_that_is_not_utf8_is_its_bytes() -> None:
    assert load_key(environ={KEY_ENV: "abcdefghijklmnopq\udcff\udcfe"}) == b"abcdefghijklmnopq\xff\xfe"
    assert load_key(environ={KEY_ENV: "æøå-key-of-sixteen"}) == "æøå-key-of-sixteen".encode()  # UTF-8 as before
