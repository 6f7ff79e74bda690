"""API keys: created for a tenant, shown once, stored only as a SHA-256 hash; listed and
revoked by id (a revoked key, and every web session it opened, stops working at once)."""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.db import ApiKey, Database, Tenant, WebSession, utcnow

log = logging.getLogger(__name__)
KEY_PREFIX = "gc_"


@dataclass(frozen=True)
class Principal:
    """Who is calling: the tenant an API key belongs to."""

    tenant_id: str
    tenant_name: str
    key_id: str = ""


@dataclass(frozen=True)
class KeyInfo:
    """What `gapcard keys list` shows of a key (never the key itself: it is not stored)."""

    id: str
    prefix: str
    tenant_name: str
    created_at: datetime
    revoked_at: datetime | None


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_key() -> str:
    """A fresh API key: a recognisable prefix and 256 random bits."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def tenant_named(session: Session, name: str) -> Tenant:
    """The tenant with this name, created if absent."""
    tenant = session.scalars(select(Tenant).where(Tenant.name == name)).first()
    if tenant is None:
        tenant = Tenant(name=name)
        session.add(tenant)
        session.flush()
    return tenant


def create_key(db: Database, tenant_name: str) -> str:
    """Create an API key for the named tenant (created if new); returns the key, shown once."""
    name = tenant_name.strip()
    if not name or len(name) > 200:
        raise ValueError("tenant name must be 1 to 200 characters")
    key = new_key()
    for attempt in range(2):
        try:
            with db.session() as session:
                tenant = tenant_named(session, name)
                session.add(ApiKey(tenant_id=tenant.id, key_hash=hash_key(key), prefix=key[:8]))
            break
        except IntegrityError:  # another process created the same tenant at the same moment
            if attempt:
                raise
    log.info("created an API key %s... for tenant %r", key[:8], name)
    return key


#: Built once: every request is authenticated, and building the statement cost as much CPU as
#: running it.
KEY_LOOKUP = (
    select(ApiKey.key_hash, Tenant.id, Tenant.name, ApiKey.id)
    .join(Tenant, Tenant.id == ApiKey.tenant_id)
    .where(ApiKey.key_hash == bindparam("digest"), ApiKey.revoked_at.is_(None))
)


def authenticate(db: Database, key: str) -> Principal | None:
    """The tenant of a valid, unrevoked key, or None."""
    with db.engine.connect() as connection:  # a read: no ORM session to begin and commit
        return authenticate_on(connection, key)


def authenticate_on(connection: Connection, key: str) -> Principal | None:
    """`authenticate` on an open connection (so that a request can read in the same one)."""
    if not key.startswith(KEY_PREFIX) or len(key) > 200:
        return None
    digest = hash_key(key)
    row = connection.execute(KEY_LOOKUP, {"digest": digest}).first()
    if row is None or not hmac.compare_digest(row[0], digest):
        return None
    return Principal(tenant_id=row[1], tenant_name=row[2], key_id=row[3])


def list_keys(db: Database, tenant_name: str | None = None) -> list[KeyInfo]:
    """Every key (or one tenant's), oldest first."""
    query = select(ApiKey, Tenant.name).join(Tenant, Tenant.id == ApiKey.tenant_id)
    if tenant_name is not None:
        query = query.where(Tenant.name == tenant_name)
    with db.session() as session:
        rows = session.execute(query.order_by(ApiKey.created_at, ApiKey.id)).all()
    return [KeyInfo(key.id, key.prefix, name, key.created_at, key.revoked_at) for key, name in rows]


def revoke_key(db: Database, key_id: str) -> tuple[KeyInfo, int] | None:
    """Revoke a key and end its web sessions; returns the key and the sessions ended, or None
    if there is no such key. Revoking a revoked key changes nothing but is not an error."""
    with db.session() as session:
        session.execute(
            update(ApiKey)
            .where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None))
            .values(revoked_at=utcnow())
        )
        ended = session.execute(delete(WebSession).where(WebSession.key_id == key_id))
        ended_count = int(getattr(ended, "rowcount", 0) or 0)
    found = [k for k in list_keys(db) if k.id == key_id]
    if not found:
        return None
    log.info(
        "revoked API key %s... (%s); %d web sessions ended", found[0].prefix, key_id, ended_count
    )
    return found[0], ended_count


def key_count(db: Database) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(ApiKey)) or 0)


def ensure_first_key(db: Database, tenant_name: str) -> str | None:
    """On first start (no key at all), create a key for the default tenant and return it."""
    if key_count(db):
        return None
    return create_key(db, tenant_name)
