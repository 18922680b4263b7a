"""The document grammar on layouts of the hundred-and-seventy-seventh held-out
set's kind (issue #11): notices of city and county culture, tourism, sport
and broadcasting organs, of their libraries and museums and of a city's 文物局
with its 公安局, as portals and mirrors store them. Each case is invented
text laid out as extractors give it and goes through the real input path.
"""
from __future__ import annotations

import pytest

from tests.test_holdout7_grammar import _documents  # (the same input path and layouts)

# A title that opens on its organ's name and ends on a stray colon, over a 主送 of many organs that the measure wraps.
COLON_TITLE = ["某某市体育局关于全市体育场馆暂停开放的通知:",
               "各县、区、开发区体育行政部门,市体育协会、俱乐部,市属各体育场馆:",
               "为做好场馆维护工作，即日起全市体育场馆暂停开放，开放时间另行通知。", "某某市体育局", "2022年3月22日"]


@pytest.mark.parametrize("columns", [None, 18, 22, 26])
def test_a_title_naming_its_organ_loses_its_stray_colon_over_a_wrapped_addressee(columns):
    """GB/T 9704 7.3.1-7.3.2: the title ends on its 文种 unpunctuated, the 主送
    under it runs on over lines to its colon. A page's colon after a title that
    opens on its organ's name ('某某市体育局关于…的通知:') is taken off though the
    wrap turns its last words onto a line of their own and the 主送 under it
    fills two lines: the title is read whole, the 主送 is the 主送."""
    doc, = _documents(COLON_TITLE, columns)
    assert doc.title == "某某市体育局关于全市体育场馆暂停开放的通知"
    assert doc.addressees == "各县、区、开发区体育行政部门，市体育协会、俱乐部，市属各体育场馆"
    assert (doc.issuers, doc.date) == (["某某市体育局"], "2022-03-22")


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_lead_sentence_ending_on_a_colon_is_no_title_control(columns):
    """Control: a sentence of the body that ends on a colon over a list
    (no title, no 关于 after an organ's name) keeps its colon."""
    doc, = _documents(["某某县文化和旅游局关于做好假日旅游工作的通知", "各乡镇人民政府：",
                       "某某县文化和旅游局根据上级安排，现将有关事项通知如下:",
                       "一、各景区要做好游客疏导工作。", "某某县文化和旅游局", "2023年9月20日"], columns)
    assert doc.title == "某某县文化和旅游局关于做好假日旅游工作的通知"
    assert doc.addressees == "各乡镇人民政府"
    assert any(b.text.endswith("如下：") or b.text.endswith("如下:")
               for part in doc.parts for b in part.blocks if hasattr(b, "text"))


# A museum's and a library's notices to visitors and readers, signed by the institution's own name.
MUSEUM = ["某某市博物馆暂时关闭部分展厅公告", "尊敬的观众朋友:",
          "因开展文物防震安全加固工程需要，我馆决定自2021年2月24日起，暂停开放“古生物展”与“史前文化展”两个常设展览，"
          "开放时间将另行通知。",
          "其余五个常设展览将正常对外开放，开放时间为每周二至周日，9:00至17:00。请您配合我馆开展测量体温及扫码等防疫"
          "工作，共同营造文明、清洁、舒适、安全的观展环境。",
          "由此给您带来的不便敬请谅解，感谢您的支持与配合！", "某某市博物馆", "2021年2月24日"]
