"""`careers show`: one profile, as Rich, Markdown or JSON."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from ..errors import UsageError
from ..i18n import _, use_language
from ..render.sections import SECTIONS

if TYPE_CHECKING:
    from ..catalog import Catalog
    from ..schema import Profile

def run_show(settings: Any, job: str, *, sections: list[str], lang: Optional[str], fmt: str, pager: bool,
             extra_dirs: Optional[list[Path]] = None) -> None:
    check_sections(sections)
    lang = use_language(lang)  # before the render cache key, which includes the interface language
    catalog = settings.catalog(extra_dirs)
    career_id, profile = catalog.get(job)
    if fmt == "json":
        emit_json(career_id, profile)
    elif fmt == "markdown":
        from ..console import write_data
        from ..render.profile_markdown import profile_markdown

        write_data(profile_markdown(profile, lang=lang, sections=sections or None,
                                    similar_titles=similar_titles(catalog, profile)))
    else:
        emit_rich(catalog, profile, lang, sections, pager)


def check_sections(sections: list[str]) -> None:
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise UsageError(_("unknown section '{name}'; choose from: {choices}").format(
            name=unknown[0], choices=", ".join(SECTIONS)))


def emit_json(career_id: str, profile: "Profile") -> None:
    import msgspec

    from ..console import write_data
    from ..render.envelope import envelope, to_json
    from ..schema import SCHEMA_VERSION

    data = {"id": career_id, "schema_version": SCHEMA_VERSION, "profile": msgspec.to_builtins(profile)}
    write_data(to_json(envelope("show", data)))


def similar_titles(catalog: "Catalog", profile: "Profile") -> dict[str, Any]:
    """The titles of the similar careers the catalog knows (the profile names only their ids)."""
    if not profile.similar:
        return {}
    entries = catalog.entries
    return {i: entries[i].title for i in profile.similar if i in entries}


def emit_rich(catalog: "Catalog", profile: "Profile", lang: str, sections: list[str], pager: bool) -> None:
    from ..console import out

    console = out()
    text = rendered_profile(console, catalog, profile, lang, sections)
    if pager and console.is_terminal and text.count("\n") >= console.height:
        page(text)
    else:
        console.file.write(text)
        console.file.flush()


def rendered_profile(console: Any, catalog: "Catalog", profile: "Profile", lang: str, sections: list[str]) -> str:
    """The profile as the console would print it, from the render cache when it holds it.

    The key covers the profile, every option and terminal property that changes the text,
    and the catalog's version (the titles of similar careers come from other profiles).
    """
    import msgspec

    from .. import cache
    from ..i18n import current_language

    key = cache.rendered_key(msgspec.msgpack.encode(profile), catalog.version, renderer_version(), lang, sections,
                             console.width,
                             console.color_system, console.encoding, console.legacy_windows,
                             current_language())
    text = cache.read_rendered(key) if catalog.use_cache else None
    if text is None:
        from ..render.profile_rich import render_profile

        renderable = render_profile(profile, lang=lang, sections=sections or None,
                                    similar_titles=similar_titles(catalog, profile))
        with console.capture() as captured:
            console.print(renderable)
        text = captured.get()
        if catalog.use_cache:
            cache.write_rendered(key, text)
    return text


def renderer_version() -> str:
    """Changes when the renderer's code does, so an edited renderer never serves old text."""
    folder = Path(__file__).resolve().parent.parent / "render"
    return ":".join(str((folder / name).stat().st_mtime_ns) for name in ("layout.py", "profile_rich.py", "profile_format.py"))


def page(text: str) -> None:
    """Through $PAGER (less keeps colours with -R), like git and man do."""
    import pydoc

    os.environ.setdefault("LESS", "-R")
    pydoc.pager(text)
