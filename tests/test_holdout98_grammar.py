"""The document grammar on layouts of the ninety-eighth held-out set's kind
(issue #11): land and house expropriation texts of city, county and district
governments (征收土地预公告, 征收土地公告, 征地补偿安置方案公告, 国有土地上房屋
征收决定 and 决定书): 公告 numbered by a 代字 that ends in the 文种 itself
('某征补公告(2022)年12-3号'), the number run onto the title's line, 附件说明 over
the signature and date, titles with the organ alone on their first line.
Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]

# A notice whose 附件说明 stands over its signature and date (GB/T 9704 7.3.4-7.3.5), the annex not printed.
NOTICE_WITH_ANNEX = NOTICE[:3] + ["附件:某某县植树造林地块示意图"] + NOTICE[3:]

COMPENSATION = ["根据《中华人民共和国土地管理法》有关规定，现将征地补偿安置方案公告如下：",
                "一、土地补偿安置标准", "耕地按每公顷118万元补偿。",
                "二、社会保障", "被征地农民按规定纳入养老保险。",
                "特此公告", "某某县人民政府", "2022年12月20日"]


# ---------------------------------------------------------------- a 公告's number, its 代字 ending in 公告

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("number", ["某征补公告(2022)年12-3号", "某征补〔2022〕12-3号", "某征补公告〔2022〕年12号"])
def test_a_notice_number_with_its_year_word_and_batch_is_read(number, columns):
    """A county numbers the 公告 of one 征地 batch by the batch and the notice
    after a hyphen ('12-3号', as frame.UNCODED_NUMBER reads '〔2020〕第3-1号'),
    and may print the year's 年 after its brackets ('(2022)年'): the line
    under the title is its 发文字号 still, kept as printed."""
    title = "某某县人民政府拟征地补偿安置方案公告"
    docs = _documents(NOTICE + [title, number] + COMPENSATION, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number.replace("〔", "(").replace("〕", ")") == number.replace("〔", "(").replace("〕", ")")
    assert (docs[1].issuers, docs[1].date) == (["某某县人民政府"], "2022-12-20")


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("above", [NOTICE, NOTICE_WITH_ANNEX])
def test_a_title_runs_into_a_number_whose_code_ends_in_its_kind(above, columns):
    """A headline runs the 公告's number onto its title
    ('…方案公告某征补公告〔2022〕12号'): the 代字 is the organ's short name and
    the 文种 again, so the title ends on the first 公告 and the number is
    the rest, though a 代字 ending in a numbered kind (公告, 通告) is not
    otherwise cut from a title (a 公告 numbered by year and serial alone
    ends on its kind: '…方案公告〔2023〕第2号'). A 附件说明 over the signature
    and date above is the text above's own: the title under that date heads
    the next document."""
    title = "某某县人民政府拟征地补偿安置方案公告"
    docs = _documents(above + [title + "某征补公告〔2022〕12号"] + COMPENSATION, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "某征补公告〔2022〕12号"
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_notice_numbered_by_year_and_serial_alone_keeps_its_title(columns):
    """Control: '…方案公告〔2023〕第2号' has no 代字: the title ends on 公告 and
    the number is '〔2023〕第2号', never a title ending on 方案 numbered
    '公告〔2023〕第2号'."""
    title = "某某县人民政府征地补偿安置方案公告"
    docs = _documents(NOTICE + [title + "〔2023〕第2号"] + COMPENSATION, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "〔2023〕第2号"


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_title_run_into_its_coded_number_after_an_annex_note(columns):
    """Control: a 附件说明 ('附件:…示意图') stands over the signature and the
    成文日期, and a title with its 发文字号 run on after it under that date
    ('…的决定某府发〔2022〕12号'), no 主送 under it, heads the next document,
    not an annex's heading, as before the date closed the mark's reach."""
    title = "某某县人民政府关于征收某某片区国有土地上房屋的决定"
    docs = _documents(NOTICE_WITH_ANNEX + [title + "某府发〔2022〕12号",
                                           "因某某片区改造需要，现决定对该片区范围内国有土地上房屋实施征收。",
                                           "某某县人民政府", "2022年5月6日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("某府发〔2022〕12号", ["某某县人民政府"], "2022-05-06")



# ---------------------------------------------------------------- an 附件说明 whose last item closes on a stop

DECISION = ["某区人民政府关于某某地块项目国有土地上房屋征收决定书",
            "因某某地块项目建设需要，现决定对下列范围内国有土地上的房屋实施征收。",
            "一、房屋征收范围：某某地块项目范围内所有房屋。", "二、房屋征收部门：某区住房和城乡建设局。",
            "附件:1.征收范围红线图;", "2.某某地块项目房屋征收补偿方案。"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_annex_list_closed_by_a_stop_then_the_signature(columns):
    """GB/T 9704 7.3.4 sets no mark after an annex's name, but a page may
    close the list's last item with a full stop ('2.某某…补偿方案。'): the item
    is the 附件说明's still, no provision '2.', and the organ's name under it,
    the text's last line, is its signature (7.3.5.1) though no date follows,
    the organ in full ('某市某区人民政府') where the title names it short."""
    docs = _documents(NOTICE + DECISION + ["某市某区人民政府"], columns)
    assert [d.title for d in docs] == [NOTICE[0], DECISION[0]]
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]
    assert docs[1].issuers == ["某市某区人民政府"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_after_an_annex_item_is_no_annex_name(columns):
    """Control: a numbered line after the 附件说明's first item that holds a
    comma before its stop is a sentence, not an annex's name."""
    docs = _documents(NOTICE + DECISION[:-1] + ["2.请各街道于5月底前报送红线图，逾期不再受理。", "某市某区人民政府",
                                                "2023年5月6日"], columns)
    assert [p.label for p in docs[1].provisions] == ["一、", "二、", "2."]


