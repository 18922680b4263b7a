"""The converter on a HELD-OUT set: real documents no rule was tuned on.

tests/devset/holdout/ holds documents of sources the development set does
not use (local regulations, county and city notices and 通告), with
hand-checked records in the development set's schema, laid out by the same
layouts (tests/devset/layout.py). The development set's figures say how well
the converter fits what it was tuned on; these say whether its document
grammar generalises. ``python -m tests.devset.measure --set holdout`` prints
them (``... --set holdout together`` lists what goes wrong). FLOORS are the
figures measured when they were last raised, a little under, so that a
regression fails; whoever improves the converter raises them.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.corpus  # the held-out set in every layout: see pytest.ini
sys.path.insert(0, str(ROOT))

from tests.devset.measure import LAYOUTS, measure, shortfalls  # noqa: E402

# Per layout, as in tests/test_devset.py: documents recall, precision; 文号,
# issuers, date, 主送 right; provisions found; parts found; the most
# paragraphs cut mid-sentence; single files read fully.
FLOORS = {
    "together": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002),
    "together_blank": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002),
    "together_18": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002),
    "together_26": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.003),
    "issue": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002),
    "issue_blank": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002),
    "single": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002, singles=0.98),
    "single_blank": dict(recall=0.98, precision=0.98, 文号=0.98, issuers=0.98, date=0.98, 主送=0.98, provisions=0.99, parts=0.0, cut=0.002, singles=0.98),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_holdout_figures_do_not_drop(layout):
    f = measure(layout, "holdout")
    low = shortfalls(f, FLOORS[layout])
    assert not low, f"{layout}: below the floor: {low}\n" + "\n".join(f.problems[:20])
