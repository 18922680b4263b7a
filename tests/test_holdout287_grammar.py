"""The document grammar on layouts of the two-hundred-and-eighty-seventh held-out
set's kind (issue #11): straw-burning bans and heavy-pollution-weather response
texts of cities, counties and districts (a county's 通告 banning open burning
of straw, a city office's 紧急通知 on straw use, offices' 通知 issuing their
重污染天气应急预案) as their sites and mirrors store them, one of them a notice
whose 主送, body, 署名, 成文日期, 附注 and the plan it issues run into one
paragraph parted by spaces. Each case is invented text laid out as extractors
give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A notice issuing a plan, its frame and the plan run into one paragraph parted by spaces, as a table-built page
# stores it: the 发文字号 and the title on one line, then the 主送, the body's sentence, the office, the date, the
# 附注 '(此件公开发布)', the plan's title and its preamble and first items.
TITLE = "关于印发东岭县秸秆禁烧工作方案的通知"
RUN_IN_NOTICE = [
    "东政办字〔2020〕7号 " + TITLE,
    "各乡、镇人民政府,各街道办事处,县政府各部门: 《东岭县秸秆禁烧工作方案》已经县政府同意,现印发给你们,"
    "请认真组织实施。 东岭县人民政府办公室 2020年5月6日 (此件公开发布) 东岭县秸秆禁烧工作方案 为切实做好秸秆"
    "禁烧工作,改善环境空气质量,保障公众身体健康,结合我县实际,制定本方案。 一、工作目标 全县范围内禁止露天焚烧"
    "农作物秸秆,确保不发生大面积焚烧。 二、工作措施 各乡镇要落实网格化管理,明确责任人员,加强巡查值守。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_publication_note_after_a_run_in_date_closes_the_frame(columns):
    """GB/T 9704 7.3.5-7.3.6: the 署名, the 成文日期 and the 附注 in brackets
    under it ('（此件公开发布）') close a notice's frame. Run into one paragraph
    with what follows, parted by spaces, and wrapped at any measure, the
    note after the date is no sentence going on (unfold.SPACED_CLOSE_RE,
    CLOSE_NOTE): the office signs, the date is the 成文日期, and the plan
    after the note is the text the notice issues."""
    docs = _documents(RUN_IN_NOTICE, columns)
    assert [d.title for d in docs] == [TITLE]
    doc = docs[0]
    assert (doc.doc_number, doc.issuers, doc.date) == ("东政办字〔2020〕7号", ["东岭县人民政府办公室"], "2020-05-06")
    assert [p.title for p in doc.parts][-1] == "东岭县秸秆禁烧工作方案"


@pytest.mark.parametrize("columns", [18, 26])
def test_a_bracket_after_a_date_in_a_sentence_is_no_close(columns):
    """The control: a sentence that names an organ and a day, the day's
    weekday in brackets after it ('…。县农业农村局2020年5月6日（星期三）
    召开…'), goes on: no 成文日期 is read from it, and the date stays in its
    sentence. (At the wrapped measures, where the spaced close is read across
    the wrap's lines; a line left whole is read by the line's own rules.)"""
    notice = ["东岭县人民政府关于做好秸秆禁烧工作的通知",
              "各乡、镇人民政府: 现将有关事项通知如下,请认真落实。 县农业农村局 2020年5月6日 (星期三)召开全县"
              "秸秆禁烧工作推进会,各乡镇分管负责同志参加。 一、加强巡查 各乡镇要落实网格化管理,加强巡查值守。"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].date is None
    texts = [b.text for part in docs[0].parts for b in part.blocks]
    assert any("2020年5月6日" in text and "召开" in text for text in texts)
