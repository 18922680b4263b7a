"""The document grammar on layouts of the two-hundred-and-forty-ninth held-out
set's kind (issue #11): militia and conscription-support texts of towns,
districts and cities (a town's and its 人民武装部's 民兵整组 方案, a township's
整组 notice addressed to its villages and militia companies, districts' and a
city's appeals to join the 民兵, a 民政局's 优待金 notice) as county portals
and papers store them: a 主送 that lost its colon and names militia units, and
appeals to the public titled with no 文种 over a salutation where a 公文's 主送
stands. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.text.frame import addressee_names
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A township's notice whose 主送 lost its colon, naming the villages' committees and the militia's companies.
MILITIA_NOTICE = ["关于印发2021年度民兵组织整顿工作安排的通知", "各村委会,民兵连",
                  "根据上级关于民兵组织整顿工作的指示，现将有关事项明确如下：",
                  "一、指导思想", "按照平时应急、战时应战的要求，建设一支精干管用的后备力量。",
                  "二、主要任务", "组建一个30人的应急排。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colonless_addressee_naming_militia_units_is_the_notices_addressee(columns):
    """GB/T 9704 7.3.2 closes the 主送 on its colon; a page that lost it still
    names organs under the title. A town's 人民武装部 addresses the militia's
    units (民兵工作条例: 民兵 organized by 营、连、排) as it addresses the
    villages they stand in: '民兵连' is a name a 主送 lists."""
    docs = _documents(MILITIA_NOTICE, columns)
    assert [d.title for d in docs] == [MILITIA_NOTICE[0]]
    assert docs[0].addressees == "各村委会，民兵连"


def test_militia_units_are_names_only_after_the_word_militia():
    """Control: the unit's character alone, or a sentence about the militia's
    company leaders, is no addressee; a class of militia units after 各 is."""
    assert addressee_names("各村委会,民兵连") and addressee_names("各村委会、各民兵营")
    assert not addressee_names("民兵连") and not addressee_names("各村民兵连长要") \
        and not addressee_names("各村委会,连")
