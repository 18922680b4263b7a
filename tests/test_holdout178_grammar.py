"""The document grammar on layouts of the hundred-and-seventy-eighth held-out
set's kind (issue #11): notices of city and district science-and-technology
organs (科技局, 科学技术局, 科协) as regional sites and news aggregators store
them, the close's lines set side by side on one line. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

HEAD = ["关于组织观摩县区科技工作的预通知", "各县区科技局:",
        "为检查工作落实情况，市科技局拟定于国庆节后组织观摩。观摩具体时间另行通知。", "特此通知。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_contact_run_on_after_the_signature_and_date_is_a_line_of_its_own(columns):
    """GB/T 9704 7.3.5-7.3.6: the 署名, the 成文日期 under it and the 附注's
    contact under that; a page that sets them side by side on one line,
    parted by runs of spaces, the date in Chinese numerals ('某某市科技局
    二○一○年九月二十五日   联系人:…  电 话:…'), wrapped or not, is signed by
    that organ on that day, the contact a line after the date."""
    doc, = _documents(HEAD + ["某某市科技局   二○一○年九月二十五日   联系人:张 莉  电 话:2813061   邮 箱:abc@163.com"],
                      columns)
    assert (doc.issuers, doc.date) == (["某某市科技局"], "2010-09-25")
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert texts[-3:-1] == ["某某市科技局", "二○一○年九月二十五日"] and texts[-1].startswith("联系人")


def test_a_contact_label_the_wrap_cut_after_the_date_is_read_whole():
    """The same close wrapped at 22 columns, the wrap cutting the contact's
    label after the date ('…二○一○年九月二十五日   联系' / '人:张 莉…'): the
    label's rest is given back to its line, and the text is signed and dated."""
    doc, = _documents(HEAD + ["某某市科技局   二○一○年九月二十五日   联系人:张 莉  电 话:2813061   邮 箱:abc@163.com"], 22)
    assert (doc.issuers, doc.date) == (["某某市科技局"], "2010-09-25")


def test_a_whole_close_with_its_contact_takes_nothing_from_the_title_under_it():
    """Control: a close whose contact's label stands whole on its line
    ('某某市科技局   2010年9月25日   联系人:张某') joins no line under it: the
    title there opens the next document."""
    docs = _documents(HEAD + ["某某市科技局   2010年9月25日   联系人:张某", "关于开展科技创新工作调研的函", "区有关街道：",
                              "经研究决定，区科技局拟赴各街道开展调研。", "某某区科技局", "2020年9月4日"], None)
    assert [d.title for d in docs] == ["关于组织观摩县区科技工作的预通知", "关于开展科技创新工作调研的函"]
    assert (docs[0].date, docs[1].date) == ("2010-09-25", "2020-09-04")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_date_in_a_sentence_before_a_contact_word_is_no_signature(columns):
    """Control: a body line that names an organ and a day, then words that
    open with 联系 but no field's colon ('…2010年9月25日联系各县区…'), is the
    body's sentence: no signature, no date read from it."""
    doc, = _documents(HEAD[:3] + ["市科技局2010年9月25日联系各县区科技局开展观摩，请各县区做好准备。"], columns)
    assert doc.issuers == [] and doc.date is None


NOTICE = ["关于开展农业科技服务活动的通知", "各县（市）区科技管理部门：",
          "为做好科技服务工作，现就有关事项通知如下：", "一、提高认识", "各地要进一步统一思想，充分发挥科技人员的作用。",
          "二、加强总结", "各地要对服务情况进行总结，及时将有关问题反馈到市科技局。"]
NEXT = ["关于开展科技创新工作调研的函", "区有关街道：", "经研究决定，区科技局拟赴各街道开展调研。", "某某区科技局",
        "2020年9月4日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_title_printed_again_over_the_signature_closes_the_text(columns):
    """GB/T 9704 7.3.3-7.3.5: a document has a body between its title and
    its close. A news page that prints the headline again, the organ's short
    name before 关于, right over the signature and the date ('某某市科技局关于
    …的通知' / '某某市科学技术局' / '2020年4月16日') opens no document there:
    the text above is signed by that organ on that day, and the line
    repeating its title is no part of the signer's name."""
    docs = _documents(NOTICE + ["某某市科技局关于开展农业科技服务活动的通知", "某某市科学技术局", "2020年4月16日"] + NEXT,
                      columns)
    assert [d.title for d in docs] == ["关于开展农业科技服务活动的通知", "关于开展科技创新工作调研的函"]
    assert (docs[0].issuers, docs[0].date) == (["某某市科学技术局"], "2020-04-16")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_another_title_over_a_body_after_a_text_is_a_document_of_its_own(columns):
    """Control: a title that differs from the text above, with its 主送 and
    body under it before the signature, opens the next document, though the
    text above closed with no signature."""
    docs = _documents(NOTICE + NEXT, columns)
    assert [d.title for d in docs] == ["关于开展农业科技服务活动的通知", "关于开展科技创新工作调研的函"]
    assert (docs[1].issuers, docs[1].date) == (["某某区科技局"], "2020-09-04")


PLACED = ["        关于组织观摩工作的预通知", "各县区科技局:", "    为检查工作落实情况,市科技局拟定于国庆节后组织观",
          "摩。观摩具体时间另行通知。", "    特此通知。", "    某某市科技局   二○一○年九月二十五日   联系人:",
          "张 莉 韩 风  电 话:2813061   邮 箱:abcdefg@163.com",
          "            关于开展科技创新工作调研的函", "区有关街道、开发区:",
          "    根据市、区高质量考核目标任务要求,为进一步抓好相", "关目标任务的推进落实工作,经研究决定,区科技局拟赴各乡",
          "街、开发区开展科技创新工作调研。", "                                连云区科技局",
          "                                2020年9月4日"]


def test_a_title_under_a_contact_that_ends_on_an_e_mail_address_opens_a_document():
    """GB/T 9704 7.3.6: the 附注's contact under the date ends on its field's
    value; a line that ends on an e-mail address runs on into no sentence
    under it, though the page set it wider than the measure. The title
    under it, its 主送 under that, opens the next document."""
    docs = convert("\n".join(PLACED).encode("utf-8"), "x/x.txt", "x").documents
    assert [d.title for d in docs] == ["关于组织观摩工作的预通知", "关于开展科技创新工作调研的函"]
    assert (docs[1].addressees, docs[1].issuers) == ("区有关街道、开发区", ["连云区科技局"])


def test_a_sentence_wrapped_after_an_e_mail_address_goes_on():
    """Control: a wrapped sentence that names an address and goes on after it
    (the next line opening on its punctuation) stays one paragraph."""
    lines = ["        关于报送材料的通知", "各县区科技局:", "    请各县区于9月30日前将材料发送至邮箱abcdefg@163.com",
             "，逾期不予受理。联系人张某，电话2813061。", "                                某某市科技局",
             "                                2020年9月4日"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/x.txt", "x").documents
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert "请各县区于9月30日前将材料发送至邮箱abcdefg@163.com，逾期不予受理。联系人张某，电话2813061。" in texts


CLOSED = ["关于组织观摩工作的预通知", "各县区科技局:", "为检查工作落实情况，市科技局拟定于国庆节后组织观摩。", "某某市科技局",
          "2010年9月25日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_run_into_a_district_s_addressees_by_their_level_opens_a_document(columns):
    """GB/T 9704 7.3.2: the 主送 may name a class of organs; a district or a
    county addresses its 街道 or 乡镇 by that level's name after 有关 ('区有关
    街道、开发区:'). Run into the title above it by an extractor that joins
    text boxes ('关于…的函区有关街道、开发区:'), it is the title's 主送, and the
    title opens a document."""
    docs = _documents(CLOSED + ["关于开展科技创新工作调研的函区有关街道、开发区:",
                                "经研究决定，区科技局拟赴各街道开展调研，现将有关事项通知如下：", "一、调研时间",
                                "9月8日上午。", "某某区科技局", "2020年9月4日"], columns)
    assert [d.title for d in docs] == ["关于组织观摩工作的预通知", "关于开展科技创新工作调研的函"]
    assert (docs[1].addressees, docs[1].issuers) == ("区有关街道、开发区", ["某某区科技局"])


def test_a_sentence_naming_a_district_s_streets_before_its_colon_is_no_addressee():
    """Control: a sentence whose words after 有关 go on past the level's name
    ('区有关街道要做好以下工作：') or that opens on its verb ('请区有关街道、开发区
    于…上报如下材料：') leads into its colon: no 主送."""
    from builder.stages.split.grammar import is_addressee_line
    assert not is_addressee_line("区有关街道要做好以下工作：")
    assert not is_addressee_line("请区有关街道、开发区于月底前上报如下材料:")


# A notice the store cut mid-sentence, then the next notice run into one line: title, 主送 and body parted by spaces.
CUT_ABOVE = ["关于某某市青少年科技创新大赛的补充通知", "各县(市、区)科协、教育局:",
             "9月26日市科协、市教育局联合印发《关于举办某某市青少年科技创新大赛的通知》，12月6日省科协印发了"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_with_its_addressees_and_body_run_in_opens_under_a_cut_sentence(columns):
    """GB/T 9704 7.3.1-7.3.3: 关于 + 事由 + 文种, the 主送 closing on its
    colon, the body. A page that runs them into one line, parted by spaces
    ('…的预通知 各县区科技局:   为检查…'), under a text the store cut
    mid-sentence, is the next notice: no sentence goes on into a title, a
    主送 of organs, its colon and a body opening on its purpose."""
    line = "关于组织观摩县区科技工作的预通知 各县区科技局:     " + HEAD[2]
    docs = _documents(CUT_ABOVE + [line, "某某市科技局", "二○一○年九月二十五日"], columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0], HEAD[0]]
    assert (docs[1].addressees, docs[1].issuers) == ("各县区科技局", ["某某市科技局"])


@pytest.mark.parametrize("columns", [None, 26])
def test_a_sentence_naming_a_notice_and_whom_it_asks_stays_in_the_text(columns):
    """Control: under the same cut sentence, a line that names the notice
    and goes on with the words of a sentence before the organs ('…的预通知
    要求各县区科技局:…') is the text's: a 主送 follows its title bare. (At 18
    columns the wrap reads it as a title over its 主送, as it did before
    this rule: a shortfall left.)"""
    line = "关于组织观摩县区科技工作的预通知要求各县区科技局:为检查工作落实情况，做好观摩准备。"
    docs = _documents(CUT_ABOVE + [line], columns)
    assert [d.title for d in docs] == [CUT_ABOVE[0]]
