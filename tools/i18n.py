#!/usr/bin/env python3
"""Interface catalogs for careers, with the standard library only (no Babel, no GNU gettext).

    python tools/i18n.py extract      # src/careercli -> src/careercli/locale/careers.pot
    python tools/i18n.py update       # careers.pot -> locale/<lang>/LC_MESSAGES/careers.po (every language)
    python tools/i18n.py update --lang de   # start a new language
    python tools/i18n.py compile      # careers.po -> careers.mo (the file that ships)
    python tools/i18n.py check        # exit 1 if anything above is out of date, untranslated or fuzzy
    python tools/i18n.py missing --lang fr > todo.json   # untranslated messages, to fill in
    python tools/i18n.py fill todo.json --lang fr        # set them, then compile

A message is the string literal given as the first argument of a call to `_` (or `N_`, which
marks a message translated later), and every help text of the command line: docstrings, `help=`
and the words of `metavar=`, found by walking the commands (careercli.cli.translate), so this
tool needs the package's dependencies (run it with the project's Python). `check` compares
the messages, not the `#:` line references, so moving code does not fail it; `check --strict`
also wants the .pot byte for byte as `extract` would write it.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import re
import string
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "careercli"
LOCALE = PACKAGE / "locale"
DOMAIN = "careers"
POT = LOCALE / f"{DOMAIN}.pot"
WIDTH = 79  # like xgettext and msgmerge
BRACE_FORMAT = "python-brace-format"
MO_MAGIC = 0x950412DE


@dataclass
class Entry:
    msgid: str
    msgstr: str = ""
    references: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # translator comments ("# ..."), kept by update
    previous: list[str] = field(default_factory=list)  # "#| msgid ..." lines of a fuzzy entry

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags


# ---------------------------------------------------------------- extract

class ExtractError(Exception):
    pass


def extract_messages(package: Path = PACKAGE) -> list[Entry]:
    """Every `_("literal")` under `package`, in order of first occurrence (files sorted by path),
    then the help texts of the command line (for the careers package itself)."""
    entries: dict[str, Entry] = {}
    problems = []
    for path in sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix()):
        where = shown(path)
        for line, message, braces in _calls(path, problems):
            _add(entries, message, f"{where}:{line}", braces)
    if problems:
        raise ExtractError("\n".join(problems))
    if package == PACKAGE:
        for message, where, braces in help_texts():
            _add(entries, message, where, braces)
    return list(entries.values())


def _add(entries: dict[str, Entry], message: str, reference: str, braces: bool) -> None:
    entry = entries.setdefault(message, Entry(message))
    if reference not in entry.references:
        entry.references.append(reference)
    if braces and BRACE_FORMAT not in entry.flags:
        entry.flags.append(BRACE_FORMAT)


def help_texts() -> list[tuple[str, str, bool]]:
    """(message, file, has fields) of every help text of the command line, from this checkout."""
    sys.path.insert(0, str(PACKAGE.parent))
    try:
        from careercli.cli.messages import command_line_messages
    finally:
        sys.path.remove(str(PACKAGE.parent))
    return command_line_messages()


def _calls(path: Path, problems: list[str]) -> list[tuple[int, str, bool]]:
    """(line, message, used with .format) for each `_()` call in one file, in source order."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    formatted = {id(node.value) for node in ast.walk(tree)
                 if isinstance(node, ast.Attribute) and node.attr == "format"}
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("_", "N_")):
            continue
        first = node.args[0] if node.args else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            braces = id(node) in formatted or (node.func.id == "N_" and bool(placeholders(first.value)))
            found.append((node.lineno, node.col_offset, first.value, braces))
        else:
            problems.append(f"{shown(path)}:{node.lineno}: {node.func.id}() needs a string literal, "
                            "or the message cannot be extracted")
    return [(line, message, braces) for line, _col, message, braces in sorted(found, key=lambda f: f[:2])]


def shown(path: Path) -> str:
    """`path` as written in references and messages: relative to the repository when inside it."""
    return path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else path.as_posix()


def pot_header() -> Entry:
    return Entry("", "Project-Id-Version: careers\n"
                     "Report-Msgid-Bugs-To: \n"
                     "PO-Revision-Date: YEAR-MO-DA HO:MI+ZONE\n"
                     "Last-Translator: FULL NAME <EMAIL@ADDRESS>\n"
                     "Language-Team: LANGUAGE <LL@li.org>\n"
                     "Language: \n"
                     "MIME-Version: 1.0\n"
                     "Content-Type: text/plain; charset=UTF-8\n"
                     "Content-Transfer-Encoding: 8bit\n",
                 comments=["Translation template for the careers interface.",
                           "Generated by tools/i18n.py extract: do not edit by hand."])


