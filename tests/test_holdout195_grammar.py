"""The document grammar on layouts of the hundred-and-ninety-fifth held-out
set's kind (issue #11): recruitment and selection announcements of county
organs and public institutions (事业单位公开招聘公告, 公开选调简章) as
recruitment sites and their mirrors store them, cut before the signature.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# An excerpt that ends inside its list, with no signature: only the next title closes it.
CUT_SHORT = ["某某县2021年公开招聘事业单位工作人员公告",
             "根据有关规定，县人力资源和社会保障局组织部分事业单位公开招聘工作人员。现将有关事项公告如下：",
             "一、报考条件", "（一）具有中华人民共和国国籍；", "（二）具有良好的品行；"]
BROCHURE = ["某某县委办公室公开选调工作人员简章",
            "根据工作需要，经县委同意，县委办公室面向全县机关事业单位公开选调工作人员，现将有关事项公告如下：",
            "一、选调岗位和计划", "县委办公室公务员岗位，选调2人。", "二、选调条件",
            "1.年龄在35周岁以下；", "2.近三年年度考核均为称职以上等次。"]
COUNTED = ["某某市某某区2022年招聘社区工作者公告(36人)",
           "为加强社区工作者队伍建设，结合我区实际，现就公开招聘社区专职工作者有关事项公告如下：",
           "一、招聘计划", "全区计划招聘社区专职工作者36名。", "二、招聘条件",
           "1.遵纪守法，品行端正；", "2.具有大专及以上学历。"]


def _items(doc):
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_recruitment_brochure_is_a_document_of_its_own(columns):
    """A 招聘简章 or 选调简章 is what an organ or its personnel bureau publishes
    to recruit (事业单位公开招聘人员暂行规定 第十二条: 发布招聘信息), titled by
    the organ or place, the recruitment and the word 简章, under it a lead
    ending '公告如下：' and numbered parts, as a 公告 is: a title that ends a
    document, with its kind, as a 公告's does."""
    docs = _documents(CUT_SHORT + BROCHURE, columns)
    assert [d.title for d in docs] == ["某某县2021年公开招聘事业单位工作人员公告", "某某县委办公室公开选调工作人员简章"]
    assert docs[1].kind == "简章"
    assert _items(docs[1]) == ["一、", "二、", "1.", "2."]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_headline_s_head_count_after_the_kind_word_ends_the_title(columns):
    """A recruitment site heads an announcement with its title and, in
    brackets after the 文种, how many it recruits ('…公告(36人)', '…（招55名）'):
    a 题注 of the headline, as a list's date in brackets is, so the kind word
    before it ends the title."""
    docs = _documents(CUT_SHORT + COUNTED, columns)
    assert [d.title for d in docs] == ["某某县2021年公开招聘事业单位工作人员公告", "某某市某某区2022年招聘社区工作者公告(36人)"]
    assert docs[1].kind == "公告"
    assert _items(docs[1]) == ["一、", "二、", "1.", "2."]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_citing_a_brochure_or_a_count_stays_a_sentence(columns):
    """Control: a body's sentence that names the 简章 or gives a count in
    brackets, ending in its stop, opens no document."""
    text = CUT_SHORT[:3] + ["具体岗位详见本次招聘简章。", "（一）招聘人数为全区社区工作者(36人)。"]
    docs = _documents(text, columns)
    assert [d.title for d in docs] == ["某某县2021年公开招聘事业单位工作人员公告"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unsigned_brochure_is_its_titled_organ_s_and_a_party_department_is_one_organ(columns):
    """An unsigned 简章 is the organ's its title names before the 事由, as an
    unsigned 公告's is (标题 = 发文机关 + 事由 + 文种); a Party committee's
    department ('县委宣传部', '市委组织部') or office (县委办公室) goes on after
    the committee's short name as one organ, not the committee and a 事由."""
    doc, = _documents(BROCHURE, columns)
    assert doc.issuers == ["某某县委办公室"]
    doc, = _documents(["某某县委宣传部公开选调工作人员公告"] + BROCHURE[1:], columns)
    assert doc.issuers == ["某某县委宣传部"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_brochure_keeps_its_signature(columns):
    """Control: a 简章 that signs is its signature's organ's, whatever its
    title names."""
    text = BROCHURE + ["某某县委组织部", "2019年10月8日"]
    doc, = _documents(text, columns)
    assert doc.issuers[0] == "某某县委组织部" and doc.date == "2019-10-08"



@pytest.mark.parametrize("word", ["可从", "请向", "统一由"])
def test_an_organ_a_cut_sentence_runs_on_into_is_no_issuer_of_the_title_under_it(word):
    """A sentence the wrap carried on to an organ's name after a word that
    asks for its object ('…表格等可从' / '某某县人力资源和社会保障局'), the
    page's excerpt cut there: the organ is that sentence's, no 发文机关 of the
    place's and year's title under it, which names its own place."""
    cut = CUT_SHORT + ["报考所需的表格等" + word, "某某县人力资源和社会保障局"]
    docs = _documents(cut + ["某某市2020年公开招聘编外教师公告"] + COUNTED[1:], None)
    assert [d.title for d in docs] == [CUT_SHORT[0], "某某市2020年公开招聘编外教师公告"]


def test_an_organ_over_a_title_under_a_whole_sentence_is_its_issuer():
    """Control: under a sentence's end, the organ alone over a title with no 关于 is its issuer's line."""
    docs = _documents(CUT_SHORT + ["某某县人力资源和社会保障局", "2020年公开招聘编外教师公告"] + COUNTED[1:], None)
    assert [d.title for d in docs] == [CUT_SHORT[0], "某某县人力资源和社会保障局2020年公开招聘编外教师公告"]


def test_a_place_name_ending_as_a_word_that_asks_for_an_object_is_the_organs_head():
    """Control: a place's name may end on such a character ('东至', '永至'):
    over the organ's rest ('中国人民政治协商会议东至' / '县委员会'), under a
    whole sentence, the two lines are the organ's name that heads the title."""
    docs = _documents(CUT_SHORT + ["中国人民政治协商会议东至", "县委员会", "常务委员会工作规则",
                                   "（2022年4月13日县政协十一届一次常委会议修订）", "第一章 总则",
                                   "第一条 为推进常务委员会工作的制度化、规范化，制定本规则。"], None)
    assert [d.title for d in docs] == [CUT_SHORT[0], "中国人民政治协商会议东至县委员会常务委员会工作规则"]


def test_a_title_opens_on_no_particle_de():
    """No title's first line opens on the particle 的: a body line the wrap
    opened so ('…报考所需' / '的表格等可从某某县人力资源和社会保障局'), the
    excerpt cut after it, is the sentence's, and the title under it begins on
    its own line."""
    cut = CUT_SHORT + ["报考人员须按要求报名。报考所需", "的表格等可从某某县人力资源和社会保障局"]
    docs = _documents(cut + ["", "某某市2020年公开招聘编外教师公", "告"] + COUNTED[1:], None)
    assert [d.title for d in docs] == [CUT_SHORT[0], "某某市2020年公开招聘编外教师公告"]


# Sweep at seeds 3 to 14 (2026-12-06): 秭归's 公告 cut by its store mid-sentence on an organ's name, 固镇's 公告 under
# it, both listed in the 目录: the sentence's last line, after one the wrap filled, ends on the organ's name, and the
# wrap grammar read it with the title under it as one block.
CUT_ON_ORGAN = ["报考者只能用第二代身份证报名，且报名与考试时使用的身", "份证必须一致，报名时须提交本人近期免冠照片两张，报",
                "考所需的表格等可从某某县人力资源和社会保障局", "某某县2020年公开招聘编外教师公告"]
ORGAN_OVER = ["报考者只能用第二代身份证报名，且报名与考试时使用的身", "份证必须一致，报名时须提交本人近期免冠照片两张。",
              "某某县人力资源和社会保障局", "某某县2020年公开招聘编外教师公告"]


@pytest.mark.parametrize("lines, start", [(CUT_ON_ORGAN, 3), (ORGAN_OVER, 2)])
def test_a_sentence_cut_on_an_organs_name_over_a_listed_title_is_no_part_of_it(lines, start):
    """A block read from the line of an excerpt cut mid-sentence that goes
    on from a line the wrap filled and ends on an organ's name ('…报' / '考所需
    的表格等可从某某县人力资源和社会保障局'), over a title the 目录 lists as it
    stands: those words are the sentence's tail, no organ over the title, and
    the title begins where the entry's words do. Control: an organ's name on a
    line of its own, under a sentence that ended, over a title the 目录 lists
    without it, is the title's organ (a 目录 may leave it out)."""
    from builder.stages.layout import normalise
    from builder.stages.split.titles.blocks import listed_from
    from builder.text.lines import squash
    from builder.text.measure import measure
    read = normalise("\n".join(lines) + "\n")[0]
    assert listed_from(read, 2, 4, frozenset({squash(lines[3])}), measure(read)) == start
