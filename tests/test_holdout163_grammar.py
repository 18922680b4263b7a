"""The document grammar on layouts of the hundred-and-sixty-third held-out
set's kind (issue #11): a city or district 人大常委会's personnel texts, a
决定 naming an acting head and a 任命名单, as its site, a paper's e-edition
or a news page stores them (the organ and '关于…的决定' on one line parted by
a space; a title wrapped inside the organ's name; a 名单's title, adoption
line, '决定任命:' and its names run into one line). The set measured every
document and field right in every layout before any rule looked at it, so
these cases pin its shapes against later rules. Each case is invented text
laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 任命名单 as a news page appends it to its report: title, adoption line in ASCII brackets, '决定任命:' and the
# names run into one line parted by single spaces.
NAMES_RUN_IN = ["某某区人民代表大会常务委员会任命名单 (2020年7月28日某某区第六届人民代表大会常务委员会第二十六次会议通过) "
                "决定任命: 张某某为某某区人民政府副区长。"]
# A 决定 whose organ and '关于…的决定' a paper's e-edition sets on one line parted by a space.
ORGAN_SPACED = ["某某市人民代表大会常务委员会 关于某某市人民政府副市长张某某代理市长的决定",
                "(2019年8月29日某某市第四届人民代表大会常务委员会第十九次会议通过)",
                "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，某某市第四届人民代表大会"
                "常务委员会第十九次会议决定：某某市人民政府副市长张某某代理市长。"]
# A 决定 whose title the site wraps inside the organ's name, with no adoption line and no signature.
TITLE_WRAPPED = ["某某市人民代表大会", "常务委员会关于李某某同志", "代理某某市人民政府", "市长职务的决定",
                 "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的有关规定，某某市第五届人民代表大会"
                 "常务委员会第十八次会议决定：李某某同志代理某某市人民政府市长职务。"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_list_run_into_one_line_is_titled_dated_and_signed_by_its_title(columns):
    """A 任命名单 run into one line with its adoption line: the title is the
    line's head up to the bracket, the date the adoption line's, the organ
    the one the title names; the notice under it is a document of its own."""
    docs = _documents(NAMES_RUN_IN + NOTICE, columns)
    assert [d.title for d in docs] == ["某某区人民代表大会常务委员会任命名单", NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某区人民代表大会常务委员会"], "2020-07-28")


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_an_organ_spaced_from_its_about_line_is_one_title(columns):
    """'某某市人民代表大会常务委员会 关于…的决定' on one line: one title, the
    organ its issuer, the adoption line its date."""
    docs = _documents(ORGAN_SPACED + NOTICE, columns)
    assert docs[0].title == "某某市人民代表大会常务委员会关于某某市人民政府副市长张某某代理市长的决定"
    assert (docs[0].issuers, docs[0].date, len(docs)) == (["某某市人民代表大会常务委员会"], "2019-08-29", 2)


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_wrapped_inside_the_organs_name_is_one_title(columns):
    """A title over four lines wrapped inside the organ's name and the post
    ('某某市人民代表大会' / '常务委员会关于…'): one title, its organ the
    issuer, no date printed; the notice under it is a document of its own
    (control: the text above ends with no signature)."""
    docs = _documents(TITLE_WRAPPED + NOTICE, columns)
    assert [d.title for d in docs] == ["某某市人民代表大会常务委员会关于李某某同志代理某某市人民政府市长职务的决定", NOTICE[0]]
    assert (docs[0].issuers, docs[0].date) == (["某某市人民代表大会常务委员会"], None)
