"""A scaled corpus made from the five bundled codes, varied, for the benchmarks.

Each copy gets another gemeente name, other amounts and years, and drops a
few paragraphs, so that no two texts are the same (caches do not help).
"""

from __future__ import annotations

import random
import re

from codes.corpus import catalog


def scaled_corpus(count: int = 400, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    bases = [(e.organisation, e.path.read_text(encoding="utf-8")) for e in catalog()]
    texts = []
    for index in range(count):
        organisation, text = bases[index % len(bases)]
        name = f"Voorbeeld{index:03d}"
        varied = text.replace(organisation, name)
        varied = re.sub(r"€\s?50", lambda _: f"€ {rng.choice([25, 50, 75, 100, 150])}", varied)
        varied = re.sub(r"\b20(1\d|2\d)\b", lambda _: str(rng.randint(2010, 2026)), varied)
        paragraphs = varied.split("\n\n")
        kept = [
            p
            for p in paragraphs
            if rng.random() > 0.03 or re.match(r"\s*(Artikel|ARTIKEL|Hoofdstuk)", p)
        ]
        texts.append((f"{name}.txt", "\n\n".join(kept)))
    return texts
