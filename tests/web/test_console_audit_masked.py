"""Hostile (left20, item 2): what a console user types into an audited form (an exclusion's reason, also of a
refused exclusion, an extension's reason) reaches the audit log masked, whatever the page passes on
(tests/store/test_audit_masked.py: the audit writer masks every text itself)."""

from __future__ import annotations

import re

from tests.store.planted import CPRS
from tests.store.test_audit_masked import HOSTILE, _audit_text, _no_plaintext
from tests.web.conftest import Console, csrf_of, make_client, sign_in


def test_audited_free_text_from_the_console_is_masked(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    page = client.get("/requests")
    cpr = CPRS[0]
    r = client.post("/requests/open", data={"csrf": csrf_of(page.text), "cpr": f"{cpr[:6]}-{cpr[6:]}"})
    case_url = str(r.headers["location"])
    case = client.get(case_url).text
    hits = re.findall(r'name="location_key" value="([0-9a-f]{64})"', case)
    token = csrf_of(case)
    for key in (hits[0], "ab" * 32):  # an exclusion stored, one refused
        client.post(case_url + "/exclude", data={"csrf": token, "location_key": key, "reason": HOSTILE})
    client.post(case_url + "/extend", data={"csrf": token, "months": "1", "reason": HOSTILE})
    rows = console.store.rows("audit")
    assert {"access_hit_excluded", "access_exclusion_refused"} <= {r["action"] for r in rows}
    _no_plaintext(_audit_text(rows))
    assert console.store.verify_audit().ok
