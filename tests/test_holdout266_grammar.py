"""The document grammar on layouts of the two-hundred-and-sixty-sixth held-out
set's kind (issue #11): veterans' affairs texts of cities and counties (a city's
烈士纪念设施保护管理办法 reprinted with its 题注, three city bodies' joint 转发
通知 on the 义务兵家庭优待金 under its 统一编号, a government's 通知, 公告 and
批复 on its 烈士纪念设施) as their sites and mirrors store them. Each case is
invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

RULE_ARTICLES = ["第一条 为了加强烈士纪念设施保护和管理，根据《烈士褒扬条例》等法律、法规，结合本市实际，制定本办法。",
                 "第二条 本办法所称烈士纪念设施，是指本市行政区域内为缅怀烈士修建的烈士陵园、纪念碑亭等设施。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_order_named_straight_after_the_adoption_in_a_note_is_the_organs_order(columns):
    """规章制定程序条例 第三十一条 and GB/T 9704 10.2: a 规章 reprinted
    without its 令 keeps in the 题注 under its title the meeting that adopted
    it and the 令 that promulgated it, each event closed by its verb. Where
    the second event's day is left out, the order's name runs straight on
    from '审议通过': the 令 is the organ's (its 发文机关标志, '某某市人民政府令'),
    not the meeting's words before it, and the organ is the text's issuer."""
    note = "（2020年4月7日市人民政府第63次常务会议审议通过某某市人民政府令第38号公布，自2020年6月1日起施行。）"
    docs = _documents(["某某市烈士纪念设施保护管理办法", note] + RULE_ARTICLES, columns)
    assert [d.title for d in docs] == ["某某市烈士纪念设施保护管理办法"]
    assert docs[0].doc_number == "某某市人民政府令第38号"
    assert docs[0].issuers == ["某某市人民政府"]
    assert docs[0].date == "2020-04-07"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_order_after_its_own_day_in_a_note_is_read_as_before(columns):
    """Control: the 题注 that gives the order's day between the two events
    ('…审议通过 2020年4月20日某某市人民政府令第38号公布') names the same 令, and
    a 题注 with no 令 after the adoption gives the text no number."""
    note = "（2020年4月7日市人民政府第63次常务会议审议通过 2020年4月20日某某市人民政府令第38号公布）"
    docs = _documents(["某某市烈士纪念设施保护管理办法", note] + RULE_ARTICLES, columns)
    assert docs[0].doc_number == "某某市人民政府令第38号"
    assert docs[0].issuers == ["某某市人民政府"]
    adopted = "（2020年4月7日市人民政府第63次常务会议审议通过）"
    docs = _documents(["某某市烈士纪念设施保护管理办法", adopted] + RULE_ARTICLES, columns)
    assert [d.title for d in docs] == ["某某市烈士纪念设施保护管理办法"]
    assert docs[0].doc_number is None


# A notice signed and dated: the text above the next one's head.
SIGNED = ["某某县人民政府关于公布县级烈士纪念设施的通知", "各乡镇人民政府：",
          "经县人民政府研究，确定某某烈士陵园为县级烈士纪念设施，现予以公布。", "某某县人民政府", "2023年9月28日"]
# A joint 转发 notice of a city's bodies and its 军分区's 动员处, cut before any signature.
FORWARDING = ["某某市民政局 某某市财政局 某某军分区动员处关于转发", "《某某省民政厅 某某省财政厅 某某省军区动员局",
              "关于做好义务兵家庭优待金发放工作的通知》的通知", "某民〔2018〕205号",
              "各县（区）民政局、财政局，各人武部军事科：",
              "为进一步规范优抚对象优待金发放工作，现将有关通知转发你们，并提出以下意见，请一并贯彻执行。",
              "一、我市优待工作适用对象", "（一）义务兵家庭；", "二、我市实行统一优待标准", "（一）义务兵家庭优待金由县级人民政府按照"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_register_mark_with_a_bare_serial_opens_the_head_of_the_text_under_it(columns):
    """GB/T 9704 7.2.1: the 统一登记号 a province's rules on 规范性文件 have
    printed at the first page's top left, where the 份号 stands: the
    register's letters, the year and the serial parted by dashes, the serial
    padded or bare as its register numbers ('XXGS-2018-42'). It is a mark of
    the head of the text under it, not a line of the text signed above."""
    docs = _documents(SIGNED + ["XXGS-2018-42"] + FORWARDING, columns)
    assert [d.title for d in docs] == [SIGNED[0], "".join(FORWARDING[:3]).replace(" ", "")]
    texts = [[b.text for part in d.parts for b in part.blocks if hasattr(b, "text")] for d in docs]
    assert not any("XXGS" in t for t in texts[0])
    assert any("XXGS-2018-42" in t for t in texts[1])
    assert docs[1].doc_number == "某民〔2018〕205号"


@pytest.mark.parametrize("columns", [None, 26])
def test_letters_and_figures_run_together_short_of_a_serial_are_no_register_mark(columns):
    """Control: run together with no dashes, the year needs a serial of three
    figures or more after it to be told from it; letters, a year and two
    figures alone ('XXGS201842') are no mark, and the next text's head opens
    at its title as before."""
    docs = _documents(SIGNED + ["XXGS201842"] + FORWARDING, columns)
    assert [d.title for d in docs][-1] == "".join(FORWARDING[:3]).replace(" ", "")
    texts = [[b.text for part in d.parts for b in part.blocks if hasattr(b, "text")] for d in docs]
    assert not any("XXGS201842" in t for t in texts[-1])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_military_sub_districts_department_issues_jointly_with_the_citys_bodies(columns):
    """党政机关公文处理工作条例 第十七条 (联合行文) and GB/T 9704 7.3.1: a title
    names its 发文机关; a city's bodies and its 军分区's department (its
    政治工作处, 动员处 or 保障处) issue jointly on 优抚 and 征兵. With no
    signature the organs the title names before 关于转发 are the issuers,
    the 军分区's 动员处 among them; the forwarded text's organs are not."""
    docs = _documents(FORWARDING, columns)
    assert docs[0].issuers == ["某某市民政局", "某某市财政局", "某某军分区动员处"]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_city_bodies_alone_and_a_mobilising_sentence_are_unchanged(columns):
    """Control: the city's bodies alone issue as before; a sentence of the
    body that ends on a department so named ('…报送县人武部动员处。') is no
    signature, and the document signed by its organ and dated keeps that
    organ only."""
    civil = ["某某市民政局 某某市财政局关于转发"] + FORWARDING[1:]
    assert _documents(civil, columns)[0].issuers == ["某某市民政局", "某某市财政局"]
    body = SIGNED[:3] + ["请各乡镇将名单报送县人武部动员处。", "某某县人民政府", "2023年9月28日"]
    docs = _documents(body, columns)
    assert [d.title for d in docs] == [SIGNED[0]]
    assert docs[0].issuers == ["某某县人民政府"]


# A notice that publishes facilities by their name alone, signed and dated.
PUBLISHING = ["某某市人民政府", "关于公布市级烈士纪念设施的通知", "各县区人民政府，市政府各部门：",
              "经市政府常务会议研究，确定某某烈士陵园等5处烈士纪念设施为市级烈士纪念设施，现予以公布。",
              "某某市人民政府", "2023年9月28日"]
RULE = ["某某市烈士纪念设施保护管理办法",
        "（2020年4月7日市人民政府第63次常务会议审议通过某某市人民政府令第38号公布，自2020年6月1日起施行。）"] + RULE_ARTICLES


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_rule_on_what_a_notice_published_by_name_is_a_text_of_its_own(columns):
    """规章制定程序条例 第七条: a rule is titled by its place, its matter and
    its kind (办法, 规定, 条例). A notice that publishes a thing by its name
    alone ('关于公布市级烈士纪念设施的通知', '…现予以公布') prints after its
    date the list of what it publishes, whatever that list's title; a rule
    whose title ends on its kind after that name is the rule on the thing,
    a text of its own under its own 题注, not the notice's part."""
    docs = _documents(PUBLISHING + RULE, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于公布市级烈士纪念设施的通知", RULE[0]]
    assert docs[1].doc_number == "某某市人民政府令第38号"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_the_list_a_notice_published_by_name_and_a_rule_it_issues_stay_its_parts(columns):
    """Control: the list the notice publishes, printed after its date under
    the name it published ('市级烈士纪念设施名单'), stays its part; so does a
    rule a notice issues by the rule's own name ('现将《某某市烈士纪念设施保护
    管理办法》印发给你们')."""
    listed = ["市级烈士纪念设施名单", "一、某某烈士陵园", "二、某某烈士纪念碑"]
    docs = _documents(PUBLISHING + listed, columns)
    assert [d.title for d in docs] == ["某某市人民政府关于公布市级烈士纪念设施的通知"]
    issuing = ["某某市人民政府办公室关于印发某某市烈士纪念设施保护管理办法的通知", "各县区人民政府：",
               "现将《某某市烈士纪念设施保护管理办法》印发给你们，请认真贯彻执行。", "某某市人民政府办公室",
               "2023年9月28日", RULE[0]] + RULE_ARTICLES
    docs = _documents(issuing, columns)
    assert [d.title for d in docs] == [issuing[0]]
    assert [p.title for p in docs[0].parts][-1] == RULE[0]


def _notice_to(addressees: str, opening: str) -> list[str]:
    return ["某某市民政局关于做好义务兵家庭优待金发放工作的通知", "某民〔2018〕205号", addressees, opening,
            "一、优待金按照不低于当地上一年度城镇常住居民人均可支配收入的标准发放。", "某某市民政局", "2018年10月1日"]


OPENING = ("为进一步规范我市符合条件的优抚对象优待金发放工作，保障此类优抚对象生活水平与我市社会经济发展水平同步提高，"
           "现就有关事项通知如下。")


@pytest.mark.parametrize("columns, addressees", [
    (18, "各县（市区）民政局、财政局，各人武部军事科："),
    (26, "各县（区）民政局、财政局，某某区社会事务局，各人武部军事科：")])
def test_the_last_section_of_a_main_addressee_the_wrap_carried_under_a_full_line_is_its(columns, addressees):
    """GB/T 9704 7.3.2: the 主送 names its organs and closes on a colon after
    the last. A line that fills the measure and ends on an organ's name
    ('…，各人武部') was ended by the wrap: the short piece under it that
    closes on the colon ('军事科：') is the rest of that name, the section of
    the organ, one 主送 with the line above, not a paragraph of its own."""
    docs = _documents(_notice_to(addressees, OPENING), columns)
    assert docs[0].addressees == addressees[:-1]
    texts = [b.text for b in docs[0].parts[0].blocks]
    assert texts[texts.index(addressees) + 1].startswith("为进一步规范")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_main_addressee_closed_by_its_colon_and_a_lead_under_it_are_unchanged(columns):
    """Control: a 主送 closed by its colon on its own line keeps the body
    under it; and where the 主送 names its organs without the colon, a
    short lead of the body that closes on a colon under it ('现将有关事项
    通知如下：') is the body's, not the rest of a name."""
    docs = _documents(_notice_to("各县（区）民政局、财政局，各人武部军事科：", OPENING), columns)
    assert docs[0].addressees == "各县（区）民政局、财政局，各人武部军事科"
    docs = _documents(_notice_to("各县（市区）民政局、财政局，各人武部", "现将有关事项通知如下："), columns)
    assert docs[0].addressees == "各县（市区）民政局、财政局，各人武部"
    assert any(b.text == "现将有关事项通知如下：" for b in docs[0].parts[0].blocks)
