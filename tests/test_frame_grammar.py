"""The frame of a document (GB/T 9704-2012) read on layouts of gazettes the
converter has never seen: where a frame ends (the 版记's 抄送), the title's
first line that is an organ's name, signers' names as printed (a brigade,
a name wrapped over two lines, an alias in brackets), one body named twice
(full name signed, short name in the title), a 通告's serial after or under
its title, a 〇 typed as a lowercase o, a cited 文号 at a paragraph's start,
bare page numbers.

Each case is invented text laid out as extractors give it (one line a
paragraph, or hard-wrapped) and goes through the real input path.
"""
from __future__ import annotations

import pytest

from builder.convert import convert
from builder.model import Line, Paragraph
from builder.stages.layout import bare_folios
from builder.text.frame import same_body
from builder.stages.split import is_doc_number_line
from test_variants import cut

# A township's notice under its 版头, with the 1999 版记: 主题词, then 抄送.
NOTICE_WITH_RECORD = [
    "青禾镇人民政府文件",
    "青政〔2015〕9号",
    "关于做好2015年汛期安全工作的通知",
    "各村民委员会，镇属各单位：",
    "汛期将至，为确保全镇人民群众生命财产安全，现就做好汛期安全工作通知如下，请认真抓好落实。",
    "青禾镇人民政府",
    "二〇一五年五月六日",
    "主题词：防汛 安全 通知",
    "抄送：县防汛办、县应急局",
]
# A notice with no 文号 and no signature block of its own after it.
SECOND_NOTICE = [
    "白沙县人民政府关于调整城区公交线路的通知",
    "各乡镇人民政府，县直各单位：",
    "为方便群众出行，经县人民政府研究，决定自2015年6月1日起调整城区部分公交线路，具体线路另行公布。",
    "白沙县人民政府",
    "2015年5月20日",
]
# A brigade's 通告: the organ's name printed alone above '关于…的通告', and the
# brigade signing under its full name.
BRIGADE_NOTICE = [
    "松岭县公安交警大队",
    "关于松岭县马拉松比赛期间实施交通管制的通告",
    "松岭县马拉松比赛将于2021年4月18日举行，为保障比赛顺利进行，决定对比赛沿线道路实施临时交通管制，请过往车辆提前绕行。",
    "松岭县公安局交通警察大队",
    "2021年4月12日",
]


def _convert(lines: list[str], name: str = "x"):
    return convert("\n".join(lines).encode("utf-8"), f"x/{name}.txt", name)


