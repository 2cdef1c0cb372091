"""Stage 4, metadata: organisation, title, citeertitel and dates."""
from __future__ import annotations
from . import model as m

def extract_metadata(source, norm, root):
    return m.Metadata()
