"""A hostile corpus: data folders, answer files, sessions and class files that try to break careers.

Built by the tests into a temporary folder (symbolic links, named pipes and names that are not
UTF-8 cannot be committed portably). The file names say what each entry attacks; the tests say
what careers must do with it.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from careercli.quiz.bank import load_bank

# What must never reach a terminal: clear screen, an OSC 52 clipboard write, an OSC 8 link, a
# C1 CSI, bidi overrides, zero-width and other invisible characters (soft hyphen, fillers,
# interlinear annotation), a byte-order mark, the Unicode line separators.
PAYLOAD = ("\x1b[2J\x1b]52;c;SGVsbG8=\x07\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\"
           "\u009b31m\u202egnp.exe\u202c\u200b\u200d\u2060\ufeff\u2028\u2029\x07"
           "\u00ad\u180e\u3164\u115f\ufff9hidden\ufffa\ufffb")
# The same characters as a YAML double-quoted string writes them.
YAML_PAYLOAD = json.dumps(PAYLOAD)[1:-1]
UNSAFE = ("\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff"
          "\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u3164\uffa0\ufff9-\ufffb\U000e0000-\U000e007f")
# what no output may hold, in any format: those, and a joiner (ZWJ, ZWNJ) that is not inside a word
UNSAFE_OUTPUT = re.compile(f"[{UNSAFE}]|(?<!\\w)[\u200c\u200d]|[\u200c\u200d](?!\\w)")

SA = [f"Question {PAYLOAD} {i}?" for i in range(2)]
HOSTILE_TEXT = f"""\
title: "Hostile {YAML_PAYLOAD} title"
title_feminine: {{en: "Hostile {YAML_PAYLOAD} feminine", fr: "Hostile {YAML_PAYLOAD} féminin"}}
tagline: "tag {YAML_PAYLOAD}"
introduction: "intro {YAML_PAYLOAD}\\nsecond line"
missions: ["mission {YAML_PAYLOAD}"]
pros: ["pro {YAML_PAYLOAD}"]
cons: ["con {YAML_PAYLOAD}"]
salary: {{currency: EUR, period: month, overall: {{min: 2000, max: 3000}}, source: "src {YAML_PAYLOAD}"}}
key_figures: {{professionals: {{value: 10, unit: people, source: "fig {YAML_PAYLOAD}"}}}}
typical_day: [{{start: "08:00", end: "09:00", text: "day {YAML_PAYLOAD}"}}]
self_assessment: [{json.dumps(SA[0])}, {json.dumps(SA[1])}]
similar: [good]
riasec: {{R: 6, I: 2, A: 5, S: 2, E: 2, C: 2, source: "riasec {YAML_PAYLOAD}"}}
sources: [{{name: "Source {YAML_PAYLOAD}", url: "https://example.org/{YAML_PAYLOAD}"}}]
other_titles: {{en: ["Other {YAML_PAYLOAD}"]}}
"""

# A 1 MB file whose aliases expand to about 10^10 nodes (the "billion laughs").
ALIAS_BOMB = "title: Bomb\n" + "".join(
    f"k{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9) if i else ', '.join(['lol'] * 9)}]\n" for i in range(11)
) + "missions: *a10\n" + "# padding\n" * 100_000

PROFILES: dict[str, str | bytes] = {
    "good.yaml": "title: Good job\nriasec: {R: 6, I: 2, A: 5, S: 2, E: 3, C: 2}\n",
    "hostile-text.yaml": HOSTILE_TEXT,
    "big-int.yaml": "title: Big\nsalary: {year: 99999999999999999999999}\n",
    "huge-int.yaml": "title: Huge\nkey_figures: {professionals: {value: " + "9" * 5000 + "}}\n",
    "nan.yaml": "title: Nan\nkey_figures: {growth: {value: .nan}}\n",
    "inf.yaml": "title: Inf\nsalary: {overall: {min: 1000, max: .inf}}\n",
    "overflow-float.yaml": "title: Overflow\nkey_figures: {growth: {value: 1.0e+999}}\n",
    "min-max.yaml": "title: Upside down\nsalary: {overall: {min: 3000, max: 1000}}\n",
    "negative.yaml": "title: Negative\nkey_figures: {professionals: {value: -5, unit: people}}\n",
    "bad-percentiles.yaml": ("title: Percentiles\nwages:\n- source: {name: X}\n  geography: Here\n  year: 2024\n"
                             "  currency: EUR\n  pay: [{period: year, p10: 50000, median: 40000}]\n"),
    "duplicate-key.yaml": "title: First\nmissions: [a]\ntitle: Second\n",
    "bad-date.yaml": "title: Date\nsalary: {source: 2024-13-45}\n",
    "bad-hex.yaml": "title: Hex\nsalary: {year: 0x_}\n",
    "alias-bomb.yaml": ALIAS_BOMB,
    "alias-loop.yaml": "title: Loop\nmissions: &m [*m]\n",
    "deep.yaml": "title: Deep\nmissions: " + "[" * 200 + "]" * 200 + "\n",
    "not-utf8-content.yaml": b"title: \xff\xfe caf\xe9\n",
    "bom.yaml": "\ufefftitle: With a byte-order mark\n",
    "control-key.yaml": f'title: Key\n"key {YAML_PAYLOAD}": 1\n"two\\nlines: fake problem": 2\n',
    "looks-alike.yaml": 'title: "Go\\u200bod job"\n',
    "empty.yaml": "",
    "not-a-mapping.yaml": "- just\n- a list\n",
    "sub1/twin.yaml": "title: Twin one\n",
    "sub2/twin.yaml": "title: Twin two\n",
    "x\x1b[2Jy.yaml": "title: Escape in the file name\n",
    "new\nline.yaml": "title: Newline in the file name\n",
    "\u202ecod.yaml": "title: Bidi in the file name\n",
}
NOT_UTF8_NAME = b"bad-\xff-name.yaml"
MANIFEST = {"sources": [{"name": f"Manifest {PAYLOAD}", "licence": f"lic {PAYLOAD}", "note": PAYLOAD},
                        {"name": 12}, "not a source"]}


def build_profiles(folder: Path) -> Path:
    """A data folder holding every kind of hostile profile, link, pipe and name."""
    folder.mkdir(parents=True)
    for name, content in PROFILES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (folder / os.fsdecode(NOT_UTF8_NAME)).write_text("title: Not UTF-8 name\n", encoding="utf-8")
    (folder / "MANIFEST.json").write_text(json.dumps(MANIFEST), encoding="utf-8")
    os.symlink(".", folder / "loop-a")
    os.symlink(".", folder / "loop-b")
    os.symlink("..", folder / "sub1" / "up")
    os.symlink("/", folder / "root-link")  # the whole machine: never walked
    os.symlink("/dev/zero", folder / "zero.yaml")
    os.symlink("missing-target.yaml", folder / "dangling.yaml")
    os.mkfifo(folder / "fifo.yaml")
    return folder


def riasec_answers(value: str = "3", scales: str = "RIASEC") -> str:
    items = [item for item in load_bank("riasec-short").items if item.scale in scales]
    return "".join(f"{item.id}: {5 if item.scale == 'R' else value}\n" for item in items)


ANSWERS: dict[str, str | bytes] = {
    "control.yaml": f'R2: "5{YAML_PAYLOAD}"\n',
    "control-key.yaml": f'"R2{YAML_PAYLOAD}": 5\n',
    "long-value.yaml": "R2: " + "9" * 100_000 + "\n",
    "complex-key.yaml": "? [R2, I1]\n: 5\n",
    "nested.yaml": "R2: {a: 1}\n",
    "alias.yaml": "x: &v 5\nR2: *v\n",
    "not-utf8.yaml": b"R2: \xff\n",
    "deep.json": "[" * 100_000 + "]" * 100_000,
    "big-int.json": '{"R2": ' + "9" * 5000 + "}",
    "nan.json": '{"R2": NaN}',
    "list.yaml": "- 1\n- 2\n",
    "bom-bidi-key.csv": "\ufeffR\u202e2,5\n",  # a byte-order mark is fine (Excel writes one); a hidden control in a key is not
    "control.csv": f"item,answer\nR2,5{PAYLOAD}\n",
    "binary.csv": b"\x00\x01\x02,\xff\xfe\n",
    "good.yaml": riasec_answers(),
}
SESSIONS: dict[str, str | bytes] = {
    "bad-answer": '{"bank": "riasec-short", "lang": "en", "answers": {"R2": 99}}',
    "unknown-item": '{"bank": "riasec-short", "lang": "en", "answers": {"ZZ9": 3}}',
    "control-item": json.dumps({"bank": "riasec-short", "lang": "en", "answers": {f"R{PAYLOAD}": 3}}),
    "unknown-bank": json.dumps({"bank": f"../../etc/passwd{PAYLOAD}", "lang": "en"}),
    "bad-lang": '{"bank": "riasec-short", "lang": "xx"}',
    "bad-position": '{"bank": "riasec-short", "lang": "en", "position": 100000}',
    "negative-position": '{"bank": "riasec-short", "lang": "en", "position": -1}',
    "bad-zone": '{"bank": "riasec-short", "lang": "en", "max_zone": 99}',
    "huge-int": '{"bank": "riasec-short", "lang": "en", "position": ' + "9" * 400 + "}",
    "bad-asked": '{"bank": "riasec-short", "lang": "en", "asked": ["everything"]}',
    "not-json": "{not json",
    "not-utf8": b'{"bank": "\xff"}',
    "huge": '{"bank": "riasec-short", "lang": "en", "note": "' + "x" * 200_000 + '"}',
}
CLASS_FILES: dict[str, str | bytes] = {
    "control.csv": f"name,R,I,A,S,E,C\n{PAYLOAD},1,2,3,4,5,6\nplain,6,5,4,3,2,1\n",
    "control-header.csv": f"name,R{PAYLOAD},I,A,S,E,C\nx,1,2,3,4,5,6\n",
    "binary.csv": b"\xff\xfe\x00\x01",
    "empty.csv": "",
}


def write_all(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True)
    for name, content in files.items():
        (folder / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return folder
