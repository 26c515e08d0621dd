"""`careers show`: one profile, as Rich, Markdown or JSON."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from ..errors import UsageError
from ..i18n import _, set_language
from ..render.sections import SECTIONS

if TYPE_CHECKING:
    from ..schema import Profile

LANGS = ("fr", "en", "nl")


def run_show(settings: Any, job: str, *, sections: list[str], lang: str, fmt: str, pager: bool,
             extra_dirs: Optional[list[Path]] = None) -> None:
    check_choices(sections, lang)
    set_language(lang)  # before the render cache key, which includes the interface language
    catalog = settings.catalog(extra_dirs)
    career_id, profile = catalog.get(job)
    if fmt == "json":
        emit_json(career_id, profile)
    elif fmt == "markdown":
        from ..console import write_data
        from ..render.profile_markdown import profile_markdown

        write_data(profile_markdown(profile, lang=lang, sections=sections or None))
    else:
        emit_rich(profile, lang, sections, pager, use_cache=settings.use_cache)


def check_choices(sections: list[str], lang: str) -> None:
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise UsageError(_("unknown section '{name}'; choose from: {choices}").format(
            name=unknown[0], choices=", ".join(SECTIONS)))
    if lang not in LANGS:
        raise UsageError(_("unknown language '{lang}'; choose from: fr, en, nl").format(lang=lang))


def emit_json(career_id: str, profile: "Profile") -> None:
    import msgspec

    from ..console import write_data
    from ..render.envelope import envelope, to_json
    from ..schema import SCHEMA_VERSION

    data = {"id": career_id, "schema_version": SCHEMA_VERSION, "profile": msgspec.to_builtins(profile)}
    write_data(to_json(envelope("show", data)))


def emit_rich(profile: "Profile", lang: str, sections: list[str], pager: bool, use_cache: bool = True) -> None:
    from ..console import out

    console = out()
    text = rendered_profile(console, profile, lang, sections, use_cache)
    if pager and console.is_terminal and text.count("\n") >= console.height:
        page(text)
    else:
        console.file.write(text)
        console.file.flush()


def rendered_profile(console: Any, profile: "Profile", lang: str, sections: list[str], use_cache: bool) -> str:
    """The profile as the console would print it, from the render cache when it holds it."""
    import msgspec

    from .. import cache
    from ..i18n import current_language

    key = cache.rendered_key(msgspec.msgpack.encode(profile), lang, sections, console.width,
                             console.color_system, console.encoding, console.legacy_windows,
                             current_language())
    text = cache.read_rendered(key) if use_cache else None
    if text is None:
        from ..render.profile_rich import render_profile

        with console.capture() as captured:
            console.print(render_profile(profile, lang=lang, sections=sections or None))
        text = captured.get()
        if use_cache:
            cache.write_rendered(key, text)
    return text


def page(text: str) -> None:
    """Through $PAGER (less keeps colours with -R), like git and man do."""
    import pydoc

    os.environ.setdefault("LESS", "-R")
    pydoc.pager(text)
