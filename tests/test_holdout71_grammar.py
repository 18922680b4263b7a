"""The document grammar on layouts of the seventy-first held-out set's kind
(issue #11): speeches and reports a city's or county's gazette prints under
its leaders' names — a title, the byline (the speaker's line, the date in
brackets), the 称谓, no 发文字号, 主送 or signature. Each case is invented
text laid out as extractors give it (one line a paragraph, or hard-wrapped at
a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]
THEME = "坚定信心 真抓实干 推动全县农业农村工作再上新台阶"
SPEECH_BODY = ["同志们：", "今天，我们召开全县农业农村工作会议，主要任务是总结去年工作，安排部署今年任务。下面，我讲三点意见。",
               "一、充分肯定成绩，坚定发展信心", "一年来，全县上下攻坚克难，粮食生产再获丰收，农民收入稳步增长。"]


def _squashed(text):
    return "".join(text.split())


# ---------------------------------------------------------------- a theme title framed by its byline and 称谓

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("speaker", ["2023年农业农村工作报告县农业农村局党组书记、局长  张  某", "某某县人民政府县长 王某某",
                                     "县委副书记、县长  李  某  某", "王某某"],
                         ids=["report-name-run-in", "post-and-name", "letter-spaced", "name-alone"])
def test_a_theme_title_over_a_byline_and_a_salutation_opens_a_speech(speaker, columns):
    """A speech or a report delivered at a meeting may be titled by its theme,
    phrases parted by spaces and no kind word ('坚定信心 真抓实干 推动…'): its
    byline frames it as a 主送 frames a 公文's title — the speaker's line (the
    post and the name, perhaps letter-spaced, perhaps after the report's own
    name run into it), the date alone in brackets, the 称谓 under it. The title
    is the lines above the speaker's line, a document of its own after a text
    that ends a sentence; the date in brackets is its date."""
    docs = _documents(NOTICE + [THEME, speaker, "（2023年2月16日）"] + SPEECH_BODY, columns)
    assert [_squashed(d.title) for d in docs] == [NOTICE[0], _squashed(THEME)]
    assert docs[1].date == "2023-02-16" and docs[1].issuers == [] and docs[0].date == "2021-03-01"


LONG_THEME = "立足新起点 展现新作为 推动全县农业农村现代化建设走在前列 以优异成绩迎接建县七十周年"
NAMED_BYLINE = "2023年全县农业农村工作报告县农业农村局党组书记、局长  张  某"


@pytest.mark.parametrize("columns", [None] + list(range(18, 31)))
def test_a_theme_over_a_report_named_in_its_byline_at_any_width(columns):
    """The report's own name run into the speaker's line opens that line
    ('2023年…工作报告县农业农村局党组书记、局长  张  某'): where the wrap cuts
    it and the theme's last line fills the measure too, the piece that holds
    the genre word (报告) is the byline's first, the lines above it the
    theme's. A wrap that leaves a few characters and a space at a theme
    line's head ('…现代化建设走' / '在前列 以优异成绩…') makes no name list's
    row of it: it goes on from the full line above."""
    docs = _documents(NOTICE + [LONG_THEME, NAMED_BYLINE, "（2023年2月16日）"] + SPEECH_BODY, columns)
    assert [_squashed(d.title) for d in docs] == [NOTICE[0], _squashed(LONG_THEME)]
    assert docs[1].date == "2023-02-16"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_theme_over_its_date_alone_and_a_salutation_opens_a_speech(columns):
    """A byline may name no speaker: the date alone in brackets under the
    theme, then the 称谓, frame the theme as its title all the same. (Where
    the wrap leaves two to four characters on the theme's last line, at 20
    columns here, they read as a speaker's name alone, the likelier reading.)"""
    docs = _documents(NOTICE + [THEME, "（2023年2月16日）"] + SPEECH_BODY, columns)
    assert [_squashed(d.title) for d in docs] == [NOTICE[0], _squashed(THEME)]
    assert docs[1].date == "2023-02-16"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_byline_with_no_salutation_frames_no_title(columns):
    """Control: the 称谓 closes the frame. A line of no kind word over a
    speaker-like line and a date in brackets, with the body right under it,
    opens no document: nothing says it is a title."""
    docs = _documents(NOTICE + [THEME, "某某县人民政府县长 王某某", "（2023年2月16日）"] + SPEECH_BODY[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_line_run_on_from_a_sentence_is_no_theme_title(columns):
    """Control: a line the line above runs on into (it stops mid-sentence,
    '…按照') is that sentence's, though a byline and a 称谓 stand under it."""
    text = NOTICE[:2] + ["现将有关事项通知如下：请各乡镇按照", THEME, "某某县人民政府县长 王某某", "（2023年2月16日）"] \
        + SPEECH_BODY
    docs = _documents(text, columns)
    assert [d.title for d in docs] == [NOTICE[0]]
