"""Schema revision 0009: an index on a child's sessions by their last edit

The ledger keeps a child's sessions between reports and reads them again only when a
fingerprint changes (services/ledger_cache.py); the fingerprint's newest edit of the child's
sessions read every session row of the child (30 ms on a 13-year binder, at every ledger the
Calendar and Today tabs ask for). With this index it is one index lookup.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 08:00:00
"""

from __future__ import annotations

from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        'ix_service_session_child_updated', 'service_session', ['child_id', 'updated_at']
    )


def downgrade() -> None:
    op.drop_index('ix_service_session_child_updated', table_name='service_session')
