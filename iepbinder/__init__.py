"""IEP Binder: a parent's digital IEP binder."""

__version__ = "0.1.0"
