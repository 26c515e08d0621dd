"""`careers schema`."""

import typer

from .options import Lang, command_app

app = command_app()


@app.command(name="schema")
def schema(ctx: typer.Context, lang: Lang = None) -> int:
    """Print the JSON Schema of a career profile, for editors that validate YAML as you type.

    \b
    Example:
      careers schema > career.schema.json
    """
    from ..commands.schema import schema_document
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, schema_document(), "json")
