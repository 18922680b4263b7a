"""The document grammar on layouts of the hundred-and-forty-eighth held-out
set's kind (issue #11): agreements and joint declarations governments publish
whole (框架协议, 协议书, 备忘录, 联合声明), as pages store them: each an excerpt
cut before its signatures, its parties named over its title or in it. Each case
is invented text laid out as extractors give it (one line a paragraph, or
hard-wrapped at a narrow measure) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

WIDTHS = [None, 26]

AGREEMENT_BODY = ["为加强两地交流合作,实现优势互补、共同发展,经双方友好协商,达成如下协议:",
                  "一、合作领域", "双方在产业、旅游、教育等领域开展合作。",
                  "二、合作机制", "双方建立联席会议制度,每年召开一次会议。"]
DECLARATION_BODY = ["应甲市市长邀请,乙市市长于2019年5月10日至12日对甲市进行友好访问。",
                    "一、双方同意建立友好城市关系,加强各领域交流合作。",
                    "二、双方同意每年互派代表团访问。"]


# ---------------------------------------------------------------- an agreement's and a declaration's kind word

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["某某市人民政府某某大学战略合作框架协议", "某某县人民政府与某某集团有限公司合作协议书",
                                   "某某区与某某区对口合作备忘录"])
def test_an_agreement_after_a_signed_notice_opens_a_document(title, columns):
    """An agreement a government publishes whole is titled by its matter and
    the word 协议 (协议书, 框架协议), 备忘录 or 协定: under a signed and dated
    text, that title opens a document of its own, its 一、 articles its own."""
    docs = _documents(NOTICE + [title] + AGREEMENT_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "协议"


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title", ["甲市人民政府和乙市人民政府关于建立友好城市关系的联合声明",
                                   "甲市和乙市共同宣言(2019年)"])
def test_a_joint_declaration_after_a_signed_notice_opens_a_document(title, columns):
    """A joint declaration of two or more governments (联合声明, 共同宣言, a
    year in brackets after it telling one of a series) opens a document of
    its own under a signed and dated text."""
    docs = _documents(NOTICE + [title] + DECLARATION_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "声明"


@pytest.mark.parametrize("columns", [None])
def test_a_site_s_disclaimer_heading_is_no_declaration(columns):
    """Control: a site's '免责声明' alone on its line under a text is its
    furniture, no joint declaration's title."""
    docs = _documents(NOTICE + ["免责声明", "本站转载的文章仅供参考。"], columns)
    assert [d.title for d in docs] == [NOTICE[0]]


# ---------------------------------------------------------------- a joint declaration's parties from its title

@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("title,parties", [
    ("甲市人民政府和乙市人民政府关于建立友好城市关系的联合声明", ["甲市人民政府", "乙市人民政府"]),
    ("某某共和国和某某王国关于深化合作的联合声明", ["某某共和国", "某某王国"]),
    ("某某省发展和改革委员会与某某市人民政府联合声明", ["某某省发展和改革委员会", "某某市人民政府"]),
])
def test_a_joint_declaration_s_parties_are_the_names_its_title_joins(title, parties, columns):
    """A joint declaration stored without its foot (no signature) is made by
    the parties its title names before 关于 or its own word, joined by 和 or
    与 after a whole name (a 和 inside a name, 共和国, 发展和改革委员会, parts
    nothing): they are its issuers."""
    docs = _documents(NOTICE + [title] + DECLARATION_BODY, columns)
    assert docs[1].issuers == parties


@pytest.mark.parametrize("columns", [None])
def test_a_signed_declaration_keeps_its_signers_once(columns):
    """A declaration signed at its foot is issued by its signers; the same
    names its title joins by 和 add none (the joiner is no name's first
    character: '和乙市人民政府' is 乙市人民政府)."""
    title = "甲市人民政府和乙市人民政府关于建立友好城市关系的联合声明"
    docs = _documents(NOTICE + [title] + DECLARATION_BODY + ["甲市人民政府 乙市人民政府", "2019年5月12日"], columns)
    assert docs[1].issuers == ["甲市人民政府", "乙市人民政府"]
    assert docs[1].date == "2019-05-12"


@pytest.mark.parametrize("columns", [None])
def test_a_declaration_titled_by_its_matter_alone_names_no_party(columns):
    """Control: a declaration whose title opens on 关于 names no party before
    it; the 与 inside its matter ('和平与发展') parts no names."""
    docs = _documents(NOTICE + ["关于和平与发展的共同宣言"] + DECLARATION_BODY, columns)
    assert docs[1].title == "关于和平与发展的共同宣言"
    assert docs[1].issuers == []


# ---------------------------------------------------------------- the day a declaration was signed, under its title