def po_header(lang: str) -> Entry:
    header = pot_header()
    header.msgstr = header.msgstr.replace("Language: \n", f"Language: {lang}\n")
    header.comments = [f"{lang} translation of the careers interface."]
    return header


# ---------------------------------------------------------------- PO writing

def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
            .replace("\t", "\\t").replace("\r", "\\r"))


def po_string(keyword: str, text: str) -> list[str]:
    """`keyword "text"`, or `keyword ""` then one line per chunk, split after \\n and at spaces."""
    single = f'{keyword} "{escape(text)}"'
    if "\n" not in text.rstrip("\n") and len(single) <= WIDTH:
        return [single]
    lines = [f'{keyword} ""']
    for part in re.findall(r"[^\n]*\n|[^\n]+", text):
        lines += [f'"{chunk}"' for chunk in _wrap(escape(part), WIDTH - 2)]
    return lines


def _wrap(escaped: str, width: int) -> list[str]:
    """Cut after spaces so each chunk fits `width`; never inside an escape, never losing a space."""
    words = re.findall(r"[^ ]* *", escaped)[:-1] or [escaped]
    chunks, current = [], ""
    for word in words:
        if current and len(current) + len(word) > width:
            chunks.append(current)
            current = ""
        current += word
    return chunks + ([current] if current else [])


def format_entry(entry: Entry, with_references: bool = True) -> list[str]:
    lines = [f"# {c}".rstrip() for c in entry.comments]
    if with_references and entry.references:
        lines += _references(entry.references)
    if entry.flags:
        lines.append("#, " + ", ".join(entry.flags))
    lines += entry.previous
    return lines + po_string("msgid", entry.msgid) + po_string("msgstr", entry.msgstr)


def _references(references: list[str]) -> list[str]:
    lines, current = [], "#:"
    for ref in references:
        if len(current) > 2 and len(current) + 1 + len(ref) > WIDTH:
            lines.append(current)
            current = "#:"
        current += " " + ref
    return lines + [current]


def format_po(header: Entry, entries: Iterable[Entry], with_references: bool = True) -> str:
    blocks = ["\n".join(format_entry(e, with_references)) for e in [header, *entries]]
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------- PO reading

class PoError(Exception):
    pass


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def unescape(quoted: str, where: str) -> str:
    if len(quoted) < 2 or not (quoted.startswith('"') and quoted.endswith('"')):
        raise PoError(f"{where}: expected a quoted string, got {quoted!r}")
    out, chars, i = [], quoted[1:-1], 0
    while i < len(chars):
        char = chars[i]
        if char == '"':
            raise PoError(f"{where}: unescaped quote in {quoted!r}")
        if char == "\\":
            i += 1
            if i >= len(chars) or chars[i] not in _ESCAPES:
                raise PoError(f"{where}: unknown escape in {quoted!r}")
            char = _ESCAPES[chars[i]]
        out.append(char)
        i += 1
    return "".join(out)


def parse_po(text: str, name: str = "<po>") -> tuple[Optional[Entry], list[Entry]]:
    """The header entry (msgid "") and the other entries; obsolete (#~) entries are skipped."""
    entries, entry, key = [], Entry(""), None
    seen: dict[str, str] = {}

    def finish() -> None:
        nonlocal entry, key
        if "msgid" in seen:
            entry.msgid, entry.msgstr = seen["msgid"], seen.get("msgstr", "")
            entries.append(entry)
        elif seen:
            raise PoError(f"{name}: {seen.keys()} without msgid")
        entry, key = Entry(""), None
        seen.clear()

    for number, raw in enumerate(text.split("\n"), 1):  # not splitlines(): \v, \x85... may be in messages
        line, where = raw.strip(), f"{name}:{number}"
        if line.startswith('"'):
            if key is None:
                raise PoError(f"{where}: string outside an entry")
            seen[key] += unescape(line, where)
            continue
        if (not line or line.startswith("#")) and key == "msgstr":
            finish()
        if not line or line.startswith("#~"):
            continue
        if line.startswith("#"):
            _comment(entry, raw)
            continue
        keyword, _space, rest = line.partition(" ")
        if keyword not in ("msgid", "msgstr") or keyword in seen:
            raise PoError(f"{where}: unsupported or repeated line {line!r} (careers uses no plural forms or contexts)")
        if keyword == "msgid" and "msgstr" in seen:
            finish()
        key = keyword
        seen[key] = unescape(rest.strip(), where)
    finish()
    headers = [e for e in entries if e.msgid == ""]
    _check_unique(entries, name)
    return (headers[0] if headers else None), [e for e in entries if e.msgid != ""]


def _comment(entry: Entry, raw: str) -> None:
    if raw.startswith("#:"):
        entry.references += raw[2:].split()
    elif raw.startswith("#,"):
        entry.flags += [f.strip() for f in raw[2:].split(",") if f.strip()]
    elif raw.startswith("#|"):
        entry.previous.append(raw)
    elif raw.startswith("# ") or raw == "#":
        entry.comments.append(raw[2:])
    # "#." (extracted comments) come back from the template on update


