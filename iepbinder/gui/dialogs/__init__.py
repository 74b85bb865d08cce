"""Forms to add and edit each kind of record, and the trash."""
