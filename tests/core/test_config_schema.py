"""Hostile configuration files: every mistake is ONE line naming the file, the key and what was expected."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from pii_scanner.core.config import ScanConfig, config_from_dict, load_config, load_sweep_file
from pii_scanner.core.config_schema import INTERNAL, parse_size
from pii_scanner.core.errors import ConfigError
from pii_scanner.sources.registry import SOURCE_KINDS, load_sweep_config, parse_sources
from pii_scanner.sources.specs import SOURCE_KEYS, SPEC_CLASSES

# (TOML text, the key the message must name, words the message must hold)
BAD: list[tuple[str, str, str]] = [
    ('[[sources]]\npaths = "/srv/share"\n', "sources[0].paths", 'a list of paths such as ["/srv/share"]'),
    ('[[sources]]\npaths = "qz"\n', "sources[0].paths", "a list of paths"),
    ("[[sources]]\npaths = []\n", "sources[0].paths", "at least one path"),
    ('[[sources]]\npaths = ["/a", 5]\n', "sources[0].paths[1]", "a text"),
    ('[[sources]]\ntype = "paths"\nname = "x"\n', "sources[0] (x)", "paths ="),
    ('[scan]\nworkers = "two"\n', "scan.workers", "a whole number"),
    ("[scan]\nworkers = 2.5\n", "scan.workers", "a whole number"),
    ("[scan]\nworkers = -1\n", "scan.workers", "from 0 to 1024"),
    ("[scan]\nworkers = true\n", "scan.workers", "a whole number"),
    ("[scan]\nlimits = 5\n", "scan.limits", "a table"),
    ('[scan.detect]\nmin_score = "high"\n', "scan.detect.min_score", "a number"),
    ("[scan.detect]\nmin_score = 7\n", "scan.detect.min_score", "from 0 to 1"),
    ("[scan.detect]\nmin_score = nan\n", "scan.detect.min_score", "a number"),
    ('[store]\nlock_stale_seconds = "abc"\n', "store.lock_stale_seconds", "a number"),
    ("[store]\nlock_stale_seconds = -5\n", "store.lock_stale_seconds", "> 0"),
    ('[scan.limits]\nmax_file_size = "big"\n', "scan.limits.max_file_size", "a size in bytes"),
    ("[scan.limits]\nmax_file_size = 1e400\n", "scan.limits.max_file_size", "a size in bytes"),
    ("[scan.limits]\nmax_file_size = -1\n", "scan.limits.max_file_size", "a size in bytes"),
    ('[stor]\ndb = "x.sqlite"\n', "stor", "did you mean [store]"),
    ("[scan.limitz]\nmax_depth = 2\n", "scan.limitz", "did you mean limits"),
    ("[scan.limits]\nmax_filesize = 10\n", "scan.limits.max_filesize", "did you mean max_file_size"),
    ('[retention]\njurisdiction = "NO"\n', "retention.jurisdiction", "one of DK, SE"),
    ('[[sources]]\npaths = ["/x"]\njurisdiction = "XX"\n', "sources[0].jurisdiction", "one of DK, SE"),
    ('[scan.detect]\nentities = ["DK_CPR", "SE_PERSONUMMER"]\n', "scan.detect.entities[1]", "SE_PERSONNUMMER"),
    ('[scan.detect]\nentities = "DK_CPR"\n', "scan.detect.entities", "a list"),
    ("workers = 2\n", "workers", "[scan] workers"),
    ("[limits]\nmax_depth = 2\n", "limits", "[scan.limits]"),
    ('[[sources]]\ntype = "imap"\nhost = "h"\nusername = "u"\npassword = "hunter2"\n', "sources[0].password", "_env"),
    ('[[sources]]\ntype = "imap"\nhots = "h"\n', "sources[0].hots", "did you mean host"),
    ('[[sources]]\ntype = "imap"\nhost = "h"\nport = "993"\n', "sources[0].port", "a whole number"),
    ('[[sources]]\npaths = ["/x"]\norigin = "usb"\n', "sources[0].origin", "local, removable, share"),
    ('[scan]\norigin = "mail"\n', "scan.origin", "one of local, removable, share, unknown, got"),
    ('[sources]\npaths = ["/x"]\n', "sources", "[[sources]]"),
    ('[notify]\nto = ["dpo@example.dk"]\n', "notify.smtp_host", "SMTP server"),
    ('[notify]\nsmtp_host = "m"\nto = ["dpo@example.dk"]\nsmtp_port = 99999\n', "notify.smtp_port", "1 to 65535"),
    ("[scan.mail]\ninspect_private = true\n", "scan.mail", "inspect_private_reason"),
    ("[scan.ner]\npipelines = { da = 5 }\n", "scan.ner.pipelines.da", "a text"),
    ("[scan]\noutput = 3\n", "scan.output", "a table"),
    ('[[backups]]\nname = "n"\nsytem = "Veeam"\nwindow_days = 30\n', "backups[0].sytem", "did you mean system"),
    ('[[backups]]\nname = "n"\n', "backups[0]", "window_days = 30 (required)"),
    ("[[backups]]\nwindow_days = -1\n", "backups[0].window_days", "a number >= 0"),
    ('[[backups]]\nwindow_days = 3\noffsite = "tape"\n', "backups[0].offsite", "a list"),
    ('[[backups]]\nwindow_days = 3\noffsite = [{name = "t"}]\n', "backups[0].offsite[0]", "window_days = 90"),
    ("[backups]\nwindow_days = 3\n", "backups", "[[backups]] tables"),
]


@pytest.mark.parametrize(("text", "key", "words"), BAD, ids=[b[1] + ":" + b[0][:20] for b in BAD])
def test_bad_config_is_one_clear_line(tmp_path: Path, text: str, key: str, words: str) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_sweep_config(cfg)  # [[sources]] tables are checked by their kind's typed spec
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{cfg}: {key}"), message
    assert words in message, message


def test_good_config_is_typed(tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text(
        """
