"""Schema revision 0010: a covering index for the ledger's sums of plain delivered days

The ledger of 13 years read every session row of the child from the table (30,000 lookups,
most of the first report's time). The sessions that need no rule of their own (delivered,
full minutes, no setting, group or testing note, logged by the parent) are summed per day
from this index alone (services/ledger_inputs.py).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29 10:30:00
"""

from __future__ import annotations

from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

COLUMNS = [
    'child_id', 'session_date', 'service_type', 'status', 'minutes_delivered', 'source',
    'testing', 'actual_setting', 'actual_group', 'deleted_at',
]


def upgrade() -> None:
    op.create_index('ix_service_session_ledger', 'service_session', COLUMNS)


def downgrade() -> None:
    op.drop_index('ix_service_session_ledger', table_name='service_session')
