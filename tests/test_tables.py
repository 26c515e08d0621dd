"""One CSV reader for answer files and class files (careercli.tables): separators, byte-order
mark, line numbers, long cells, stray and unclosed quotes, numbers as spreadsheets write them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careercli.quiz.answers import answers_from_file
from careercli.tables import FIELD_LIMIT, BadRow, Row, parse_number, rows, sniff_delimiter


@pytest.mark.parametrize("text, separator", [
    ("name,R,I\n", ","), ("Nom;R;I\n", ";"), ("name\tR\tI\n", "\t"), ('"a,b";c;d\n', ";"),
    ("# comment, with a comma\nR1\t5\n", "\t"), ("R1\n", ","),
])
def test_the_separator_is_read_from_the_first_line(text: str, separator: str) -> None:
    assert sniff_delimiter(text) == separator


def test_rows_keep_their_physical_line_and_skip_the_byte_order_mark_and_blank_lines() -> None:
    text = '\ufeffname;R\n\n"Multi\nline";1\n;\nBob;2\n'
    assert list(rows(text)) == [Row(1, ["name", "R"]), Row(3, ["Multi\nline", "1"]), Row(6, ["Bob", "2"])]


def test_an_unclosed_quote_is_reported_at_its_line_and_the_rows_after_it_are_read() -> None:
    text = 'name,R\nAna,1\n"Bob,2\nChloé,3\nDan,4\n'
    assert list(rows(text)) == [Row(1, ["name", "R"]), Row(2, ["Ana", "1"]),
                                BadRow(3, "a quote opened on this line is never closed"),
                                Row(4, ["Chloé", "3"]), Row(5, ["Dan", "4"])]


def test_a_cell_over_the_limit_and_a_stray_quote_cost_one_row_each() -> None:
    text = f'name,R\n{"x" * (FIELD_LIMIT + 1)},1\n"Bob"b,2\nChloé,3\n'
    found = list(rows(text))
    assert found[1] == BadRow(2, "a cell is longer than 131,072 characters")
    assert found[2].line == 3 and isinstance(found[2], BadRow) and "closing quote" in found[2].message
    assert found[3] == Row(4, ["Chloé", "3"])


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from('ab,;\t"\n\r 1\ufeff\x00'), max_size=80))
def test_any_text_gives_rows_or_bad_rows_in_line_order(text: str) -> None:
    found = list(rows(text))
    assert all(isinstance(row, (Row, BadRow)) for row in found)
    lines = [row.line for row in found]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)


@pytest.mark.parametrize("raw, value", [
    ("3", 3), ("3.5", 3.5), ("3,5", 3.5), ("-2", -2), ("0,125", 0.125), ("1,000,000", 1_000_000),
    ("1.000.000", 1_000_000), ("1 000", 1000), ("1\u00a0000,5", 1000.5), ("1\u202f000", 1000),
    ("1,234.5", 1234.5), ("1.234,5", 1234.5), ("1.000", 1.0), (" 7 ", 7),
])
def test_numbers_as_spreadsheets_write_them(raw: str, value: float) -> None:
    assert parse_number(raw) == value


@pytest.mark.parametrize("raw", ["1,000", "10,000", "", "abc", "nan", "inf", "1,00,0", "1.2.3", "1,2,3", "1 00"])
def test_ambiguous_or_broken_numbers_are_refused(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_number(raw)


# ---------------------------------------------------------------- through the two readers

def test_a_headerless_answers_csv_with_a_byte_order_mark_keeps_its_first_answer(tmp_path: Path) -> None:
    path = tmp_path / "answers.csv"
    path.write_bytes("R2,5\nI1,4\n".encode("utf-8-sig"))
    _bank, answers = answers_from_file(str(path), None)
    assert (answers["R2"], answers["I1"]) == (5, 4)


def test_answer_files_may_use_semicolons_and_report_an_unclosed_quote_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "answers.txt"
    path.write_text("item;answer\nR2;5\n", encoding="utf-8")
    assert answers_from_file(str(path), None)[1]["R2"] == 5
    path.write_text('R2,5\n"I1,4\nA1,3\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"answers.txt:2:1: a quote opened on this line is never closed"):
        answers_from_file(str(path), None)


def test_class_files_report_bad_csv_and_ambiguous_numbers_at_their_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text('name,R,I,A,S,E,C\nAna,1,2,3,4,5,6\nBen,"1,000",2,3,4,5,6\n"Cleo,1,2,3,4,5,6\n'
                    f'Dee,{"9" * (FIELD_LIMIT + 5)},2,3,4,5,6\nEve,6,5,4,3,2,1\n', encoding="utf-8")
    result = cli("class", str(path), "--format", "json")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{path}:3: R: '1,000' is not a number",
        f"{path}:4: a quote opened on this line is never closed",
        f"{path}:5: a cell is longer than 131,072 characters",
    ]
    assert "Traceback" not in result.stderr
