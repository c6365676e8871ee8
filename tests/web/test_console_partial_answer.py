"""Hostile (left19a, item 1): the console's access-request page ran the same search as the CLI's `search`, but
showed only the sources a live search could not reach. An index swept before path traces (`paths_not_traced`), a
name search over items read without names (`names_not_read`), items that could not be read or were skipped: the
CLI exits 4 (partial), the DPO in the console saw a plain answer, and the pack's report.html said nothing either."""

from __future__ import annotations

import io
import zipfile

import sqlalchemy as sa

from tests.store.planted import CPRS
from tests.web.conftest import Console, csrf_of, make_client, sign_in


def _untraced(console: Console) -> None:
    """As an index swept before store migration 16: its runs kept no path traces."""
    engine = sa.create_engine(console.db)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE runs SET stats = json_remove(stats, '$.paths_traced')"))
    engine.dispose()


def _open_case(client, cpr: str) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/requests")
    r = client.post("/requests/open", data={"csrf": csrf_of(page.text), "cpr": f"{cpr[:6]}-{cpr[6:]}"})
    assert r.status_code == 303, r.text
    return str(r.headers["location"])


def test_the_request_page_and_its_pack_say_the_index_answer_is_partial(console: Console) -> None:
    _untraced(console)
    client = sign_in(make_client(console), "dpo")
    case_url = _open_case(client, CPRS[0])
    page = client.get(case_url)
    assert page.status_code == 200
    assert 'data-testid="partial"' in page.text, "the console must say what the CLI's exit 4 says"
    warning = page.text.split('data-testid="partial"')[1].split("</")[0]
    assert "mappenavne" in warning  # the console speaks Danish unless told otherwise
    export = client.post(case_url + "/export", data={"csrf": csrf_of(page.text)})
    with zipfile.ZipFile(io.BytesIO(export.content)) as zf:
        html = next(zf.read(n).decode() for n in zf.namelist() if n.endswith(".html"))
    assert "file or folder names" in html and "may hold more" in html


def test_a_whole_answer_shows_no_warning(console: Console) -> None:
    client = sign_in(make_client(console), "dpo")
    case_url = _open_case(client, CPRS[0])
    page = client.get(case_url)
    assert 'data-testid="partial"' not in page.text
    export = client.post(case_url + "/export", data={"csrf": csrf_of(page.text)})
    with zipfile.ZipFile(io.BytesIO(export.content)) as zf:
        html = next(zf.read(n).decode() for n in zf.namelist() if n.endswith(".html"))
    assert "file or folder names" not in html


def test_the_erasure_check_says_how_many_items_it_skipped(console: Console, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`verify-erasure` exits 4 for items of a type the configuration does not read; the console's erasure page
    said "a source could not be searched" and showed no count of them."""
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{console.db}"\n[scan.limits]\nskip_types = ["text/*"]\n\n[[sources]]\ntype = "paths"\n'
        f'name = "share"\npaths = ["{console.root}"]\norigin = "share"\n',
        encoding="utf-8",
    )
    client = sign_in(make_client(console, config_path=str(config)), "dpo")
    case_url = _open_case(client, CPRS[0])
    page = client.get(case_url)
    check = client.post(case_url + "/verify", data={"csrf": csrf_of(page.text)}, headers={"accept-language": "en"})
    assert check.status_code == 200 and 'data-testid="skipped"' in check.text
    skipped = check.text.split('data-testid="skipped"')[1].split("</dd>")[0]
    assert any(ch.isdigit() and ch != "0" for ch in skipped), skipped