def _paragraphs(doc) -> list[Paragraph]:
    return [b for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


def test_the_copy_list_ends_the_frame_and_is_not_the_next_title():
    """GB/T 9704 7.4: 抄送 and 印发 close a document (its 版记); the title under
    them is the next document's, whole."""
    first, second = _convert(NOTICE_WITH_RECORD + SECOND_NOTICE).documents
    assert second.title == SECOND_NOTICE[0] and second.issuers == ["白沙县人民政府"]
    assert first.cc == "县防汛办、县应急局" and first.doc_number == "青政〔2015〕9号"


@pytest.mark.parametrize("wrap", [None, 18])
def test_an_organ_name_alone_above_its_title_is_the_titles_first_line(wrap):
    """GB/T 9704 7.3.1: a title is 发文机关 + 关于 + 事由 + 文种, and the organ's
    name may stand on a line of its own; a brigade (大队) is an organ."""
    lines = [piece for text in SECOND_NOTICE + BRIGADE_NOTICE for piece in (cut(text, wrap) if wrap else [text])]
    first, second = _convert(lines).documents
    assert second.title == BRIGADE_NOTICE[0] + BRIGADE_NOTICE[1]
    assert "交警大队" not in "".join(p.text for p in _paragraphs(first))
    # Signed in full, named short in the title: one issuer, the signer.
    assert second.issuers == ["松岭县公安局交通警察大队"] and second.date == "2021-04-12"


@pytest.mark.parametrize("blank", [False, True])
@pytest.mark.parametrize("signature", [
    ["河口县防汛抗旱工作", "领导小组（指挥部）"],  # wrapped, the alias in brackets
    ["河口县新型冠状病毒", "感染防控指挥部"],  # wrapped where the column ended
])
def test_a_signers_name_wrapped_over_two_lines_is_one_issuer(signature, blank):
    lines = ["关于做好近期强降雨防范工作的通告",
             "近期我县将出现持续强降雨天气，请广大群众减少外出，远离河道、山塘和地质灾害隐患点，注意人身安全。",
             *signature, "2021年7月3日"]
    doc, = _convert([x for line in lines for x in ([line, ""] if blank else [line])]).documents
    assert doc.issuers == ["".join(signature)] and doc.date == "2021-07-03"


@pytest.mark.parametrize("title, signature", [
    ("国务院关于同意设立某某市某某区的批复", "中华人民共和国国务院"),
    ("市政府办公室关于2021年端午节放假的通知", "青山市人民政府办公室"),
])
def test_a_title_naming_its_signer_short_adds_no_second_issuer(title, signature):
    lines = [title, "各有关单位：", "经研究，现将有关事项通知如下，请遵照执行。", signature, "2021年6月1日"]
    doc, = _convert(lines).documents
    assert doc.issuers == [signature]


def test_a_short_name_is_the_same_body_only_with_the_same_ending():
    assert same_body("市政府办公室", "青山市人民政府办公室")
    assert same_body("交警大队", "松岭县公安局交通警察大队")
    assert not same_body("市政府", "青山市人民政府办公室")  # the government, not its office
    assert not same_body("市财政局", "青山市税务局")


@pytest.mark.parametrize("wrap", [None, 16, 18, 19])  # the year, the bracket or the 号 wrapped
def test_a_serial_after_the_title_on_its_line_is_the_number(wrap):
    """A 通告 may print its serial right after its title ('…的通告 2021(7)号');
    wrapped narrowly, the 号 or the bracket lands on the next line."""
    numbered = ["关于城区禁止燃放烟花爆竹的通告 2021(7)号",
                "为减少环境污染，保障公共安全，城区范围内全年禁止燃放烟花爆竹，违者依法处理。",
                "白沙县人民政府", "2021年1月8日"]
    unsigned = ["关于全县中小学校秋季开学时间的通报",
                "经研究，全县中小学校秋季学期定于9月1日开学，请各校做好开学准备工作。",
                "二〇二一年八月二十日"]
    lines = [piece for text in unsigned + numbered for piece in (cut(text, wrap) if wrap else [text])]
    first, second = _convert(lines).documents
    assert (second.title, second.doc_number) == ("关于城区禁止燃放烟花爆竹的通告", "2021（7）号")  # shown full-width
    assert not any("烟花爆竹" in p.text for p in _paragraphs(first))


def test_a_notices_serial_under_a_title_with_a_matter_is_the_serial_alone():
    """'（2021年第5号）' under '关于…的通告' is the 通告's number, not the title's;
    under an organ's own 公告 or 令 the number is cited with the title."""
    lines = ["关于开展全县第二轮", "核酸检测的通告", "（2021年第5号）",
             "为及时发现潜在风险，决定于8月10日在全县范围内开展第二轮核酸检测，请广大群众积极配合。",
             "白沙县疫情防控指挥部", "2021年8月9日"]
    doc, = _convert(lines).documents
    assert (doc.title, doc.doc_number, doc.issuers) == ("关于开展全县第二轮核酸检测的通告", "2021年第5号",
                                                        ["白沙县疫情防控指挥部"])


def test_a_lowercase_o_for_zero_in_a_chinese_year_is_read():
    lines = SECOND_NOTICE[:4] + ["二o一五年五月二十日"]
    doc, = _convert(lines).documents
    assert doc.date == "2015-05-20"


def test_a_paragraph_opening_with_a_cited_number_is_body_however_wrapped():
    """A 发文字号 line holds nothing but the number (a 签发人 may stand beside
    it); a number a sentence goes on from is cited."""
    assert not is_doc_number_line("青府〔2019〕12号文收悉。经研究，市政")
    assert not is_doc_number_line("青府〔2019〕12号文收悉")
    assert is_doc_number_line("青府〔2019〕12号")
    body = "青府〔2019〕12号文收悉。经研究，市政府同意你区设立青山湖街道，街道办事处驻青山湖路1号。"
    lines = ["青山市人民政府关于同意设立青山湖街道的批复", "青府〔2019〕30号", "东湖区人民政府：",
             *cut(body, 18), "青山市人民政府", "2019年3月2日"]
    doc, = _convert(lines).documents
    assert doc.doc_number == "青府〔2019〕30号"
    assert body in [p.text for p in _paragraphs(doc)]


@pytest.mark.parametrize("note", ["（此页无正文）", "(此页无正文)"])
def test_a_page_of_the_signature_alone_notes_no_text_of_the_document(note):
    """'（此页无正文）' heads the page a signature and its date were carried to:
    the print's note, not a paragraph of the document; the signature and date
    under it are still the document's."""
    lines = ["青山市人民政府关于做好安全生产工作的通知", "青府发〔2020〕3号", "各区人民政府：",
             *cut("请各单位按照职责分工，认真做好各项工作，确保各项措施落到实处。", 20), note,
             "青山市人民政府", "2020年1月6日"]
    doc, = _convert(lines).documents
    assert "此页无正文" not in "".join(p.text for p in _paragraphs(doc))
    assert doc.issuers == ["青山市人民政府"] and doc.date == "2020-01-06"


def test_a_sentence_that_says_a_page_has_no_text_stays_text():
    """Control: the words inside a sentence are the document's."""
    sentence = "附件3为空白页（此页无正文），请各单位打印时注意。"
    lines = ["青山市人民政府关于做好安全生产工作的通知", "青府发〔2020〕3号", "各区人民政府：", sentence,
             "青山市人民政府", "2020年1月6日"]
    doc, = _convert(lines).documents
    assert sentence in [p.text for p in _paragraphs(doc)]


@pytest.mark.parametrize("header", [[], ["青山市人民政府公报 2020年第2期"]])
def test_bare_page_numbers_that_count_the_pages_are_furniture(header):
    """Some prints number pages with a bare figure: a page's length apart,
    counting up, they are footers (the last page's too), never text glued to
    a signature or a paragraph."""
    sentence = "请各单位按照职责分工，认真做好各项工作，确保各项措施落到实处。"
    body = [sentence] * 20
    lines = ["青山市人民政府关于做好安全生产工作的通知", "青府发〔2020〕3号", "各区人民政府：",
             *body[:16], "1", "青山市人民政府公报 2020年第2期", *body[16:], *body[:12], "青山市人民政府",
             "2", *header, "2020年1月6日", "3"]  # the page broke between signature and date
    doc, = _convert(lines).documents
    texts = [p.text for p in _paragraphs(doc)]
    assert not [t for t in texts if t[:1] in "123" and not t.startswith("2020年")]
    assert doc.issuers == ["青山市人民政府"] and doc.date == "2020-01-06"


@pytest.mark.parametrize("count", ["two ending the file", "three"])
def test_bare_page_numbers_between_short_lines_count_on_with_the_others(count):
    """A page may break between two short lines (a title and its 发文字号, a
    list of names), so its bare number stands beside no running text; in a
    count of the pages that ends the file, or of three pages or more, it is
    still a footer, not the document's number or a line of its 主送."""
    sentence = "请各单位按照职责分工，认真做好各项工作，确保各项措施落到实处。"
    names = ["王某某（市发展改革委）", "李某某（市财政局）", "张某某（市教育局）"] * 6
    lines = ["青山市人民政府关于做好安全生产工作的", "通知", "1", "青府发〔2020〕3号", "各区人民政府：",
             *[sentence] * 8, "领导小组成员名单：", *names]
    if count == "three":
        lines[-9:-9] = ["2"]  # between two names
        lines += [sentence] * 6 + ["3"] + [sentence] * 16 + ["青山市人民政府", "2020年1月6日"]
    else:
        lines += [sentence] * 6 + ["青山市人民政府", "2020年1月6日", "2"]
    doc, = _convert(lines).documents
    texts = [p.text for p in _paragraphs(doc)]
    assert (doc.title, doc.doc_number, doc.addressees) == ("青山市人民政府关于做好安全生产工作的通知", "青府发〔2020〕3号",
                                                           "各区人民政府")
    assert not [t for t in texts if t in "123"] and names[9] in texts and doc.date == "2020-01-06"


@pytest.mark.parametrize("header", ["青山市人民政府公报 2020年第2期", "青山市人民政府公报　2020.2"])
def test_bare_page_numbers_an_extractor_gives_first_on_each_page_are_furniture(header):
    """Some extractors give each page's furniture before its text (PyMuPDF's
    blocks in the order the page holds them): the running header, then the
    page's bare number, then the text, which may go on with a short line
    (a list of names, a 发文字号 under a title the page broke in)."""
    sentence = "请各单位按照职责分工，认真做好各项工作，确保各项措施落到实处。"
    names = ["王某某（市发展改革委）", "李某某（市财政局）", "张某某（市教育局）"] * 8
    pages = [["青山市人民政府关于成立安全生产委员会的", "通知"],
             ["青府发〔2020〕3号", "各区人民政府：", *[sentence] * 12, "委员会成员名单：", *names[:8]],
             [*names[8:], *[sentence] * 4, "青山市人民政府", "2020年1月6日"]]
    lines = [line for n, page in enumerate(pages, start=1) for line in [header, str(n), *page]]
    doc, = _convert(lines).documents
    texts = [p.text for p in _paragraphs(doc)]
    assert (doc.title, doc.doc_number, doc.addressees) == ("青山市人民政府关于成立安全生产委员会的通知", "青府发〔2020〕3号",
                                                           "各区人民政府")
    assert not [t for t in texts if t in "123"] and names[8] in texts and doc.date == "2020-01-06"


def test_a_lone_number_that_counts_no_pages_stays_text():
    """A figure alone on its line that counts no pages with another is not taken for one."""
    lines = [Line(no=n, text=text) for n, text in enumerate(["王某某", "1", "李某某"] + ["张某某"] * 20 + ["3", "赵某"],
                                                           start=1)]
    assert bare_folios(lines) == set()


def test_numbered_rows_of_a_form_are_no_page_numbers():
    cells = [text for row in range(1, 4) for text in (str(row), "张某", "男", "科员", "青山市", "本科", "党员",
                                                       "2019", "良好", "无", "是", "否", "好", "无", "有", "是")]
    lines = [Line(no=n, text=text) for n, text in enumerate(cells, start=1)]
    assert bare_folios(lines) == set()


def test_an_article_cited_after_a_title_and_its_number_goes_on_the_sentence():
    """'《…解释》（法释〔2016〕29号）' at a line's end, then '第十五条…': the
    article is the cited text's (bare page numbers no longer hide the cut)."""
    lines = ["青山市危险废物管理办法",
             "第一条 为加强危险废物管理，保护和改善生态环境，制定本办法。",
             "第二条 本办法所称有毒物质指《关于办理某某污染案件适用法律若干问题的解释》（法释〔2016〕29号）",
             "第十五条“有毒物质”中列明的物质。",
             "第三条 本办法自发布之日起施行。"]
    doc, = _convert(lines).documents
    assert [p.number for p in doc.provisions] == [1, 2, 3]


def test_a_sentence_ending_in_a_colon_after_the_body_began_is_no_addressee():
    """GB/T 9704 7.3.2: the 主送机关 stands above the body. A 公告 addressed to
    no one whose second paragraph ends in a colon and names 社会各界 is
    still body text: the body began with the sentence above it."""
    lines = ["关于《青禾县河道管理条例（修订草案）》向社会公开征求意见的公告",
             "《青禾县河道管理条例（修订草案）》已经县人大常委会第二次会议初次审议。",
             "现向社会公开征求意见，敬请社会各界人士提出宝贵意见和建议，可通过以下方式反馈意见和建议：",
             "1.电子邮箱：qhrd@example.com", "2.传真：0931—8921040",
             "青禾县人大常委会法制工作委员会", "2023年3月30日"]
    doc = _convert(lines).documents[0]
    assert (doc.addressees, doc.issuers, doc.date) == (None, ["青禾县人大常委会法制工作委员会"], "2023-03-30")
    assert _paragraphs(doc)[1].role == "body"


@pytest.mark.parametrize("wrap", [None, 18])
def test_the_mark_a_page_kept_is_shown_as_the_mark(wrap):
    """GB/T 9704 7.2.1: the 发文机关标志 ('XX镇人民政府文件') heads the frame in
    red, centred; where a page kept it, it is the document's 版头, shown so
    (render: gz-mark), not a paragraph of its text, and the frame under it
    is read as before."""
    from builder.render import document_page

    lines = [piece for text in NOTICE_WITH_RECORD for piece in (cut(text, wrap) if wrap else [text])]
    gazette = _convert(lines, "mark")
    doc, = gazette.documents
    first = _paragraphs(doc)[0]
    assert (first.text, first.role) == ("青禾镇人民政府文件", "mark")
    assert (doc.doc_number, doc.addressees, doc.issuers) == ("青政〔2015〕9号", "各村民委员会，镇属各单位",
                                                             ["青禾镇人民政府"])
    assert "青禾镇人民政府文件\n{: .gz-mark }" in document_page(doc, gazette, None, None)


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("signer", [
    "清河县农业技术推广站",  # a 站 no list of endings names
    "黑水县国有林场",  # a 场
    "中华人民共和国桃源出入境边防检查站",  # the state's name before a central organ's post in a place
])
def test_the_name_over_the_date_is_the_signer_whatever_it_ends_in(signer, wrap):
    """GB/T 9704 7.3.5.1: the 署名 stands alone over the 成文日期; a body
    signs there by its own name, whatever that ends in."""
    lines = ["关于做好春季造林苗木供应工作的通知", "各乡镇农业服务中心：",
             "春季造林即将开始，请各乡镇于3月10日前报送苗木需求计划，逾期不再安排。", signer, "2021年2月26日"]
    doc, = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert doc.issuers == [signer] and doc.date == "2021-02-26"


@pytest.mark.parametrize("over_date", [
    "自治区主席陈武",  # a 令's head, by post and name: no organ
    "清河县各族干部群众",  # the people a text calls on: no body's name
    "全县人民团结起来",  # a call to the whole county: 全县 names no place
])
@pytest.mark.parametrize("kind", ["倡议", "通知"])
def test_a_person_or_the_public_over_the_date_is_no_signer(over_date, kind):
    lines = [f"关于做好春季造林苗木供应工作的{kind}", "春季造林即将开始，让我们积极行动起来，为建设美丽家园贡献力量。",
             over_date, "2021年2月26日"]
    doc, = _convert(lines).documents
    assert doc.issuers == []


@pytest.mark.parametrize("wrap", [None, 18])
def test_a_name_over_the_date_under_the_annex_note_is_the_signer(wrap):
    """The 附件说明 ends in no stop; the name under it, over the date, is the
    signer's line, not the rest of the annex's name."""
    lines = ["关于做好春季造林苗木供应工作的通知", "各乡镇农业服务中心：",
             "春季造林即将开始，请各乡镇于3月10日前报送苗木需求计划，逾期不再安排。",
             "附件：苗木需求计划表", "清河县农业技术推广站", "2021年2月26日"]
    doc, = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert doc.issuers == ["清河县农业技术推广站"] and doc.attachments == ["苗木需求计划表"]


UNKINDED_TEXT = ["为规范城区停车秩序，现将有关事项说明如下。", "一、适用范围", "本县城区范围内的公共停车场。",
                 "二、收费标准", "小型车每小时2元。", "青山县发展和改革局", "2023年3月1日"]


@pytest.mark.parametrize("wrap", [None, 26])
@pytest.mark.parametrize("title", ["青山县城区停车收费标准", "青山县2022年度重点民生实事项目"])
def test_a_title_on_no_kind_word_right_under_a_close_opens_a_document(title, wrap):
    """GB/T 9704 7.3.5-7.4: a document closes on its 成文日期, and only its
    附件 follow it, each under its mark; short lines under the close with no
    sentence's punctuation, over a sentence, are the next text's title,
    whatever word it ends on."""
    lines = SECOND_NOTICE + [title] + UNKINDED_TEXT
    first, second = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert (first.title, first.date) == (SECOND_NOTICE[0], "2015-05-20")
    assert (second.title, second.issuers, second.date) == (title, ["青山县发展和改革局"], "2023-03-01")


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("under_close", [
    ["2016年是全面建成小康社会决胜阶段的开局之年，也是推进结构性改革的攻坚之年。"],  # a paragraph, cut by the wrap
    ["HNPR—2015—01002", "白沙县人民政府办公室"],  # a register's code over the next 版头
])
def test_a_paragraph_or_a_code_under_a_close_is_no_title(under_close, wrap):
    lines = SECOND_NOTICE + under_close + UNKINDED_TEXT
    docs = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert [d.title for d in docs] == [SECOND_NOTICE[0]]


def test_a_sentence_that_ends_its_line_on_yinfa_closes_nothing():
    """Control: only a dated line closes a document; a sentence's line that
    ends on 印发, as the 版记's last line does, is the sentence going on."""
    lines = SECOND_NOTICE[:2] + ["根据县招生委员会《高考工作安排》和《关于印发", "县高考各部门工作职责",
                                 "的通知》，现就有关事项通知如下。"] + SECOND_NOTICE[3:]
    doc, = _convert(lines).documents
    assert doc.title == SECOND_NOTICE[0] and doc.date == "2015-05-20"


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("note", ["（盖章）", "(印章)", " （公章）", "（代章）"])
def test_the_seal_s_place_marked_after_the_signer_is_no_part_of_its_name(note, wrap):
    """A page that gives the text without its seal's image marks where it
    stood after the 署名 ('…教育局（盖章）'): the signer is the organ, and the
    note stays printed on the page."""
    from builder.render import document_page

    lines = ["关于做好春季造林苗木供应工作的通知", "各乡镇农业服务中心：",
             "春季造林即将开始，请各乡镇于3月10日前报送苗木需求计划，逾期不再安排。",
             "清河县林业局" + note, "2021年2月26日"]
    gazette = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])])
    doc, = gazette.documents
    assert doc.issuers == ["清河县林业局"] and doc.date == "2021-02-26"
    fullwidth = str.maketrans("()", "（）")
    assert "清河县林业局" + note.strip().translate(fullwidth) in document_page(doc, gazette, None, None)


