"""F8: one source per real location. A folder named in a configuration and the same folder swept ad hoc
(`sweep PATH`, any `--origin`), or named another way (relative, `..`, a trailing slash), is ONE
source of the index: its items are held and counted once, an access pack lists an item once, and two sweeps
of it take the same source lock. Was: two sources (the ad-hoc table adds `origin`), every item twice. An index
that recorded the source under its earlier identity (as configured, or as an ad-hoc sweep) keeps it."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from pii_scanner.sources.specs import parse_spec
from pii_scanner.store import open_store
from pii_scanner.sweeps.engine import normalised_spec, source_identity, source_lock_name, sweep_sources_from

CPR = "070761-4285"


def _setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    root = tmp_path / "share"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(f"Jens Hansen cpr {CPR}\n", encoding="utf-8")
    (root / "sub" / "b.txt").write_text(f"Lise cpr {CPR}\n", encoding="utf-8")
    db = tmp_path / "index.db"
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[store]\ndb = "index.db"\n[[sources]]\ntype = "paths"\nname = "share"\npaths = ["share"]\n')
    return root, db, cfg


def _current(db: Path) -> tuple[int, int]:
    """(sources holding current items, current top-level items)."""
    with open_store(str(db)) as st:
        items = [i for i in st.rows("items") if i["removed_at"] is None and i["depth"] == 0]
    return len({i["source_id"] for i in items}), len(items)


def test_a_configured_folder_swept_ad_hoc_is_one_source(cli: list[str], tmp_path: Path) -> None:
    root, db, cfg = _setup(tmp_path)
    runs = [
        ["sweep", "--config", str(cfg)],
        ["sweep", "--db", str(db), str(root)],
        ["sweep", "--db", str(db), "--origin", "share", str(root) + "/"],
        ["sweep", "--db", str(db), str(root / "sub" / "..")],
        ["sweep", "--config", str(cfg)],
    ]
    for args in runs:
        done = subprocess.run([*cli, *args], capture_output=True, text=True, timeout=300, cwd=tmp_path)
        assert done.returncode in (0, 1), (args, done.stderr[-2000:])
        assert _current(db) == (1, 2), args
    search = subprocess.run(
        [*cli, "search", "--config", str(cfg), "--cpr", CPR, "--format", "json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
    )
    assert search.returncode == 1, search.stderr[-2000:]
    listed = [i["location"] for i in json.loads(search.stdout)["items"]]
    assert sorted(listed) == sorted(p.as_uri() for p in (root / "a.txt", root / "sub" / "b.txt")), listed


def test_config_and_ad_hoc_specs_share_identity_and_lock(tmp_path: Path) -> None:
    root = tmp_path / "share"
    root.mkdir()
    from pii_scanner.sweeps.engine import earlier_identities

    fp = lambda text: "k:" + text  # noqa: E731
    configured = parse_spec({"type": "paths", "name": "share", "paths": [str(root)], "jurisdiction": "dk"})
    (adhoc,) = sweep_sources_from([str(root) + os.sep], {}, "removable", "x.toml")
    assert source_identity(configured, fp) == source_identity(adhoc, fp)
    assert source_lock_name(configured, fp) == source_lock_name(adhoc, fp)
    # What an existing index recorded either source under is adopted (its items are not swept again as new).
    assert fp("source-spec:" + normalised_spec(configured)) in earlier_identities(configured, None, fp)
    assert fp("source-spec:" + normalised_spec(adhoc)) in earlier_identities(configured, None, fp)
    # Another folder, or another kind of local source, stays another source.
    other = parse_spec({"type": "paths", "name": "o", "paths": [str(tmp_path)]})
    mail = parse_spec({"type": "mailbox_file", "name": "m", "paths": [str(root)]})
    assert len({source_identity(s, fp) for s in (configured, other, mail)}) == 3


def test_an_index_with_the_earlier_identity_keeps_its_source(cli: list[str], tmp_path: Path) -> None:
    root, db, cfg = _setup(tmp_path)
    done = subprocess.run([*cli, "sweep", "--db", str(db), str(root)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode in (0, 1), done.stderr[-2000:]
    with open_store(str(db)) as st:  # as an earlier version recorded the ad-hoc source
        (spec,) = sweep_sources_from([str(root)], {}, None, "x")
        old = st.fingerprint("source-spec:" + normalised_spec(spec))
        with st.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE sources SET identity = ?", (old,))
    done = subprocess.run([*cli, "sweep", "--config", str(cfg)], capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]  # nothing new: the same source, its items known
    assert _current(db) == (1, 2)
    with open_store(str(db)) as st:
        assert len(st.rows("sources")) == 1
