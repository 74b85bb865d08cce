"""Schema revision 0003: goal progress data points, progress reports, entries and passages

goal_data_point.document_id and progress_report.document_id are plain integers for now: they
will point at the binder's documents (issue 5), whose table does not exist yet.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 01:22:38.580225
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('progress_report',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('iep_id', sa.Integer(), nullable=True),
    sa.Column('period', sa.String(length=120), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=True),
    sa.Column('expected_date', sa.Date(), nullable=True),
    sa.Column('received_date', sa.Date(), nullable=True),
    sa.Column('source_text', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_progress_report_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['iep_id'], ['iep.id'], name=op.f('fk_progress_report_iep_id_iep'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report'))
    )
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_iep_id'), ['iep_id'], unique=False)

    op.create_table('goal_data_point',
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('observed_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_goal_data_point_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_data_point'))
    )
    with op.batch_alter_table('goal_data_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_data_point_goal_id'), ['goal_id'], unique=False)

    op.create_table('progress_report_entry',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('narrative', sa.Text(), nullable=False),
    sa.Column('reported_value', sa.Float(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_progress_report_entry_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['progress_report.id'], name=op.f('fk_progress_report_entry_report_id_progress_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report_entry')),
    sa.UniqueConstraint('report_id', 'goal_id', name=op.f('uq_progress_report_entry_report_id'))
    )
    with op.batch_alter_table('progress_report_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_entry_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_entry_report_id'), ['report_id'], unique=False)

    op.create_table('progress_report_passage',
    sa.Column('report_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_progress_report_passage_goal_id_goal'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['report_id'], ['progress_report.id'], name=op.f('fk_progress_report_passage_report_id_progress_report'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_progress_report_passage'))
    )
    with op.batch_alter_table('progress_report_passage', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_progress_report_passage_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_progress_report_passage_report_id'), ['report_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('progress_report_passage', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_report_passage_report_id'))
        batch_op.drop_index(batch_op.f('ix_progress_report_passage_goal_id'))

    op.drop_table('progress_report_passage')
    with op.batch_alter_table('progress_report_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_report_entry_report_id'))
        batch_op.drop_index(batch_op.f('ix_progress_report_entry_goal_id'))

    op.drop_table('progress_report_entry')
    with op.batch_alter_table('goal_data_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_data_point_goal_id'))

    op.drop_table('goal_data_point')
    with op.batch_alter_table('progress_report', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_progress_report_iep_id'))
        batch_op.drop_index(batch_op.f('ix_progress_report_child_id'))

    op.drop_table('progress_report')