# A notice a page cut before its signature, passing no text on; then a text of a kind no 公文 has, with its outline.
UNSIGNED_NOTICE = SECOND_NOTICE[:3]
OUTLINED_TEXT = ["一、总体要求", "坚持稳中求进工作总基调，统筹发展和安全。", "二、主要任务", "（一）落实安全生产责任。",
                 "全面落实安全生产责任制。"]


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("title", ["青山县2023年安全生产工作要点", "2023年青山县城乡居民医疗保险实施细则"])
@pytest.mark.parametrize("above", [UNSIGNED_NOTICE, UNSIGNED_NOTICE + ["一、调整线路", "调整1路、3路公交线路。"]])
def test_a_text_whose_outline_opens_under_its_title_after_a_notice_that_passes_none_on_is_its_own(above, title, wrap):
    """Numbering grammar: a text's outline counts on and never back, so a
    title by its own grammar whose outline opens at 一、 under it, after a
    sentence's end, heads a text of its own, whatever its kind (a 要点, a
    细则: no 公文's), when the document above passes no text on."""
    lines = above + [title] + OUTLINED_TEXT
    docs = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert [d.title for d in docs] == [SECOND_NOTICE[0], title]


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("passing_on", [
    ["白沙县人民政府办公室关于印发白沙县2023年安全生产工作要点的通知", "各乡镇人民政府：",
     "现将白沙县2023年安全生产工作要点印发给你们，请认真贯彻执行。"],  # its title's 印发 object
    ["白沙县人民政府办公室关于做好安全生产工作的通知", "各乡镇人民政府：",
     "经县政府同意，现将白沙县2023年安全生产工作要点印发给你们，请认真贯彻执行。"],  # a sentence that passes it on
    ["白沙县人民政府办公室关于做好安全生产工作的通知", "各乡镇人民政府：",
     "经县政府同意，现将有关工作要点印发给你们，请认真贯彻执行。"],  # passed on, not named
])
def test_the_text_a_notice_passes_on_stays_its_part(passing_on, wrap):
    """Control: a notice that passes a text on holds it, named or not."""
    lines = passing_on + ["白沙县2023年安全生产工作要点"] + OUTLINED_TEXT
    doc, = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert doc.title == passing_on[0]


