"""Citations of law, as a small pipeline of its own (after eyecite):

1. `names`: the law registry; every law name, former title and abbreviation of a
   text in one pass (`registry().find_all`).
2. `grammar`: the shapes of Dutch citations; which articles, leden and onderdelen a
   citation names and which words join it to a law (`find_citations`); one item, an
   article number with its leden and onderdelen, in `items`.
3. `resolve`: which law those words mean: named, abbreviated, defined by the code
   itself, or named earlier (`find_definitions`, `resolve_laws`).

`codes/references.py` places the result in the article graph.
"""