def _check_unique(entries: list[Entry], name: str) -> None:
    seen = set()
    for entry in entries:
        if entry.msgid in seen:
            raise PoError(f"{name}: duplicate msgid {entry.msgid!r}")
        seen.add(entry.msgid)


# ---------------------------------------------------------------- update

def merge(template: list[Entry], old: list[Entry]) -> tuple[list[Entry], dict[str, int]]:
    """The template's entries with the old translations; a new message close to a dropped one
    gets its translation back, marked fuzzy (as msgmerge does) for a translator to review."""
    by_id = {e.msgid: e for e in old}
    dropped = [e.msgid for e in old if e.msgid not in {t.msgid for t in template}]
    merged, stats = [], {"kept": 0, "new": 0, "fuzzy": 0}
    for source in template:
        previous = by_id.get(source.msgid)
        entry = Entry(source.msgid, references=list(source.references), flags=list(source.flags))
        if previous is not None:
            entry.msgstr, entry.comments = previous.msgstr, previous.comments
            if previous.fuzzy:
                entry.flags.insert(0, "fuzzy")
                entry.previous = previous.previous
            stats["kept"] += 1
        else:
            close = difflib.get_close_matches(source.msgid, dropped, n=1, cutoff=0.8)
            if close and by_id[close[0]].msgstr:
                entry.msgstr, entry.comments = by_id[close[0]].msgstr, by_id[close[0]].comments
                entry.flags.insert(0, "fuzzy")
                entry.previous = ["#| " + line for line in po_string("msgid", close[0])]
                stats["fuzzy"] += 1
                dropped.remove(close[0])
            else:
                stats["new"] += 1
        merged.append(entry)
    return merged, {**stats, "dropped": len(dropped)}


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def languages() -> list[str]:
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def read_po(path: Path) -> tuple[Optional[Entry], list[Entry]]:
    return parse_po(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))


def write_if_changed(path: Path, content: bytes) -> bool:
    if path.exists() and path.read_bytes() == content:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return True


# ---------------------------------------------------------------- compile

def mo_bytes(header: Optional[Entry], entries: Iterable[Entry]) -> bytes:
    """A GNU .mo file: the header and every translated, non-fuzzy entry, sorted by msgid,
    with no hash table (size 0), which GNU gettext and Python's gettext both accept."""
    pairs = {e.msgid.encode("utf-8"): e.msgstr.encode("utf-8") for e in entries if e.msgstr and not e.fuzzy}
    if header is not None:
        pairs[b""] = header.msgstr.encode("utf-8")
    keys = sorted(pairs)
    count = len(keys)
    originals_at, translations_at = 28, 28 + 8 * count
    data_at = translations_at + 8 * count
    table, data = [], b""
    for strings in (keys, [pairs[k] for k in keys]):
        for text in strings:
            table.append((len(text), data_at + len(data)))
            data += text + b"\0"
    head = struct.pack("<7I", MO_MAGIC, 0, count, originals_at, translations_at, 0, data_at)
    return head + b"".join(struct.pack("<2I", *pair) for pair in table) + data


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


# ---------------------------------------------------------------- check

def placeholders(text: str) -> set[str]:
    """The replacement fields of a str.format() template, e.g. {'count', 'seconds:.1f'}."""
    try:
        return {f"{name}{':' + spec if spec else ''}" for _lit, name, spec, _conv in string.Formatter().parse(text)
                if name is not None}
    except ValueError:
        return {"<malformed>"}


def check_template(messages: list[Entry], strict: bool) -> list[str]:
    if not POT.exists():
        return [f"{POT.relative_to(ROOT)} is missing: run tools/i18n.py extract"]
    expected = format_po(pot_header(), messages).encode("utf-8")
    if strict and POT.read_bytes() != expected:
        return [f"{POT.relative_to(ROOT)} differs from the code: run tools/i18n.py extract"]
    _header, current = read_po(POT)
    if {(e.msgid, tuple(e.flags)) for e in current} != {(e.msgid, tuple(e.flags)) for e in messages}:
        return [f"{POT.relative_to(ROOT)} is out of date with the code: run tools/i18n.py extract"]
    return []


