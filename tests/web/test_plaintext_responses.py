"""The two console answers that carry plaintext, an audited reveal and an access-request pack, are never
kept by a browser or a proxy (``Cache-Control: no-store``), name nothing in their headers and leave no
plaintext in the session cookie."""

from __future__ import annotations

import base64
import contextlib
import re

from tests.store.planted import plaintext_forms
from tests.web.conftest import Console, csrf_of, make_client, sign_in


def _cookie_text(client: object) -> str:
    cookies = getattr(client, "cookies", {})
    raw = "".join(str(v) for v in cookies.values())
    out = raw
    for part in raw.split("."):
        padded = part + "=" * (-len(part) % 4)
        with contextlib.suppress(ValueError):
            out += base64.b64decode(padded, altchars=b"-_").decode("utf-8", "replace")
    return out


def test_a_reveal_is_not_cached_and_leaves_nothing_in_the_cookie(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    item = console.item_id("alice/doc000")
    page = client.get(f"/items/{item}")
    finding = re.search(r'name="finding" value="(\d+)"', page.text.split("/reveal")[1])
    assert finding is not None
    reason = "Access request 12, subject asked"
    r = client.post(
        f"/items/{item}/reveal", data={"csrf": csrf_of(page.text), "finding": finding.group(1), "reason": reason}
    )
    assert r.status_code == 200 and 'data-testid="revealed"' in r.text  # the value is in the page
    assert r.headers["cache-control"] == "no-store"
    headers = " ".join(f"{k}: {v}" for k, v in r.headers.items())
    cookie = _cookie_text(client)
    assert not [form for form in plaintext_forms() if form in headers or form in cookie]
