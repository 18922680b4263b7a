"""The document grammar on layouts of the three-hundred-and-sixty-first held-out
set's kind (issue #11): house expropriation and land-requisition compensation
texts of cities, counties and districts (a county's 征收决定 on a pinyin
mirror, a district's 征收决定 公告 run into one line, a county's 通知 issuing
its 集体土地 征收 办法, land bureaus' 征地补偿安置方案公告) as sites store
them, one announcing its own 方案 by its name in 《》 ('现将《征收补偿安置方案》
内容和有关事项公告如下:') over a date with no signature, the next bureau's 公告
titled '…征地补偿安置方案公告' right under it. Each case is invented text laid
out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A county land bureau's 公告 that names its own 方案 in 《》 in its 过渡语 and closes on a date with no signature.
OWN_PLAN_ANNOUNCED = ["南岭县国土资源局", "征地补偿安置方案公告", "(2009)第1号",
                      "根据省国土资源厅《南岭县看守所搬迁项目建设用地的批复》批准的《征收土地方案》,南岭县国土资源局依据"
                      "有关规定,现将《征收补偿安置方案》内容和有关事项公告如下:",
                      "一、土地补偿安置标准", "1、土地补偿费按14.24万元/公顷。", "二、地上附着物补偿标准",
                      "按有关文件规定的标准补偿。", "特此公告", "二〇〇九年四月九日"]
# Another city's bureau's 公告, its 事由 a 方案 of its own place, its 文种 公告.
NEXT_BUREAUS = ["北山市国土资源局征地补偿安置方案公告", "按照省国土资源厅的批复，现将有关事项公告如下:",
                "一、土地补偿安置标准。", "二、本方案在征求意见后，报市人民政府批准组织实施。", "特此公告",
                "北山市国土资源局", "二○一六年七月二十日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_published_title_ending_on_another_kind_than_the_named_text_opens_a_document(columns):
    """GB/T 9704 7.3.1: a title closes on its 文种, and a name shortened for
    a sentence drops words of its 事由, never its 文种. A 公告 (or 通告) is
    published to all under its own title (党政机关公文处理工作条例 第八条): a
    name in 《》 ending on another 文种 ('《征收补偿安置方案》', a 方案) in the
    text above names no such title, though most of it is found in the title's
    事由 ('北山市国土资源局征地补偿安置方案公告'): that title opens a document
    of its own (parts._other_kind), not a part of the 公告
    above."""
    docs = _documents(OWN_PLAN_ANNOUNCED + NEXT_BUREAUS, columns)
    assert [d.title for d in docs] == ["南岭县国土资源局征地补偿安置方案公告", NEXT_BUREAUS[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县国土资源局"], "2009-04-09")
    assert (docs[1].issuers, docs[1].date) == (["北山市国土资源局"], "2016-07-20")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_text_of_the_named_kind_printed_under_its_notice_stays_its_part(columns):
    """The control: a notice that issues a 方案 it names in 《》 ('现将《南岭县
    征地补偿安置方案》印发给你们') keeps the 方案 printed under its date as its
    part, the title the name it gave, of the same 文种."""
    notice = ["南岭县人民政府关于印发南岭县征地补偿安置方案的通知", "各乡镇人民政府：",
              "现将《南岭县征地补偿安置方案》印发给你们，请认真贯彻执行。", "南岭县人民政府", "2020年8月31日",
              "南岭县征地补偿安置方案", "一、总体要求", "按照有关规定做好征地补偿安置工作。"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert [part.title for part in docs[0].parts][1:] == ["南岭县征地补偿安置方案"]


def test_a_shortened_name_of_the_same_kind_still_names_the_title():
    """The control: only a 公告's or 通告's title is set apart from a name of
    another 文种; a name of the title's own 文种, or one with no 文种, is read
    as before."""
    from builder.stages.split.parts import _other_kind
    assert _other_kind("征收补偿安置方案", "北山市国土资源局征地补偿安置方案公告", addressed=False)
    assert not _other_kind("征地补偿安置方案公告", "北山市国土资源局征地补偿安置方案公告", addressed=False)
    assert not _other_kind("征收补偿安置方案", "北山市征地补偿安置方案", addressed=False)
    assert not _other_kind("市级烈士纪念设施", "关于公布市级烈士纪念设施的公告", addressed=False)


# A county's 公告 titled by its organ, 事由 and 文种 (关于 left out), its 发文字号 and a bracketed note run in, then its body.
NUMBER_RUN_IN = ["南岭县人民政府征地补偿安置方案公告南县征补安置〔2023〕1号(本公告为第一次公告)根据《中华人民共和国土地"
                 "管理法》第四十七条,现将拟定的征收土地补偿安置方案有关事项公告如下:一、征收范围本次拟征收土地位于城关镇。",
                 "南岭县人民政府", "2023年12月12日"]
# A notice cut mid-sentence inside an open bracket, as a store cuts an excerpt.
CUT_NOTICE = ["北山县人民政府关于印发北山县征收农民集体所有土地管理办法的通知", "各乡镇人民政府：",
              "现将《北山县征收农民集体所有土地管理办法》印发给你们，请认真贯彻执行。", "北山县人民政府", "2020年8月31日",
              "北山县征收农民集体所有土地管理办法", "第一条 为规范土地征收工作，制定本办法。",
              "第二条 县自然资源和规划部门负责全县被征地村安置用地的管理(包括"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("above", [[], CUT_NOTICE])
def test_an_organs_title_with_its_number_run_in_ends_on_its_kind_word(columns, above):
    """GB/T 9704 7.3.1: a title is 发文机关名称 + 事由 + 文种, 关于 perhaps left
    out; 7.2.4: the 发文字号 (a code, its year in 〔〕, its serial) is printed
    under it. A run that opens on an organ's name, a 事由 and a 文种 and goes
    on right after the 文种 into a 代字 and its bracketed year, perhaps a note
    in brackets after the number ('(本公告为第一次公告)'), then the body, is
    that title with its number run in, under a text cut mid-sentence too: no
    sentence goes on from a 文种 into a 代字 and its year
    (title_ends._organ_title_numbered, frames.number_run_in)."""
    docs = _documents(above + NUMBER_RUN_IN, columns)
    assert [d.title for d in docs][-1] == "南岭县人民政府征地补偿安置方案公告"
    assert docs[-1].doc_number == "南县征补安置〔2023〕1号"
    assert (docs[-1].issuers, docs[-1].date) == (["南岭县人民政府"], "2023-12-12")
    if above:
        assert [d.title for d in docs][0] == CUT_NOTICE[0]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_organs_title_named_in_a_sentence_stays_in_the_sentence(columns):
    """The control: under a text cut mid-sentence, an organ's title named and
    run on with words, no number after its 文种, goes on the sentence above:
    no title opens there."""
    run_on = ["南岭县人民政府征地补偿安置方案公告所列的各项补偿标准执行。", "南岭县人民政府", "2023年12月12日"]
    docs = _documents(CUT_NOTICE + run_on, columns)
    assert [d.title for d in docs] == [CUT_NOTICE[0]]


def test_a_number_run_in_needs_its_year_in_brackets_and_words_after():
    """The control: only a whole 发文字号 with its year in brackets, a note of words in brackets perhaps after it,
    then words, is a number run in."""
    from builder.stages.split.unfold.frames import number_run_in
    assert number_run_in("南县征补安置〔2023〕1号(本公告为第一次公告)根据")
    assert number_run_in("南县征补安置〔2023〕1号根据")
    assert not number_run_in("所列的各项补偿标准执行。")
    assert not number_run_in("南县征补安置〔2023〕1号")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_signature_over_a_numbered_row_is_no_title_with_its_number(columns):
    """The control: the title and its number are read on the lines the wrap carried one paragraph over; an organ's
    signature on a short line of its own, then its date and an annex's list whose row names a 通知 and its number
    ('1 关于…的通知 临政发〔2000〕5号 已被新规定替代'), are no organ's title with its number run in."""
    doc, = _documents(["临江市人民政府关于废止部分规范性文件的决定", "临政发〔2012〕3号",
                       "经清理，市政府决定废止12件规范性文件（目录见附件）。", "临江市人民政府", "2012年5月4日",
                       "附件", "临江市人民政府决定废止的规范性文件目录",
                       "序号 文件名称 发布机关及文号 说明", "1 关于加强城区市场管理的通知 临政发〔2000〕5号 已被新规定替代"],
                      columns)
    assert (doc.issuers, doc.date) == (["临江市人民政府"], "2012-05-04")
    assert [p.title for p in doc.parts[1:]] == ["临江市人民政府决定废止的规范性文件目录"]