# ---------------------------------------------------------------- an organ alone over a title with no 关于

DECISION_UNDATED = ["某区人民政府关于某某片区房屋征收范围的公告", "现将某某片区房屋征收范围公告如下：东至某路，西至某街。",
                    "附件:1.征收范围红线图;", "2.某某片区房屋征收补偿方案。", "某市某区人民政府"]
LAND = ["某某市人民政府", "土地征收公告", "〔2023〕25号",
        "现将省人民政府批准的征收土地方案公告如下：", "一、征地位置：某镇某村。", "二、征地补偿标准：按区片综合地价执行。",
        "特此公告。", "2023年5月5日"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_an_organ_the_text_above_never_names_heads_the_next_title(columns):
    """标题 = 发文机关 + 事由 + 文种 (GB/T 9704 7.3.1), the organ alone on the
    title's first line ('某某市人民政府' / '土地征收公告'); under a text that ends
    on its signature with no date (its 附件说明 over it), two organs' names
    stand one a line, as joint signers would (7.3.5.2). The one the text
    above never names, over a title of 事由 and kind that has no 关于 and
    names no organ, heads that title."""
    docs = _documents(DECISION_UNDATED + LAND, columns)
    assert [d.title for d in docs] == [DECISION_UNDATED[0], "某某市人民政府土地征收公告"]
    assert docs[0].issuers == ["某市某区人民政府"]
    assert (docs[1].doc_number, docs[1].issuers, docs[1].date) == ("〔2023〕25号", ["某某市人民政府"], "2023-05-05")
    assert [p.label for p in docs[1].provisions] == ["一、", "二、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_joint_signers_over_their_date_sign_the_text_above(columns):
    """Control: joint signers one a line over their 成文日期 sign the text
    above; a title of 事由 and kind with no organ under that date
    ('土地征收公告') takes neither."""
    title = "某某区财政局 某某区自然资源局关于某某片区征地补偿资金的公告"
    docs = _documents([title, "现将某某片区征地补偿资金拨付情况公告如下：资金已足额到位。", "特此公告。",
                       "某某区财政局", "某某区自然资源局", "2023年4月2日"] + LAND[1:], columns)
    assert [d.title for d in docs] == [title.replace(" ", ""), "土地征收公告"]
    assert docs[0].issuers == ["某某区财政局", "某某区自然资源局"]


# ---------------------------------------------------------------- a citation's serial at a line's end

CITING = "條例》(國(guó)務(wù)院令第590號(hào))第八條的有關(guān)規定,現確定某某項目房屋征收範圍(詳見(jiàn)附件)。"
FILLER = {18: 13, 20: 17, 26: 4}  # characters that bring the wrap right after 號 at each measure


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_citations_serial_the_wrap_leaves_at_a_lines_end_is_no_number(columns):
    """A mirror annotates each character with its pinyin ('號(hào)'); the
    wrap may fall between 號 and its annotation, so that a line of the body
    ends on a cited order's serial, its bracket open ('…(國務院令第590號' /
    '(hào))第八條…'). A title closes the brackets it opens: that line is no
    title with its 令's serial after it, and the 公告 has no number."""
    title = "某某區(qū)人民政府關(guān)于確定某某項目房屋征收範圍的公告"
    if columns is None:
        body = ["根據(jù)《某某" + CITING[:CITING.index("(hào)")], CITING[CITING.index("(hào)"):]]
    else:
        body = ["根據(jù)《" + "某" * FILLER[columns] + CITING]
    docs = _documents(NOTICE + [title] + body + ["特此公告。"], columns)
    assert [d.title for d in docs] == [NOTICE[0], "某某區人民政府關于確定某某項目房屋征收範圍的公告"]
    assert docs[1].doc_number is None


@pytest.mark.parametrize("columns", [None, 26])
def test_a_notice_with_its_serial_on_its_title_line_keeps_it(columns):
    """Control: a 通告's serial after its title on the same line, no bracket
    open before it ('…的通告第3号'), is its number still."""
    title = "某某县人民政府关于禁止燃放烟花爆竹的通告"
    docs = _documents(NOTICE + [title + "第3号", "为保障公共安全，现就禁止燃放烟花爆竹通告如下：", "一、全县城区禁止燃放烟花爆竹。",
                                "特此通告。", "某某县人民政府", "2023年1月5日"], columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].doc_number == "第3号"
