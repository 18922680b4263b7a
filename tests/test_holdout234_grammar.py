"""The document grammar on layouts of the two-hundred-and-thirty-fourth
held-out set's kind (issue #11): industrial-safety texts of counties, cities
and their bureaus (危险化学品 应急预案, 有限空间 整治方案, 油气管道 保护, 化工园区
公示) as portals store them, one of them a 倡议 under a slogan-like heading
that names no organ and no 文种, closed by the bureau's signature and date.
Each case is invented text laid out as extractors give it and goes through
the real input path.
"""
from __future__ import annotations

import pytest

from builder.model import Line, Provision
from builder.stages.split.unfold.marks import join_stacked_marks
from tests.test_holdout7_grammar import NOTICE, _documents  # (the same input path and layouts)

# A 倡议 a city's bureau publishes under a heading with no 文种, closed by its 署名 and 成文日期.
SIGNED_APPEAL = ["燃气安全 人人有责", "天然气已走进千家万户,保护燃气管道安全是每个人的责任。",
                 "某某市发展和改革委员会向全体市民发出倡议:",
                 "1、不在燃气管道两侧各5米内取土、挖塘、修建建筑物。",
                 "2、发现燃气管道裸露或泄漏,及时拨打举报电话。",
                 "某某市发展和改革委员会", "2025年6月17日"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_text_under_a_heading_without_its_kind_is_a_document(columns):
    """GB/T 9704 7.3.5: a text that closes on its 发文机关署名 over its 成文日期
    is a document, though its heading names no 文种 (a web page's headline over
    a signed 倡议): a file the grammar finds no title in, opening on a heading
    over prose and ending on that frame, is that document, its heading the
    title, its signer the issuer, its date the date."""
    docs = _documents(SIGNED_APPEAL, columns)
    assert [d.title.replace(" ", "") for d in docs] == ["燃气安全人人有责"]
    assert docs[0].issuers == ["某某市发展和改革委员会"] and docs[0].date == "2025-06-17"
    assert [b.label for part in docs[0].parts for b in part.blocks if isinstance(b, Provision)] == ["1、", "2、"]


@pytest.mark.parametrize("columns", [None, 26])
def test_an_unsigned_text_or_one_opening_on_a_sentence_stays_unplaced(columns):
    """Control: the same text without its signature (it ends on the date alone,
    or on a sentence), or one whose first line is a sentence, not a heading, is
    no document by this rule: the file stays one untitled page."""
    for lines in (SIGNED_APPEAL[:5] + SIGNED_APPEAL[6:], SIGNED_APPEAL[:5],
                  ["天然气已走进千家万户,保护燃气管道安全是每个人的责任。"] + SIGNED_APPEAL[2:]):
        docs = _documents(lines, columns)
        assert len(docs) == 1 and docs[0].issuers == [] and docs[0].date is None


def test_an_organ_alone_over_prose_is_no_heading_of_this_kind():
    """Control: a file opening on an organ's name alone (a 版头, or a signature
    the excerpt kept) is not titled by it through this rule."""
    lines = ["某某市发展和改革委员会"] + SIGNED_APPEAL[1:]
    docs = _documents(lines, None)
    assert len(docs) == 1 and docs[0].issuers == [] and docs[0].date is None


# A notice signed and dated, issuing a plan the store cut inside its 目录; the signed 倡议 of another organ run on under it.
CUT_IN_CONTENTS = ["某某县人民政府办公室关于印发某某县危险化学品事故应急预案的通知", "各乡镇人民政府,县政府有关部门:",
                   "经县政府同意,现将《某某县危险化学品事故应急预案》印发给你们,请认真贯彻执行。",
                   "某某县人民政府办公室", "2017年8月17日", "某某县危险化学品事故应急预案", "目 录",
                   "1 总则……………………4", "1.1 编制目的……………4", "2 组织体系……………5", "2.1"]


@pytest.mark.parametrize("columns", [None, 26])
def test_a_signed_text_under_a_notice_that_closed_its_frame_is_a_document_of_its_own(columns):
    """GB/T 9704 7.3.5: the notice above closed its frame (署名 over 成文日期)
    before the text it issues; a heading with no 文种 over prose that closes on
    a second frame, another organ's signature over its date, opens a second
    document, not the tail of the plan the store cut inside its 目录."""
    docs = _documents(CUT_IN_CONTENTS + SIGNED_APPEAL, columns)
    assert [d.title.replace(" ", "") for d in docs] == [CUT_IN_CONTENTS[0], "燃气安全人人有责"]
    assert docs[0].issuers == ["某某县人民政府办公室"] and docs[0].date == "2017-08-17"
    assert docs[1].issuers == ["某某市发展和改革委员会"] and docs[1].date == "2025-06-17"


@pytest.mark.parametrize("columns", [None, 26])
def test_a_named_signed_text_under_its_notice_stays_its_part(columns):
    """Control: a 倡议书 the notice above names and issues, signed by another
    organ under its own title, is the notice's part (the notice names it), and
    a text signed by the notice's own organ opens nothing."""
    notice = ["某某市应急管理局关于转发燃气安全倡议书的通知", "各县(区)应急管理局:",
              "现将《燃气安全倡议书》转发给你们,请广泛宣传。", "某某市应急管理局", "2025年6月20日",
              "燃气安全倡议书"] + SIGNED_APPEAL[1:]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    same = CUT_IN_CONTENTS + SIGNED_APPEAL[:5] + ["某某县人民政府办公室", "2017年8月20日"]
    docs = _documents(same, columns)
    assert [d.title for d in docs] == [CUT_IN_CONTENTS[0]]


@pytest.mark.parametrize("columns", [None, 26])
def test_the_record_under_a_notice_is_no_second_signature(columns):
    """Control: the 版记's 印发 line under its 抄送 (GB/T 9704 7.4: '某某县发展和改革局办公室' / its 印发日期) names an
    organ over a date as a signature does; it closes the notice above, whose 附表 heading and field lines
    ('地址:…') open nothing."""
    notice = ["某某县发展和改革局关于核定某某公墓价格的通知", "某某县殡仪馆:",
              "经研究,核定某某公墓价格,现将有关事项通知如下。", "一、公墓销售价格见附表。",
              "某某县发展和改革局", "2019年4月28日", "附表", "某某公墓价格说明",
              "价格为基准价,可以上下浮动10%。", "地址:某某县某某路1号", "联系电话以公示为准。",
              "抄送:市发改委,县民政局。", "某某县发展和改革局办公室", "2019年4月28日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].issuers == ["某某县发展和改革局"]


# A 版头 whose organ's name is long: a narrow measure cuts it inside 文件 ('…委员会文' / '件'), the 发文字号 under it.
CUT_MARK = ["某某高新技术产业园区安全生产委员会文", "件", "高新安字〔2023〕20号",
            "关于印发《某某区有限空间作业安全专项整治方案》的通知", "各企业、区有关部门单位:",
            "为加强有限空间作业安全管理，区安委会制定了《某某区有限空间作业安全专项整治方案》，现印发给你们，请认真贯彻落实。",
            "某某高新技术产业园区安全生产委员会", "2023年7月28日"]


@pytest.mark.parametrize("columns", [None, 18, 19, 26])
def test_a_mark_cut_inside_its_wen_jian_is_one_mark_over_its_number(columns):
    """GB/T 9704 7.2.2, 7.2.4: the 发文机关标志 is the organ's name and 文件,
    the 发文字号 right under it. A measure narrower than the mark cuts it
    anywhere, inside 文件 too ('…委员会文' / '件', at 18 and 19 columns): where
    the number stands under them, the lines make one mark again, heading the
    document under it, not a text of their own."""
    docs = _documents(NOTICE + ["".join(CUT_MARK[:2])] + CUT_MARK[2:], columns)
    assert [d.title for d in docs] == [NOTICE[0], CUT_MARK[3]]
    assert docs[1].doc_number == "高新安字〔2023〕20号"
    assert docs[1].issuers == ["某某高新技术产业园区安全生产委员会"]


def test_a_lone_jian_under_a_mark_with_no_number_under_it_is_not_joined():
    """Control: the lines are joined only where the 发文字号 stands under them;
    a line '件' with no number under it is left as it stands."""
    lines = [Line(no=n, text=t) for n, t in enumerate(CUT_MARK[:2] + CUT_MARK[3:], start=1)]
    assert [line.text for line in join_stacked_marks(lines)] == [line.text for line in lines]
    lines = [Line(no=n, text=t) for n, t in enumerate(CUT_MARK, start=1)]
    assert [line.text for line in join_stacked_marks(lines)][:2] == ["某某高新技术产业园区安全生产委员会文件",
                                                                       "高新安字〔2023〕20号"]
