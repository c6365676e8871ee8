"""mboxrd un-escaping with its shortcut (no b">From " in a message: returned as it is) is the pattern's."""

from __future__ import annotations

import random

from pii_scanner.extract.mailbox_files import _UNQUOTE, unquoted


def test_unquoted_is_the_pattern_everywhere() -> None:
    rng = random.Random(3)
    pieces = [b">From ", b">>From x", b"From ", b">", b"\n", b"\r\n", b"From", b" >From ", b"a", b">>>", b"rom "]
    texts = [b"", b">From ", b"\n>From a", b"x>From ", b">>From \n>From \nFrom >From "]
    texts += [b"".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    changed = 0
    for text in texts:
        assert unquoted(text) == _UNQUOTE.sub(rb"\1", text)
        changed += unquoted(text) != text
    assert changed > 100  # the escaped lines were there to un-escape
