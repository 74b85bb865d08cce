"""Turn service DTOs into printable binder pages (PDF) and other export formats."""