@pytest.mark.parametrize("wrap", [None, 18])
@pytest.mark.parametrize("heading", ["二等奖（2名）", "二、城区考评结果（共2个）", "优秀单位："])
def test_organs_under_a_list_s_counted_heading_are_its_rows_not_the_next_title_s_issuers(heading, wrap):
    """A list's heading that counts its items, numbered or not ('二等奖（2名）'),
    or a caption ending in a colon, announces the names one a line under it:
    they are its rows, and a title under the list (an excerpt cut there)
    names its own issuers, never those rows."""
    lines = ["白沙县人民政府关于2022年度目标管理考评结果的通报", "各乡镇人民政府，县直各单位：",
             "经考评，现将2022年度目标管理考评结果通报如下。", heading, "城关镇人民政府", "河口镇人民政府",
             "关于2023年十件民生实事推进情况的通报", "根据县政府工作安排，现将十件民生实事推进情况通报如下。",
             "一、总体情况", "十件民生实事总体推进顺利。"]
    first, second = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert first.title == lines[0] and second.title == "关于2023年十件民生实事推进情况的通报"
    assert second.issuers == []


@pytest.mark.parametrize("wrap", [None, 9, 10, 12])
def test_a_title_whose_issuer_goes_by_another_name_in_brackets_is_whole_wherever_the_wrap_cuts_it(wrap):
    """GB/T 9704 7.3.1: the title opens on its 发文机关; a body known by two
    names prints the other in brackets after the first ('某县人民政府（某开发区
    管委会）'). A bracket opened on a title line and closed on the next holds
    that name, not a sentence's aside: the lines are one title, however many
    the wrap made of it."""
    title = "青山县人民政府（青山经济开发区管委会）土地征收启动公告"
    lines = SECOND_NOTICE + [title, "为保障项目建设用地需求，经县人民政府研究决定，现发布土地征收启动公告：",
                             "一、拟征收土地用途", "拟作为交通运输用地项目建设用地。"]
    docs = _convert([x for line in lines for x in (cut(line, wrap) if wrap else [line])]).documents
    assert [d.title for d in docs] == [SECOND_NOTICE[0], title]


