"""`careers new`: a commented profile template, for counsellors who add local careers."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ..errors import UsageError
from ..i18n import _
from ..views import ImportReport


def new_profile(career_id: str, out: Optional[str] = None, force: bool = False) -> ImportReport:
    """Write the template of profile `career_id` to `out` (default: ID.yaml here), atomically."""
    from ..files import check_new, write_atomically
    from ..profile.template import profile_template, valid_id

    if not valid_id(career_id):
        raise UsageError(_("'{id}' cannot be a career id: use lowercase letters, digits and dashes, "
                           "e.g. ebeniste or data-analyst").format(id=career_id))
    path = Path(out or f"{career_id}.yaml")
    if path.suffix != ".yaml" or path.stem != career_id:
        raise UsageError(_("the file of career {id} must be named {id}.yaml").format(id=career_id))
    check_new(path, force)
    write_atomically(path, profile_template(career_id, str(path)).encode("utf-8"), through_links=True)
    return ImportReport(lines=[_("Wrote {path}: fill it in, then check it with: careers validate {path}").format(
        path=path)])
