"""`careers show --format json`: the whole profile in the envelope."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..views import ProfileView
    from .output import Output


def emit(view: "ProfileView", output: "Output") -> None:
    import msgspec

    from ..profile.schema import SCHEMA_VERSION

    data = {"id": view.id, "schema_version": SCHEMA_VERSION, "profile": msgspec.to_builtins(view.profile)}
    if view.moves:
        data["moves"] = msgspec.to_builtins(view.moves)
    output.write_json("show", data)
