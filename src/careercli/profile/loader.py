"""Read career profiles from YAML, reporting every problem as file:line:column: field: message.

Profiles come from people and are shared, so limits are enforced before anything is parsed: a
profile is a regular file of at most `MAX_PROFILE_BYTES`; its YAML is checked by `yamlread`
(aliases, nesting, duplicate keys, numbers) before msgspec sees a value.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import msgspec
import yaml

from ..errors import Problem, ProfileError
from ..files import read_bounded
from ..i18n import N_, _, decimal_marks, match_template, os_reason, translated
from .schema import Profile
from .template import MARK, placeholder_problems
from .yamlread import Document, NodeProblem, SafeLoader, YamlLimitError, load_document
from ..patterns import lazy

MAX_PROFILE_BYTES = 1024 * 1024  # the largest shipped profile is 100 KiB

_PATH_IN_MESSAGE = lazy(r" - at `\$(.*)`$")
_PATH_PART = lazy(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")
_SLUG = lazy(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def profile_id(path: Path) -> str:
    return path.stem


def read_profile(path: Path) -> Profile:
    """Parse and validate one profile file; raise ProfileError listing every problem."""
    source = _read_text(path)
    unfilled = placeholder_problems(path, source) if MARK in source else []  # a `careers new` template
    document = _parse_yaml(path, source)
    data = document.data
    if (not unfilled and not document.problems and isinstance(data, dict) and _SLUG.match(path.stem)
            and data.get("id") in (None, path.stem)):
        try:  # the fast path: one strict conversion; locate problems only when it fails
            return msgspec.convert(data, Profile)
        except msgspec.ValidationError:
            pass
    problems = unfilled + [_node_problem(path, p) for p in document.problems]
    if data is not None or not problems:
        problems += _not_yet_reported(check_profile_data(path, data, source, document.root), problems)
    raise ProfileError(problems or [Problem(path, "invalid profile")], titles=salvaged_titles(data))


def _node_problem(path: Path, problem: NodeProblem) -> Problem:
    return Problem(path, problem.message, field=field_name(list(problem.keys)), line=problem.line,
                   column=problem.column)


def _not_yet_reported(found: list[Problem], reported: list[Problem]) -> list[Problem]:
    """Schema problems in the sections the YAML checks found nothing wrong with: one problem per
    section at most, as msgspec gives (a .nan is not also reported as "not >= 0")."""
    sections = {_section(p.field) for p in reported}
    return [p for p in found if _section(p.field) not in sections]


def _section(field: str) -> str:
    return field.split(".", 1)[0].split("[", 1)[0]


def salvaged_titles(data: Any) -> tuple[str, ...]:
    """The title strings of a profile that did not validate (a lookup by title can still name it)."""
    if not isinstance(data, dict):
        return ()
    found: list[str] = []
    for key in ("title", "title_feminine"):
        value = data.get(key)
        values = value.values() if isinstance(value, dict) else [value]
        found += [v for v in values if isinstance(v, str) and v.strip()]
    return tuple(found)


def check_profile_data(path: Path, data: Any, source: str, root: Optional[yaml.Node] = None) -> list[Problem]:
    """Every problem in already-parsed YAML, one per top-level section at most (`root`: its
    composed nodes, to locate them without composing `source` again)."""
    if not isinstance(data, dict):
        return [Problem(path, _("a profile must be a YAML mapping of sections"), line=1)]
    problems = [Problem(path, _("file name must be a lowercase slug like 'my-career' (got '{name}')").format(
        name=path.stem))] if not _SLUG.match(path.stem) else []
    fields = _profile_fields()
    for key, value in data.items():
        if key not in fields:
            problems.append(_locate(path, source, [key], _("unknown field"), key_itself=True, root=root))
            continue
        try:
            msgspec.convert(value, fields[key])
        except msgspec.ValidationError as error:
            problems.append(_problem_from_error(path, source, key, error, root))
    if "title" not in data:
        problems.append(Problem(path, _("missing required field"), field="title", line=1, column=1))
    elif data.get("id") not in (None, path.stem):
        problems.append(_locate(path, source, ["id"], _("must match the file name '{name}'").format(name=path.stem),
                                root=root))
    return problems


@lru_cache(maxsize=1)
def _profile_fields() -> dict[str, Any]:
    return {f.encode_name: f.type for f in msgspec.structs.fields(Profile)}


def _read_text(path: Path) -> str:
    """The text of a regular file of at most MAX_PROFILE_BYTES (never more is read)."""
    try:
        data = read_bounded(path, MAX_PROFILE_BYTES)
    except OSError as error:
        raise ProfileError([Problem(path, os_reason(error).lower())]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProfileError([Problem(path, _("not UTF-8 text ({reason})").format(reason=error.reason))]) from None


def _parse_yaml(path: Path, source: str) -> Document:
    try:
        return load_document(source)
    except YamlLimitError as error:
        raise ProfileError([_node_problem(path, error.problem)]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(filter(None, [error.problem, error.context]))  # PyYAML's own words, in English
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ProfileError([Problem(path, _("invalid YAML: {reason}").format(reason=message) if message else
                                    _("invalid YAML"), line=line, column=column)]) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        raise ProfileError([Problem(path, _("invalid YAML: {reason}").format(reason=error))]) from None
    except RecursionError:  # the pure-Python parser, without libyaml's own depth limit
        raise ProfileError([Problem(path, _("nested too deeply"))]) from None


def _problem_from_error(path: Path, source: str, key: str, error: msgspec.ValidationError,
                        root: Optional[yaml.Node]) -> Problem:
    text = str(error)
    match = _PATH_IN_MESSAGE.search(text)
    keys: list[Any] = [key]
    if match:
        text = text[: match.start()]
        for name, index in _PATH_PART.findall(match.group(1)):
            keys.append(int(index) if index else name)
    unknown = text.startswith("Object contains unknown field")
    if unknown:  # msgspec names the unknown key in the message, not in the path
        keys.append(text.split("`")[1])
    return _locate(path, source, keys, _friendly(text), key_itself=unknown, root=root)


# What msgspec writes when a value does not fit the schema (its own words, first letter lowered).
SCHEMA_MESSAGES = (
    N_("expected `{expected}`, got `{got}`"),
    N_("expected `{expected}` >= {limit}"), N_("expected `{expected}` <= {limit}"),
    N_("expected `{expected}` > {limit}"), N_("expected `{expected}` < {limit}"),
    N_("expected `{expected}` of length >= {limit}"), N_("expected `{expected}` of length <= {limit}"),
    N_("expected `{expected}` matching regex {pattern}"),
    N_("object missing required field `{name}`"),
    N_("invalid enum value {value}"),
)


def _friendly(message: str) -> str:
    """msgspec's message, first letter lowered, in the current language when it is one of
    SCHEMA_MESSAGES; the schema's own checks are translated already."""
    if message.startswith("Object contains unknown field"):
        return _("unknown field")
    message = message[0].lower() + message[1:] if message else message
    found = match_template(message, SCHEMA_MESSAGES)
    if found is None:
        return message
    template, fields = found
    if "limit" in fields:
        fields["limit"] = decimal_marks(fields["limit"])  # <= 7,0 in French
    return translated(template).format(**fields)