LIBRARY = ["某某县图书馆临时闭馆维修通知", "各位读者:", "因馆舍维修，决定临时闭馆。",
           "1、自2024年9月4日起，本馆临时闭馆进行维修。", "2、闭馆期间，读者借阅的书籍延期归还。",
           "某某县图书馆", "2024年8月30日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
@pytest.mark.parametrize("text, organ", [(MUSEUM, "某某市博物馆"), (LIBRARY, "某某县图书馆")])
def test_a_library_or_a_museum_signs_by_its_own_name(text, organ, columns):
    """A public cultural institution (公共文化服务保障法 第十四条: 图书馆、博物馆、
    文化馆…) posts its notices by its own name over the date: the line is
    the signature and the institution the issuer."""
    doc, = _documents(text, columns)
    assert (doc.title, doc.issuers) == (text[0], [organ])


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_place_named_in_the_body_is_no_signer_control(columns):
    """Control: the body's last line naming a library in a sentence ('活动
    地点：某某县图书馆') stays the body's; the organ over the date signs."""
    doc, = _documents(["某某县文化和旅游局关于举办读书活动的通知", "各乡镇文化站：",
                       "现将读书活动有关事项通知如下。", "活动地点：某某县图书馆", "某某县文化和旅游局", "2023年4月20日"],
                      columns)
    assert doc.issuers == ["某某县文化和旅游局"]
    assert doc.date == "2023-04-20"


# A joint 公告 whose page sets its two issuers in the title apart by a run of dashes, unsigned, dated by month.
DASHED = ["某某市公安局----某某市文物局关于加强文物景区管理的公告",
          "为加强对文物景区的保护管理，确保文物安全，根据有关法律法规，公告如下：",
          "一、文物景区各古建筑、碑刻及保护范围内的附属设施依法受到保护。",
          "二、严禁在文物景区内吸烟、擅自使用明火。", "三、本公告自发布之日起施行。", "2016年1月"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_run_of_dashes_parts_the_joint_issuers_a_title_names(columns):
    """GB/T 9704 7.3.1: joint issuers head the title; a page that parts them by
    a run of dashes ('某某市公安局----某某市文物局关于…') names two organs, as a
    space or 、 parts them: unsigned, the text is both organs'."""
    doc, = _documents(DASHED, columns)
    assert doc.title == DASHED[0]
    assert doc.issuers == ["某某市公安局", "某某市文物局"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_one_dash_inside_a_name_parts_nothing_control(columns):
    """Control: one dash joining two places' names inside one organ's name
    ('某某—某某山自然保护区管理局') parts no names."""
    doc, = _documents(["某某—某某山自然保护区管理局关于禁止野外用火的通告",
                       "为保护森林资源，现将有关事项通告如下：", "一、保护区内严禁野外用火。",
                       "二、本通告自发布之日起施行。", "2020年3月"], columns)
    assert doc.issuers == ["某某—某某山自然保护区管理局"]


# A museum's and a library's notices to the public they serve, each title run into its greeting, as an extractor that
# joins text boxes gives them: the title names the organ, 事由 and 文种 with no 关于.
GREETED_NOTICES = ["某某市博物馆暂时关闭部分展览公告尊敬的观众朋友:",
                   "因开展文物防震加固工程需要，我馆决定自2021年2月24日起暂停开放两个常设展览。",
                   "由此给您带来的不便敬请谅解，感谢您的支持与配合！", "某某市博物馆", "2021年2月24日",
                   "某某县图书馆临时闭馆维修通知各位读者:",
                   "因馆舍楼顶漏水，决定自2024年9月4日起临时闭馆维修，恢复开放时间另行通知。",
                   "某某县图书馆", "2024年8月30日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_public_bodys_title_run_into_its_greeting_opens_its_notice(columns):
    """GB/T 9704 7.3.1: a 标题 is 发文机关 + 事由 + 文种, and 关于 may be left
    out of the 事由. A museum or a library greets the public it serves where a
    公文 has its 主送 ('尊敬的观众朋友：', '各位读者：'). Where a title stands
    (under the last notice's date), a run that opens on an organ's place and
    ends on 公告, 通告 or 通知 with such a greeting after it, closing on its
    colon, is a title with its greeting run in: each notice is a document of
    its own, its greeting its 主送."""
    docs = _documents(GREETED_NOTICES, columns)
    assert [d.title for d in docs] == ["某某市博物馆暂时关闭部分展览公告", "某某县图书馆临时闭馆维修通知"]
    assert [d.addressees for d in docs] == ["尊敬的观众朋友", "各位读者"]
    assert [d.issuers for d in docs] == [["某某市博物馆"], ["某某县图书馆"]]
    assert [d.date for d in docs] == ["2021-02-24", "2024-08-30"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_sentence_passing_a_notice_on_to_the_public_opens_nothing_control(columns):
    """Control: a sentence that opens on an organ's name and passes its
    matters on ('…现将有关事项通知各位家长：') ends on 通知 and a greeting too,
    but is the body's lead, not a title: no document opens there."""
    notice = ["某某县教育局关于秋季学期招生工作的通知", "各学校：", "招生工作按计划进行。",
              "县教育局现将有关事项通知各位家长:", "一、报名时间为7月1日至7月5日。",
              "某某县教育局", "2021年6月20日"]
    docs = _documents(notice, columns)
    assert [d.title for d in docs] == [notice[0]]
    assert docs[0].date == "2021-06-20"


# A 公告 whose text ends on a date of its year and month alone, and a museum's notice to its visitors under it.
MONTH_CLOSED = ["某某市公安局某某市文物局关于加强文物景区管理的公告", "为加强文物景区管理，现公告如下：",
                "一、严禁在文物景区内乱扔垃圾。", "二、本公告自发布之日起施行。", "2016年1月"]
MUSEUM = ["某某市博物馆暂时关闭部分展览公告", "尊敬的观众朋友:",
          "因开展文物防震安全加固工程需要，我馆决定自2021年2月24日起，暂停开放“古生物展”。",
          "其余常设展览正常开放。给您带来的不便，敬请谅解！", "某某市博物馆", "2021年2月23日"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_notice_to_the_public_opening_on_its_cause_is_a_document(columns):
    """A notice an organ gives the public names them where a 主送 stands ('尊敬的观众朋友:') and may open on its cause
    ('因开展…工程需要，…', as a 公告's 缘由 does) rather than its purpose or ground: the line over that salutation is its
    title, a document of its own under the 公告 above, whose text ends on its year and month alone."""
    docs = _documents(MONTH_CLOSED + MUSEUM, columns)
    assert [d.title for d in docs] == [MONTH_CLOSED[0], MUSEUM[0]]
    assert docs[1].issuers == ["某某市博物馆"]


@pytest.mark.parametrize("columns", [None, 18, 26])
def test_a_greeting_over_a_sentence_going_on_from_its_cause_stays_in_the_text(columns):
    """Control: a greeting inside a text over a sentence that goes on from what was said ('因此，…'), no cause of its
    own, is a passage of that text: the line over it opens nothing."""
    docs = _documents(MONTH_CLOSED[:4] + ["请广大游客支持配合", "尊敬的游客朋友:",
                                          "因此，请您自觉遵守景区管理规定，文明游览。"], columns)
    assert [d.title for d in docs] == [MONTH_CLOSED[0]]
