"""Bytes from outside the binder turned into parsed records, with clear reasons when they fail."""
