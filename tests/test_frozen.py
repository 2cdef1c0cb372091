"""The fast construction path of the frozen data objects (`codes/frozen.py`) builds what
the dataclass's own `__init__` builds, and a parse leaves no garbage cycle behind."""

from __future__ import annotations

import dataclasses
import gc
import inspect
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codes import model as m
from codes.corpus import catalog
from codes.frozen import fast_init
from codes.parse import parse_file

FAST = (m.Span, m.Repair, m.Node, m.Reference)


def _plain(cls: type) -> type:
    """The same class as the dataclass decorator alone makes it."""
    namespace = {"__annotations__": dict(cls.__annotations__)}
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            namespace[f.name] = f.default
    return dataclasses.dataclass(frozen=True, slots=True)(type(cls.__name__, (), namespace))


@pytest.mark.parametrize("cls", FAST)
def test_signature_is_the_dataclass_one(cls):
    assert str(inspect.signature(cls)) == str(inspect.signature(_plain(cls)))
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


spans = st.builds(m.Span, st.integers(), st.integers())
texts = st.text(max_size=5)
optional = st.none() | texts


@given(
    spans,
    st.tuples(texts, texts, optional, optional, texts, optional, st.booleans(), optional),
)
def test_node_is_built_as_the_dataclass_builds_it(span, values):
    kind, node_id, number, title, text, role, quoted, explains = values
    args = (kind, node_id, span, number, title, text, (), role, quoted, explains, None)
    node, plain = m.Node(*args), _plain(m.Node)(*args)
    assert [getattr(node, f.name) for f in dataclasses.fields(node)] == list(args)
    assert repr(node) == repr(plain)
    assert node == m.Node(*args) and hash(node) == hash(m.Node(*args))
    assert m.Node(kind, node_id, span) == m.Node(kind, node_id, span, None, None, "", ())
    assert pickle.loads(pickle.dumps(node)) == node
    with pytest.raises(dataclasses.FrozenInstanceError):
        node.text = "changed"


@given(st.sampled_from(["law", "eu", "internal", "local"]), optional, optional, optional)
def test_reference_url_is_kept_and_not_a_field(kind, bwb, article, law):
    ref = m.Reference(kind, "art. 1", m.Span(0, 6), "code", law=law, bwb=bwb, article=article)
    first = ref.url
    assert ref.url is first
    assert first == m._url(kind, law, bwb, article, None)
    fresh = pickle.loads(pickle.dumps(ref))
    assert fresh == ref and hash(fresh) == hash(ref) and fresh.url == first
    assert "_url" not in {f.name for f in dataclasses.fields(m.Reference)}
    assert dataclasses.replace(ref, lid=2).url == m._url(kind, law, bwb, article, 2)


def test_default_factory_and_refusals():
    @fast_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Bag:
        name: str
        items: dict = dataclasses.field(default_factory=dict)

    first, second = Bag("a"), Bag("a")
    assert first.items == {} and first.items is not second.items
    assert Bag("a", {"k": 1}).items == {"k": 1}

    with pytest.raises(TypeError):
        fast_init(dataclasses.dataclass(frozen=True)(type("Loose", (), {"__annotations__": {}})))
    with pytest.raises(TypeError):

        @fast_init
        @dataclasses.dataclass(frozen=True, slots=True)
        class Hidden:
            shown: int
            hidden: int = dataclasses.field(default=0, init=False)


def test_a_parse_leaves_no_garbage_cycle():
    """Reference counting frees a parsed code: no closure that holds itself keeps the
    nodes or the `Normalized` alive for the cycle collector."""
    from codes.export import to_json_bytes

    paths = [entry.path for entry in catalog()]
    to_json_bytes(parse_file(paths[0]))  # caches (registry, patterns) filled outside the count
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for path in paths:
            code = parse_file(path)
            to_json_bytes(code)
            code.articles()
            [ref.url for ref in code.references]
            del code
        gc.collect()
        ours = [
            o
            for o in gc.garbage
            if (getattr(o, "__module__", None) or type(o).__module__ or "").startswith("codes")
        ]
        assert ours == []
        assert len(gc.garbage) < 10 * len(paths)  # before: about 250 objects per code
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
