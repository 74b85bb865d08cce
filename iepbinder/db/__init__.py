"""Storage: SQLAlchemy models, opening binder folders, migrations."""
