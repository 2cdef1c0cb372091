"""A body's name glued to, or run into, the intitulé before it: where the copy lost the line
break between the regulation's name and its preamble, the body still opens a clause
(`adopter._opens_clause`)."""

from __future__ import annotations


def glued_article(text: str, start: int) -> bool:
    """Whether the body's name at `start` follows its capital article glued to the intitulé's
    last letter: the register's text view runs the title into the preamble ("Evaluatie van
    het gemeentelijk KGO beleidDe raad van de gemeente Hof van Twente;", zr15; also zc12,
    s07). `_OPENING` leaves such an article out (it stands inside a word), so the capital
    is read here, after a lowercase letter no sentence would put before it."""
    for article in ("De ", "Het "):
        at = start - len(article)
        if at >= 1 and text.startswith(article, at) and text[at - 1].islower():
            return True
    return False


def after_glued_stop(text: str, start: int) -> bool:
    """Whether the body at `start` opens with its capital right after the full stop that
    ends the intitulé, no space between them: the register's text view glues the title's
    sentence to the preamble ("Beleidsregels schuldhulpverlening 2023 gemeente Velsen.Het
    college van ...", zp08; also n05's "Verordening marktgelden 2005.De raad van de gemeente
    Zederik;gelezen", right by its table). A sentence's stop has a space after it."""
    return (
        start >= 2
        and text[start].isupper()
        and text[start - 1] == "."
        and text[start - 2].isalnum()
    )


def run_in_article(text: str, start: int) -> bool:
    """Whether the body at `start` opens with its capital article right after a word, no
    sentence ending between them: a transcript's one line runs the title into the preamble
    ("Beleidsplan Schuldhulpverlening gemeente Reimerswaal De raad van de Gemeente
    Reimerswaal, Gelezen ...", zh06), where within a sentence the article is lowercase."""
    return (
        text.startswith(("De ", "Het "), start)
        and start >= 2
        and text[start - 1] == " "
        and text[start - 2].isalnum()
    )
