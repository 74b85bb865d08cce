"""Schema revision 0007: the document folder (master file), its full-text search and originals

Adds documents, their searchable text, links to log entries and (for binders on a server)
the originals themselves; the full-text index is SQLite FTS5 or PostgreSQL text search.
The plain integers goal_data_point.document_id, progress_report.document_id and
service_session.evidence_document_id become foreign keys to document.id.

On SQLite the three foreign keys are added by rewriting each table's definition in place
(the documented writable-schema procedure). Alembic's batch mode would copy the table and
drop the old one, and with foreign keys on, that drop deletes (ON DELETE CASCADE) every
progress-report entry, passage and make-up link of an existing binder.

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-29 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# (table, column, constraint name) of the integer columns that now point at documents.
_DOCUMENT_LINKS = (
    ('goal_data_point', 'document_id', 'fk_goal_data_point_document_id_document'),
    ('progress_report', 'document_id', 'fk_progress_report_document_id_document'),
    ('service_session', 'evidence_document_id', 'fk_service_session_evidence_document_id_document'),
)

_SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE document_search USING fts5(heading, body, content='document_text', "
    "content_rowid='document_id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER document_text_added AFTER INSERT ON document_text BEGIN "
    "INSERT INTO document_search(rowid, heading, body) "
    "VALUES (new.document_id, new.heading, new.body); END",
    "CREATE TRIGGER document_text_removed AFTER DELETE ON document_text BEGIN "
    "INSERT INTO document_search(document_search, rowid, heading, body) "
    "VALUES ('delete', old.document_id, old.heading, old.body); END",
    "CREATE TRIGGER document_text_changed AFTER UPDATE ON document_text BEGIN "
    "INSERT INTO document_search(document_search, rowid, heading, body) "
    "VALUES ('delete', old.document_id, old.heading, old.body); "
    "INSERT INTO document_search(rowid, heading, body) "
    "VALUES (new.document_id, new.heading, new.body); END",
)
_POSTGRES_SEARCH = (
    "ALTER TABLE document_text ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
    "setweight(to_tsvector('simple', coalesce(heading, '')), 'A') || "
    "setweight(to_tsvector('simple', coalesce(body, '')), 'B')) STORED",
    "CREATE INDEX ix_document_text_search_vector ON document_text USING gin (search_vector)",
)


def _sqlite_rewrite_table(table: str, change) -> None:
    """Change a table's CREATE statement in place (no copy, so no cascading delete)."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).scalar_one()
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (change(sql), table)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def _with_foreign_key(column: str, name: str):
    clause = (f", \n\tCONSTRAINT {name} FOREIGN KEY({column}) REFERENCES document (id) "
              "ON DELETE SET NULL")

    def change(sql: str) -> str:
        end = sql.rstrip().rfind(")")
        return sql[:end].rstrip() + clause + "\n)"

    return change


def _without_foreign_key(name: str):
    def change(sql: str) -> str:
        start = sql.index(f", \n\tCONSTRAINT {name} ")
        end = sql.index("ON DELETE SET NULL", start) + len("ON DELETE SET NULL")
        return sql[:start] + sql[end:]

    return change


def upgrade() -> None:
    op.create_table('document_blob',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('sha256', name=op.f('pk_document_blob'))
    )
    op.create_table('document',
    sa.Column('child_id', sa.Integer(), nullable=False),
    sa.Column('seq_no', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('content_type', sa.String(length=120), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('date_on_document', sa.Date(), nullable=True),
    sa.Column('date_received', sa.Date(), nullable=True),
    sa.Column('received_via', sa.String(length=32), nullable=True),
    sa.Column('author', sa.String(length=200), nullable=False),
    sa.Column('author_role', sa.String(length=120), nullable=False),
    sa.Column('recipient', sa.String(length=300), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('school_year', sa.String(length=9), nullable=False),
    sa.Column('sensitivity', sa.String(length=32), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('is_original_scan', sa.Boolean(), nullable=False),
    sa.Column('original_location', sa.Text(), nullable=False),
    sa.Column('message_id', sa.String(length=500), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('import_note', sa.Text(), nullable=False),
    sa.Column('inline_parts', sa.JSON(), nullable=False),
    sa.Column('iep_id', sa.Integer(), nullable=True),
    sa.Column('goal_id', sa.Integer(), nullable=True),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['child_id'], ['child.id'], name=op.f('fk_document_child_id_child'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_document_goal_id_goal'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['iep_id'], ['iep.id'], name=op.f('fk_document_iep_id_iep'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['parent_id'], ['document.id'], name=op.f('fk_document_parent_id_document'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['service_id'], ['service_mandate.id'], name=op.f('fk_document_service_id_service_mandate'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document')),
    sa.UniqueConstraint('child_id', 'seq_no', name=op.f('uq_document_child_id'))
    )
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.create_index('ix_document_child_id_message_id', ['child_id', 'message_id'], unique=False)
        batch_op.create_index('ix_document_child_id_sha256', ['child_id', 'sha256'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_goal_id'), ['goal_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_iep_id'), ['iep_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_parent_id'), ['parent_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_service_id'), ['service_id'], unique=False)

    op.create_table('document_log_link',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_log_link_document_id_document'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['entry_id'], ['log_entry.id'], name=op.f('fk_document_log_link_entry_id_log_entry'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_log_link')),
    sa.UniqueConstraint('document_id', 'entry_id', name=op.f('uq_document_log_link_document_id'))
    )
    with op.batch_alter_table('document_log_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_log_link_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_document_log_link_entry_id'), ['entry_id'], unique=False)

    op.create_table('document_text',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('heading', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_document_text_document_id_document'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_text'))
    )
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for statement in _SQLITE_SEARCH if sqlite else _POSTGRES_SEARCH:
        op.execute(statement)
    for table, column, name in _DOCUMENT_LINKS:
        # No document existed before this revision, so any value here points at nothing.
        op.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} IS NOT NULL")
        if sqlite:
            _sqlite_rewrite_table(table, _with_foreign_key(column, name))
        else:
            op.create_foreign_key(name, table, 'document', [column], ['id'], ondelete='SET NULL')


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == 'sqlite'
    for table, column, name in _DOCUMENT_LINKS:
        if sqlite:
            _sqlite_rewrite_table(table, _without_foreign_key(name))
        else:
            op.drop_constraint(name, table, type_='foreignkey')
    if sqlite:
        for name in ('document_text_changed', 'document_text_removed', 'document_text_added'):
            op.execute(f"DROP TRIGGER {name}")
        op.execute("DROP TABLE document_search")
    op.drop_table('document_text')
    with op.batch_alter_table('document_log_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_log_link_entry_id'))
        batch_op.drop_index(batch_op.f('ix_document_log_link_document_id'))

    op.drop_table('document_log_link')
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_document_service_id'))
        batch_op.drop_index(batch_op.f('ix_document_parent_id'))
        batch_op.drop_index(batch_op.f('ix_document_iep_id'))
        batch_op.drop_index(batch_op.f('ix_document_goal_id'))
        batch_op.drop_index('ix_document_child_id_sha256')
        batch_op.drop_index('ix_document_child_id_message_id')

    op.drop_table('document')
    op.drop_table('document_blob')
