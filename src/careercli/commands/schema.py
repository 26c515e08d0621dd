"""`careers schema`: the JSON Schema of a profile, generated from the msgspec model."""

from __future__ import annotations


def profile_json_schema() -> dict:
    import msgspec

    from ..schema import SCHEMA_VERSION, Profile

    schema = msgspec.json.schema(Profile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"careers profile (schema version {SCHEMA_VERSION})"
    return schema


def run_schema() -> None:
    from ..console import write_data
    from ..render.envelope import to_json

    write_data(to_json(profile_json_schema()))
