"""`gapcard keys create|list|revoke`: the API keys of `gapcard serve`. A key is shown once, at
creation; the database keeps only its hash, so `list` shows ids and first characters, and
`revoke KEY_ID` stops a key (and the web sessions it opened) at once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cli.settings import build_settings, fail

if TYPE_CHECKING:
    pass

keys_app = typer.Typer(help="API keys for `gapcard serve`.", no_args_is_help=True)


@keys_app.command("create")
def keys_create(
    tenant: Annotated[str, typer.Option(help="Tenant the key belongs to (created if new)")],
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
) -> None:
    """Create an API key for a tenant. The key is printed once, on the last line."""
    from api.auth import create_key
    from api.db import Database

    db = Database.from_settings(build_settings(data_dir))
    try:
        db.create_all()
        key = create_key(db, tenant)
    except ValueError as exc:
        raise fail(str(exc)) from None
    finally:
        db.dispose()
    typer.echo(f"API key for tenant {tenant!r} (shown only once; stored hashed):")
    typer.echo(key)


@keys_app.command("list")
def keys_list(
    tenant: Annotated[str | None, typer.Option(help="Only this tenant's keys")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
) -> None:
    """List API keys: id (for revoke), first characters, tenant, created, revoked."""
    from api.auth import list_keys
    from api.db import Database

    db = Database.from_settings(build_settings(data_dir))
    try:
        db.create_all()
        keys = list_keys(db, tenant)
    finally:
        db.dispose()
    typer.echo(f"{'KEY ID':<24} {'PREFIX':<10} {'CREATED (UTC)':<17} {'STATUS':<25} TENANT")
    for key in keys:
        status = f"revoked {key.revoked_at:%Y-%m-%d %H:%M}" if key.revoked_at else "active"
        created = f"{key.created_at:%Y-%m-%d %H:%M}"
        typer.echo(
            f"{key.id:<24} {key.prefix + '…':<10} {created:<17} {status:<25} {key.tenant_name}"
        )


@keys_app.command("revoke")
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id, from `gapcard keys list`")],
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
) -> None:
    """Revoke an API key: it is refused at once, and its web page sessions end."""
    from api.auth import revoke_key
    from api.db import Database

    db = Database.from_settings(build_settings(data_dir))
    try:
        db.create_all()
        revoked = revoke_key(db, key_id)
    finally:
        db.dispose()
    if revoked is None:
        raise fail(f"no API key with id {key_id!r} (see `gapcard keys list`)")
    key, ended = revoked
    typer.echo(
        f"revoked key {key.id} ({key.prefix}…, tenant {key.tenant_name!r}); "
        f"{ended} web session(s) ended"
    )
