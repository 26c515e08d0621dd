"""Text helpers: untrusted text is made safe to print; titles fold to stable keys."""

from hypothesis import given
from hypothesis import strategies as st

from careercli.text import clean, clean_rendered, escape_unsafe, fold, slugify

UNSAFE = set(map(chr, [*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0),
                       0x061c, 0x200e, 0x200f, *range(0x202a, 0x202f), *range(0x2066, 0x206a)]))


@given(st.text())
def test_clean_leaves_no_control_or_bidi_character(text):
    assert not set(clean(text)) & UNSAFE


INVISIBLE = ["\u00ad", "\u034f", "\u115f", "\u1160", "\u180e", "\u3164", "\uffa0", "\ufff9", "\ufffa", "\ufffb",
             "\U000e0020", "\U000e0041", "\U000e007f", "\u200b", "\u2060", "\u2065", "\ufeff"]


def test_clean_drops_invisible_characters_and_lone_joiners():
    for character in INVISIBLE:
        assert clean(f"Go{character}od") == "Good", repr(character)
        assert escape_unsafe(f"Go{character}od") == f"Go\\u{ord(character):04x}od" or ord(character) > 0xFFFF
    assert clean("\u200dtitle\u200c end\u200d") == "title end"  # a joiner at a word's edge shapes nothing


def test_clean_keeps_joiners_that_languages_need():
    persian = "می\u200cخواهم"  # ZWNJ between two letters: "I want"
    hindi = "क्\u200dष"  # ZWJ after a virama: a half form
    assert clean(persian) == persian and clean(hindi) == hindi and escape_unsafe(persian) == persian


def test_a_rendered_page_keeps_only_its_colours():
    page = "\x1b[1mTitle\x1b[0m\x1b]52;c;eA==\x07\x1b[2J\u202e\r\n"
    assert clean_rendered(page) == "\x1b[1mTitle\x1b[0m]52;c;eA==[2J\n"


def test_clean_keeps_text_newlines_and_tabs():
    assert clean("Salaire\x1b[31m brut\x07\n\tnet\u202e") == "Salaire[31m brut\n\tnet"


@given(st.text())
def test_fold_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(), st.sampled_from(sorted(UNSAFE) + INVISIBLE), st.text())
def test_fold_leaves_out_unsafe_and_invisible_characters(before, character, after):
    """Wherever one stands, as `clean` leaves it out (fold looks for them only in text that may hold one)."""
    assert not set(fold(before + character + after)) & (UNSAFE | set(INVISIBLE))
    assert fold(f"Go{character}od") == "good"


def test_fold_ignores_case_accents_and_spacing():
    assert fold("  Administratrice   de PRODUCTION ") == fold("administratrice de production")
    assert fold("Ébéniste") == "ebeniste"


def test_fold_spells_out_letters_no_decomposition_splits():
    """People type "oenologue" for "Œnologue": both must meet, and ids must keep the letters."""
    assert fold("Œnologue") == fold("oenologue") == "oenologue"
    assert fold("Maîtrise d'œuvre") == "maitrise d'oeuvre" and fold("Cæsar Straße") == "caesar strasse"
    assert slugify("Œnologue") == "oenologue" and slugify("Manœuvre bâtiment") == "manoeuvre-batiment"


@given(st.text())
def test_slugs_are_lowercase_ascii_words(text):
    slug = slugify(text)
    assert slug == "" or all(part.isalnum() and part.isascii() and part == part.lower() for part in slug.split("-"))


def test_text_surely_safe_holds_nothing_the_unsafe_pattern_matches():
    """`surely_safe` spares compiling the pattern for most text: it must never call safe a
    character the pattern matches, whatever the code point (and it does call plain text safe)."""
    from careercli.text import _MAYBE_UNSAFE, surely_safe

    matched = [chr(c) for c in range(0x110000) if _MAYBE_UNSAFE.match(chr(c))]
    assert len(matched) > 2000 and not [c for c in matched if surely_safe(c) or surely_safe(f"a\n{c}\tb")]
    assert all(surely_safe(t) for t in ("Baker", "Infirmier en soins généraux", "╭── a\n\tpage ──╮", ""))
    assert not surely_safe("a\u200db") and not surely_safe("a\u00a0b")  # a joiner, a no-break space: the pattern decides
    assert fold("Zoe\u200b Smith") == "zoe smith" and fold("Chef\x1b[31m") == "chef[31m"
