"""Schema revision 0005: communication log, journal, concerns and letters

Also stores contact email addresses in lower case, so finding a contact by address
(case-insensitive) can use the index on contact.email.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 01:22:13.588920
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("UPDATE contact SET email = lower(trim(email))")
    op.create_table('concern',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('class_or_setting', sa.String(length=120), nullable=False),
    sa.Column('problem_date', sa.Date(), nullable=True),
    sa.Column('knew_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_concern_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concern'))
    )
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_child_id'), ['child_id'], unique=False)

    op.create_table('journal_entry',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('mood', sa.Integer(), nullable=True),
    sa.Column('stress', sa.Integer(), nullable=True),
    sa.Column('school_refusal', sa.Integer(), nullable=True),
    sa.Column('child_said', sa.Text(), nullable=False),
    sa.Column('parent_saw', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_journal_entry_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_journal_entry'))
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index('ix_journal_entry_child_id_day', ['child_id', 'day'], unique=False)

    op.create_table('log_entry',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('event_date', sa.Date(), nullable=False),
    sa.Column('event_time', sa.String(length=5), nullable=True),
    sa.Column('logged_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('initiated_by', sa.String(length=32), nullable=False),
    sa.Column('topic', sa.String(length=300), nullable=False),
    sa.Column('people_text', sa.Text(), nullable=False),
    sa.Column('people_keys', sa.Text(), nullable=False),
    sa.Column('planned_purpose', sa.Text(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('requests_made', sa.JSON(), nullable=False),
    sa.Column('disagreements', sa.JSON(), nullable=False),
    sa.Column('follow_up_needed', sa.Boolean(), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_done_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('delivery_proof', sa.Text(), nullable=False),
    sa.Column('reply_to_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_log_entry_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['reply_to_id'], ['log_entry.id'], name=op.f('fk_log_entry_reply_to_id_log_entry'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_entry'))
    )
    with op.batch_alter_table('log_entry', schema=None) as batch_op:
        batch_op.create_index('ix_log_entry_child_id_event_date', ['child_id', 'event_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_entry_reply_to_id'), ['reply_to_id'], unique=False)

    op.create_table('concern_entry_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('concern_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], name=op.f('fk_concern_entry_link_concern_id_concern'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'], name=op.f('fk_concern_entry_link_entry_id_log_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concern_entry_link')),
    sa.UniqueConstraint('concern_id', 'entry_id', name=op.f('uq_concern_entry_link_concern_id'))
    )
    with op.batch_alter_table('concern_entry_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_entry_link_concern_id'), ['concern_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_concern_entry_link_entry_id'), ['entry_id'], unique=False)

    op.create_table('concern_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('concern_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('step', sa.String(length=32), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=True),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], name=op.f('fk_concern_step_concern_id_concern'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_concern_step'))
    )
    with op.batch_alter_table('concern_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_concern_step_concern_id'), ['concern_id'], unique=False)

    op.create_table('letter',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('template_key', sa.String(length=60), nullable=False),
    sa.Column('recipient_name', sa.String(length=200), nullable=False),
    sa.Column('recipient_email', sa.String(length=254), nullable=False),
    sa.Column('recipient_role', sa.String(length=120), nullable=False),
    sa.Column('cc_names', sa.String(length=500), nullable=False),
    sa.Column('cc_emails', sa.String(length=1000), nullable=False),
    sa.Column('subject', sa.String(length=300), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('response_due', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=True),
    sa.Column('sent_via', sa.String(length=40), nullable=False),
    sa.Column('log_entry_id', sa.Integer(), nullable=True),
    sa.Column('concern_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_letter_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['concern_id'], ['concern.id'], name=op.f('fk_letter_concern_id_concern'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['log_entry_id'], ['log_entry.id'], name=op.f('fk_letter_log_entry_id_log_entry'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter'))
    )
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_child_id'), ['child_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_concern_id'), ['concern_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_letter_log_entry_id'), ['log_entry_id'], unique=False)

    op.create_table('log_commitment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('who', sa.String(length=200), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('by_when', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'], name=op.f('fk_log_commitment_entry_id_log_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_commitment'))
    )
    with op.batch_alter_table('log_commitment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_log_commitment_entry_id'), ['entry_id'], unique=False)

    op.create_table('log_participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['contact.id'], name=op.f('fk_log_participant_contact_id_contact'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'], name=op.f('fk_log_participant_entry_id_log_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_participant'))
    )
    with op.batch_alter_table('log_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_log_participant_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_participant_entry_id'), ['entry_id'], unique=False)

    op.create_table('accommodation_check',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('accommodation_id', sa.Integer(), nullable=True),
    sa.Column('accommodation_text', sa.Text(), nullable=False),
    sa.Column('class_name', sa.String(length=120), nullable=False),
    sa.Column('provided', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['accommodation_id'], ['accommodation.id'], name=op.f('fk_accommodation_check_accommodation_id_accommodation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_accommodation_check_child_id_child'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accommodation_check'))
    )
    with op.batch_alter_table('accommodation_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_accommodation_check_accommodation_id'), ['accommodation_id'], unique=False)
        batch_op.create_index('ix_accommodation_check_child_id_day', ['child_id', 'day'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('accommodation_check', schema=None) as batch_op:
        batch_op.drop_index('ix_accommodation_check_child_id_day')
        batch_op.drop_index(batch_op.f('ix_accommodation_check_accommodation_id'))

    op.drop_table('accommodation_check')
    with op.batch_alter_table('log_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_participant_entry_id'))
        batch_op.drop_index(batch_op.f('ix_log_participant_contact_id'))

    op.drop_table('log_participant')
    with op.batch_alter_table('log_commitment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_commitment_entry_id'))

    op.drop_table('log_commitment')
    with op.batch_alter_table('letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_log_entry_id'))
        batch_op.drop_index(batch_op.f('ix_letter_concern_id'))
        batch_op.drop_index(batch_op.f('ix_letter_child_id'))

    op.drop_table('letter')
    with op.batch_alter_table('concern_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_step_concern_id'))

    op.drop_table('concern_step')
    with op.batch_alter_table('concern_entry_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_entry_link_entry_id'))
        batch_op.drop_index(batch_op.f('ix_concern_entry_link_concern_id'))

    op.drop_table('concern_entry_link')
    with op.batch_alter_table('log_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_entry_reply_to_id'))
        batch_op.drop_index('ix_log_entry_child_id_event_date')

    op.drop_table('log_entry')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_entry_child_id_day')

    op.drop_table('journal_entry')
    with op.batch_alter_table('concern', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_concern_child_id'))

    op.drop_table('concern')
