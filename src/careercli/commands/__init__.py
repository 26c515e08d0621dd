"""Command implementations: each takes plain values, calls the core, renders the result."""
