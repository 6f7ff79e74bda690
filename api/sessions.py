"""Web page sign-ins as server-side sessions.

Signing in exchanges an API key for a random session id (256 bits) that the browser keeps in an
HttpOnly, SameSite=Strict cookie (Secure over HTTPS); the table stores only the id's SHA-256,
the key it was opened with, and when it expires. A session ends when it expires, when its owner
signs out (the row is deleted), or when its key is revoked (the rows are deleted, and the key's
`revoked_at` is checked on every request anyway).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from api.auth import Principal, authenticate
from api.db import ApiKey, Database, Tenant, WebSession, utcnow

COOKIE = "gapcard_session"


def hash_session(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


def start_session(db: Database, key: str, ttl: timedelta) -> tuple[str, Principal] | None:
    """A new session for a valid key: (session id for the cookie, principal); None for a bad
    key. Expired sessions are swept on the way."""
    principal = authenticate(db, key)
    if principal is None:
        return None
    session_id = secrets.token_urlsafe(32)
    now = utcnow()
    with db.session() as session:
        session.execute(delete(WebSession).where(WebSession.expires_at <= now))
        session.add(
            WebSession(
                id_hash=hash_session(session_id),
                key_id=principal.key_id,
                tenant_id=principal.tenant_id,
                expires_at=now + ttl,
            )
        )
    return session_id, principal


def session_principal(db: Database, session_id: str | None) -> Principal | None:
    """The principal of a live session: not expired, its key not revoked; else None."""
    if not session_id or len(session_id) > 200:
        return None
    with db.session() as session:
        row = session.execute(
            select(Tenant.id, Tenant.name, ApiKey.id)
            .select_from(WebSession)
            .join(ApiKey, ApiKey.id == WebSession.key_id)
            .join(Tenant, Tenant.id == WebSession.tenant_id)
            .where(
                WebSession.id_hash == hash_session(session_id),
                WebSession.expires_at > utcnow(),
                ApiKey.revoked_at.is_(None),
            )
        ).first()
    if row is None:
        return None
    return Principal(tenant_id=row[0], tenant_name=row[1], key_id=row[2])


def end_session(db: Database, session_id: str | None) -> bool:
    """Delete a session (sign-out); False if there was none."""
    if not session_id:
        return False
    with db.session() as session:
        result = session.execute(
            delete(WebSession).where(WebSession.id_hash == hash_session(session_id))
        )
        return bool(getattr(result, "rowcount", 0))
