"""`careers schema`: the JSON Schema of a profile, generated from the msgspec model."""

from __future__ import annotations

from typing import Any

from ..views import SchemaDocument


def profile_json_schema() -> dict[str, Any]:
    import msgspec

    from ..profile.schema import SCHEMA_VERSION, Profile

    schema = msgspec.json.schema(Profile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"careers profile (schema version {SCHEMA_VERSION})"
    return schema


def schema_document() -> SchemaDocument:
    return SchemaDocument(schema=profile_json_schema())
