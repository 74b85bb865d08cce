"""Pure rules of the field: standard library only, testable with plain data."""
