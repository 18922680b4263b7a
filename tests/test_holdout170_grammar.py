"""The document grammar on layouts of the hundred-and-seventieth held-out
set's kind (issue #11): everyday 通告 and 公告 of city, prefecture and county
organs of 海南, 宁夏, 广西 and 西藏 as portals and mirrors store them, a serial
in brackets run onto the title's line. Each case is invented text laid out as
extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

SERIAL_RUN_ON = ["某某县关于划定辖区内临时管控区域的公告(2022年第31号)",
                 "根据当前防控工作需要，经研究，自2022年11月19日14时起，将某某镇部分区域划定为临时管控区域。",
                 "管控区域(2个)", "某某镇某村4组、9组划定为临时管控区域，执行有关管控措施。",
                 "某某县应急工作指挥部", "2022年11月19日"]
# A 公告 titled by its organ alone keeps its serial in its title, as its 版头 is cited ('…公告(第7号)').
ORGAN_SERIAL = ["某某市人民代表大会常务委员会公告(第7号)",
                "某某市第八届人民代表大会常务委员会第五次会议于2022年12月22日决定补选代表一名。",
                "某某市人民代表大会常务委员会", "2022年12月22日"]
NOTICE = ["某某县人民政府关于做好春季植树造林工作的通知", "各乡镇人民政府：",
          "现将有关事项通知如下：请各乡镇在3月底前完成造林任务。", "某某县人民政府", "2021年3月1日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 22, 26])
def test_a_serial_run_onto_a_titles_line_is_the_notices_number(columns):
    """GB/T 9704 (7.2.4, 10.2) prints a 公告's serial under its title; a
    page that runs it onto the title's line in brackets ('…的公告(2022年第31
    号)') leaves a title of 关于 and its 事由 that ends on its kind word,
    the serial its number: the document is titled, numbered, signed and
    dated, alone or after another document."""
    for paragraphs in (SERIAL_RUN_ON, NOTICE + SERIAL_RUN_ON):
        doc = _documents(paragraphs, columns)[-1]
        assert doc.title == "某某县关于划定辖区内临时管控区域的公告"
        assert (doc.doc_number, doc.issuers, doc.date) == ("2022年第31号", ["某某县应急工作指挥部"], "2022-11-19")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_titled_by_its_organ_keeps_its_serial_in_its_title(columns):
    """The control: a 公告 titled by its organ alone is cited by its 版头
    and serial together ('…公告第7号'), its title the 版头 with the serial."""
    doc, = _documents(ORGAN_SERIAL, columns)
    assert doc.title == "某某市人民代表大会常务委员会公告(第7号)"
    assert doc.doc_number == "某某市人民代表大会常务委员会公告第7号"


CITING = ["某某县人民政府关于暂停接待群众来访的通告",
          "为做好防控工作，依据有关部门《关于暂停接待群众来访的通知》精神及某某县疫情防控工作指挥部通告(第4号)要求，"
          "即日起，县接待中心暂停接待群众来访，恢复时间另行通知。", "某某县人民政府", "2020年2月1日"]


@pytest.mark.parametrize("columns", [None, 16, 18, 20, 22, 24, 26])
def test_a_sentence_citing_a_notice_and_its_serial_stays_whole(columns):
    """The control: a body sentence the wrap cuts right after a cited
    通告's bracketed serial ('…指挥部通告(第4号)' / '要求，…') opens on no
    title's grammar: one paragraph, nothing cut."""
    doc, = _documents(CITING, columns)
    assert doc.title == "某某县人民政府关于暂停接待群众来访的通告" and doc.doc_number is None
    texts = [b.text for part in doc.parts for b in part.blocks]
    assert any(text.startswith("为做好防控工作") and text.endswith("恢复时间另行通知。") for text in texts), texts
