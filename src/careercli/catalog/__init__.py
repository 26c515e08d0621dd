"""The catalog: profiles found, read, indexed, cached, merged across data folders, and searched."""
