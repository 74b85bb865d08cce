"""Where things live and the choices a binder can be set to."""
