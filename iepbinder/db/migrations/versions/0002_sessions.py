"""Schema revision 0002: school calendars, the service session log, make-ups and compensatory awards

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 01:21:01.421155
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('school_year',
    sa.Column('label', sa.String(length=40), nullable=False),
    sa.Column('first_day', sa.Date(), nullable=False),
    sa.Column('last_day', sa.Date(), nullable=False),
    sa.Column('school', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_school_year'))
    )
    op.create_table('calendar_day',
    sa.Column('school_year_id', sa.Integer(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['school_year_id'], ['school_year.id'], name=op.f('fk_calendar_day_school_year_id_school_year'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_calendar_day'))
    )
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_calendar_day_school_year_id'), ['school_year_id'], unique=False)

    op.create_table('compensatory_award',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('service_type', sa.String(length=120), nullable=False),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('provider', sa.String(length=120), nullable=False),
    sa.Column('setting', sa.String(length=120), nullable=False),
    sa.Column('qualitative_description', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_compensatory_award_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_compensatory_award'))
    )
    with op.batch_alter_table('compensatory_award', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_compensatory_award_child_id'), ['child_id'], unique=False)

    op.create_table('service_session',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('service_type', sa.String(length=120), nullable=False),
    sa.Column('mandate_id', sa.Integer(), nullable=True),
    sa.Column('award_id', sa.Integer(), nullable=True),
    sa.Column('session_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('scheduled_minutes', sa.Integer(), nullable=False),
    sa.Column('minutes_delivered', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=True),
    sa.Column('attribution', sa.String(length=32), nullable=True),
    sa.Column('actual_setting', sa.String(length=32), nullable=True),
    sa.Column('actual_group', sa.String(length=32), nullable=True),
    sa.Column('provider', sa.String(length=120), nullable=False),
    sa.Column('evidence_source', sa.String(length=32), nullable=False),
    sa.Column('evidence_note', sa.Text(), nullable=False),
    sa.Column('evidence_document_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['award_id'], ['compensatory_award.id'], name=op.f('fk_service_session_award_id_compensatory_award'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_service_session_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['mandate_id'], ['service_mandate.id'], name=op.f('fk_service_session_mandate_id_service_mandate'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_session'))
    )
    with op.batch_alter_table('service_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_session_award_id'), ['award_id'], unique=False)
        batch_op.create_index('ix_service_session_child_date', ['child_id', 'session_date'], unique=False)

    op.create_table('makeup_link',
    sa.Column('makeup_id', sa.Integer(), nullable=False),
    sa.Column('missed_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['makeup_id'], ['service_session.id'], name=op.f('fk_makeup_link_makeup_id_service_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['missed_id'], ['service_session.id'], name=op.f('fk_makeup_link_missed_id_service_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('makeup_id', 'missed_id', name=op.f('pk_makeup_link'))
    )
    with op.batch_alter_table('makeup_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_makeup_link_missed_id'), ['missed_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('makeup_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_makeup_link_missed_id'))

    op.drop_table('makeup_link')
    with op.batch_alter_table('service_session', schema=None) as batch_op:
        batch_op.drop_index('ix_service_session_child_date')
        batch_op.drop_index(batch_op.f('ix_service_session_award_id'))

    op.drop_table('service_session')
    with op.batch_alter_table('compensatory_award', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_compensatory_award_child_id'))

    op.drop_table('compensatory_award')
    with op.batch_alter_table('calendar_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_calendar_day_school_year_id'))

    op.drop_table('calendar_day')
    op.drop_table('school_year')
