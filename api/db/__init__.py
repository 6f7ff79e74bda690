"""The API's database: tenants, API keys, documents and analysis jobs (SQLAlchemy 2.0)."""

from api.db.models import (
    AnalysisRow,
    ApiKey,
    Base,
    DocumentRow,
    Tenant,
    WebSession,
    new_id,
    utcnow,
)
from api.db.session import Database

__all__ = [
    "AnalysisRow",
    "ApiKey",
    "Base",
    "Database",
    "DocumentRow",
    "Tenant",
    "WebSession",
    "new_id",
    "utcnow",
]
