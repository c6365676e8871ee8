"""A mail's Date with an offset (`Thu, 31 Dec 2020 23:30:00 +0100`) is stored as the moment it names
(red team dutyred2, session 20): SQLite keeps a timestamp's wall-clock digits and drops the offset, so the
index read it back as 23:30 UTC, an hour late: the pack showed the wrong time and a late-evening Danish
mail of 31 December was of the next year (bookkeeping's due date a year late). Every timestamp the store
writes is written in UTC."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import sqlalchemy as sa

from pii_scanner.store.schema import Ts

MAIL = """From: Jens Hansen <jens.hansen@example.dk>
To: bogholderi@firma.dk
Subject: Faktura
Date: {date}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Faktura til Jens Hansen.
"""


def _stored(kind: type[dt.datetime]) -> dt.datetime:
    """23:30 +01:00 on 31 December 2020, as a ``kind``, written to a Ts column and read back."""
    engine = sa.create_engine("sqlite://")
    table = sa.Table("t", sa.MetaData(), sa.Column("at", Ts))
    table.create(engine)
    cph = dt.timezone(dt.timedelta(hours=1))
    with engine.begin() as conn:
        conn.execute(table.insert(), [{"at": kind(2020, 12, 31, 23, 30, tzinfo=cph)}])
        stored: dt.datetime = conn.execute(sa.select(table.c.at)).scalar_one()
    return stored.replace(tzinfo=dt.UTC)


def test_a_timestamp_with_an_offset_is_stored_as_its_moment() -> None:
    assert _stored(dt.datetime) == dt.datetime(2020, 12, 31, 22, 30, tzinfo=dt.UTC)


def test_the_pack_and_search_show_the_mails_moment(tmp_path: Path, cli: list[str]) -> None:
    mail = tmp_path / "mail"
    mail.mkdir()
    (mail / "m.eml").write_text(MAIL.format(date="Thu, 31 Dec 2020 23:30:00 +0100"), encoding="utf-8")
    (mail / "s.eml").write_text(MAIL.format(date="Fri, 1 Jan 2021 07:30:00 +0900"), encoding="utf-8")
    config = tmp_path / "sweep.toml"
    config.write_text(
        f'[store]\ndb = "{tmp_path / "index.sqlite3"}"\n[[sources]]\ntype = "paths"\nname = "mail"\n'
        f'paths = ["{mail}"]\n',
        encoding="utf-8",
    )
    subprocess.run([*cli, "sweep", "--config", str(config)], capture_output=True, text=True, check=False)
    run = subprocess.run(
        [*cli, "search", "--config", str(config), "--email", "jens.hansen@example.dk", "--format", "json"],
        capture_output=True,
        text=True,
    )
    items = {Path(i["location"]).name: i for i in json.loads(run.stdout)["items"]}
    assert items["m.eml"]["dates"]["mail_date"].startswith("2020-12-31T22:30:00"), items["m.eml"]["dates"]
    assert items["s.eml"]["dates"]["mail_date"].startswith("2020-12-31T22:30:00"), items["s.eml"]["dates"]


class _PickyDateTime(dt.datetime):
    """Like exchangelib's EWSDateTime: refuses to be converted to a zone not of its own kind."""

    def astimezone(self, tz: dt.tzinfo | None = None) -> dt.datetime:
        raise TypeError("tzinfo must be of the library's own zone type")


def test_a_librarys_datetime_subclass_is_stored_as_its_moment() -> None:
    assert _stored(_PickyDateTime) == dt.datetime(2020, 12, 31, 22, 30, tzinfo=dt.UTC)
