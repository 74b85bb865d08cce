"""Letter and email templates (DOMAIN.md 6): data, filling, tone hints and mail links."""
