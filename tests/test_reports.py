"""Reports (--report on quiz, fit and class; --report-dir; --out; --strict): self-contained HTML
checked with a real HTML parser (and printed to PDF by Chromium where it is installed), Markdown,
SVG; atomic files that replace nothing without --force."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from .chromium import Chromium
from .test_class import ANSWERS, class_file

html5lib = pytest.importorskip("html5lib")

SCORES = "R=2,I=5,A=3,S=4,E=6,C=5"
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = 'title: "<script>alert(1)</script> Évil \\e[2J"\nriasec: {R: 2, I: 5, A: 3, S: 4, E: 6, C: 5}\n'


class Resources(HTMLParser):
    """Every tag, and every attribute that could fetch something."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.fetching: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.fetching += [(tag, f"{k}={v}") for k, v in attrs if k in ("src", "href", "srcset", "data", "action")]


def parsed(path: Path):
    """The document as a browser would build it; a parse error fails the test."""
    text = path.read_text(encoding="utf-8")
    document = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(text)
    resources = Resources()
    resources.feed(text)
    return document, resources


def test_quiz_report_is_one_self_contained_html_page(cli, tmp_path: Path) -> None:
    report = tmp_path / "me.html"
    result = cli("quiz", "--scores", SCORES, "--top", "3", "--report", str(report))
    assert result.exit_code == 0, result.stderr
    document, resources = parsed(report)
    assert resources.fetching == [] and not {"script", "link", "img", "iframe"} & set(resources.tags)
    assert len(document.findall(f".//{SVG}svg/{SVG}rect")) == 12  # six tracks, six bars
    text = "".join(document.itertext())
    assert "Interest quiz results" in text and "E(I/C)" in text and "careers show " in text
    assert "@page" in document.find(".//style").text and "A4" in document.find(".//style").text
    assert len(document.findall(".//tbody/tr")) == 3


