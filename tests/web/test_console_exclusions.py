"""Hostile (left19a, item 3; webred N2): an access request's exclusion took any 64-hex key (no item of the case's
answer, another person's item) and a closed case still took exclusions: the case's record said an item was left
out of an answer it never held, after the answer was given. Now both are refused with one message and audited
(`access_exclusion_refused`), as the console audits its other refusals; nothing is stored."""

from __future__ import annotations

import re

from pii_scanner.store.accounts import excluded_keys
from tests.store.planted import CPRS
from tests.web.conftest import Console, csrf_of, make_client, sign_in


def _case(console: Console):  # type: ignore[no-untyped-def]
    client = sign_in(make_client(console), "dpo")
    page = client.get("/requests")
    cpr = CPRS[0]
    r = client.post("/requests/open", data={"csrf": csrf_of(page.text), "cpr": f"{cpr[:6]}-{cpr[6:]}"})
    case_url = str(r.headers["location"])
    case = client.get(case_url).text
    hits = re.findall(r'name="location_key" value="([0-9a-f]{64})"', case)
    assert hits
    return client, case_url, int(case_url.rsplit("/", 1)[1]), hits, case


def _refusals(console: Console) -> list[dict]:  # type: ignore[type-arg]
    return [r for r in console.store.rows("audit") if r["action"] == "access_exclusion_refused"]


def test_an_exclusion_of_no_hit_of_the_case_is_refused_and_audited(console: Console) -> None:
    client, case_url, case_id, hits, case = _case(console)
    others = [str(r["location_key"]) for r in console.store.rows("items") if r["location_key"] not in hits]
    assert others
    for key in ("ab" * 32, others[0]):  # made up; another item of the index, not of this answer
        r = client.post(case_url + "/exclude", data={"csrf": csrf_of(case), "location_key": key, "reason": "x"})
        assert r.status_code == 303
    assert excluded_keys(console.store, case_id) == set()
    assert len(_refusals(console)) == 2 and all(r["subject"] == str(case_id) for r in _refusals(console))
    assert "kan udelades" in client.get(case_url).text  # the one message, in the console's language
    ok = client.post(case_url + "/exclude", data={"csrf": csrf_of(case), "location_key": hits[0], "reason": "y"})
    assert ok.status_code == 303 and excluded_keys(console.store, case_id) == {hits[0]}


def test_a_closed_case_takes_no_exclusion(console: Console) -> None:
    client, case_url, case_id, hits, case = _case(console)
    assert client.post(case_url + "/close", data={"csrf": csrf_of(case)}).status_code == 303
    r = client.post(case_url + "/exclude", data={"csrf": csrf_of(case), "location_key": hits[0], "reason": "late"})
    assert r.status_code == 303
    assert excluded_keys(console.store, case_id) == set()
    assert [r["detail"].get("why") for r in _refusals(console)] == ["closed"]
    assert "access_hit_excluded" not in [r["action"] for r in console.store.rows("audit")]


def test_closing_a_closed_case_again_says_refused_not_saved(console: Console) -> None:
    client, case_url, _case_id, _hits, case = _case(console)
    first = client.post(case_url + "/close", data={"csrf": csrf_of(case)}, follow_redirects=True)
    assert "Gemt." in first.text or "Saved." in first.text
    again = client.post(case_url + "/close", data={"csrf": csrf_of(case)}, follow_redirects=True)
    assert again.status_code == 200
    assert "intet blev gemt" in again.text or "nothing was saved" in again.text
    assert "Gemt." not in again.text and "Saved." not in again.text
