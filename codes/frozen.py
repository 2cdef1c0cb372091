"""One fast construction path for the frozen slotted dataclasses built per span, repair,
node and reference.

A frozen dataclass's generated `__init__` sets each field through
`object.__setattr__(self, name, value)`: a lookup of the attribute on the class and a
call through the frozen check's bypass, per field (a `Span` cost about 300 ns, a
`Repair` 900 ns, twice a plain slotted class). The slot's own descriptor sets the same
value without either. `fast_init` gives a class an `__init__` with the generated one's
signature (the same names, order and defaults) that sets each slot through its
descriptor, so `Span(1, 2)` everywhere takes the fast path; equality, hash, repr,
`replace`, pickling and the frozen `__setattr__` stay the dataclass's own.
"""

from __future__ import annotations

import dataclasses

_NO_ARGUMENT = object()  # the default of a field with a default factory


def fast_init(cls: type) -> type:
    """Decorate a `@dataclass(frozen=True, slots=True)` (put it above the dataclass
    decorator). Only plain fields are supported: a class with `__post_init__`, keyword-only
    or `init=False` fields, or without slots keeps the dataclass's `__init__` by failing here
    rather than being built wrong."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in vars(cls):
        raise TypeError(f"fast_init needs a frozen dataclass with slots, not {cls.__name__}")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"fast_init: {cls.__name__} has a __post_init__")
    namespace: dict[str, object] = {"_NO_ARGUMENT": _NO_ARGUMENT}
    parameters, body = [], []
    for f in dataclasses.fields(cls):
        name = f.name
        if not f.init or f.kw_only:
            raise TypeError(f"fast_init: field {cls.__name__}.{name} is not a plain field")
        namespace[f"_set_{name}"] = getattr(cls, name).__set__
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{name}"] = f.default
            parameters.append(f"{name}=_default_{name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{name}"] = f.default_factory
            parameters.append(f"{name}=_NO_ARGUMENT")
            body.append(f" if {name} is _NO_ARGUMENT: {name} = _factory_{name}()")
        else:
            parameters.append(name)
        body.append(f" _set_{name}(self, {name})")
    source = f"def __init__(self, {', '.join(parameters)}):\n" + "\n".join(body or [" pass"])
    # Built from the field names only, as dataclasses does; named after the class so that a
    # profile tells the classes' constructors apart.
    exec(compile(source, f"<fast_init {cls.__qualname__}>", "exec"), namespace)  # noqa: S102
    init = namespace["__init__"]
    generated = cls.__init__
    init.__qualname__ = generated.__qualname__
    init.__module__ = cls.__module__
    init.__annotations__ = dict(generated.__annotations__)
    init.__doc__ = generated.__doc__
    cls.__init__ = init
    return cls
