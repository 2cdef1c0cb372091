"""Review a code before the raad revises it: outdated law, broken references,
numbering and structure defects, inconsistent dates.

    from codes import parse_file
    from codes.review import review
    for finding in review(parse_file("codes/corpus/de-bilt.txt")):
        print(finding.severity, finding.rule, finding.message)  # Dutch
        print(finding.problem.text("en"), finding.fix.text("en"))  # English

A finding keeps its facts; the sentences in each language are in
`codes/data/review_wording.toml` (`wording.py`).
"""

from . import dates, law, references, structure  # noqa: F401  (each module registers its rules)
from .model import DEFAULT_LANGUAGE, LANGUAGES, Finding, Rule, Wording
from .registry import RULES, review

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "RULES", "Finding", "Rule", "Wording", "review"]
