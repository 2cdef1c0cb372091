"""Review a code before the raad revises it: outdated law, broken references,
numbering and structure defects, inconsistent dates.

    from codes import parse_file
    from codes.review import review
    for finding in review(parse_file("codes/corpus/de-bilt.txt")):
        print(finding.severity, finding.rule, finding.message)
"""

from . import dates, law, references, structure  # noqa: F401  (each module registers its rules)
from .model import Finding, Rule
from .registry import RULES, review

__all__ = ["RULES", "Finding", "Rule", "review"]