CUT = ["某某市人民政府关于加强区域合作的实施意见", "各区县人民政府:", "一、总体要求", "各地要加强交流合作,充分发挥各地比较"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head,day", [
    (["甲国政府和乙国政府联合声明", "2019年5月12日"], "2019-05-12"),
    (["甲国和乙国关于建立友好合作关系的联合声明", "2019年5月12日于北京"], "2019-05-12"),
    (["甲市人民政府与乙市人民政府对口合作协议", "2020年6月1日于甲市"], "2020-06-01"),
])
def test_a_declaration_under_its_signing_day_opens_a_document_under_a_cut_text(head, day, columns):
    """An agreement or a joint declaration printed with the day it was signed
    (and the place after 于) right under its title, or after it on its line:
    a frame no sentence runs on into, so the title opens a document though the
    excerpt above stops mid-sentence, and that day is its date."""
    docs = _documents(CUT + head + DECLARATION_BODY, columns)
    assert [d.title for d in docs][-1] == head[0].split(" ")[0]
    assert docs[-1].date == day


@pytest.mark.parametrize("columns", [None])
def test_a_declaration_s_signing_day_after_its_title_on_its_line_is_set_under_it(columns):
    """A treaty series' header sets the day and place on the title's line
    after a space ('…的联合声明 2019年5月12日于北京'): the title, and the day
    under it, as above. (Wrapped at a narrow measure, the run-in is not set
    out again: left.)"""
    head = ["甲国和乙国关于建立友好合作关系的联合声明 2019年5月12日于北京"]
    docs = _documents(CUT + head + DECLARATION_BODY, columns)
    assert docs[-1].title == "甲国和乙国关于建立友好合作关系的联合声明"
    assert docs[-1].date == "2019-05-12"


@pytest.mark.parametrize("columns", [None])
def test_a_day_with_a_place_in_a_sentence_stays_the_sentence_s(columns):
    """Control: a sentence that opens on a day and goes on past the place
    ('2019年5月12日于北京举行的会议上,…') is the body's, no signing day."""
    docs = _documents(NOTICE + ["甲国和乙国关于建立友好合作关系的联合声明",
                                "2019年5月12日于北京举行的会谈中,双方同意建立友好合作关系。"] + DECLARATION_BODY[1:],
                      columns)
    assert docs[-1].date is None


# ---------------------------------------------------------------- a declaration's parties on the line over its 关于

@pytest.mark.parametrize("columns", [None])
@pytest.mark.parametrize("parties", ["中华人民共和国和某某共和国", "甲国与乙国"])
def test_a_declaration_s_parties_over_its_about_line_are_its_title_s_first(parties, columns):
    """A joint declaration's title wrapped after its parties' names, which
    end as no organ's do where a party is a state ('中华人民共和国和某某共和国'
    / '关于…的联合声明'): that line is the title's first, and the parties its
    issuers."""
    title = "关于全面深化友好合作关系的联合声明"
    docs = _documents(NOTICE + [parties, title] + DECLARATION_BODY, columns)
    assert [d.title for d in docs] == [NOTICE[0], parties + title]
    assert len(docs[1].issuers) == 2


@pytest.mark.parametrize("columns", [None])
def test_a_sentence_over_a_notice_s_about_line_is_no_title_s_line(columns):
    """Control: over a 关于 line of another kind (a 通知), a line of two names
    joined by 和 is no party line: it stays out of the title."""
    docs = _documents(NOTICE + ["张三和李四", "关于做好夏季防汛工作的通知", "各乡镇人民政府:",
                                "现将有关事项通知如下:请各乡镇做好防汛准备。", "某某县人民政府", "2021年6月1日"], columns)
    assert docs[-1].title == "关于做好夏季防汛工作的通知"


# ---------------------------------------------------------------- an agreement's parties on one line over its title

@pytest.mark.parametrize("columns", [None, 26])
def test_an_agreement_s_parties_on_one_line_over_its_title_are_its_issuers(columns):
    """An agreement's parties named over its title on one line, each whole and
    parted by a space (a joint 版头 set on one line): no words of the title,
    whose matter opens with no 关于; they are its issuers."""
    docs = _documents(["甲市人民政府 乙州人民政府", "“十四五”对口协作框架协议书"] + AGREEMENT_BODY, columns)
    assert [d.title for d in docs] == ["“十四五”对口协作框架协议书"]
    assert docs[0].issuers == ["甲市人民政府", "乙州人民政府"]


@pytest.mark.parametrize("columns", [None])
def test_joint_issuers_on_one_line_over_an_about_line_stay_the_title_s(columns):
    """Control: joint issuers on one line over '关于…协议' are the title's
    发文机关, run on into its 关于."""
    docs = _documents(["甲市人民政府 乙州人民政府", "关于开展对口协作的框架协议"] + AGREEMENT_BODY, columns)
    assert [d.title for d in docs] == ["甲市人民政府乙州人民政府关于开展对口协作的框架协议"]
