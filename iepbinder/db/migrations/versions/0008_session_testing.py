"""Schema revision 0008: a logged session can be marked as testing or evaluation time

DOMAIN.md 2.5 lists "testing or evaluation time logged as a session" among the mismatch flags;
the parent marks such a session, and the ledger flags it like a setting or group mismatch.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        'service_session',
        sa.Column('testing', sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # A plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+): batch mode would copy the table and
    # drop the old one, and with foreign keys on that drop deletes every make-up link.
    op.drop_column('service_session', 'testing')