[scan]
workers = 2
[scan.detect]
min_score = 1
entities = ["DK_CPR", "SE_PERSONNUMMER"]
[scan.limits]
max_file_size = "2G"
max_expanded = 1048576
[store]
db = "x.sqlite"
lock_stale_seconds = 600
[retention]
jurisdiction = "se"
[notify]
smtp_host = "mail.example.dk"
from = "scanner@example.dk"
to = "dpo@example.dk"
[[sources]]
type = "paths"
name = "share"
paths = ["/srv/share"]
origin = "share"
[[sources]]
type = "imap"
host = "imap.example.dk"
username = "u"
password_env = "IMAP_PASSWORD"
""",
        encoding="utf-8",
    )
    config, _doc, checked = load_sweep_file(cfg)
    assert config.workers == 2 and config.detect.min_score == 1.0 and isinstance(config.detect.min_score, float)
    assert config.detect.entities == ("DK_CPR", "SE_PERSONNUMMER")
    assert config.limits.max_file_size == 2 << 30 and config.limits.max_expanded == 1 << 20
    assert checked.store.lock_stale_seconds == 600.0 and checked.notify is not None
    assert checked.notify.sender == "scanner@example.dk"
    assert [s["name"] for s in checked.sources if "name" in s] == ["share"]


def test_source_kinds_match_the_registry() -> None:
    # Every built-in kind has a typed spec, and no spec is left without a factory.
    assert set(SPEC_CLASSES) == set(SOURCE_KINDS) == set(SOURCE_KEYS)


def test_plug_in_kind_gets_the_common_checks(tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[[sources]]\ntype = "my_plugin"\nanything = 1\npaths = "/"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="a list of paths"):
        load_config(cfg)


def test_unknown_source_kind_refused_by_the_registry(tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[[sources]]\ntype = "imapp"\nhost = "h"\n', encoding="utf-8")
    _config, doc = load_config(cfg)  # core cannot know plug-in kinds...
    with pytest.raises(
        ConfigError, match=r"sweep.toml: sources\[0\].type: unknown source type 'imapp'; did you mean imap"
    ):
        parse_sources(doc["sources"], str(cfg))  # ...the registry (which every verb asks) can


def test_cli_unknown_source_kind_exit_2(cli: list[str], tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[[sources]]\ntype = "imapp"\n', encoding="utf-8")
    proc = subprocess.run(
        [*cli, "sweep", "--config", str(cfg), "--db", str(tmp_path / "i.sqlite")], capture_output=True, timeout=120
    )
    assert proc.returncode == 2 and b"did you mean imap" in proc.stderr


def test_every_scan_field_can_be_checked() -> None:
    # A new section or field with a type the checker cannot read fails here, not in a user's sweep.
    import dataclasses

    def walk(obj: object, where: str) -> dict[str, object]:
        out: dict[str, object] = {}
        for f in dataclasses.fields(obj):  # type: ignore[arg-type]
            value = getattr(obj, f.name)
            if f.metadata.get(INTERNAL):  # set by the program (a sweep), never read from a file
                continue
            if dataclasses.is_dataclass(value):
                out[f.name] = walk(value, f"{where}.{f.name}")
            elif value is None:
                continue
            elif isinstance(value, tuple):
                out[f.name] = list(value)
            else:
                out[f.name] = value
        return out

    config = config_from_dict(walk(ScanConfig(), "scan"))
    assert config == ScanConfig()


@pytest.mark.parametrize("text", ["1e400", "inf", "nan", "-1", "big", "12Q", ""])
def test_sizes_never_overflow(text: str) -> None:
    with pytest.raises(ValueError):
        parse_size(text)


def test_cli_config_error_exit_2_one_line(cli: list[str], tmp_path: Path) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_text('[[sources]]\npaths = "/"\n', encoding="utf-8")
    proc = subprocess.run(
        [*cli, "sweep", "--config", str(cfg), "--db", str(tmp_path / "i.sqlite")], capture_output=True, timeout=120
    )
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "sources[0].paths" in lines[0] and "Traceback" not in lines[0]
    assert not (tmp_path / "i.sqlite").exists()  # nothing ran: not even the index was created


def test_cli_max_file_size_overflow_is_usage_error(cli: list[str], tmp_path: Path) -> None:
    proc = subprocess.run([*cli, "scan", str(tmp_path), "--max-file-size", "1e400"], capture_output=True, timeout=120)
    assert proc.returncode == 2 and b"too large" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe[scan]\n",
        b"[scan\n",
        b"a = " + b"[" * 5000 + b"]" * 5000 + b"\n",
        b"[scan]\nworkers = 2\nworkers = 3\n",
    ],
    ids=["not-utf8", "broken", "deeply-nested", "duplicate-key"],
)
def test_unreadable_toml_is_one_line(tmp_path: Path, raw: bytes) -> None:
    cfg = tmp_path / "sweep.toml"
    cfg.write_bytes(raw)
    with pytest.raises(ConfigError) as caught:
        load_config(cfg)
    assert str(cfg) in str(caught.value) and "\n" not in str(caught.value)
