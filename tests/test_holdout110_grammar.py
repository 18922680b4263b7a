"""The document grammar on layouts of the hundred-and-tenth held-out set's
kind (issue #11): leaders' speeches at government meetings as the pages that
copy them store them (a speech's title naming the speaker's post before the
occasion, '市长在…会议上的讲话'; a file name run in over the title; a main title
and its 副题 run into the text; titles ending in a writing site's word). Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

POSTED_TITLE = "市长在市政府2021年第一次全体会议上的讲话"
SPEECH_TEXT = "在春节后上班的第一天，我们召开这次全体会议，主要是分解落实政府工作报告确定的任务。下面，我讲几点意见。" \
              "一、聚焦目标任务，增强抓落实的紧迫感。抓落实是政府工作的根本任务。"


# ---------------------------------------------------------------- a posted title run into its 称谓 and text

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_speech_titled_by_the_speakers_post_run_into_its_text(columns):
    """A speech's title may name the speaker's post before the occasion
    ('市长在…会议上的讲话'), as a document site previews it run into its 称谓
    and its text ('…的讲话同志们:在春节后…'): a speech of its own, titled so,
    the 称谓 and the text under it."""
    docs = _documents(NOTICE + [POSTED_TITLE + "同志们:" + SPEECH_TEXT], columns)
    assert [d.title for d in docs] == [NOTICE[0], POSTED_TITLE]
    assert docs[1].kind == "讲话"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_file_name_over_a_speechs_own_title_run_in(columns):
    """A document site runs the file's name over the text's own title, worded
    otherwise ('市长在市政府第一次全体会议上讲话' / '市长在市政府2021年第一次全体会议
    上的讲话'), then the 称谓: the title is the one the 称谓 follows."""
    docs = _documents(NOTICE + ["市长在市政府第一次全体会议上讲话" + POSTED_TITLE + "同志们:" + SPEECH_TEXT], columns)
    assert [d.title for d in docs] == [NOTICE[0], POSTED_TITLE]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_naming_a_post_and_a_speech_is_no_title(columns):
    """Control: a body's paragraph that opens on a leader's speech ('市长在全市
    …会议上的讲话中强调：同志们…') is a sentence: no title, no 称谓 run in."""
    body = "市长在全市安全生产工作会议上的讲话中强调：同志们要切实抓好安全生产工作。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a speech names no issuer in its title

@pytest.mark.parametrize("columns", WIDTHS)
def test_a_speech_titled_by_a_post_and_a_year_names_no_issuer(columns):
    """An unsigned report its organ names before the year ('某某县审计局2022年
    度…报告') is that organ's; a speech's title that names the speaker's post
    and the government before the year ('市长在市政府2021年…会议上的讲话')
    names no issuer: a speech has none."""
    docs = _documents(NOTICE + [POSTED_TITLE, "同志们：", SPEECH_TEXT], columns)
    assert [d.title for d in docs] == [NOTICE[0], POSTED_TITLE]
    assert docs[1].issuers == []


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unsigned_report_titled_by_its_organ_and_year_keeps_its_issuer(columns):
    """Control: the unsigned report its organ names before the year is still
    that organ's."""
    title = "某某县审计局2022年度部门预算执行情况报告"
    docs = _documents(NOTICE + [title, "根据有关规定，现将本局2022年度部门预算执行情况报告如下：",
                                "一、预算执行总体情况", "全年预算执行率为百分之九十八。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].issuers == ["某某县审计局"]


# ---------------------------------------------------------------- a speech titled with its draft's word

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("word", ["讲话材料", "讲话稿", "讲话提纲"])
def test_a_speech_titled_with_its_drafts_word_is_a_speech(word, columns):
    """The speech's text as its drafter files it is titled with the draft's
    word after the genre's ('…大会上的讲话材料', '…讲话稿', '…讲话提纲'); over
    its 称谓 it is a speech of its own, as '…大会上的讲话' is."""
    title = "市委书记在2020年全市机关干部大会上的" + word
    docs = _documents(NOTICE + [title, "企业家朋友们、同志们：", "大家上午好。今天我们召开全市机关干部大会，部署今年的工作。",
                                "第一个阶段，全力做好疫情防控。各级干部深入基层一线。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "讲话"


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_sentence_citing_a_speechs_text_is_no_title(columns):
    """Control: a body's sentence that names a speech's text ('…要认真学习
    市长在…会议上的讲话材料，抓好…') goes on after it: no title."""
    body = "会后，各乡镇要认真学习县长在全县春季植树造林工作会议上的讲话材料，抓好贯彻落实。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a theme and its 副题 run into the text

THEME = "勇立潮头敢为先"
SUBTITLE = "——在市政府全体(扩大)会议上的讲话"
THEME_TEXT = "今年是决战决胜脱贫攻坚之年。全市两会胜利闭幕，我们立即召开市政府全体(扩大)会议，部署今年的工作。下面，我讲四点意见。"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("subtitle", [SUBTITLE, "——在全市经济工作会议上的讲话", "—市长在全县脱贫攻坚推进会上的讲话"])
def test_a_speechs_theme_and_subtitle_run_into_its_text(subtitle, columns):
    """A speech titled by its theme, its 副题 after a dash naming the occasion
    and the genre word, is stored with its text run in and no 称谓 ('勇立潮头
    敢为先——在…会议上的讲话今年是…'): the theme, the dash and '在…上的讲话' at a
    paragraph's head are a title's frame, which no sentence takes; the
    speech is a document of its own, titled by its theme."""
    docs = _documents(NOTICE + [THEME + subtitle + THEME_TEXT], columns)
    assert [d.title for d in docs] == [NOTICE[0], THEME]


@pytest.mark.parametrize("columns", [None, 20, 26])
def test_a_sentence_going_on_from_a_dashed_speech_is_no_title(columns):
    """Control: a body's paragraph that opens on a phrase, a dash and a
    speech, then goes on from it ('会议精神——在全县…会议上的讲话中，县长强调…')
    is a sentence: no theme, no 副题."""
    body = "会议精神——在全县春季植树造林工作会议上的讲话中，县长强调要切实抓好造林工作。"
    docs = _documents(NOTICE[:3] + [body] + NOTICE[3:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]
