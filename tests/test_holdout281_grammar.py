"""The document grammar on layouts of the two-hundred-and-eighty-first held-out
set's kind (issue #11): waste texts of cities and counties (a government's 通知
issuing a 生活垃圾分类 办法, an office's 通知 forwarding a 餐厨垃圾 意见 or a 垃圾分类
方案, a county's 通知 issuing a 定时定点投放 办法) as their sites, law mirrors and a
policy site's digest store them, the digest running the whole notice into one
paragraph: its 发文字号, its title, the 主送 cut at its first comma and the
成文日期 after it, each paragraph of the text cut to its first clause. Each case
is invented text laid out as extractors give it and goes through the real input
path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A policy site's digest of a county's notice: the number, the title, the 主送's first names, the date and each
# paragraph's first clause, all in one paragraph with no space.
DIGEST = ["东川政规〔2024〕2号县人民政府关于印发东川县城区垃圾收运管理办法的通知各乡、镇人民政府,2024年4月8日"
          "东川县城区垃圾收运管理办法第一章总则第一条为规范城区垃圾收运工作,第二条本办法适用于县城区,"
          "第二章职责分工第三条县城市管理局负责指导、检查、考核,第四条县环卫中心负责收运工作。"]
# A notice signed and dated, its last sentence closed.
NOTICE = ["西岭市人民政府关于做好城区环境卫生工作的通知", "各区人民政府，市政府各部门：",
          "现将有关事项通知如下：请各区在6月底前完成整治任务。", "西岭市人民政府", "2024年3月1日"]
# The same notice's excerpt cut mid-sentence (no signature under it).
NOTICE_CUT = NOTICE[:2] + ["现将有关事项通知如下：请各区在6月底前完成整治任务，加快建立垃圾分类收运体系，形"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_digest_of_a_notice_run_into_one_paragraph_is_a_document_of_its_own(columns):
    """GB/T 9704 7.2.4, 7.3.1, 7.3.2 and 7.3.5: a policy site's digest runs a
    notice into one paragraph, its 发文字号 first, the title (organ, 关于, 事由,
    文种) run on with no space, the 主送 cut at the comma after its first names,
    the body dropped and the 成文日期 run on after that comma. The number, the
    title, the 主送's clause and the date are set out each on a line
    (unfold._digest_frame_run_in): the notice is found by its own title,
    number, 主送 and date, alone in its file, after a closed sentence or under
    an excerpt the store cut."""
    for above in ([], NOTICE, NOTICE_CUT):
        docs = _documents(above + DIGEST, columns)
        titles = [d.title for d in docs]
        assert titles[-1] == "县人民政府关于印发东川县城区垃圾收运管理办法的通知", (above, titles)
        digest = docs[-1]
        assert (digest.doc_number, digest.addressees, digest.date) == ("东川政规〔2024〕2号", "各乡、镇人民政府",
                                                                       "2024-04-08")
        assert len(docs) == (2 if above else 1)


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_that_cites_a_number_and_a_title_stays_a_sentence(columns):
    """Control: a paragraph that opens on a cited 发文字号 and title, then goes
    on with a sentence's words after the comma (no date opens them), stays the
    notice's paragraph, as before the rule; so does a number and title run on
    to a 主送 clause whose comma no date follows."""
    for cited in ("东川政规〔2024〕2号县人民政府关于印发东川县城区垃圾收运管理办法的通知各乡、镇人民政府,"
                  "要认真贯彻执行,确保垃圾日产日清。",
                  "东川政规〔2024〕2号县人民政府关于印发东川县城区垃圾收运管理办法的通知要求,"
                  "2024年4月8日前完成收运点设置。"):
        docs = _documents(NOTICE[:3] + [cited] + NOTICE[3:], columns)
        assert [d.title for d in docs] == [NOTICE[0]], cited
        assert (docs[0].issuers, docs[0].date) == (["西岭市人民政府"], "2024-03-01")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_title_quoted_whole_over_a_long_addressee_the_wrap_cut_over_lines_is_a_title(columns):
    """GB/T 9704 7.3.2: the 主送 goes on down to its colon, 回行时仍顶格, so a long one
    ('各区（市、县）人民政府，…，各人民团体：') is cut by a narrow wrap over three lines, the
    middle one opening on no 各. The 主送 is read back from its colon over the full lines to
    the one it opens on (titles.addressees.addressees_head), so the title quoted whole in 《》 above it,
    as a mirror heads its copy, is still framed by it and opens a document under a signed one."""
    title = "《西岭市人民政府办公厅关于印发西岭市生活垃圾分类制度实施方案的通知》"
    quoted = [title, "各区（市、县）人民政府，市政府各工作部门，市各直属机构，各有关单位，各人民团体：",
              "现将《西岭市生活垃圾分类制度实施方案》印发给你们，请认真贯彻执行。", "西岭市人民政府办公厅", "2018年5月6日"]
    docs = _documents(NOTICE + quoted, columns)
    assert [d.title for d in docs] == [NOTICE[0], title.strip("《》")]
    assert docs[1].addressees == quoted[1].rstrip("：")
    assert docs[1].date == "2018-05-06"


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_over_a_long_addressee_line_stays_the_texts(columns):
    """Control: the lines the 主送 is read back over are the wrap's lines of one 主送 opening
    on 各; a short line above them ends what is above (a signature, a sentence), and a
    document's body whose sentence runs into a colon ('…通知如下：') frames no title."""
    body = ["西岭市人民政府关于做好城区垃圾分类工作的通知", "各区（市、县）人民政府，市政府各工作部门，市各直属机构，各有关单位，各人民团体：",
            "为做好城区垃圾分类工作，现将有关事项通知如下：", "一、各区要在6月底前完成分类设施建设。", "西岭市人民政府", "2018年5月6日"]
    docs = _documents(NOTICE + body, columns)
    assert [d.title for d in docs] == [NOTICE[0], body[0]]
    assert docs[1].addressees == body[1].rstrip("：")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_quoted_title_run_into_a_long_addressee_under_its_number_is_a_title(columns):
    """GB/T 9704 7.2.4, 7.3.1-7.3.2: a mirror's copy sets the 发文字号 over the title quoted
    whole in 《》, the 主送 run in after it by an extractor that joins text boxes. A long 主送
    (seventy characters and more, classes of organs parted by commas) takes five lines at 18
    columns, its last the tail of a name and a whole name after a comma ('…各直属事业单' /
    '位,市管企业:'): it is read whole from its colon back to its 各, and the title above it,
    parted from it, opens a document under a text cut mid-sentence."""
    cut = ["西岭市城市管理局关于做好城区环境卫生工作的通知", "各区城市管理局：",
           "为规范城区生活垃圾处置工作，西岭市城区生活垃圾处置监管中心（以下简称市监管中心）受市城管局委托具体负"]
    title = "《西岭市人民政府办公厅关于转发市发展改革委市综合行政执法局西岭市生活垃圾分类制度实施方案的通知》"
    addressees = ("各区、市、县政府,高新开发区、经济技术开发区、西岭综合保税区、西岭双龙航空港经济区管委会,"
                  "市政府各工作部门,市各直属事业单位,市管企业:")
    quoted = ["西府办发〔2018〕10号", title + addressees,
              "市发展改革委、市综合行政执法局制定的《西岭市生活垃圾分类制度实施方案》已经市人民政府同意，现转发给你们，请认真贯彻执行。",
              "西岭市人民政府办公厅", "2018年5月6日"]
    docs = _documents(cut + quoted, columns)
    assert [d.title for d in docs] == [cut[0], title.strip("《》")]
    assert (docs[1].doc_number, docs[1].date) == ("西府办发〔2018〕10号", "2018-05-06")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_opening_on_ge_and_closing_on_a_colon_under_a_heading_frames_nothing(columns):
    """Control: a body's sentence that opens on 各 and closes on a colon, wrapped over full
    lines whose last holds its commas ('各乡镇人民政府、各有关部门要切实加强组织领导，…，现将
    有关要求通知如下：'), is no 主送: its words are a sentence's, not names, so the heading over
    it ('二、工作要求') stays the notice's and opens no document."""
    notice = ["西岭县人民政府关于做好城区垃圾分类工作的通知", "各乡镇人民政府，县直各单位：",
              "一、工作目标", "到2025年底，城区生活垃圾分类覆盖率达到90%以上。", "二、工作要求",
              "各乡镇人民政府、各有关部门要切实加强组织领导，明确责任分工，确保各项工作落到实处，现将有关要求通知如下：",
              "（一）加强宣传引导。", "西岭县人民政府", "2024年3月1日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].date == "2024-03-01"
