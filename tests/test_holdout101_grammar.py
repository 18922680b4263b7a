"""The document grammar on layouts of the hundred-and-first held-out set's
kind (issue #11): short public-service notices of city, county, district and
town governments (放假 通知, 重污染天气 紧急通知, 禁火令 and their 通告, 交通管制
通告). Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped at a narrow measure) and goes through the real
input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from tests.devset.layout import wrap
from tests.test_holdout7_grammar import NOTICE, _convert, _documents

WIDTHS = [None, 18, 20, 26]


def _provisions(doc) -> list[str]:
    return [b.label for part in doc.parts for b in part.blocks if isinstance(b, Provision)]


# ---------------------------------------------------------------- an unsigned 令 named by its measure

ORDER_BODY = ["为切实加强野外火源管控，有效预防森林火灾，县人民政府决定发布森林高火险期禁火令。",
              "一、自2023年9月26日起至2024年4月30日止为森林高火险期。",
              "二、全县行政区域内的林地及距离林地边缘50米范围为森林防火区。"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("head", [["某某县人民政府森林高火险期禁火令", "第1号"],
                                  ["某 某 县 人 民 政 府", "森林高火险期禁火令", "第1号"],
                                  ["某某市人民政府森林防火封山令"]])
def test_an_unsigned_order_named_by_its_measure_names_its_government(head, columns):
    """党政机关公文处理工作条例 第八条 and GB/T 9704 7.3.1: a 禁火令 or 封山令 is
    titled 发文机关 + 事由 + 令 ('XX县人民政府森林高火险期禁火令', the organ maybe
    spaced out on a line of its own, its number '第1号' under it). An excerpt
    that ends before the signature still names its issuer: the government the
    title opens with, as an unsigned 通告's or 规则's title does; not the words
    before 令, which are no organ."""
    docs = _documents(NOTICE + head + ORDER_BODY, columns)
    title = "".join(head[:-1] if head[-1] == "第1号" else head).replace(" ", "")
    assert [d.title for d in docs] == [NOTICE[0], title]
    assert docs[1].kind == "令" and docs[1].issuers == [title[:title.index("政府") + 2]]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_order_and_an_order_titled_by_its_organ_keep_their_issuers(columns):
    """Control: a 禁火令 its 森林防灭火指挥部 signs is the signer's, and a 令
    titled by its organ alone ('某某市人民政府令' over '第1号') names that organ,
    as before."""
    signed = ["某某县人民政府森林防火禁火令"] + ORDER_BODY + ["某某县森林防灭火指挥部", "2023年9月25日"]
    docs = _documents(NOTICE + signed, columns)
    assert docs[1].issuers[0] == "某某县森林防灭火指挥部"
    order = ["某某市人民政府令", "第1号", "《某某市烟花爆竹管理办法》已经市人民政府常务会议通过,现予公布,自2022年1月1日起施行。"]
    docs = _documents(NOTICE + order, columns)
    assert docs[1].issuers == ["某某市人民政府"]


# ---------------------------------------------------------------- items run on in one paragraph

CONTROL = ["某某县公安局交通警察大队关于某某节活动期间部分路段实行交通管制的通告",
           "某某节活动将于2023年8月12日在某某镇举行，为确保活动顺利举行，届时部分路段将实行交通管制，具体管制如下：",
           "一、管制时间", "2023年8月12日（星期六）15:30—活动结束。", "二、管制路段及措施"]
CLOSE = ["请广大交通参与者事先做好出行安排，由此带来的不便，敬请谅解。", "某某县公安局交通警察大队", "2023年8月9日"]


@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("items", [
    "1.解放路菜场路口至活动区域禁止一切机动车驶入;2.沙河路教堂路口至活动区域禁止机动车驶入;3.新道头海塘路段实行单向通行。",
    "1、解放路菜场路口至活动区域禁止机动车驶入；2、沙河路教堂路口至活动区域禁止机动车驶入。",
    "1.解放路菜场路口至活动区域禁止所有车辆通行；2.沙河路教堂路口至活动区域禁止机动车驶入。"])
def test_a_first_item_that_runs_the_second_on_in_its_paragraph_opens_a_list(items, columns):
    """A 通告 may print its measures as one paragraph, each item's number run
    on after the last one's semicolon or stop ('1.…驶入;2.…驶入;3.…'): its '1.'
    opens a list, though no paragraph below opens on '2.'."""
    docs = _documents(CONTROL + [items] + CLOSE, columns)
    assert [d.title for d in docs] == [CONTROL[0]]
    assert _provisions(docs[0])[:3] == ["一、", "二、", items[:2]]  # (a wrap that sets '2.' first on its line
    # parts it as an item too)


@pytest.mark.parametrize("columns", [None, 26])
def test_a_decimal_after_a_semicolon_runs_no_second_item_on(columns):
    """Control: a figure with a decimal after the semicolon ('…2.2米;2.5米以上…')
    is no second item: a '1.' alone in its part, with no '2.' item, is still no
    list."""
    docs = _documents(CONTROL + ["1.限高架高度为2.2米;2.5米以上的车辆一律绕行。"] + CLOSE, columns)
    assert _provisions(docs[0]) == ["一、", "二、"]


# ---------------------------------------------------------------- a sentence wrapped inside a date

def _cut_at_date(columns: int, day: str) -> list[str]:
    """The notice hard-wrapped at ``columns``, its first body sentence cut by the
    wrap right after the date's day ('…将于2023年8月12' / '日在…'), as the
    measure happened to fall."""
    date = "2023年8月12"
    filler = "第十一届某某古渔镇弄堂节暨非遗大联展及群众文化活动将于"
    head = filler[-(columns - 5):] if day == "" else filler[-(columns - 6):]
    body = head + date + day
    rest = ("日" if day == "" else "") + "在某某县某某古镇举行，为确保活动的顺利举行和周边道路安全、畅通、有序，届时部分路段将实行交通管制。"
    lines = [line for p in CONTROL[:1] for line in wrap(p, columns)] + [body] + wrap(rest, columns)
    return lines + [line for p in CONTROL[2:] + ["1.解放路至活动区域禁止机动车驶入;2.沙河路至活动区域禁止机动车驶入。"] + CLOSE
                    for line in wrap(p, columns)]


@pytest.mark.parametrize("columns", [18, 20, 26, 30])
@pytest.mark.parametrize("day", ["", "日"])
def test_a_sentence_the_wrap_cut_at_a_date_goes_on(day, columns):
    """A 简报's imprint line sets its compiler, an organ, apart from the date
    (by spaces, or by the organ's name ending as names do); words run straight
    into a date at the end of a full line ('…活动将于2023年8月12' over '日在某某
    古镇举行，…') are a sentence the wrap cut there: it goes on."""
    lines = _cut_at_date(columns, day)
    gazette = _convert(lines, None)
    doc = gazette.documents[0]
    first = next(b.text for part in doc.parts for b in part.blocks if "2023年8月12" in getattr(b, "text", ""))
    assert "古镇举行" in first


@pytest.mark.parametrize("columns", [None, 26])
def test_a_brief_imprint_still_ends_its_line(columns):
    """Control: a 简报's imprint line, its compiler an organ run into the date
    ('某某县人民政府督查室2022年8月19日'), still ends where it is printed: the
    title of what it reports follows."""
    brief = ["政务督查", "第20期", "某某县人民政府督查室2022年8月19日",
             "关于2022年第三次县政府常务会议确定事项落实情况的通报",
             "近期，县政府督查室对常务会议确定事项落实情况开展了专项督查，现通报如下。", "一、总体情况",
             "各单位均按要求推进落实。", "二、下步要求", "请各单位继续抓好落实。"]
    docs = _documents(NOTICE + brief, columns)
    assert docs[-1].title == "关于2022年第三次县政府常务会议确定事项落实情况的通报"
