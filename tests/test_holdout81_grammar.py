"""The document grammar on layouts of the eighty-first held-out set's kind
(issue #11): what city and county people's congresses and their standing
committees publish besides regulations (决议 and 决定 with the 题注 that dates
them, '（2021年9月28日…常务委员会第十次会议通过）'), as their sites and 红头
文件 print them. Each case is invented text laid out as extractors give it
(one line a paragraph, or hard-wrapped at a narrow measure) and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- a 题注 under a 红头 文件's title

RED_HEAD = ["某某市人民代表大会", "常 务 委 员 会 文 件", "某人大常[2021]8号"]
RESOLUTION = ["某某市人民代表大会常务委员会", "关于开展全市法治宣传教育", "第八个五年规划的决议"]
TITLE = "某某市人民代表大会常务委员会关于开展全市法治宣传教育第八个五年规划的决议"
BODY = ["某某市第七届人民代表大会常务委员会第十次会议听取和审议了市司法局局长受市人民政府委托所作的报告。特作决议如下:",
        "一、提高认识。开展法治宣传教育是全面依法治市的基础工作。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("note", [["(2021年 9 月 28 日某某市第七届人民代表大会常务委员会", "第十次会议通过)"],
                                  ["（2021年9月28日某某市第七届人民代表大会常务委员会第十次会议通过）"]])
def test_a_red_head_files_resolution_is_dated_by_its_note(note, columns):
    """党政机关公文处理工作条例 第九条: a text a meeting adopts is dated by
    the meeting, in the 题注 under its title. A standing committee prints
    its 决议 as a 红头 文件, the 版头 and the 发文字号 over the title (GB/T
    9704 7.2); the 题注 under the title still dates it, the frame above
    the title standing before it."""
    docs = _documents(NOTICE + RED_HEAD + RESOLUTION + note + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert (docs[1].doc_number, docs[1].date) == ("某人大常〔2021〕8号", "2021-09-28")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_red_head_files_meeting_sentence_dates_nothing(columns):
    """Control: a body's first sentence that tells of a meeting
    ('2021年9月28日,市人大常委会主任会议研究通过了…') under a 红头 文件's
    title is no 题注: the file, unsigned and undated, has no date."""
    docs = _documents(NOTICE + RED_HEAD + RESOLUTION
                      + ["2021年9月28日,市人大常委会主任会议研究通过了本决议草案,提请常委会会议审议。"] + BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], TITLE]
    assert docs[1].date is None


# ---------------------------------------------------------------- a 决议's session cut by the wrap

# The session's body named in as many characters as put '第二' at the end of the first line at each measure.
SESSION_BODIES = {18: "某某市某某区第十五届人民代表大会", 20: "某某省某某市某某区第五届人民代表大会",
                  26: "某某省某某自治州某某市某某县第十五届人民代表大会"}
REPORT = ["（2017年12月29日某某区第十五届人民代表大会第二次会议通过）",
          "会议经过审查,决定批准议案审查委员会主任委员某某某所作的议案审查报告。",
          "区人大常委会对议案办理工作要加强检查,督促落实。"]


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_resolutions_session_cut_by_the_wrap_heads_its_title(columns):
    """党政机关公文处理工作条例 第八条: a 决议 is titled by the session that
    adopted it ('…第十五届人民代表大会第二次会议关于…的决议'). The measure may cut
    that name inside its ordinal ('…人民代表大会第二' / '次会议关于…'): the full
    line above, with what stands before 关于, is the session whole, and the
    title begins there. (Unwrapped, the title is one line: no cut to read.)"""
    title = SESSION_BODIES[columns] + "第二次会议关于议案审查报告的决议"
    docs = _documents(NOTICE + [title] + REPORT, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == [SESSION_BODIES[columns] + "第二次会议"]


FILL = "会议要求各承办单位要认真落实好"


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_sentence_citing_a_sessions_resolution_is_no_title(columns):
    """Control: a body's sentence that cites the session's 决议, wrapped in
    the session's ordinal ('…要认真落实好某某区第十届人民代表大会第二' / '次会议关于
    议案审查报告的决议，按时办结议案。'), is the body going on: the line
    under the cut holds a clause mark, no title's."""
    lead = FILL[-(columns - 14):] + "某某区第十届人民代表大会第二"
    title = "某某区人民代表大会常务委员会关于议案办理工作的决定"
    docs = _documents(NOTICE + [title, "（2018年3月1日某某区第十届人民代表大会常务委员会第五次会议通过）",
                                lead + "次会议关于议案审查报告的决议，按时办结议案。", "区人大常委会对议案办理工作要加强检查,督促落实。"],
                      columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
