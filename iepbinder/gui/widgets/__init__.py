"""Small reusable widgets: date field, tables that fit, sections, inputs."""