def test_untrusted_titles_stay_text_in_every_report_format(cli, tmp_path: Path) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "evil.yaml").write_text(HOSTILE, encoding="utf-8")
    for name in ("r.html", "r.md", "r.svg"):
        result = cli("--data-dir", str(folder), "quiz", "--scores", SCORES, "--top", "1", "--report", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
    html = (tmp_path / "r.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; Évil" in html and "\x1b" not in html
    assert "\\<script\\>" in (tmp_path / "r.md").read_text()
    svg = ET.parse(tmp_path / "r.svg").getroot()  # well-formed XML
    assert any("<script>alert(1)</script>" in (t.text or "") for t in svg.iter(f"{SVG}text"))


def test_an_existing_report_is_replaced_only_with_force(cli, tmp_path: Path) -> None:
    report = tmp_path / "me.md"
    report.write_text("mine")
    refused = cli("quiz", "--scores", SCORES, "--report", str(report))
    assert refused.exit_code == 1 and "exists; add --force" in refused.stderr and refused.stdout == ""
    assert report.read_text() == "mine"
    assert cli("quiz", "--scores", SCORES, "--report", str(report), "--force").exit_code == 0
    assert report.read_text().startswith("# Interest quiz results")
    wrong = cli("quiz", "--scores", SCORES, "--report", str(tmp_path / "me.pdf"))
    assert wrong.exit_code == 2 and ".html, .md or .svg" in wrong.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["me.md"]  # no temporary file left


def test_fit_report(cli, tmp_path: Path) -> None:
    answers = tmp_path / "fit.csv"
    answers.write_text("sa1,yes\nsa2,rather no\n", encoding="utf-8")
    report = tmp_path / "fit.html"
    result = cli("fit", "administrateur-de-production", "--answers", str(answers), "--report", str(report))
    assert result.exit_code == 0, result.stderr
    document, _resources = parsed(report)
    text = "".join(document.itertext())
    assert "Compatibility test" in text and "careers show administrateur-de-production" in text


def bad_class(tmp_path: Path) -> Path:
    """Three people and two bad rows, as a counsellor's spreadsheet would have."""
    rows = {"Alice": ANSWERS["Alice"], "Seven": "7" + "3" * 23, "Bob": ANSWERS["Bob"], "Flat": "3" * 24,
            "Chloé": ANSWERS["Chloé"]}
    return class_file(tmp_path, rows)


def test_a_class_with_two_bad_rows_into_a_spreadsheet_and_a_printable_report(cli, tmp_path: Path) -> None:
    out, report, pages = tmp_path / "results.csv", tmp_path / "class.html", tmp_path / "pages"
    result = cli("class", str(bad_class(tmp_path)), "--top", "3", "--out", str(out), "--report", str(report),
                 "--report-dir", str(pages))
    assert result.exit_code == 1  # two rows were refused: said on stderr, the others written
    assert result.stdout == "" and len([l for l in result.stderr.splitlines() if "class.csv:" in l]) == 2
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "name,code,rank,id,title,score,match,fit,method,agreement,onet_soc,rome,isco08,title_language" \
        and len(rows) == 1 + 3 * 3  # CSV from .csv
    document, resources = parsed(report)
    text = "".join(document.itertext())
    assert resources.fetching == [] and "Rows that could not be scored" in text and "class.csv:3:" in text
    assert [tr.find("td").text for tr in document.findall(".//table")[-1].findall(".//tbody/tr")] == ["2", "4", "6"]
    assert sorted(p.name for p in pages.iterdir()) == ["00002-alice.html", "00004-bob.html", "00006-chloe.html"]


def test_strict_stops_at_the_first_bad_row_and_writes_nothing(cli, tmp_path: Path) -> None:
    out, report = tmp_path / "results.json", tmp_path / "class.md"
    result = cli("class", str(bad_class(tmp_path)), "--strict", "--out", str(out), "--report", str(report))
    assert result.exit_code == 1 and result.stderr.startswith("Error: ") and "class.csv:3: R2:" in result.stderr
    assert not out.exists() and not report.exists() and result.stdout == ""


def test_out_is_written_whole_and_replaced_only_with_force(cli, tmp_path: Path) -> None:
    path = class_file(tmp_path, ANSWERS)
    out = tmp_path / "results.json"
    assert cli("class", str(path), "--out", str(out)).exit_code == 0
    assert [p["name"] for p in json.loads(out.read_text())["data"]["people"]] == list(ANSWERS)
    again = cli("class", str(path), "--out", str(out))
    assert again.exit_code == 1 and "--force" in again.stderr
    assert cli("class", str(path), "--out", str(out), "--format", "markdown", "--force").exit_code == 0
    assert out.read_text().startswith("| Name |")  # an explicit --format wins over the extension


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Chromium is not installed (apt-get install chromium)")
def test_chromium_prints_the_class_report_on_a4(cli, tmp_path: Path) -> None:
    report, pdf = tmp_path / "class.html", tmp_path / "class.pdf"
    assert cli("class", str(class_file(tmp_path, ANSWERS)), "--report", str(report)).exit_code == 0
    done = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           f"--print-to-pdf={pdf}", report.as_uri()], capture_output=True, timeout=120)
    assert pdf.exists(), done.stderr.decode(errors="replace")[-500:]
    data = pdf.read_bytes()
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", data)
    assert data.startswith(b"%PDF") and boxes
    assert all(round(float(w)) == 595 and round(float(h)) == 842 for w, h in boxes)  # A4 in points, every page


# ---------------------------------------------------------------- reports fit their page (issue 25)

CHROMIUM = pytest.mark.skipif(shutil.which("chromium") is None,
                              reason="Chromium is not installed (apt-get install chromium)")


@pytest.fixture(scope="module")
def printed():  # noqa: ANN201
    """printed(report): the report printed to PDF by Chromium, as a person would print it (A4, no
    header or footer), by one browser for the module (tests/chromium.py: the same pages as one
    `chromium --print-to-pdf` a page)."""
    browser = Chromium()
    yield browser.print_to_pdf
    browser.close()


def lines_per_page(data: bytes) -> list[int]:
    """How many lines of text each page of a PDF that Chromium printed holds: the distinct baselines
    (text matrices `a b c d x y Tm`) of its content streams, inflated."""
    import zlib

    starts = {int(m.group(1)): m.start() for m in re.finditer(rb"(\d+) 0 obj", data)}

    def stream(number: int) -> bytes:
        start = data.index(b"stream", starts[number]) + len(b"stream")
        return zlib.decompress(data[start:data.index(b"endstream", start)].lstrip(b"\r\n"))

    pages = []
    for page in re.finditer(rb"/Type\s*/Page\b(?!s)", data):
        body = data[data.rfind(b" 0 obj", 0, page.start()):data.index(b"endobj", page.start())]
        contents = re.search(rb"/Contents\s*(\[[^\]]*\]|\d+ 0 R)", body)
        assert contents, "a page without content"
        numbers = [int(n) for n in re.findall(rb"(\d+) 0 R", contents.group(1))]
        baselines = {round(float(y)) for n in numbers for y in re.findall(rb"[-\d.]+ ([-\d.]+) Tm", stream(n))}
        pages.append(len(baselines))
    return pages


