"""Schema revision 0001: children, IEP plans, services, accommodations, goals, team

Revision ID: 0001
Revises: (none, the first revision)
Create Date: 2026-11-29 00:34:43.496034
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('binder_setting',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_binder_setting'))
    )
    op.create_table('child',
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('preferred_name', sa.String(length=100), nullable=False),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('school', sa.String(length=200), nullable=False),
    sa.Column('grade', sa.String(length=40), nullable=False),
    sa.Column('district', sa.String(length=200), nullable=False),
    sa.Column('eligibility', sa.String(length=300), nullable=False),
    sa.Column('primary_language', sa.String(length=60), nullable=False),
    sa.Column('parent_names', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_child'))
    )
    op.create_table('contact',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('organization', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact'))
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_email'), ['email'], unique=False)

    op.create_table('iep',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('amends_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('meeting_date', sa.Date(), nullable=True),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('annual_review_due', sa.Date(), nullable=True),
    sa.Column('last_evaluation_date', sa.Date(), nullable=True),
    sa.Column('reevaluation_due', sa.Date(), nullable=True),
    sa.Column('progress_report_schedule', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['amends_id'], ['iep.id'], name=op.f('fk_iep_amends_id_iep'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_iep_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_iep'))
    )
    with op.batch_alter_table('iep', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_iep_amends_id'), ['amends_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_iep_child_id'), ['child_id'], unique=False)

    op.create_table('team_member',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('team_role', sa.String(length=120), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_team_member_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_team_member_contact_id_contact'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_team_member_contact_id'), ['contact_id'], unique=False)

    op.create_table('accommodation',
    sa.Column('iep_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('category', sa.String(length=60), nullable=False),
    sa.Column('applies_to', sa.JSON(), nullable=False),
    sa.Column('page_ref', sa.String(length=40), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['iep_id'], ['iep.id'], name=op.f('fk_accommodation_iep_id_iep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accommodation'))
    )
    with op.batch_alter_table('accommodation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accommodation_iep_id'), ['iep_id'], unique=False)

    op.create_table('goal',
    sa.Column('iep_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('area', sa.String(length=120), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('condition', sa.Text(), nullable=False),
    sa.Column('behavior', sa.Text(), nullable=False),
    sa.Column('metric', sa.String(length=32), nullable=False),
    sa.Column('unit', sa.String(length=60), nullable=False),
    sa.Column('direction', sa.String(length=32), nullable=False),
    sa.Column('baseline_value', sa.Double(), nullable=True),
    sa.Column('baseline_date', sa.Date(), nullable=True),
    sa.Column('baseline_text', sa.Text(), nullable=False),
    sa.Column('baseline_source', sa.String(length=200), nullable=False),
    sa.Column('baseline_probes', sa.JSON(), nullable=False),
    sa.Column('target_value', sa.Double(), nullable=True),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('criterion_text', sa.String(length=300), nullable=False),
    sa.Column('measurement_method', sa.String(length=300), nullable=False),
    sa.Column('measurement_frequency', sa.String(length=120), nullable=False),
    sa.Column('responsible_role', sa.String(length=120), nullable=False),
    sa.Column('short_term_objectives', sa.JSON(), nullable=False),
    sa.Column('page_ref', sa.String(length=40), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['iep_id'], ['iep.id'], name=op.f('fk_goal_iep_id_iep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal'))
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_iep_id'), ['iep_id'], unique=False)

    op.create_table('service_mandate',
    sa.Column('iep_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('service_type', sa.String(length=120), nullable=False),
    sa.Column('provider_role', sa.String(length=120), nullable=False),
    sa.Column('provider_name', sa.String(length=120), nullable=False),
    sa.Column('delivery', sa.String(length=32), nullable=False),
    sa.Column('setting', sa.String(length=32), nullable=False),
    sa.Column('setting_other', sa.String(length=200), nullable=False),
    sa.Column('group_size', sa.String(length=32), nullable=False),
    sa.Column('group_max', sa.Integer(), nullable=True),
    sa.Column('location_text', sa.String(length=200), nullable=False),
    sa.Column('raw_text', sa.Text(), nullable=False),
    sa.Column('page_ref', sa.String(length=40), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=True),
    sa.Column('cycle_days', sa.Integer(), nullable=True),
    sa.Column('sessions_per_period', sa.Integer(), nullable=True),
    sa.Column('sessions_per_period_max', sa.Integer(), nullable=True),
    sa.Column('minutes_per_session', sa.Integer(), nullable=True),
    sa.Column('minutes_per_session_max', sa.Integer(), nullable=True),
    sa.Column('total_minutes_per_period', sa.Integer(), nullable=True),
    sa.Column('total_minutes_per_period_max', sa.Integer(), nullable=True),
    sa.Column('week_definition', sa.String(length=32), nullable=False),
    sa.Column('holiday_policy', sa.String(length=32), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('esy', sa.Boolean(), nullable=False),
    sa.Column('parse_confidence', sa.Float(), nullable=False),
    sa.Column('user_confirmed', sa.Boolean(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['iep_id'], ['iep.id'], name=op.f('fk_service_mandate_iep_id_iep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_mandate'))
    )
    with op.batch_alter_table('service_mandate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_service_mandate_iep_id'), ['iep_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('service_mandate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_mandate_iep_id'))

    op.drop_table('service_mandate')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_iep_id'))

    op.drop_table('goal')
    with op.batch_alter_table('accommodation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_accommodation_iep_id'))

    op.drop_table('accommodation')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_contact_id'))
        batch_op.drop_index(batch_op.f('ix_team_member_child_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('iep', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_iep_child_id'))
        batch_op.drop_index(batch_op.f('ix_iep_amends_id'))

    op.drop_table('iep')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_email'))

    op.drop_table('contact')
    op.drop_table('child')
    op.drop_table('binder_setting')

