"""The results screen as a place to explore, as a person uses it in a real pseudo-terminal
(pexpect): choose a career, ask why it came up, compare it, see its moves, wave it away ("not
for me": the next one comes in and the kept result remembers), Back to the list, Esc or q to
leave quietly; the same menu after `careers results show N`; and every choice, item and menu
wrapped between words at 40 and 80 columns, commands whole on their own line."""

from __future__ import annotations

import json
import re

import pytest

from .test_quiz_pty import (  # noqa: F401 - the fixtures of the quiz's pty tests
    ITEMS, STYLE, answer_items, catalog, item, pexpect, pointed_at, terminal,
)

pytestmark = pytest.mark.heavy


def words(text: str) -> str:
    """`text` as a pattern that matches it wrapped between words on the screen, never inside one."""
    return STYLE.join(re.escape(word) for word in text.split())


def take_quiz(child) -> None:
    answer_items(child, 0, 24)
    child.expect_exact("Which of these do you like?")
    child.send("s")
    child.expect(words("What matters most to you at work?"))
    child.send("s")  # no work values
    child.expect(words("How long are you willing to study or train?"))
    child.send("6")  # it does not matter
    child.expect(words("Lowest gross pay you would accept"))
    child.send("s")
    child.expect(words("Only careers with a detailed profile"))
    child.send("2")


def menu_entry(child, number: int) -> str:
    """The title of the listed career keyed `number` in the explore menu."""
    child.expect(rf"{number}\) (\d+)\. ([^(\x1b\r\n]+?) \(")
    return child.match.group(2)


def test_why_not_for_me_compare_moves_back_and_quit(terminal, cli) -> None:
    child = terminal()
    take_quiz(child)
    child.expect_exact("Kept as result 1: careers results show 1")
    child.expect_exact("Explore a career?")
    child.expect_exact("(1-9, 0, s done, Esc or q quits)")
    second = menu_entry(child, 2)
    child.send("2")
    child.expect_exact("1) Open its profile")
    child.send("2")  # why
    child.expect(words(f"Why {second} came up (no. "))
    child.expect(r"Its score: [0-9.]+ = [0-9.]+ interests")
    child.expect_exact("What each interest scale adds to the correlation")
    child.expect(r"R Realistic: [+-][0-9.]+ \(you 20\.00, the career")
    child.expect_exact("Your answers that raised those scales")
    child.expect(r"R · 5/5 · ")  # the Realistic items, answered 5
    pointed_at(child, "2) Why did it come up?")  # the career's menu comes back on the last action
    child.send("b")  # Back: the list again, on the career just explored
    child.expect_exact("Explore a career?")
    child.expect("»" + STYLE + r"2\) \d+\. " + re.escape(second))
    child.send("2")
    child.expect_exact("1) Open its profile")
    child.send("5")  # not for me
    child.expect_exact(f"Hidden: {second}")
    child.expect_exact("Brought in: ")
    child.expect_exact("Explore a career?")
    first = menu_entry(child, 1)
    third = menu_entry(child, 2)
    assert third != second
    child.send("1")
    child.expect_exact("1) Open its profile")
    child.send("3")  # compare
    child.expect_exact("Compare with which career?")
    child.send("1")  # the first of the others: the one listed second now
    child.expect_exact("Holland code")
    child.expect_exact("Interest match with the")  # the two careers side by side
    child.expect_exact("1) Open its profile")
    child.send("4")  # moves: said, whether or not the career has any
    child.expect(r"Moves from|no ROME or O\*NET code")
    child.expect_exact("1) Open its profile")
    child.send("q")  # leaves quietly, with one line
    child.expect_exact("Your results are kept: careers results show 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")

    kept = json.loads(cli("results", "show", "1", "--format", "json").stdout)["data"]
    assert [h["title"] for h in kept["hidden"]] == [second]
    listed = [r["title"] for r in kept["results"]]
    assert second not in listed and listed[:2] == [first, third] and len(listed) == 10
    ranks = [r["rank"] for r in kept["results"]]
    assert ranks == sorted(ranks) and ranks[1] - ranks[0] >= 2  # the hidden one's rank is a gap, not reused
    assert "Not for you, hidden: " + second in cli("results", "show", "1").stdout


def test_the_same_menu_after_results_show_and_escape_is_quiet(terminal) -> None:
    child = terminal()
    take_quiz(child)
    child.expect_exact("Explore a career?")
    child.send("s")  # done
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0

    child = terminal("show", "1", command="results")
    child.expect_exact("Explore a career?")
    first = menu_entry(child, 1)
    child.send("1")
    child.expect_exact("1) Open its profile")
    child.send("2")
    child.expect(words(f"Why {first} came up (no. 1,"))
    child.send("\x1b[D")  # ← is Back too
    child.expect_exact("Explore a career?")
    child.send("\x1b")  # Esc
    child.expect_exact("Your results are kept: careers results show 1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


@pytest.mark.parametrize("columns", [40, 80])
def test_choices_items_and_menus_wrap_between_words(terminal, columns: int) -> None:
    child = terminal(columns=columns)
    long = max(range(24), key=lambda n: len(ITEMS[n].text["en"]))
    answer_items(child, 0, long)
    item(child, long)
    child.expect(words(ITEMS[long].text["en"]))
    child.send("3")
    answer_items(child, long + 1, 24)
    child.expect_exact("Which of these do you like?")
    child.expect(words("26. I am drawn to what goes on behind the scenes"))  # a centre, wrapped between words
    child.send("s")
    child.expect(words("What matters most to you at work?"))
    child.send("s")  # no work values
    child.expect(words("How long are you willing to study or train?"))
    child.expect(words("Two or three years of vocational training or college (job zone 3; bac+2, BTS: EQF 5)"))
    child.send("6")
    child.expect(words("Lowest gross pay you would accept"))
    child.send("s")
    child.expect(words("Only careers with a detailed profile (studies, salary, a typical day)?"))
    child.send("2")
    child.expect_exact("Kept as result 1:")
    child.expect_exact("careers results show 1")
    colour = r"(?:\x1b\[[0-9;]*m)*"
    # whole, on a line of its own (the terminal folds it, nothing cuts it)
    child.expect(rf"\n{colour}  careers quiz --bank riasec-short --answers-string [1-5-]{{24}}{colour}\r\n")
    child.expect(words("Explore a career?"))
    child.send("1")
    child.expect(words("Compare it with another listed career"))
    child.expect(words("Not for me: hide it and bring in the next"))
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
