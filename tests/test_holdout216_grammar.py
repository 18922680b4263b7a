"""The document grammar on layouts of the two-hundred-and-sixteenth held-out
set's kind (issue #11): postal, metrology, tobacco-monopoly and ethnic-affairs
texts of city and county bodies (a 转发 of a 邮政信报箱 意见, a 计量 实施意见
issued by a city office, four organs' joint 通告 on tobacco sale points, a
county's two offices' 通知 issuing a 民族团结进步 实施方案) as law sites,
mirrors and county news sites store them. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.text.frame import normal_doc_number
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A county's two offices' notice whose page runs its 版头 and 发文字号 onto one line over the title.
MASTHEAD_RUN_ON = ["中共某某县委办公室文件 某办发〔2020〕4号", "中共某某县委办公室", "某某县人民政府办公室",
                   "印发《关于开展民族团结进步创建工作的实施方案》的通知", "各乡镇党委和人民政府，县级各部门：",
                   "《关于开展民族团结进步创建工作的实施方案》已经县委、县政府同意，现印发给你们，请认真贯彻执行。",
                   "中共某某县委办公室", "某某县人民政府办公室", "2020年6月2日"]


def test_the_number_run_on_after_its_masthead_is_the_number_alone():
    """GB/T 9704-2012 7.2.3: the 发文机关标志 is the organ's name and 文件;
    7.2.4: the 发文字号 under it, its 机关代字 an abbreviation (某办发, 国办发)
    that never holds 文件. A page that runs the 版头 and the number onto one
    line puts the 版头's last words before the 代字: the number is what follows
    文件, not the 版头's tail read with it."""
    assert normal_doc_number("中共某某哈尼族自治县委办公室文件元办发〔2020〕4号") == "元办发〔2020〕4号"
    assert normal_doc_number("某某县人民政府文件 某政发〔2019〕12号") == "某政发〔2019〕12号"
    docs = _documents(MASTHEAD_RUN_ON, None)
    assert [d.doc_number for d in docs] == ["某办发〔2020〕4号"]


def test_a_number_with_no_masthead_before_it_is_unchanged():
    """Control: a number printed alone, or one whose 代字 holds 文 or 件 but not
    the 版头's 文件 (a 文广 bureau's, an 件 of no 版头), keeps every character
    of its 代字, and a 版头 on a line of its own leaves the number under it whole."""
    assert normal_doc_number("国办发〔2020〕3号") == "国办发〔2020〕3号"
    assert normal_doc_number("某文广发〔2021〕7号") == "某文广发〔2021〕7号"
    assert normal_doc_number("(三政办〔2007〕75号)") == "三政办〔2007〕75号"
    docs = _documents(["某某县人民政府文件", "某政发〔2019〕12号"] + MASTHEAD_RUN_ON[3:], None)
    assert [d.doc_number for d in docs] == ["某政发〔2019〕12号"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_organs_one_a_line_over_the_passing_verb_are_all_the_titles(columns):
    """GB/T 9704-2012 7.3.1: 标题 = 发文机关 + 事由 + 文种; a joint notice that
    issues a text sets its organs one a line over the verb that passes it on
    ('中共某某县委办公室' / '某某县人民政府办公室' / '印发《…》的通知'). However the
    measure wraps the line that opens on 印发, the organs over it are the
    title's, every one, not a line left to the text above."""
    docs = _documents(NOTICE + MASTHEAD_RUN_ON[1:], columns)
    assert [d.title for d in docs] == [NOTICE[0], "".join(MASTHEAD_RUN_ON[1:4])]
    assert docs[1].issuers == ["中共某某县委办公室", "某某县人民政府办公室"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_passing_title_with_its_organ_on_its_line_leaves_the_signature_above(columns):
    """Control: a title whose organ and 印发 share its first line, under a text
    its two organs sign and date, takes no line of that signature."""
    signed = NOTICE[:3] + ["中共某某县委办公室", "某某县人民政府办公室", "2021年3月1日"]
    title = "某某县人民政府办公室印发《关于开展民族团结进步创建工作的实施方案》的通知"
    docs = _documents(signed + [title] + MASTHEAD_RUN_ON[4:], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[0].issuers[:2] == ["中共某某县委办公室", "某某县人民政府办公室"]  # (and the organ its title names)


def _texts(doc) -> str:
    return "".join(getattr(b, "text", "") or "" for part in doc.parts for b in part.blocks)


CUT_SHORT = ["关于做好民族团结进步宣传月工作的通知", "各乡镇人民政府：", "为做好宣传月工作，现就有关事项通知如下：",
             "一、各乡镇要组织开展形式多样的宣传活动，激发各族"]


@pytest.mark.parametrize("cut", [["中共某某县委办公室文件 某办发", "〔2020〕4号"],
                                 ["中共某某县委办公室文件 某办发〔2020〕4", "号"],
                                 ["中共某某县委办公室文件某办发", "〔2020〕4号"],
                                 ["中共某某县委办公室", "文件 某办发〔2020〕4号"]])
def test_a_masthead_line_the_wrap_cut_inside_its_run_on_number_opens_its_document(cut):
    """GB/T 9704-2012 7.2.3-7.2.4: the 版头 (the organ's name and 文件), the
    发文字号 right under it. A page that runs the two onto one line may have
    the line cut by the measure anywhere: after the number's 代字 ('…文件 某办发'
    / '〔2020〕4号'), inside its figures ('…〔2020〕4' / '号'), or inside the mark
    itself, the number run on after 文件 ('…办公室' / '文件 某办发〔2020〕4号'). The
    pieces are that one line again: under a text the store cut mid-sentence it
    opens the next document, whose number it is, and the text above keeps none of it."""
    docs = _documents(CUT_SHORT + cut + MASTHEAD_RUN_ON[1:], None)
    assert [d.title for d in docs] == [CUT_SHORT[0], "".join(MASTHEAD_RUN_ON[1:4])]
    assert docs[1].doc_number == "某办发〔2020〕4号"
    assert "文件" not in _texts(docs[0]) and "4号" not in _texts(docs[0])


def test_a_sentence_citing_a_document_after_the_word_file_joins_nothing_control():
    """Control: a sentence that ends its line on 文件 and a 代字 ('…学习上级文件 某办发')
    over the rest of the number and more words is no 版头: nothing is joined
    into a masthead, and no document opens there."""
    body = ["各乡镇要认真学习上级文件 某办发", "〔2020〕4号精神，做好宣传工作。"]
    docs = _documents(NOTICE[:3] + body + NOTICE[3:], None)
    assert [d.title for d in docs] == [NOTICE[0]]
    assert docs[0].doc_number is None
