"""The document grammar on layouts of the three-hundred-and-fifty-fifth held-out
set's kind (issue #11): radio, television, film and press texts of cities,
counties and towns (an office's 通知 on 直播卫星 public service, a 文广新局's
通知 with its 联系人 lines, a 通告 on satellite receivers with no organ printed
and no signature, a town office's 紧急通知 whose organ stands on a line of its
own over its 关于) as their sites store them, printed in an issue whose 目录
lists each title whole. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)
from tests.test_holdout10_grammar import _issue  # (a printed issue: masthead, 目录, the documents laid out)

# A 通告 with no organ in its title and none under it: its last item ends on a 举报电话 number.
UNSIGNED = ["关于开展违规户外设施清理整治的通告", "为规范辖区户外设施设置秩序，现将有关事项通告如下：",
            "一、凡未经批准擅自设置的户外设施，均属清理整治范围。",
            "二、本通告自发布之日起施行。请广大居民积极支持配合相互转告周知通过合法方式设置户外设施，并对违反通告的行为进行举报，"
            "举报电话:0997-4870001"]
ORGAN = "青石镇人民政府办公室"
REST = "关于推进青石镇有线电视入户建设的通知"
# A town office's notice, its organ alone on the line over its 关于, its 发文字号 under the title.
ORGAN_OVER_ABOUT = [ORGAN, REST, "（青政办发〔2016〕25号）", "各村、居委会：",
                    "为加快推进有线电视入户工作，现将有关事项通知如下：", "一、提高认识，高度重视。各村要切实抓好落实。"]


def _entries(second: str) -> list[str]:
    return [UNSIGNED[0] + "……1", second + "……2"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_the_toc_lists_at_a_titles_head_opens_that_title(columns):
    """GB/T 9704 7.3.1: a title is its 发文机关名称, 事由 and 文种, and the 目录
    prints it whole. An organ's name alone on the line over a title block
    that opens on 关于, the entry being that name and the block's title run
    together, is the title's first line (split.documents._organ_listed_above),
    not the signature of the text above that closes with none (a 通告 that
    prints no organ, its last item ending on a telephone number)."""
    gazette = _issue(_entries(ORGAN + REST), UNSIGNED + ORGAN_OVER_ABOUT, columns)
    first, second = gazette.documents
    assert [first.title, second.title] == [UNSIGNED[0], ORGAN + REST]
    assert first.issuers == []
    assert second.issuers == [ORGAN] and second.doc_number == "青政办发〔2016〕25号"
    assert ORGAN not in "".join(b.text for part in first.parts for b in part.blocks if hasattr(b, "text"))


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_and_date_over_a_title_the_toc_lists_with_its_organ_stay_the_text_aboves(columns):
    """The control: where the lines over the block are the text above's
    signature and its date (GB/T 9704 7.3.5), not the organ the 目录 names at
    the title's head, the rule reads nothing: the 通告 keeps its signer and
    date, the notice its title as printed, from its 关于."""
    body = UNSIGNED + ["白河县文化广电局", "2022年12月15日"] + ORGAN_OVER_ABOUT[1:]
    first, second = _issue(_entries(ORGAN + REST), body, columns).documents
    assert (first.title, first.issuers, first.date) == (UNSIGNED[0], ["白河县文化广电局"], "2022-12-15")
    assert second.title == REST


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organ_of_another_name_over_the_title_is_left_to_the_grammar(columns):
    """The control: an organ's name over the block that is not the one the
    entry opens on ('白河县文化广电局' over '关于…', the 目录 listing
    '青石镇人民政府办公室关于…') is left where the document grammar puts it
    (here the title's 发文机关 over its 关于, GB/T 9704 7.3.1); only the organ
    the 目录 names, word for word, is read off the entry."""
    body = UNSIGNED + ["白河县文化广电局"] + ORGAN_OVER_ABOUT[1:]
    first, second = _issue(_entries(ORGAN + REST), body, columns).documents
    assert first.title == UNSIGNED[0] and first.issuers == []
    assert second.title == "白河县文化广电局" + REST


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_file_with_no_toc_keeps_the_grammars_reading(columns):
    """The control: with no 目录 to list the title whole, the rule reads
    nothing; the organ alone under a text that closes with no signature stays
    what the document grammar makes of it, and the notice under it keeps its
    关于 title and its 发文字号."""
    docs = _documents(UNSIGNED + ORGAN_OVER_ABOUT, columns)
    assert [d.title for d in docs][0] == UNSIGNED[0]
    assert docs[-1].doc_number == "青政办发〔2016〕25号"