def field_name(keys: list[Any]) -> str:
    """['salary', 'junior', 'max'] -> 'salary.junior.max'; ['missions', 2] -> 'missions[2]'."""
    return ".".join(f"[{k}]" if isinstance(k, int) else str(k) for k in keys).replace(".[", "[")


def _locate(path: Path, source: str, keys: list[Any], message: str, key_itself: bool = False,
            root: Optional[yaml.Node] = None) -> Problem:
    """Find the YAML node at `keys` (in `root`, else composing the document again) for its line and column."""
    mark = _find_mark(root if root is not None else source, keys, key_itself)
    line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    return Problem(path, message, field=field_name(keys), line=line, column=column)


def _find_mark(document: "str | yaml.Node", keys: list[Any], key_itself: bool) -> Optional[yaml.Mark]:
    try:
        node = yaml.compose(document, Loader=SafeLoader) if isinstance(document, str) else document
    except (yaml.YAMLError, RecursionError):
        return None
    found = node
    for depth, key in enumerate(keys):
        last = depth == len(keys) - 1
        if isinstance(found, yaml.MappingNode):
            pair = next(((k, v) for k, v in reversed(found.value) if k.value == str(key)), None)  # YAML keeps the last
            if pair is None:
                break
            found = pair[0] if (last and key_itself) else pair[1]
        elif isinstance(found, yaml.SequenceNode) and isinstance(key, int) and key < len(found.value):
            found = found.value[key]
        else:
            break
    return found.start_mark if found is not None else None
