"""API keys: created by `gapcard keys create`, stored hashed, mapped to tenants."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from analyzer.config import Settings
from api.auth import authenticate, create_key, ensure_first_key, hash_key
from api.db import ApiKey, Database, Tenant
from api.db.models import new_id

REPO = Path(__file__).resolve().parents[1]


def open_db(tmp_path: Path) -> Database:
    db = Database.from_settings(Settings(data_dir=tmp_path))
    db.create_all()
    return db


def test_keys_map_to_their_tenant_and_are_stored_hashed(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    a1, a2, b = create_key(db, "acme"), create_key(db, "acme"), create_key(db, "globex")
    assert len({a1, a2, b}) == 3 and all(k.startswith("gc_") and len(k) > 40 for k in (a1, b))
    pa1, pa2, pb = (authenticate(db, k) for k in (a1, a2, b))
    assert pa1 is not None and pa2 is not None and pb is not None
    assert pa1.tenant_id == pa2.tenant_id != pb.tenant_id
    assert (pa1.tenant_name, pb.tenant_name) == ("acme", "globex")
    with db.session() as session:
        stored = list(session.scalars(select(ApiKey)))
        tenants = list(session.scalars(select(Tenant)))
    assert len(stored) == 3 and len(tenants) == 2
    assert {row.key_hash for row in stored} == {hash_key(k) for k in (a1, a2, b)}
    db.dispose()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("gapcard.db*"))
    assert a1.encode() not in raw and b.encode() not in raw, "keys must never be stored in clear"


def test_invalid_keys_are_refused(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    key = create_key(db, "acme")
    for bad in ("", "gc_", key[:-1], key + "x", key.upper(), hash_key(key), "Bearer " + key):
        assert authenticate(db, bad) is None, bad


def test_first_key_only_when_none_exists(tmp_path: Path) -> None:
    db = open_db(tmp_path)
    first = ensure_first_key(db, "local")
    assert first is not None
    principal = authenticate(db, first)
    assert principal is not None and principal.tenant_name == "local"
    assert ensure_first_key(db, "local") is None


def test_cli_keys_create_prints_the_key_on_its_last_line(tmp_path: Path) -> None:
    command = "from cli.main import main; main()"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            command,
            "keys",
            "create",
            "--tenant",
            "acme",
            "--data-dir",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=True,
    )
    key = result.stdout.strip().splitlines()[-1]
    principal = authenticate(open_db(tmp_path), key)
    assert principal is not None and principal.tenant_name == "acme"


def test_record_ids_are_hex_so_a_command_line_never_reads_one_as_an_option() -> None:
    ids = [new_id() for _ in range(2000)]
    assert len(set(ids)) == len(ids)
    assert all(len(i) == 32 and set(i) <= set("0123456789abcdef") for i in ids)
