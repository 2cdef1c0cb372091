"""Each code's norms, findings and source made where it was parsed give the same report."""

from __future__ import annotations

import pickle

from compare.code_facts import code_facts, with_facts
from compare.norms import extract
from compare.report import build_report
from compare.report_site import build_site

from .conftest import NAMES, corpus_code


def test_facts_are_what_the_report_would_make_itself():
    code = corpus_code("nijmegen")
    facts = code_facts(code)
    assert facts.norms == tuple(extract(code))
    assert facts.source is not None and facts.source.label == "officiële bekendmaking"
    assert with_facts(code) == (code, facts)
    # A worker sends them back to the parent: they must survive pickling unchanged.
    assert pickle.loads(pickle.dumps(facts)) == facts


def test_a_report_from_made_facts_is_the_same_report():
    codes = [corpus_code(n) for n in NAMES]
    facts = [code_facts(c) for c in codes]
    assert build_report(codes).html == build_report(codes, facts=facts).html
    made = list(build_site(codes, facts=facts).pages)
    assert list(build_site(codes).pages) == made
    assert "Gemeenteblad" in made[0] or "bekendmaking" in made[0]
