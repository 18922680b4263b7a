"""The document grammar on layouts of the eighty-second held-out set's kind
(issue #11): everyday documents of city, county and district governments
and their offices in 内蒙古, 吉林 and 辽宁 (通知, 通告, 任免 通知), as their portals,
their listing pages and reposts hold them: an autonomous county's name as
the issuer a title opens with, a listing page's entry run into one
paragraph, a signer's name cut by the wrap after the last sentence. Each
case is invented text laid out as extractors give it (one line a paragraph,
or hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import re

import pytest

from tests.devset.layout import wrap
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 18, 20, 26]


# ---------------------------------------------------------------- an autonomous area's name opens a title

# A task table one cell a line, its last row's unit, the units that help it and the leader's name: short lines
# over the next document's title.
TABLE_ROWS = ["某某县人民政府关于印发2023年重点工作任务分解表的通知", "各乡镇人民政府,县政府各部门:",
              "现将2023年重点工作任务分解表印发给你们,请认真抓好落实。", "某某县人民政府", "2023年1月15日",
              "2023年重点工作任务分解表", "序号", "工作任务", "牵头单位", "配合单位", "责任领导", "1",
              "加快推进农产品精深加工产业发展,实现三产融合。", "县农业农村局", "县发展改革局、各乡镇政府(街道办事处)", "王某某"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("place", ["青山土家族苗族自治县", "白河尔罗斯蒙古族自治县"])
def test_an_autonomous_countys_name_opens_its_own_title(place, columns):
    """民族区域自治法 第十二条: an autonomous area is named by its place, its
    peoples and its level ('…蒙古族自治县', '…土家族苗族自治县'), a name longer
    than other places'. A title that opens with such a government's whole
    name and 关于 names its issuer itself: the short lines above it (a
    table's last cells, a leader's name) are no joint issuers of it."""
    title = place + "人民政府关于严禁露天焚烧农作物秸秆的通告"
    docs = _documents(TABLE_ROWS + [title, "为改善大气环境质量,现就秸秆禁烧事宜通告如下:",
                                    "在全县范围内禁止露天焚烧农作物秸秆。", "特此通告。", place + "人民政府", "10月14日"],
                      columns)
    assert [d.title for d in docs] == [TABLE_ROWS[0], title]
    assert docs[1].issuers == [place + "人民政府"]


@pytest.mark.parametrize("columns", WIDTHS)
def test_addressees_of_the_autonomous_counties_stay_the_addressees(columns):
    """Control: a 主送 addressed to a class of autonomous counties ('各民族
    自治县人民政府') is no issuer's name, though it ends as one: the notice's
    issuer is its signer, its 主送 that line."""
    title = "某某市人民政府办公室关于做好2023年春季农业生产工作的通知"
    docs = _documents([title, "各民族自治县人民政府,市政府各部门:", "现将有关事项通知如下:请各县抓紧做好春耕准备。",
                       "某某市人民政府办公室", "2023年3月1日"], columns)
    assert [d.title for d in docs] == [title]
    assert (docs[0].issuers, docs[0].addressees, docs[0].date) == \
        (["某某市人民政府办公室"], "各民族自治县人民政府，市政府各部门", "2023-03-01")


# ---------------------------------------------------------------- a listing page's entry run into one paragraph

LISTED_TITLE = "青山市人民政府关于张某某等职务任免的通知"
LISTED = (LISTED_TITLE + ",   青府任字〔2023〕7号   各区人民政府,市人民政府各部门,各直属单位:   根据工作需要,决定:   "
          "张某某任市财政局局长;   李某任市农牧局副局长(试用期一年);   免去王某某市财政局副局长职务。   青山市人民政府   "
          "2023年5月6日")


@pytest.mark.parametrize("columns", WIDTHS)
def test_a_listed_entry_run_into_one_paragraph_is_parted(columns):
    """A portal's listing page prints each entry's text as one paragraph:
    the title, a comma, the 发文字号, the 主送 and the body run on, parted
    by runs of spaces. GB/T 9704 sets the title, the number (7.2.4) and the
    主送 (7.3.2) each on a line of its own: the entry is a document, its
    number, 主送, signer and date read, however the wrap cut it."""
    docs = _documents(NOTICE + [LISTED], columns)
    assert [d.title for d in docs] == [NOTICE[0], LISTED_TITLE]
    assert (docs[1].doc_number, docs[1].addressees, docs[1].date) == \
        ("青府任字〔2023〕7号", "各区人民政府，市人民政府各部门，各直属单位", "2023-05-06")
    assert docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("after", [",要求", "   要求", "请"])
def test_a_paragraph_citing_a_notice_and_its_number_is_no_entry(after, columns):
    """Control: a body's paragraph that opens on a notice's title, a comma
    and its number, then goes on as a sentence ('…的通知,某政发〔2021〕7号,
    要求各乡镇…:'), names no 主送 after the number, though its lead ends in a
    colon: it stays the body's."""
    cited = "某某县人民政府关于做好春季植树造林工作的通知,某政发〔2021〕7号" + after + "各乡镇在3月底前完成造林任务:"
    docs = _documents(["某某县林业局关于春季植树造林工作进展情况的通报", "各乡镇林业站:", cited,
                       "目前各乡镇已完成造林任务的八成。", "某某县林业局", "2021年3月20日"], columns)
    assert [d.title for d in docs] == ["某某县林业局关于春季植树造林工作进展情况的通报"]
    assert (docs[0].doc_number, docs[0].issuers) == (None, ["某某县林业局"])


# ---------------------------------------------------------------- a signer's name the wrap cut after the last sentence

def _signer_wrapped(columns: int, cut: str) -> list[str]:
    """The entry's paragraph, its body padded so that the wrap at ``columns``
    leaves the line's end as ``cut`` matches: inside the signer's name after
    the last sentence's stop ('…职务。   青' / '山市人民政府   2023年5月6日'),
    or right after the stop, the name whole on the next line."""
    for n in range(2 * columns):
        paragraph = LISTED.replace("免去王某某", "免去" + "王" * n + "某某")
        lines = wrap(paragraph, columns)
        if any(re.search(cut, line) and (k + 1 < len(lines) and lines[k + 1].lstrip()[:1] in "青山市")
               for k, line in enumerate(lines)):
            return [paragraph]
    raise AssertionError("no padding wraps the signature so")


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_signers_name_the_wrap_cut_after_the_last_sentence_is_whole(columns):
    """GB/T 9704 7.3.5 sets the 署名 on its own line under the body, the
    成文日期 under it; a text run into one paragraph carries them after the
    last sentence, and the wrap may leave the signer's first characters
    after the stop ('…职务。   青' / '山市人民政府   2023年5月6日'): they are
    the signer's, whose whole name signs the document. (Unwrapped, there is
    no cut.)"""
    docs = _documents(NOTICE + _signer_wrapped(columns, r"。\s*青山?$"), columns)
    assert [d.title for d in docs] == [NOTICE[0], LISTED_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["青山市人民政府"], "2023-05-06")


@pytest.mark.parametrize("columns", [18, 20, 26])
def test_a_signers_name_the_wrap_set_whole_under_the_stop_stays_as_printed(columns):
    """Control: where the wrap falls right after the last sentence's stop,
    the signer's whole name opening the next line, nothing moves: the
    body's last sentence ends the line, the name signs the document."""
    docs = _documents(NOTICE + _signer_wrapped(columns, r"。\s*$"), columns)
    assert [d.title for d in docs] == [NOTICE[0], LISTED_TITLE]
    assert (docs[1].issuers, docs[1].date) == (["青山市人民政府"], "2023-05-06")
    assert any(block.text.endswith("副局长职务。") for part in docs[1].parts for block in part.blocks)


def test_a_long_signers_name_cut_far_into_it_is_whole():
    """The same where the wrap cut the name far into it, its head longer than
    a short organ's whole name ('…备案。 某某市某某区人大常' / '委会 2021年8月2日',
    the date on the tail's line): the head and the tail are one organ's name,
    the signer's."""
    lines = ["关于接受李某某同志辞去某某区人民政府区长职务的决定", "（2021年8月2日某某区第十六届人大常委会第三十二次会议通过）",
             "经区人大常委会会议审议决定：接受李某某同志辞去某某区人民政府区长职务的请求，并报区人民代表大会备案。 某某市某某区人大常",
             "委会 2021年8月2日"]
    docs = _documents(NOTICE + lines, None)
    assert [d.title for d in docs] == [NOTICE[0], lines[0]]
    assert (docs[1].issuers, docs[1].date) == (["某某市某某区人大常委会"], "2021-08-02")
    assert any(block.text.endswith("备案。") for part in docs[1].parts for block in part.blocks)


# A portal's listing entry: the title, a comma, the number, the 主送, the body, the signature and the date, one paragraph.
LISTED_WHOLE = ("某某市人民政府关于张某等职务任免的通知,   某府任字〔2024〕4号   各旗区人民政府,市人民政府各部门:   "
                "根据工作需要,决定:   张某任市财政局副局长;   免去李某市民政局副局长职务。   某某市人民政府   2024年2月21日")
NEXT_UNDER_ORGAN = ["某某市人民政府办公室", "关于印发《市五届二次人代会〈政府工作报告〉重点任务分工方案》的通知",
                    "各旗县市区人民政府，市政府各委办局：", "经市人民政府同意，现将《分工方案》印发给你们，请认真贯彻执行。",
                    "某某市人民政府办公室", "2019年3月5日"]


def test_a_listed_entry_closed_by_its_date_runs_into_no_line_under_it():
    """GB/T 9704 7.3.5: the 成文日期 closes a text. A listing page's entry run into one paragraph with its
    signature and date ends at the date, so the line under it (the next document's organ, over its 关于) is no
    rest of the entry's last line but the first of the next title."""
    docs = _documents([LISTED_WHOLE] + NEXT_UNDER_ORGAN, None)
    assert [d.title for d in docs] == ["某某市人民政府关于张某等职务任免的通知",
                                       NEXT_UNDER_ORGAN[0] + NEXT_UNDER_ORGAN[1]]
    assert docs[0].date == "2024-02-21" and docs[1].issuers == ["某某市人民政府办公室"]


def test_a_listed_entry_cut_mid_sentence_goes_on_in_the_line_under_it():
    """Control: an entry whose paragraph a page cut mid-sentence goes on in the line under it, one paragraph."""
    entry = "某某市人民政府关于张某等职务任免的通知,   某府任字〔2024〕4号   各旗区人民政府,市人民政府各部门:   根据工作需要,决定张某任市财政"
    docs = _documents([entry, "局副局长。", "某某市人民政府", "2024年2月21日"], None)
    assert [d.title for d in docs] == ["某某市人民政府关于张某等职务任免的通知"]
    texts = [block.text for part in docs[0].parts for block in part.blocks]
    assert any("决定张某任市财政局副局长。" in text for text in texts)
