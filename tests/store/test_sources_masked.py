"""The index's sources table keeps what each swept source was (its configuration, its label) without a
plaintext identifier: OneDrive users, mailboxes, sites and labels naming someone are masked, each
address with its keyed tag so that two people's sources stay two sources. The console still finds a
Graph source's configuration by the label the index shows, and an index written before is masked when
it is opened."""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa

from pii_scanner.sources.specs import parse_spec
from pii_scanner.store import accounts as acc
from pii_scanner.store import open_store, schema
from pii_scanner.web.settings import WebSettings

PEOPLE = ("jens.hansen", "anna.berg", "jens_hansen")


def _leaks(folder: Path, text: str) -> list[str]:
    raw = b"".join(p.read_bytes() for p in folder.glob("index.sqlite3*"))
    return [p for p in PEOPLE if p in text or p.encode() in raw]


def _specs() -> dict[str, object]:
    return {
        "Postkasse jens.hansen@firma.dk": parse_spec(
            {"type": "graph", "name": "Postkasse jens.hansen@firma.dk", "mailboxes": ["jens.hansen@firma.dk"]}
        ),
        "Postkasse anna.berg@firma.dk": parse_spec(
            {"type": "graph", "name": "Postkasse anna.berg@firma.dk", "mailboxes": ["anna.berg@firma.dk"]}
        ),
        "od": parse_spec({"type": "onedrive", "name": "od", "users": ["jens.hansen@firma.dk", "anna.berg@firma.dk"]}),
        "sp": parse_spec(
            {
                "type": "sharepoint",
                "name": "sp",
                "sites": ["firma-my.sharepoint.com:/personal/jens_hansen_firma_dk"],
            }
        ),
    }


def test_source_configuration_and_labels_keep_no_plaintext(tmp_path: Path) -> None:
    db = str(tmp_path / "index.sqlite3")
    with open_store(db) as st:
        specs = list(_specs().items())
        ids = [st.ensure_source(name, spec.type, spec, identity=f"id-{n}") for n, (name, spec) in enumerate(specs)]  # type: ignore[attr-defined]
        again = [st.ensure_source(name, spec.type, spec, identity=f"id-{n}") for n, (name, spec) in enumerate(specs)]  # type: ignore[attr-defined]
        rows = st.rows("sources")
        dump = json.dumps(st.dump(), default=str)
    assert ids == again and len(set(ids)) == 4
    assert _leaks(tmp_path, dump) == []
    labels = sorted(str(r["name"]) for r in rows)
    assert len(set(labels)) == 4 and sum(label.startswith("Postkasse j***") for label in labels) == 1, labels
    onedrive = next(r for r in rows if r["kind"] == "onedrive")
    users = onedrive["spec"]["users"]
    assert len(users) == 2 and users[0] != users[1] and all("***" in u for u in users), users


def test_the_console_finds_a_graph_source_by_the_label_the_index_shows(tmp_path: Path) -> None:
    specs = _specs()
    with open_store(str(tmp_path / "index.sqlite3")) as st:
        settings = WebSettings(sources=specs)  # type: ignore[arg-type]
        for name in ("Postkasse jens.hansen@firma.dk", "Postkasse anna.berg@firma.dk"):
            shown = st.source_label(name)
            assert shown != name and "***" in shown
            assert settings.graph_source(shown, st.source_label) is specs[name]
        assert settings.graph_source(st.source_label("od"), st.source_label) is None  # not a mail source


def test_an_index_written_before_is_masked_when_opened(tmp_path: Path) -> None:
    db = str(tmp_path / "index.sqlite3")
    plain_spec = {"type": "onedrive", "users": ["jens.hansen@firma.dk"]}
    with open_store(db) as st:
        run = st.begin_run("old-version")
    with open_store(db) as st, st.engine.begin() as conn:  # what an older version stored
        conn.execute(
            schema.sources.insert().values(
                name="OneDrive jens.hansen@firma.dk", kind="onedrive", spec=plain_spec, created_at=sa.func.now()
            )
        )
        source_id = conn.execute(sa.select(schema.sources.c.id)).scalar_one()
        for n, location in enumerate(
            (
                "onedrive://jens.hansen@firma.dk/Dokumenter/cv.txt",
                "sharepoint://jens_hansen_firma_dk/Documents/a.txt",
                "https://firma-my.sharepoint.com/personal/jens_hansen_firma_dk/Documents/b.txt",
            )
        ):
            conn.execute(
                schema.items.insert().values(
                    source_id=source_id,
                    location_key=f"k{n}",
                    top_key=f"k{n}",
                    location=location,
                    path=location,
                    flags=[],
                    categories=[],
                    entities=[],
                    first_seen_run=run,
                    scanned_run=run,
                    first_seen_at=sa.func.now(),
                    scanned_at=sa.func.now(),
                )
            )
        conn.execute(acc.owner_map.insert().values(prefix="onedrive://jens.hansen@firma.dk/", username="jens"))
        conn.execute(schema.schema_migrations.delete().where(schema.schema_migrations.c.version == 13))
    with open_store(db) as st:
        dump = json.dumps(st.dump(), default=str)
        with st.engine.connect() as conn:
            prefixes = [str(p) for p in conn.execute(sa.select(acc.owner_map.c.prefix)).scalars()]
        locations = [str(r["location"]) for r in st.rows("items")]
    assert _leaks(tmp_path, dump + json.dumps(prefixes)) == []  # the file too: nothing left in free space
    assert prefixes[0].startswith("onedrive://j***") and locations[0].startswith(prefixes[0][:-1].rsplit("/", 1)[0])


def test_sqlite_index_overwrites_what_a_changed_row_held(tmp_path: Path) -> None:
    """secure_delete on every SQLite connection of the index: masked since, a value an older version
    stored is not left in the file's free space (SQLite builds differ in their default)."""
    with open_store(str(tmp_path / "index.sqlite3")) as st, st.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1


def test_site_locations_are_masked_like_other_locations() -> None:
    from pii_scanner.core.privacy import Fingerprinter, address_tag, scrub_location

    tag = address_tag(Fingerprinter(b"k" * 32))
    shown = {
        loc: scrub_location(loc, tag)
        for loc in (
            "onedrive://jens.hansen@firma.dk/Dokumenter/cv.txt",
            "onedrive://anna.berg@firma.dk/Dokumenter/cv.txt",
            "sharepoint://jens_hansen_firma_dk/Documents/a.txt",
            "sharepoint://HR/Dokumenter/a.txt",
            "https://firma-my.sharepoint.com/personal/jens_hansen_firma_dk/Documents/b.txt",
            "graph://jens.hansen@firma.dk/Indbakke/AAMk",
        )
    }
    od_jens, od_anna, sp, team, url, mail = shown.values()
    assert od_jens and od_anna and od_jens.startswith("onedrive://j***") and od_anna.startswith("onedrive://a***")
    assert od_jens.split("/")[2] != od_anna.split("/")[2]
    assert sp and sp.startswith("sharepoint://j***") and sp.endswith("/Documents/a.txt")
    assert team == "sharepoint://HR/Dokumenter/a.txt"
    assert url and "/personal/j***" in url and url.endswith("/Documents/b.txt")
    assert mail == "graph://jens.hansen@firma.dk/Indbakke/AAMk"  # a configured mailbox: the console finds it by it
    assert all(scrub_location(v, tag) == v for v in shown.values())  # masking twice changes nothing
    assert [p for p in PEOPLE if any(p in str(v) for v in (od_jens, od_anna, sp, url))] == []