def check_language(lang: str, messages: list[Entry]) -> list[str]:
    path, where = po_path(lang), po_path(lang).relative_to(ROOT)
    header, entries = read_po(path)
    problems = []
    if {e.msgid for e in entries} != {e.msgid for e in messages}:
        problems.append(f"{where} does not have the messages of the code: run tools/i18n.py extract and update")
    for entry in entries:
        label = entry.msgid if len(entry.msgid) < 60 else entry.msgid[:57] + "..."
        if not entry.msgstr:
            problems.append(f"{where}: untranslated: {label!r}")
        elif entry.fuzzy:
            problems.append(f"{where}: fuzzy (review it, then remove the flag): {label!r}")
        elif placeholders(entry.msgid) != placeholders(entry.msgstr):
            problems.append(f"{where}: placeholders differ: {label!r}")
    if header is None or "charset=UTF-8" not in header.msgstr:
        problems.append(f"{where}: the header must declare Content-Type: text/plain; charset=UTF-8")
    mo = mo_path(lang)
    if not mo.exists() or mo.read_bytes() != mo_bytes(header, entries):
        problems.append(f"{mo.relative_to(ROOT)} is not what compile writes: run tools/i18n.py compile")
    return problems


# ---------------------------------------------------------------- commands

def cmd_extract(_args: argparse.Namespace) -> int:
    messages = extract_messages()
    changed = write_if_changed(POT, format_po(pot_header(), messages).encode("utf-8"))
    print(f"{POT.relative_to(ROOT)}: {len(messages)} messages{'' if changed else ', unchanged'}")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    _pot_header, template = read_po(POT)
    for lang in sorted(set(languages()) | set(args.lang or [])):
        path = po_path(lang)
        header, old = read_po(path) if path.exists() else (None, [])
        merged, stats = merge(template, old)
        changed = write_if_changed(path, format_po(header or po_header(lang), merged).encode("utf-8"))
        print(f"{path.relative_to(ROOT)}: {stats['kept']} kept, {stats['new']} new, {stats['fuzzy']} fuzzy, "
              f"{stats['dropped']} dropped{'' if changed else ', unchanged'}")
    return 0


def cmd_compile(_args: argparse.Namespace) -> int:
    for lang in languages():
        header, entries = read_po(po_path(lang))
        translated = sum(1 for e in entries if e.msgstr and not e.fuzzy)
        changed = write_if_changed(mo_path(lang), mo_bytes(header, entries))
        print(f"{mo_path(lang).relative_to(ROOT)}: {translated}/{len(entries)} translated"
              f"{'' if changed else ', unchanged'}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    messages = extract_messages()
    problems = check_template(messages, args.strict)
    for lang in languages():
        problems += check_language(lang, messages)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{len(messages)} messages, translated in: {', '.join(languages()) or 'no language'}")
    return 1 if problems else 0


def cmd_missing(args: argparse.Namespace) -> int:
    """The untranslated messages of a language as a JSON object msgid -> "" (to fill and give to `fill`)."""
    import json

    _header, entries = read_po(po_path(args.lang))
    missing = {e.msgid: "" for e in entries if not e.msgstr or e.fuzzy}
    print(json.dumps(missing, ensure_ascii=False, indent=2))
    return 0


def cmd_fill(args: argparse.Namespace) -> int:
    """Set translations from a JSON object msgid -> msgstr; every msgid must be in the catalog."""
    import json

    translations = json.loads(Path(args.file).read_text(encoding="utf-8"))
    path = po_path(args.lang)
    header, entries = read_po(path)
    known = {e.msgid: e for e in entries}
    unknown = [m for m in translations if m not in known]
    if unknown:
        print(f"error: not in {path.name}: {unknown[0]!r}", file=sys.stderr)
        return 1
    for msgid, msgstr in translations.items():
        if msgstr:
            known[msgid].msgstr = msgstr
            known[msgid].flags = [f for f in known[msgid].flags if f != "fuzzy"]
            known[msgid].previous = []
    write_if_changed(path, format_po(header or po_header(args.lang), entries).encode("utf-8"))
    print(f"{path.relative_to(ROOT)}: {sum(1 for v in translations.values() if v)} translations set")
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="write careers.pot from the _() calls in the code")
    update = commands.add_parser("update", help="merge careers.pot into every careers.po")
    update.add_argument("--lang", action="append", metavar="LANG", help="also create or update this language")
    commands.add_parser("compile", help="write careers.mo from every careers.po")
    check = commands.add_parser("check", help="exit 1 if a catalog is out of date, untranslated or fuzzy")
    check.add_argument("--strict", action="store_true", help="also require the .pot byte for byte (line references)")
    missing = commands.add_parser("missing", help="print the untranslated messages of a language as JSON")
    missing.add_argument("--lang", default="fr")
    fill = commands.add_parser("fill", help="set translations from a JSON file of msgid -> msgstr")
    fill.add_argument("file")
    fill.add_argument("--lang", default="fr")
    args = parser.parse_args(argv)
    run = {"extract": cmd_extract, "update": cmd_update, "compile": cmd_compile, "check": cmd_check,
           "missing": cmd_missing, "fill": cmd_fill}[args.command]
    try:
        return run(args)
    except (ExtractError, PoError, OSError, SyntaxError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