@pytest.mark.parametrize("wrap", [None, 16, 18])
def test_a_forwarding_title_s_first_line_ending_on_the_forwarded_organ_is_no_signature(wrap):
    """GB/T 9704 7.3.1: '发文机关 + 转发 + …' opens a 转发 notice's title; the
    wrap may end its first line on the organ forwarded ('…办公厅转发市卫生局'),
    which then reads as an organ's name alone. Under an 附件说明 (an excerpt cut
    after it) it is still the title's first line, not the signature of the
    text above: no organ's name holds 转发, 印发, 关于 or 批转."""
    above = ["白沙县财政局关于印发防汛补助经费管理办法的通知", "各乡镇财政所：",
             "现将《防汛补助经费管理办法》印发给你们，请遵照执行。", "附：防汛补助经费管理办法"]
    title = "青山市人民政府办公厅转发市卫生局等9部门关于进一步做好新型农村合作医疗工作的指导意见的通知"
    below = ["各区（市）县政府，市政府有关部门：", "市卫生局等9部门《关于进一步做好新型农村合作医疗工作的指导意见》已经市政府同意，现转发给你们，请认真贯彻执行。",
             "青山市人民政府办公厅", "2005年9月29日"]
    head = ["青山市人民政府办公厅转发市卫生局", "等9部门关于进一步做好新型农村合", "作医疗工作的指导意见的通知"]
    lines = [x for line in above for x in (cut(line, wrap) if wrap else [line])] + head \
        + [x for line in below for x in (cut(line, wrap) if wrap else [line])]
    docs = _convert(lines).documents
    assert [d.title for d in docs] == [above[0], title]


