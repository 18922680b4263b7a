"""The document grammar on layouts of the two-hundred-and-forty-ninth held-out
set's kind (issue #11): militia and conscription-support texts of towns,
districts and cities (a town's and its 人民武装部's 民兵整组 方案, a township's
整组 notice addressed to its villages and militia companies, districts' and a
city's appeals to join the 民兵, a 民政局's 优待金 notice) as county portals
and papers store them: a 主送 that lost its colon and names militia units, and
appeals to the public titled with no 文种 over a salutation where a 公文's 主送
stands. Each case is invented text laid out as extractors give it and goes
through the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Provision
from builder.text.frame import addressee_names
from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A township's notice whose 主送 lost its colon, naming the villages' committees and the militia's companies.
MILITIA_NOTICE = ["关于印发2021年度民兵组织整顿工作安排的通知", "各村委会,民兵连",
                  "根据上级关于民兵组织整顿工作的指示，现将有关事项明确如下：",
                  "一、指导思想", "按照平时应急、战时应战的要求，建设一支精干管用的后备力量。",
                  "二、主要任务", "组建一个30人的应急排。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_colonless_addressee_naming_militia_units_is_the_notices_addressee(columns):
    """GB/T 9704 7.3.2 closes the 主送 on its colon; a page that lost it still
    names organs under the title. A town's 人民武装部 addresses the militia's
    units (民兵工作条例: 民兵 organized by 营、连、排) as it addresses the
    villages they stand in: '民兵连' is a name a 主送 lists."""
    docs = _documents(MILITIA_NOTICE, columns)
    assert [d.title for d in docs] == [MILITIA_NOTICE[0]]
    assert docs[0].addressees == "各村委会，民兵连"


def test_militia_units_are_names_only_after_the_word_militia():
    """Control: the unit's character alone, or a sentence about the militia's
    company leaders, is no addressee; a class of militia units after 各 is."""
    assert addressee_names("各村委会,民兵连") and addressee_names("各村委会、各民兵营")
    assert not addressee_names("民兵连") and not addressee_names("各村民兵连长要") \
        and not addressee_names("各村委会,连")


CUT_APPEAL = ["关于积极参加民兵组织的倡议书", "广大适龄公民：",
              "为加强基干民兵组织建设，倡议我区符合条件的公民积极参加民兵组织。",
              "一、参加民兵组织的条件", "（一）政治条件。拥护中国共产党的领导。", "共产党员、退役军人"]
UNTITLED_KIND = ["依法参加民兵组织  自觉履行国防义务", "广大公民朋友们：",
                 "为全面加强民兵队伍建设，号召全区符合条件公民积极参加民兵组织。",
                 "一、参加民兵组织是每个公民应尽的光荣义务", "依照法律服兵役和参加民兵组织是公民的光荣义务。",
                 "二、参加民兵组织的条件", "（一）政治条件", "（二）年龄条件", "民兵主要从男性公民中选"]
PLACE_PUBLIC = ["某某民兵期待您的加入——告广大市民书", "某某市广大市民：",
                "当前，全市民兵工作已全面展开，提倡我市符合条件的广大市民积极参加民兵组织。",
                "一、报名对象及条件", "（一）对象户籍在本地或工作稳定人员。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_appeal_titled_without_a_kind_over_the_public_it_addresses_is_a_document(columns):
    """An appeal to the public (an 倡议, a 公开信 by another name) names whom
    it addresses where a 公文's 主送 stands (GB/T 9704 7.3.2), as a salutation
    does: '广大公民朋友们：', or the public of a place ('某某市广大市民：'). The
    short line over it is its title whatever 文种 it names, or none, and it
    opens a document though the text above was cut mid-sentence or under a
    numbered heading: no sentence goes on into a salutation alone on its line.
    (A line above that fills the measure goes on into the next: a title under
    one is a layout no grammar reads apart, so the cut lines here stop short.)"""
    docs = _documents(CUT_APPEAL + UNTITLED_KIND + PLACE_PUBLIC, columns)
    assert [d.title for d in docs] == [CUT_APPEAL[0], "依法参加民兵组织自觉履行国防义务", PLACE_PUBLIC[0]]
    labels = [[b.label for part in d.parts for b in part.blocks if isinstance(b, Provision)] for d in docs]
    assert labels[1][:2] == ["一、", "二、"] and labels[2][:1] == ["一、"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_heading_or_sentence_over_a_salutation_inside_a_speech_opens_nothing(columns):
    """Control: a speech's 称谓 to its audience ('同志们：') is no public an
    appeal addresses, and a line of the body over a salutation that holds a
    sentence's comma is no title: the speech stays one document."""
    speech = ["在全县征兵工作会议上的讲话", "同志们：", "今天召开全县征兵工作会议，主要任务是部署今年征兵工作。",
              "一、认清形势，增强做好征兵工作的责任感", "征兵工作是一项严肃的政治任务，各乡镇要高度重视，",
              "广大适龄青年朋友们：", "希望你们踊跃报名。"]
    docs = _documents(speech, columns)
    assert [d.title for d in docs] == [speech[0]]


# A town's notice whose excerpt ends on a numbered heading, and an appeal whose 称谓 a page ran in after its title.
CUT_AT_HEADING = ["关于做好2021年度民兵整组工作的通知", "各村委会：", "现将有关事项通知如下：", "一、指导思想",
                  "以新时代思想为指导，全面贯彻落实上级部署。", "二、有关要求", "（一）要强化组织领导"]
RUN_IN_APPEAL = ["关于积极参加民兵组织的倡议书广大适龄公民及退役战友们：", "国无防不立，民无兵不安。民兵是不脱产的群众武装组织。",
                 "一、参加民兵组织是每个公民的义务", "依照法律参加民兵组织是公民的光荣义务。"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_an_appeal_with_its_salutation_run_in_under_a_cut_heading_is_a_document(columns):
    """GB/T 9704 7.3.3: a numbered heading ends its line, and no sentence
    flows on from it (unfold.outline_heading). Under one that an excerpt was
    cut after, a letter's title (倡议书, 公开信: frame.KINDS) with its 称谓
    run in, closing on its colon, is parted as where a title stands: the
    heading's matter would open as a sentence, never as a letter's name
    and whom it addresses."""
    docs = _documents(CUT_AT_HEADING + RUN_IN_APPEAL, columns)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0], "关于积极参加民兵组织的倡议书"]
    assert docs[1].addressees == "广大适龄公民及退役战友们"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_letter_named_in_the_headings_own_sentence_opens_nothing(columns):
    """Control: under the same heading, a sentence that opens on a letter's
    kind and goes on with a comma to its colon is the heading's matter, no
    title and 称谓: the notice stays one document."""
    matter = ["倡议书发出后，广大适龄公民踊跃报名，情况如下：", "一是报名人数多。"]
    docs = _documents(CUT_AT_HEADING + matter, columns)
    assert [d.title for d in docs] == [CUT_AT_HEADING[0]]
