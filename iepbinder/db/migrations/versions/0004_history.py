"""Schema revision 0004: the append-only, hash-chained history of sessions, log entries, documents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 02:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('history_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=20), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_history_record')),
    sa.UniqueConstraint('hash', name=op.f('uq_history_record_hash'))
    )
    with op.batch_alter_table('history_record', schema=None) as batch_op:
        batch_op.create_index('ix_history_record_entity', ['entity', 'entity_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('history_record', schema=None) as batch_op:
        batch_op.drop_index('ix_history_record_entity')
    op.drop_table('history_record')
