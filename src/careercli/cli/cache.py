"""`careers cache`."""

import typer

from .options import Lang, command_app

app = command_app(
    name="cache",
    help="Manage the index cache.\n\n\b\nExamples:\n  careers cache clear\n  careers cache path",
    no_args_is_help=True,
)


@app.command("clear")
def cache_clear(ctx: typer.Context, lang: Lang = None) -> int:
    """Delete the index cache; the next command rebuilds it from the YAML files.

    \b
    Example:
      careers cache clear
    """
    from ..commands.cache import clear_cache
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, clear_cache(ctx.obj), "rich")


@app.command("path")
def cache_path(ctx: typer.Context, lang: Lang = None) -> int:
    """Print the folder of the index cache.

    \b
    Example:
      careers cache path
    """
    from ..commands.cache import cache_path as run
    from ..render import emit

    with ctx.obj.speaking(lang):
        return emit(ctx.obj, run(ctx.obj), "rich")
