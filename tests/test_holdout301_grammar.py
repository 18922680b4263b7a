"""The document grammar on layouts of the three-hundred-and-first held-out
set's kind (issue #11): special-equipment and elevator safety texts of cities,
counties and their bureaus (a city government's 意见 on residential
elevators, a city office's 通知 on elevator quality and safety, a city
bureau's 通知 asking for comments on a draft, a county body's 答复 to a
deputy, a county bureau's 复函 to a CPPCC member) as law libraries, a
standards site and the bodies' own sites store them, one of them a page that
lost the text's layout and its colons: the title, the 主送 closing on a comma
and the body all run into one line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city office's notice on a page that lost its colons: title, 主送 (closing on a comma) and body on one line.
COLONLESS = ["北山市人民政府办公室关于加强电梯质量安全工作的通知各区县人民政府、市新区管委会,市政府各工作部门,"
             "为贯彻落实省政府有关文件精神,进一步加强电梯质量安全工作,经市政府同意.现就有关事项通知如下.一,提高思想"
             "认识,各区县政府要充分认识提高电梯质量安全水平的重要性和紧迫性。"]
# A text whose excerpt ends mid-sentence, with no signature, run above it.
CUT_SHORT = ["南岭市人民政府关于加强居民住宅电梯安全管理的意见", "各区人民政府,市人民政府各部门:",
             "为切实加强我市居民住宅电梯安全使用和监督管理,现提出如下意见:",
             "一、明确总体目标", "质监部门负责全市居民住宅电梯安全监察工作,积极开展电梯应急救援演"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [[], CUT_SHORT])
def test_a_title_run_into_a_comma_closed_addressee_and_its_body_is_a_document(columns, above):
    """GB/T 9704 7.3.1–7.3.3: the 标题 (organ, 关于, 事由, 文种), then the 主送
    opening on 各, then the body's first sentence opening as bodies open
    ('为贯彻落实…'). A page that lost the text's colons closes the 主送 on a
    comma; no sentence goes on from a title's kind word into a list of organs
    and a purpose clause, so the title ends on its 文种 and the 主送 is the
    names before that comma (unfold.comma_closing_addressees), under a text
    cut mid-sentence as at a file's head."""
    docs = _documents(above + COLONLESS, columns)
    assert [d.title for d in docs] == ([above[0]] if above else []) + ["北山市人民政府办公室关于加强电梯质量安全工作的通知"]
    assert docs[-1].issuers == ["北山市人民政府办公室"]
    if columns is None:
        assert docs[-1].addressees == "各区县人民政府、市新区管委会，市政府各工作部门"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_citing_a_notice_then_its_readers_is_no_title(columns):
    """The control: a sentence that names a notice without its 《》 and goes
    on to the units that must act, with no purpose clause after their comma,
    opens no document; nor does a title whose 主送 closes on its colon change
    (it is read as printed)."""
    notice = ["北山市人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府:",
              "现将有关事项通知如下:请各乡镇在3月底前完成造林任务。", "北山市人民政府", "2021年3月1日"]
    citing = ["南岭县人民政府办公室关于做好防汛工作的通知各乡镇人民政府要认真执行,切实做好防汛各项工作。"]
    docs = _documents(notice + citing, columns)
    assert [d.title for d in docs] == [notice[0]]
    docs = _documents(notice, columns)
    assert docs[0].addressees == "各乡镇人民政府"


# A county body's answer to a deputy, its measures counted '一是…', '二是…' inside its paragraphs.
ANSWER = ["关于南岭县第十八届人民代表大会第132号建议的答复", "王某某代表:",
          "关于您提出的小区电梯使用管理不到位的问题,我们已获悉并高度重视。为了改善这一问题,我们将采取以下措施:",
          "一是加强宣传教育:通过小区广播、公告栏等渠道,加强对电梯使用规定的宣传,提高住户的安全意识。",
          "二是严格管理:加强物业人员的巡查力度,发现违规行为及时劝阻并纠正。"]


def test_a_run_in_point_is_no_title_line_whatever_kind_word_ends_it():
    """GB/T 9704 7.3.1: a 标题 opens on its 发文机关, on 关于 or on its 事由;
    a body's run-in point ('一是…', '二是…') opens none, though the wrap ends
    its line on a kind word ('一是加强宣传教育:通过小区广播、公告' / '栏等渠道…':
    titles.lines.BODY_POINT_RE). The control: a title that opens on its 事由 and
    a line opening on a word that merely begins with a numeral stay titleish."""
    from builder.stages.split.titles.lines import titleish_text
    assert not titleish_text("一是加强宣传教育:通过小区广播、公告")
    assert not titleish_text("二是严格管理的通知")
    assert titleish_text("关于南岭县第十八届人民代表大会第132号建议的答复")
    from builder.stages.split.titles.lines import BODY_POINT_RE
    assert not BODY_POINT_RE.match("三是否决议案处理情况的通报")  # (是否 opens a question, no point)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_answer_counting_its_measures_inside_paragraphs_stays_one_document(columns):
    """The control: the answer's '一是…' and '二是…' paragraphs stay in its
    body, whatever the measure."""
    docs = _documents(ANSWER, columns)
    assert [d.title for d in docs] == [ANSWER[0]]
    assert docs[0].addressees == "王某某代表"
