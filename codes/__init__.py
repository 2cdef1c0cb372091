"""The input side of the toolkit: any source of a gedragscode -> the article graph.

from codes import parse_file
code = parse_file("codes/corpus/best.txt")
for article, scope in code.articles():
    print(article.id, article.number, article.title)
"""

from .errors import InputError
from .model import Code, Metadata, Node, Reference, Repair, Span
from .parse import parse_bytes, parse_file, parse_source, parse_text

__all__ = [
    "Code",
    "InputError",
    "Metadata",
    "Node",
    "Reference",
    "Repair",
    "Span",
    "parse_bytes",
    "parse_file",
    "parse_source",
    "parse_text",
]
