"""The document grammar on layouts of the two-hundred-and-ninety-sixth held-out
set's kind (issue #11): public-safety campaign texts of cities and counties
(平安建设, 扫黑除恶, 社会治安综合治理: a general office's 通知 forwarding a
方案, a joint 实施意见, a bureau's 通知 issuing its 方案, 线索征集 通告, a
public security bureau's 一封信) as law libraries, mirrors and portals store
them, one headline closing on a portal's '!' after its kind word. Each case
is invented text laid out as extractors give it and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A city bureau's letter whose portal headline closes on '!', over its 称谓, three paragraphs, signature and date.
LETTER = ["北山市公安局致市民的一封信!", "广大市民朋友们:", "你们好!",
          "为全面净化社会治安环境，市公安局将从即日起至9月底开展夏季治安打击整治行动，严厉打击各类违法犯罪。",
          "若发现有违法犯罪情况，请及时拨打110进行举报。", "感谢您的支持与配合!", "北山市公安局", "2023年7月7日"]
# A notice the letter follows in a run of texts.
NOTICE = ["东城区人民政府关于做好春季植树造林工作的通知", "各街道办事处：",
          "请各街道在3月底前完成造林任务。", "东城区人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("mark", ["!", "！", "!!"])
def test_a_headline_closing_on_an_exclamation_after_its_kind_word_is_a_title(columns, mark):
    """GB/T 9704 7.3.1: a 标题 takes no punctuation but a cited name's 书名号,
    so the '!' a portal sets after a headline ending in its kind word is the
    page's (split.unfold.headline_exclamations_off): over a letter's 称谓
    closing on its colon (7.3.2) the line is the letter's title, its
    signature and date the letter's, alone or under another text."""
    letter = [LETTER[0].replace("!", mark)] + LETTER[1:]
    for paragraphs, at in ((letter, 0), (NOTICE + letter, 1)):
        docs = _documents(paragraphs, columns)
        assert [d.title for d in docs][at:] == ["北山市公安局致市民的一封信"]
        assert (docs[at].issuers, docs[at].date, docs[at].addressees) == (["北山市公安局"], "2023-07-07", "广大市民朋友们")
        if at:
            assert docs[0].issuers == ["东城区人民政府"] and docs[0].date == "2021-03-01"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_closing_on_an_exclamation_after_a_kind_word_stays_the_body(columns):
    """The control: a line that closes on '!' after a kind word but holds a
    sentence's comma ('…，请认真阅读这封信!'), or stands over a sentence and no
    称谓 ('请大家认真阅读这份通知!' over a paragraph), is a sentence of the text
    above, no title: the notice keeps it and stays one document."""
    for closing in (["为此，请大家认真阅读这封一封信!", "各位朋友:"], ["请大家认真阅读这份通知!", "现将有关事项再次说明如下。"]):
        notice = NOTICE[:3] + closing + NOTICE[3:]
        docs = _documents(notice, columns)
        assert [d.title for d in docs] == [NOTICE[0]]
        assert docs[0].issuers == ["东城区人民政府"] and docs[0].date == "2021-03-01"


# A city's public security organs' 通告, its title over four lines broken inside the list it names, cut before any signature.
POLICE_NOTICE = ["北山市公安机关公开征集", "“村霸”“乡霸”“沙霸”", "“行霸”“市霸”等涉黑涉恶", "违法犯罪线索的通告",
                 "为深入推进常态化扫黑除恶斗争，现面向社会征集涉黑涉恶违法犯罪线索，现将有关事项通告如下：",
                 "一、线索征集范围", "（一）把持基层政权、操纵破坏基层换届选举的“村霸”类黑恶势力；"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_citys_public_security_organs_title_their_notice(columns):
    """人民警察法 第二条 and 公安机关组织管理条例 第三条: a city's 公安机关, its
    公安局 with its branches and stations, issue a 通告 together under that
    name ('XX市公安机关公开征集…的通告'): the name is an organ's
    (frame.ORGAN_ENDINGS), the issuer of a title that opens on it where no
    signature is printed."""
    docs = _documents(POLICE_NOTICE, columns)
    assert [d.title for d in docs] == ["".join(POLICE_NOTICE[:4])]
    assert docs[0].issuers == ["北山市公安机关"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_naming_the_public_security_organs_is_no_signature(columns):
    """The control: a closing sentence that names the 公安机关 it reports to
    ('…请及时向当地公安机关' / '报告。' as the wrap breaks it) and a 通告 whose
    title names no organ keep their signature and issuer as printed."""
    notice = ["关于在全县开展黑恶势力违法犯罪线索征集的通告",
              "为深入推进常态化扫黑除恶斗争，现将有关事项通告如下：",
              "一、发现涉黑涉恶违法犯罪线索的，请及时向当地公安机关", "报告。", "南岭县公安局", "2024年5月6日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert (docs[0].issuers, docs[0].date) == (["南岭县公安局"], "2024-05-06")