def many_people(tmp_path: Path, people: int, refused: int = 0) -> Path:
    rows = ["name,R,I,A,S,E,C"] + [f"Student {n},{','.join(str(1 + (n * k) % 7) for k in (1, 2, 3, 5, 6, 4))}"
                                   for n in range(1, people + 1)]
    rows += [f"Refused {n},1,2,x,4,5,6" for n in range(1, refused + 1)]
    path = tmp_path / "class.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


@CHROMIUM
def test_a_quiz_report_and_a_student_page_print_on_one_a4_page(cli, tmp_path: Path, printed) -> None:  # noqa: ANN001
    report = tmp_path / "quiz.html"
    assert cli("quiz", "--scores", "R=2,I=5,A=3,S=4,E=6,C=5", "--report", str(report)).exit_code == 0
    assert len(lines_per_page(printed(report))) == 1  # three pages before issue 25
    pages = tmp_path / "pages"
    assert cli("class", str(many_people(tmp_path, 3)), "--report-dir", str(pages)).exit_code == 0
    for page in sorted(pages.glob("*.html")):
        counted = lines_per_page(printed(page))
        assert len(counted) == 1 and counted[0] > 10, (page.name, counted)


@CHROMIUM
def test_french_reports_with_the_official_letters_fit_their_pages(cli, tmp_path: Path, printed) -> None:  # noqa: ANN001
    """French results add the fiches ranked by France Travail's letters and long reasons (values
    derived through the crosswalks): a student's page still prints on one A4 page; a quiz report,
    with its ten careers and ten fiches, on two at most, neither holding only a line or two."""
    values = ("--values", "relationships,support,achievement")
    for extra in ((), values):
        report = tmp_path / f"quiz{len(extra)}.html"
        done = cli("quiz", "--scores", SCORES, "--lang", "fr", *extra, "--report", str(report))
        assert done.exit_code == 0 and "lettres officielles" in report.read_text(), done.stderr
        counted = lines_per_page(printed(report))
        assert len(counted) <= 2 and min(counted) > 2, (extra, counted)
    people = tmp_path / "class.csv"
    people.write_text("name,R,I,A,S,E,C\nAnne,2,5,3,4,6,5\nBob,1,2,7,4,5,1\nClea,6,5,5,5,1,2\nDee,7,1,1,1,1,7\n")
    pages = tmp_path / "pages"
    assert cli("class", str(people), "--lang", "fr", *values, "--min-salary", "2000EUR/month",
               "--report-dir", str(pages)).exit_code == 0
    for page in sorted(pages.glob("*.html")):
        assert "lettres officielles" in page.read_text(), page.name
        counted = lines_per_page(printed(page))
        assert len(counted) == 1 and counted[0] > 10, (page.name, counted)  # two pages, and 2 lines, before


@CHROMIUM
def test_no_page_of_the_class_report_holds_only_a_line_or_two(cli, tmp_path: Path, printed) -> None:  # noqa: ANN001
    for people in (24, 31, 38):  # the last page falls at different places of the report
        report = tmp_path / f"class-{people}.html"
        done = cli("class", str(many_people(tmp_path, people, refused=2)), "--report", str(report))
        assert done.exit_code == 1 and report.exists()  # 1: rows were refused, the others scored
        counted = lines_per_page(printed(report))
        assert len(counted) >= 2 and min(counted) > 2, (people, counted)


def test_the_class_report_names_the_rows_it_refused(cli, tmp_path: Path) -> None:
    report = tmp_path / "class.md"
    assert cli("class", str(many_people(tmp_path, 3, refused=2)), "--report", str(report)).exit_code == 1
    text = report.read_text()
    assert re.search(r"- Refused 1 — \S*class\.csv:5: A: ", text) and re.search(r"- Refused 2 — \S*class\.csv:6: A: ", text)


def test_tied_scales_are_not_set_apart_in_the_report(cli, tmp_path: Path) -> None:
    """I, A and S tie for the code's last two places: none of them is bold, R (in every code) is."""
    report = tmp_path / "quiz.html"
    assert cli("quiz", "--scores", "R=6,I=5,A=5,S=5,E=1,C=2", "--report", str(report)).exit_code == 0
    labels = re.findall(r'font-weight="(bold|normal)"[^>]*>([RIASEC]) ', report.read_text())
    assert dict((letter, weight) for weight, letter in labels) == {
        "R": "bold", "I": "normal", "A": "normal", "S": "normal", "E": "normal", "C": "normal"}
    screen = cli("quiz", "--scores", "R=6,I=5,A=5,S=5,E=1,C=2")
    assert "R(I/A/S)" in screen.stdout