@pytest.mark.parametrize("period", ["三季度", "一月份", "二季度"])
def test_a_title_line_opening_on_a_period_before_a_space_is_no_name_row(period):
    """A name list's row sets a person's name apart from the post by a space
    ('张某某 市财政局局长'), but no person's name opens on a numeral: a title
    line the wrap opened on a period ('…关于2023年第' / '三季度 县政府网站…')
    is the title's, wherever the page's space falls."""
    above = ["关于表彰全民健身运动会先进单位的通报", "各镇人民政府，区政府各部门：",
             "经研究，决定对全民健身运动会先进单位予以表彰。", "二○一二年十一月二日"]
    head = ["宁山县人民政府办公室关于2023年第", f"{period} 县政府网站及政务新媒体自", "查情况的通报"]
    below = ["按照有关规定，县政府办近日组织开展了政府网站及政务新媒体检查，现将有关情况通报如下：",
             "一、总体情况", "本季度自查未发现单项否决问题。"]
    docs = _convert(above + head + below).documents
    assert [d.title for d in docs] == [above[0], "".join(head).replace(" ", "")]


@pytest.mark.parametrize("folio", ["— 4 —", "- 4 -"])
def test_an_issuer_wrapped_over_its_title_at_a_page_s_top_heads_it_under_an_annex_s_title(folio):
    """GB/T 9704 7.3.1: the 发文机关 alone over 关于, its name longer than the
    title's measure, wraps anywhere ('…领导小组办' / '公室'). A document that
    begins its page (the page's furniture set aside above it) opens there,
    though the text above ends on an 附件's title, no sentence."""
    above = ["白沙县人民政府办公室关于公布2020年重大行政决策事项目录的通知", "各乡镇人民政府，县政府各部门：",
             "经县政府同意，现将县政府2020年重大行政决策事项目录予以公布，请认真组织实施。",
             "附件：县政府2020年重大行政决策事项目录", "白沙县人民政府办公室", "2020年7月6日", "附件"]
    head = ["青山市行政审批制度改革领导小组办", "公室", "关于公布市直部门公共服务事项清单", "的通知"]
    below = ["各县（市、区）人民政府，市直有关单位：",
             "为贯彻落实省审改办有关通知精神，经市政府同意，现将市直部门公共服务事项清单予以公布，请遵照执行。",
             "青山市行政审批制度改革领导小组办公室", "2015年3月26日"]
    lines = [x for line in above for x in cut(line, 20)] + ["县政府2020年重大行政决策事项目录", folio] + head \
        + [x for line in below for x in cut(line, 20)]
    docs = _convert(lines).documents
    assert [d.title for d in docs] == [above[0], "".join(head)]
    assert docs[1].issuers == ["青山市行政审批制度改革领导小组办公室"]


@pytest.mark.parametrize("code", ["(QSJY03)", "（2022-2035年）"])
def test_a_bracket_alone_inside_the_name_a_title_cites_is_the_name_s_not_a_note(code):
    """GB/T 9704 7.3.6 prints a 附注 in brackets alone on its line
    ('（此件公开发布）'), but a bracket inside the 《》 a title cites, the wrap
    setting it alone (a plan's unit code, its period), is the cited name's:
    the title goes on over it to its 文种."""
    above = ["青山县人民政府关于拟征收土地的公告", "因青山县城乡建设需要，拟征收土地，现将有关事项公告如下。", "特此公告",
             "青山县人民政府", "2022年1月29日"]
    head = ["上海市某某区人民政府关于", "同意《上海市某某区某某镇郊野单元", "村庄规划某某乡村单元", code,
            "规划专项编制》的批复"]
    below = ["某某镇：", "你镇《关于某某镇郊野单元村庄规划方案审批的请示》收悉，经研究，原则同意上报规划内容。", "此复。",
             "上海市某某区人民政府", "2023年6月5日"]
    docs = _convert(above + head + below).documents
    assert [d.title for d in docs] == [above[0], "".join(head)]
