"""The career profile: its schema, its sections, its template, and how it is read from YAML."""
