"""The document grammar on layouts of the three-hundred-and-nineteenth held-out
set's kind (issue #11): local finance-sector texts (企业上市挂牌扶持, 地方金融
监管, 融资担保, 普惠金融) of city, county, district and league bodies as law
databases, a county's site, a news site and a finance association's site store
them: a notice that asks the public's opinion of a draft, its title opening on
关于 and quoting the draft's name, no 主送, under a text the store cut
mid-sentence, its first paragraph naming the draft again and asking for
opinions, the draft itself (its organ, its own 主送) printed under the
notice's signature as its text. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

COLUMNS = [None, 18, 26]

# A city office's notice issuing its plan, the store's excerpt cut inside a sentence of the plan.
CUT_PLAN = ["南岭市人民政府办公室关于印发南岭市推进企业上市三年行动方案的通知", "各县(市)区人民政府,市直各单位:",
            "《南岭市推进企业上市三年行动方案》已经市政府同意,现印发给你们,请认真抓好落实。", "南岭市人民政府办公室",
            "2023年6月19日", "南岭市推进企业上市三年行动方案", "一、总体目标",
            "(一)上市企业数量实现新突破。2023年至2025年末,全市新增境内外上市企业20家以上,全市境"]
# A county body's notice asking the public's opinion of a draft, titled from its 关于, no 主送, the draft under it.
SOLICITING = ["关于公开征求《关于进一步完善企业上市扶持政策的意见》意见的通知",
              "现就《关于进一步完善企业上市扶持政策的意见》向社会公开征求意见,欢迎社会公众提出宝贵意见和建议。",
              "公众可以通过以下途径和方式提出反馈意见:", "(一)电子邮件:nlxjrb@126.com", "(二)电话:0537-3183566",
              "意见反馈截止时间为2021年3月30日。", "北山县金融服务中心", "2021年3月1日",
              "北山县人民政府", "关于进一步完善企业上市扶持政策的", "意      见",
              "各乡、镇人民政府,各街道办事处,县政府各部门:",
              "为积极鼓励我县企业上市挂牌,结合我县实际,提出如下意见。", "一、加大企业上市挂牌奖励力度"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_soliciting_notice_under_a_cut_sentence_is_a_document_of_its_own(columns):
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a notice that asks
    the public's opinion of a draft names the draft in 《》 after 征求 in its
    标题 ('关于公开征求《…》意见的通知'), its organ perhaps left out; its first
    paragraph, right under the title where no 主送 stands, names that very
    draft again and asks for opinions of it ('现就《…》向社会公开征求意见').
    A sentence that runs into a cited title goes on after it with words of
    its own, never with a paragraph that names the cited notice's draft again
    and solicits on it, as a passing notice's passes its text on
    (titles.preamble.solicits_under, passes_on_under); so the block is the notice's title though the
    line above stops mid-sentence (the store cut the plan there). The draft
    printed under the notice's signature, titled by the name the notice
    quotes with its organ before it, is the notice's text."""
    docs = _documents(CUT_PLAN + SOLICITING, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0], SOLICITING[0]]
    assert docs[0].issuers == ["南岭市人民政府办公室"]
    assert (docs[1].issuers, docs[1].date) == (["北山县金融服务中心"], "2021-03-01")
    assert [p.label for p in docs[0].provisions] == ["一、", "（一）"]
    assert "北山县人民政府关于进一步完善企业上市扶持政策的意见" in [p.title for p in docs[1].parts]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_cited_soliciting_title_under_a_cut_sentence_that_goes_on_stays_in_it(columns):
    """The control: a 征求 title whose next paragraph does not name the draft
    again nor ask for opinions of it is a name the cut sentence ran into (or a
    heading of the text above), no document's title: the plan keeps it."""
    cited = ["关于公开征求《关于进一步完善企业上市扶持政策的意见》意见的通知",
             "各县(市)区要认真组织企业参与,确保企业上市工作取得实效。"]
    docs = _documents(CUT_PLAN + cited, columns)
    assert [d.title for d in docs] == [CUT_PLAN[0]]


# A signed and dated notice: the document the stray letter's title runs under.
SIGNED = ["东城市人民政府办公室关于兑现村镇银行财政配套资金政策的意见", "市财政局:",
          "一、全额拨付中央与省级财政补贴资金331.8万元。", "二、请你单位及时做好上述补贴资金的兑现工作。",
          "东城市人民政府办公室", "2015年4月2日"]
STRAY_TITLE = "南岭市西湖区人民政府关于印发西湖区鼓励和扶持企业上市暂行办法的t通知"
STRAY_BODY = ["西湖区鼓励和扶持企业上市暂行办法为加快我区经济社会发展,结合我区实际,特制定本办法。"
              "一、积极培育优质上市企业资源(一)积极鼓励经营业绩优良的行业骨干企业上市。"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_a_stray_letter_between_de_and_the_kind_word_is_no_word_of_the_title(columns):
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 关于 + 事由 + 的 + 文种, nothing
    between the particle and the 文种 word that ends it. A lone Latin letter a
    page left there ('…暂行办法的t通知', on one line or where the wrap parts
    the letter from its 文种) is a keystroke, no word of the title: a title's
    Latin words (5G, PPP, APP) are names of two letters or more in its 事由.
    It is dropped, as a portal's '!' after a headline is (unfold.
    _stray_letters_off), and the title closes on its 文种 over the text it
    issues, whose title the page runs into its first sentence."""
    docs = _documents(SIGNED + [STRAY_TITLE] + STRAY_BODY, columns)
    assert [d.title for d in docs] == [SIGNED[0], STRAY_TITLE.replace("的t通知", "的通知")]
    assert (docs[0].issuers, docs[0].date) == (["东城市人民政府办公室"], "2015-04-02")
    assert docs[1].issuers == ["南岭市西湖区人民政府"]


@pytest.mark.parametrize("columns", COLUMNS)
def test_latin_words_in_a_titles_matter_stay(columns):
    """The control: Latin words inside the 事由 ('5G', 'APP'), and a letter that
    stands before no 文种 word, are the title's own and stay."""
    own = "南岭市西湖区人民政府关于加快5G和APP应用推广的通知"
    docs = _documents(SIGNED + [own, "各街道办事处:", "现将有关事项通知如下。", "南岭市西湖区人民政府",
                                "2021年3月1日"], columns)
    assert [d.title for d in docs] == [SIGNED[0], own]
    assert docs[1].issuers == ["南岭市西湖区人民政府"]
