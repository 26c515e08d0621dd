"""`careers show` for people: the profile laid out with Rich (profile_rich.py), kept in the page cache.

Printing a kept page needs none of the layout: the builders of every section (profile_rich,
layout, profile_format) are imported only when the page is laid out, on its first view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from ..catalog.stamp import inputs_stamp

if TYPE_CHECKING:
    from rich.console import Console

    from ..catalog.cache import CacheStore
    from ..views import ProfileView
    from .output import Output


def emit(view: "ProfileView", output: "Output") -> None:
    """Print the profile; a long one goes through the pager at a terminal."""
    from ..text import clean_rendered

    console = output.out
    text = clean_rendered(rendered_text(view, console, output.cache))  # the cached page is untrusted too
    if view.pager and console.is_terminal and text.count("\n") >= console.height and output.page(text):
        return
    console.file.write(text)
    console.file.flush()


def rendered_text(view: "ProfileView", console: "Console", cache: Optional["CacheStore"]) -> str:
    """The profile as the console would print it, from the page cache when it holds it.

    The key covers the profile, the titles of its similar careers and its moves (the only text
    the page takes from other profiles), every option and terminal property that changes the text, and
    the package's code and data (stamp.inputs_stamp)."""
    import msgspec

    from ..catalog.cache import rendered_key
    from ..i18n import current_language

    key = rendered_key(msgspec.msgpack.encode((view.profile, view.similar_titles, view.moves)), inputs_stamp(),
                       view.lang, view.sections, console.width, console.color_system, console.encoding, console.legacy_windows,
                       current_language())
    text = cache.read_rendered(key) if cache else None
    if text is None:
        from .profile_rich import render_profile

        renderable = render_profile(view.profile, sections=view.sections or None,
                                    similar_titles=view.similar_titles, moves=view.moves)
        with console.capture() as captured:
            console.print(renderable)
        text = captured.get()
        if cache:
            cache.write_rendered(key, text)
    return text
