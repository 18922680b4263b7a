"""Documents found by their own grammar (GB/T 9704-2012 公文格式), in a
gazette the converter has never seen: with and without masthead and 目录,
run together or one per file.

Each case is laid out here as text the way extractors lay out such prints
and goes through the real input path (bytes → convert). The documents
follow the forms the issue lists: a 发文字号 in brackets under the title, a
notice without 文号 (通告), a 政府令 with its 第N号 and the 办法 it
publishes, a 转发 chain with the date in the brackets, a title printed
twice, joint issuers signed on one line without a separator, 附件 after
the last article.
"""
from __future__ import annotations

import re

import pytest

from builder.convert import convert
from builder.model import Line, Paragraph, Provision, Table
from builder.render import gazette_page
from builder.stages.layout import normalise
from builder.stages.masthead import read_toc
from builder.text.frame import normal_doc_number
from builder.text.ids import city_of
from test_variants import cut

NOTICE = [
    ("title", "武汉市人民政府办公厅关于加强城市道路停车管理工作的通知"),
    ("frame", "（武政办发〔2017〕61号）"),
    ("frame", "各区人民政府，市人民政府各部门："),
    ("body", "为规范城市道路停车秩序，缓解停车供需矛盾，经市人民政府同意，现就加强城市道路停车管理工作有关事项通知如下："),
    ("body", "一、明确管理职责。市公安机关交通管理部门负责城市道路停车泊位的设置和监督管理，各区人民政府负责本辖区道路停车的日常管理。"),
    ("body", "二、加强执法检查。各区要组织公安、城管等部门开展道路停车专项整治，依法查处占道停车、乱停乱放等违法行为。"),
    ("body", "三、做好宣传引导。各有关部门要通过多种渠道宣传道路停车管理规定，引导市民文明停车、规范停车。"),
    ("sign", "武汉市人民政府办公厅"),
    ("date", "2017年6月2日"),
]

NOTICE_WITHOUT_NUMBER = [
    ("title", "关于2017年第一季度全市环境空气质量状况的通告"),
    ("body", "根据全市环境空气质量自动监测网络的监测数据，现将2017年第一季度全市环境空气质量状况通告如下。"),
    ("body", "一、全市环境空气质量优良天数为62天，优良率为68.9%，同比上升5.2个百分点。"),
    ("body", "二、影响全市环境空气质量的首要污染物为细颗粒物，其次为可吸入颗粒物和臭氧。"),
    ("sign", "武汉市环境保护局武汉市气象局"),
    ("date", "2017年4月10日"),
]

ORDER = [
    ("title", "荆州市人民政府令"),
    ("frame", "第 12 号"),
    ("body", "《荆州市城市绿化管理办法》已经2019年3月20日市人民政府第35次常务会议审议通过，现予公布，自2019年5月1日起施行。"),
    ("frame", "市长 杨智"),
    ("date", "2019年4月1日"),
    ("title", "荆州市城市绿化管理办法"),
    ("body", "第一条 为了促进城市绿化事业的发展，改善城市生态环境，根据国务院《城市绿化条例》等法规，结合本市实际，制定本办法。"),
    ("body", "第二条（适用范围）"),
    ("blank", ""),
    ("body", "本办法适用于本市城市规划区内城市绿化的规划、建设、保护和管理活动，法律法规另有规定的从其规定。"),
    ("body", "第三条 市园林绿化主管部门负责本办法的组织实施，发展改革、财政、自然资源和规划等部门按照职责做好相关工作。"),
    ("body", "第四条（解释部门）"),
    ("blank", ""),
    ("body", "本办法由市园林绿化主管部门负责解释。"),
    ("body", "第五条 本办法自2019年5月1日起施行。"),
    ("body", "附件"),
    ("title", "城市绿地认养申请表"),
    ("cell", "申请单位"),
    ("cell", "联系人"),
    ("cell", "联系电话"),
    ("cell", "认养地点"),
]

CHAIN = [
    ("title", "荆州市人民政府办公室关于转发省人民政府办公厅关于推进价格机制改革实施意见的通知"),
    ("frame", "（2019年4月12日 荆政办发〔2019〕7号）"),
    ("frame", "各县、市、区人民政府，市政府各部门："),
    ("body", "现将《省人民政府办公厅关于推进价格机制改革实施意见的通知》转发给你们，请结合实际，认真贯彻执行。"),
    ("title", "湖北省人民政府办公厅关于推进价格机制改革实施意见的通知"),
    ("frame", "鄂政办发〔2019〕21号"),
    ("frame", "各市、州、县人民政府，省政府各部门："),
    ("body", "省发展改革委《关于推进价格机制改革的实施意见》已经省人民政府同意，现转发给你们，请认真贯彻执行。"),
    ("sign", "湖北省人民政府办公厅"),
    ("date", "2019年3月28日"),
    ("title", "关于推进价格机制改革的实施意见"),
    ("body", "为深化价格机制改革，充分发挥市场在资源配置中的决定性作用，现提出如下意见。"),
    ("body", "一、总体要求。坚持市场决定、放管结合、改革创新、稳慎推进，到2020年基本放开竞争性领域和环节价格管制。"),
    ("body", "二、重点任务。完善农业、能源、环境、交通运输、医疗服务和公用事业等重点领域价格形成机制。"),
    ("body", "三、保障措施。加强组织领导，强化价格监管，做好舆论引导，确保各项改革措施落到实处。"),
    ("sign", "湖北省发展和改革委员会"),
    ("date", "2019年3月15日"),
]

RULES_TWICE = [
    ("title", "荆州市政府投资项目审计监督制度"),
    ("title", "荆州市政府投资项目审计监督制度"),
    ("body", "第一条 为加强政府投资项目审计监督，提高政府投资效益，根据《中华人民共和国审计法》等规定，制定本制度。"),
    ("body", "第二条 本制度所称政府投资项目，是指使用财政资金以及其他政府性资金投资建设的项目。"),
    ("body", "第三条 审计机关依法对政府投资项目的预算执行情况和决算进行审计监督，出具审计报告。"),
    ("body", "第四条 本制度自印发之日起施行。"),
]

DOCUMENTS = [NOTICE, ORDER, NOTICE_WITHOUT_NUMBER, CHAIN, RULES_TWICE]
EXPECTED = [
    # title, 发文字号, issuers, date, 主送机关, provisions, part titles
    ("武汉市人民政府办公厅关于加强城市道路停车管理工作的通知", "武政办发〔2017〕61号", ["武汉市人民政府办公厅"],
     "2017-06-02", "各区人民政府，市人民政府各部门", 3, []),
    # an order is known by the text it promulgates; its own name is in its number
    ("荆州市城市绿化管理办法", "荆州市人民政府令第12号", ["荆州市人民政府"], "2019-04-01", None, 5,
     ["荆州市城市绿化管理办法", "城市绿地认养申请表"]),
    ("关于2017年第一季度全市环境空气质量状况的通告", None, ["武汉市环境保护局", "武汉市气象局"],
     "2017-04-10", None, 2, []),
    ("荆州市人民政府办公室关于转发省人民政府办公厅关于推进价格机制改革实施意见的通知", "荆政办发〔2019〕7号",
     ["荆州市人民政府办公室"], "2019-04-12", "各县、市、区人民政府，市政府各部门", 3,
     ["湖北省人民政府办公厅关于推进价格机制改革实施意见的通知", "关于推进价格机制改革的实施意见"]),
    ("荆州市政府投资项目审计监督制度", None, [], None, None, 4, []),
]


def lay_out(documents, wrap: int | None, blank: bool = False) -> list[str]:
    """The documents as an extractor gives them: one line per paragraph, or
    every paragraph hard-wrapped at ``wrap`` columns (titles too)."""
    lines: list[str] = []
    for document in documents:
        for role, text in document:
            if role == "blank":
                lines.append("")
            else:
                lines.extend(cut(text, wrap) if wrap and role in ("title", "body") else [text])
            if blank:
                lines.append("")
    return lines


def printed_issue(documents, wrap: int) -> str:
    """A printed issue: masthead, 目录 with page numbers, body wrapped, a
    running header and page number every 30 lines."""
    front = ["荆州市人民政府公报", "2019年第4期（总第88期）", "荆州市人民政府办公室主办", "2019年4月30日", "目  录"]
    front += [f"{doc[0][1]}……{n * 3 + 1}" for n, doc in enumerate(documents)]
    body = lay_out(documents, wrap)
    paged: list[str] = []
    for n, line in enumerate(body):
        if n and n % 30 == 0:
            paged += [f"— {n // 30} —", "荆州市人民政府公报 2019．4"]
        paged.append(line)
    return "\n".join(front + paged)


def check(gazette, expected) -> None:
    got = [(d.title, d.doc_number, d.issuers, d.date, d.addressees, len(d.provisions),
            [p.title for p in d.parts[1:]]) for d in gazette.documents]
    assert got == expected


@pytest.mark.parametrize("blank", [False, True], ids=["tight", "blank"])
@pytest.mark.parametrize("wrap", [None, 16, 18, 20, 21, 22, 24, 26, 28, 30])
def test_documents_run_together_without_masthead_or_toc(wrap, blank):
    text = "\n".join(lay_out(DOCUMENTS, wrap, blank))
    gazette = convert(text.encode("utf-8"), "x/run.txt", "run")
    check(gazette, EXPECTED)
    assert gazette.front_matter == []  # the first document is a document, not a cover


@pytest.mark.parametrize("wrap", [18, 21, 24, 30])
def test_documents_of_a_printed_issue_agree_with_its_toc(wrap):
    gazette = convert(printed_issue(DOCUMENTS, wrap).encode("utf-8"), "x/issue.txt", "issue")
    check(gazette, EXPECTED)
    assert gazette.name == "荆州市人民政府公报" and gazette.issue == "2019年第4期"
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


@pytest.mark.parametrize("n", range(len(DOCUMENTS)))
def test_a_single_document_file_is_titled(n):
    text = "\n".join(lay_out([DOCUMENTS[n]], 26, blank=True))
    gazette = convert(text.encode("utf-8"), f"x/{n}.txt", f"doc-{n}")
    check(gazette, [EXPECTED[n]])


def test_each_layer_of_a_forwarding_chain_keeps_its_frame():
    gazette = convert("\n".join(lay_out([CHAIN], 24)).encode("utf-8"), "x/chain.txt", "chain")
    doc, = gazette.documents
    forwarded, opinion = doc.parts[1:]
    assert (forwarded.doc_number, forwarded.issuers, forwarded.date) == \
        ("鄂政办发〔2019〕21号", ["湖北省人民政府办公厅"], "2019-03-28")
    assert (opinion.doc_number, opinion.issuers, opinion.date) == (None, ["湖北省发展和改革委员会"], "2019-03-15")


# A signed 转发 of a signed 转发: the city's notice names the province's office by its level ('转发省人民政府办公厅…'),
# as a body of the province calls its organs; the forwarded notice prints that office's full name.
SIGNED_CHAIN = [
    ("title", "青山市人民政府办公室转发省人民政府办公厅关于转发省发展改革委关于加快发展现代物流业的意见的通知"),
    ("frame", "青政办发〔2021〕12号"),
    ("frame", "各区人民政府，市政府各部门："),
    ("body", "现将《山东省人民政府办公厅关于转发省发展改革委关于加快发展现代物流业的意见的通知》（鲁政办发〔2021〕5号）"
             "转发给你们，请结合实际，认真贯彻执行。"),
    ("sign", "青山市人民政府办公室"),
    ("date", "2021年4月2日"),
    ("title", "山东省人民政府办公厅关于转发省发展改革委关于加快发展现代物流业的意见的通知"),
    ("frame", "鲁政办发〔2021〕5号"),
    ("frame", "各市人民政府，省政府各部门、各直属机构："),
    ("body", "省发展改革委《关于加快发展现代物流业的意见》已经省政府同意，现转发给你们，请认真贯彻执行。"),
    ("sign", "山东省人民政府办公厅"),
    ("date", "2021年3月10日"),
    ("title", "关于加快发展现代物流业的意见"),
    ("body", "为加快发展现代物流业，推动物流业降本增效，提出如下意见。"),
    ("body", "一、总体要求。坚持市场主导、政府引导，到2025年基本建成现代物流体系。"),
    ("body", "二、保障措施。各地要加强组织领导，确保各项措施落到实处。"),
]


@pytest.mark.parametrize("columns", [None, 24])
def test_a_forwarding_title_names_a_higher_organ_by_its_level(columns):
    """'转发省人民政府办公厅关于…' names 山东省人民政府办公厅: the notice of that
    office signed and dated under the city's is the chain's layer, with its
    own 文号, signer and date, not a document of its own."""
    doc, = convert("\n".join(lay_out([SIGNED_CHAIN], columns)).encode("utf-8"), "x/chain.txt", "chain").documents
    forwarded, opinion = doc.parts[1:]
    assert (doc.doc_number, doc.issuers) == ("青政办发〔2021〕12号", ["青山市人民政府办公室"])
    assert (forwarded.title, forwarded.doc_number, forwarded.issuers, forwarded.date) == \
        (SIGNED_CHAIN[6][1], "鲁政办发〔2021〕5号", ["山东省人民政府办公厅"], "2021-03-10")
    assert opinion.title == "关于加快发展现代物流业的意见"


@pytest.mark.parametrize("columns", [None, 24])
def test_a_forwarding_title_names_a_higher_organ_by_its_short_name(columns):
    """'转发省发展改革委关于印发…' names 山东省发展和改革委员会 by its short name
    (发展改革委 for 发展和改革委员会): that commission's notice is the layer."""
    chain = [("title", "青山市发展和改革委员会转发省发展改革委关于印发山东省现代物流业发展规划的通知"),
             ("frame", "青发改〔2021〕12号"), ("frame", "各区发展改革局："),
             ("body", "现将《山东省发展和改革委员会关于印发山东省现代物流业发展规划的通知》转发给你们，请认真贯彻执行。"),
             ("sign", "青山市发展和改革委员会"), ("date", "2021年4月2日"),
             ("title", "山东省发展和改革委员会关于印发山东省现代物流业发展规划的通知"), ("frame", "鲁发改〔2021〕5号"),
             ("frame", "各市发展改革委："), ("body", "现将《山东省现代物流业发展规划》印发给你们，请认真贯彻执行。"),
             ("sign", "山东省发展和改革委员会"), ("date", "2021年3月10日"), ("title", "山东省现代物流业发展规划"),
             ("body", "为加快发展现代物流业，推动物流业降本增效，制定本规划。"),
             ("body", "一、总体要求。坚持市场主导、政府引导，到2025年基本建成现代物流体系。")]
    doc, = convert("\n".join(lay_out([chain], columns)).encode("utf-8"), "x/chain.txt", "chain").documents
    assert [(part.doc_number, part.issuers) for part in doc.parts[1:]] == [
        ("鲁发改〔2021〕5号", ["山东省发展和改革委员会"]), (None, [])]


@pytest.mark.parametrize("columns", [None, 24])
def test_another_citys_forwarding_of_the_same_text_is_a_document(columns):
    """Control: a city's office at the level the 转发 names not ('…市人民政府办公室关于转发…', the title above
    forwarding the province's office) is another document, though it forwards the same opinion."""
    other = [("title", "红河市人民政府办公室关于转发省发展改革委关于加快发展现代物流业的意见的通知"),
             ("frame", "红政办发〔2021〕7号"), ("frame", "各县人民政府，市政府各部门："),
             ("body", "现将省发展改革委《关于加快发展现代物流业的意见》转发给你们，请认真贯彻执行。"),
             ("sign", "红河市人民政府办公室"), ("date", "2021年4月9日")]
    gazette = convert("\n".join(lay_out([SIGNED_CHAIN[:6], other], columns)).encode("utf-8"), "x/two.txt", "two")
    assert [d.doc_number for d in gazette.documents] == ["青政办发〔2021〕12号", "红政办发〔2021〕7号"]


def test_an_article_whose_heading_is_followed_by_a_blank_line_keeps_its_text():
    from builder.export import document_data
    gazette = convert("\n".join(lay_out([ORDER], None)).encode("utf-8"), "x/order.txt", "order")
    data = document_data(gazette.documents[0], gazette)
    texts = {p["label"]: p["text"] for p in data["provisions"]}
    assert texts["第二条"].startswith("本办法适用于本市城市规划区内")
    assert texts["第四条"] == "本办法由市园林绿化主管部门负责解释。"


def test_a_form_printed_one_cell_per_line_stays_a_list_and_is_reported():
    gazette = convert("\n".join(lay_out([ORDER], 24)).encode("utf-8"), "x/order.txt", "order")
    form = gazette.documents[0].parts[-1]
    assert [b.text for b in form.blocks if isinstance(b, Paragraph)] == ["申请单位", "联系人", "联系电话", "认养地点"]
    assert not [b for b in form.blocks if isinstance(b, Provision)]
    assert [d.code for d in gazette.diagnostics if d.code == "table-unrebuilt"] == ["table-unrebuilt"]


@pytest.mark.parametrize("signature, issuers", [
    ("荆州市发展和改革委员会荆州市财政局", ["荆州市发展和改革委员会", "荆州市财政局"]),
    ("中共荆州市委荆州市人民政府", ["中共荆州市委", "荆州市人民政府"]),
    ("中共荆州市委组织部", ["中共荆州市委组织部"]),
    ("荆州市人民政府办公室", ["荆州市人民政府办公室"]),
    ("国家发展改革委 财政部", ["国家发展改革委", "财政部"]),
    ("国务院办公厅中央军委办公厅", ["国务院办公厅", "中央军委办公厅"]),
    ("财政部国家税务总局", ["财政部", "国家税务总局"]),
    ("国家税务总局荆州市税务局荆州市财政局", ["国家税务总局荆州市税务局", "荆州市财政局"]),
])
def test_joint_issuers_are_split_by_organ_name_endings(signature, issuers):
    from builder.stages.metadata import split_orgs
    assert split_orgs(signature) == issuers


def test_a_forwarding_title_names_no_issuer_of_its_own():
    from builder.stages.metadata import issuers
    assert issuers("转发市发展改革委关于推进价格机制改革实施意见的通知", [], None, "通知") == []
    assert issuers("市人民政府办公室转发市发展改革委关于推进价格机制改革实施意见的通知", [],
                   "荆州市人民政府公报", "通知") == ["荆州市人民政府办公室"]


def test_a_signature_on_several_lines_gives_every_issuer():
    lines = lay_out([NOTICE_WITHOUT_NUMBER], None)
    lines[lines.index("武汉市环境保护局武汉市气象局")] = "武汉市环境保护局\n武汉市气象局"
    gazette = convert("\n".join(lines).encode("utf-8"), "x/n.txt", "n")
    assert gazette.documents[0].issuers == ["武汉市环境保护局", "武汉市气象局"]


def test_toc_and_grammar_disagreeing_is_reported():
    """A document the 目录 leaves out still starts where its grammar says; the report names it."""
    text = printed_issue(DOCUMENTS, 24)
    text = re.sub(r"关于2017年第一季度全市环境空气质量状况的通告……\d+\n", "", text)
    gazette = convert(text.encode("utf-8"), "x/issue.txt", "issue")
    check(gazette, EXPECTED)
    missing = [d for d in gazette.diagnostics if d.code == "toc-missing"]
    assert [d.message for d in missing] == ["正文中的“关于2017年第一季度全市环境空气质量状况的通告”没有列入目录"]


def test_a_toc_entry_for_a_text_the_grammar_reads_as_a_part_is_reported():
    """The 目录 lists the 办法 a 政府令 publishes: the 目录 wins, the report says the two disagree."""
    text = printed_issue(DOCUMENTS, 24).replace("荆州市人民政府令……4\n", "荆州市人民政府令……4\n荆州市城市绿化管理办法……5\n")
    gazette = convert(text.encode("utf-8"), "x/issue.txt", "issue")
    assert [d.title for d in gazette.documents][1:3] == ["荆州市人民政府令", "荆州市城市绿化管理办法"]
    assert [d.message for d in gazette.diagnostics if d.code == "toc-grammar"] == [
        "目录在此处开始一件文件，但正文没有新文件的格式（文号、主送等）：荆州市城市绿化管理办法"]


def test_a_single_document_titled_without_a_kind_word_is_titled_by_its_frame():
    """No 文种 at the end of the title, but its 发文字号 and 主送机关 under it."""
    lines = ["荆州市城市管理领域轻微违法行为", "免罚清单（第一批）", "荆城管发〔2020〕3号", "各县市区城管执法局："] + \
        lay_out([NOTICE[3:]], 24)
    gazette = convert("\n".join(lines).encode("utf-8"), "seeds/荆州市人民政府公报2020年第3期.txt",
                      "荆州市人民政府公报2020年第3期")
    doc, = gazette.documents
    assert (doc.title, doc.doc_number, doc.addressees, len(doc.provisions)) == \
        ("荆州市城市管理领域轻微违法行为免罚清单（第一批）", "荆城管发〔2020〕3号", "各县市区城管执法局", 3)
    assert (gazette.name, gazette.issue, gazette.id) == ("荆州市人民政府公报", "2020年第3期", "jingzhou-2020-3")
    assert not [d for d in gazette.diagnostics if d.code == "no-document"]


def test_documents_published_alone_are_listed_by_year_and_name_no_file():
    """Many offices publish each document as a file of its own: such a file
    (no masthead, no gazette in its name) is no issue of a gazette. Its
    document is listed under its year, its page cites no issue, and the file's
    name (the editor's, not the reader's) appears on no page."""
    from builder import output
    from builder.site import Collection
    alone = convert("\n".join(lay_out([NOTICE], 24)).encode("utf-8"), "seeds/whtc-61.txt", "whtc-61")
    issue = convert("\n".join(lay_out([NOTICE_WITHOUT_NUMBER], 24)).encode("utf-8"),
                    "seeds/荆州市人民政府公报2020年第3期.txt", "荆州市人民政府公报2020年第3期")
    assert (alone.is_issue, issue.is_issue) == (False, True)
    collection = Collection([issue, alone], sources={issue.id: "a", alone.id: "b"})
    files = output.pages(collection)
    doc, = alone.documents
    assert f"gazettes/{alone.id}/index.md" not in files and f"gazettes/{issue.id}/index.md" in files
    assert f"](../../{output.document_path(doc)})" in files["documents/2017/index.md"]
    home = output.home_listing(collection)
    assert "共 1 期公报、2 件文件" in home and "- [2017](documents/2017/index.md) · 1 件文件" in home
    assert output.nav(collection)[2] == {"文件": [{"2017": ["documents/2017/index.md", output.document_path(doc)]}]}
    shown = {path: text.split("---\n", 2)[-1] for path, text in files.items() if path.endswith(".md")}
    assert not [path for path, text in shown.items() if "whtc" in text]  # front matter and data keep it


def test_the_lines_above_a_document_published_alone_are_on_its_page():
    """Nothing printed is lost: a file that is no issue has no issue page to
    show what stands above its first title (a web page's heading, the page's
    own title over the printed one), so its first document's page shows it."""
    from builder import output
    from builder.site import Collection
    head = ["索引号：000014349/2017-00123 发布机构：武汉市人民政府办公厅"]
    alone = convert("\n".join(head + lay_out([NOTICE], 24)).encode("utf-8"), "seeds/whtc-62.txt", "whtc-62")
    front, = alone.front_matter
    assert not alone.is_issue and front.text.startswith("索引号：000014349/2017-00123")
    doc, = alone.documents
    page = output.pages(Collection([alone], sources={alone.id: "a"}))[output.document_path(doc)]
    assert front.text in page


IMPRINT = ["主管：武汉市人民政府", "主办：武汉市人民政府办公厅", "编辑出版：《武汉市人民政府公报》编辑部",
           "地址：武汉市江岸区沿江大道188号", "邮编：430014", "电话：027-82701234", "准印证号：鄂内资准字第123号",
           "内部资料 免费赠阅"]


@pytest.mark.parametrize("wrap", [None, 24])
@pytest.mark.parametrize("issue", [True, False])
def test_the_imprint_on_the_back_page_is_the_gazettes_not_the_last_documents(issue, wrap):
    """A gazette prints its imprint (主管, 主办, 编辑出版, 地址, 准印证号…)
    on its back page, after the last document: no paragraph of that
    document's, but the gazette's own page, shown with its cover on the issue
    page (or, in a file that is no issue, on the last document's page), and
    its 主办 is the gazette's host."""
    from builder import output
    from builder.site import Collection
    head = ["武汉市人民政府公报", "2017年第12期"] if issue else []
    gazette = convert("\n".join(head + lay_out([NOTICE], wrap) + IMPRINT).encode("utf-8"), "seeds/wh.txt", "wh")
    doc, = gazette.documents
    assert [p.text for p in gazette.back_matter] == IMPRINT
    assert not any("准印证号" in getattr(block, "text", "") for part in doc.parts for block in part.blocks)
    assert gazette.host == "武汉市人民政府办公厅"
    pages = output.pages(Collection([gazette], sources={gazette.id: "a"}))
    page = "".join(pages.values())
    assert all(line in page for line in IMPRINT)


def test_a_documents_closing_address_and_telephone_stay_its_own():
    """Control: a 公告 may close with where to ask (地址, 电话, 邮箱) after its
    date: those are its 附注, not a gazette's imprint, which names what only
    a publication prints (主办, 编辑出版, 准印证号)."""
    notice = lay_out([NOTICE], None) + ["地址：武汉市江岸区沿江大道188号", "电话：027-82701234"]
    gazette = convert("\n".join(notice).encode("utf-8"), "seeds/wh.txt", "wh")
    assert gazette.back_matter == []
    doc, = gazette.documents
    assert "电话：027-82701234" in [getattr(block, "text", "") for part in doc.parts for block in part.blocks]


def test_the_next_documents_mark_and_wrapped_title_are_its_own():
    """'XX市人民政府文件' above a title wrapped over two lines opens the next
    document: the document above ends before it, and the title is whole."""
    lines = lay_out([NOTICE_WITHOUT_NUMBER], None) + ["武汉市人民政府办公厅文件"] + lay_out([NOTICE], 20)
    gazette = convert("\n".join(lines).encode("utf-8"), "x/mark.txt", "mark")
    first, second = gazette.documents
    assert second.title == EXPECTED[0][0] and second.doc_number == "武政办发〔2017〕61号"
    assert "武汉市人民政府办公厅文件" not in "".join(b.text for b in first.parts[-1].blocks)
    assert second.parts[0].blocks[0].text == "武汉市人民政府办公厅文件"  # shown, not lost


@pytest.mark.parametrize("head, number", [
    (["武汉市人民政府公告", "（第 3 号）"], "武汉市人民政府公告第3号"),
    (["武汉市人民政府公告", "2019年第3号"], "武汉市人民政府公告2019年第3号"),
])
def test_a_numbered_announcement_takes_its_serial_as_its_number(head, number):
    lines = head + [NOTICE_WITHOUT_NUMBER[1][1], NOTICE_WITHOUT_NUMBER[2][1], "武汉市人民政府", "2019年5月6日"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/a.txt", "a").documents
    assert (doc.title, doc.doc_number, doc.kind) == ("武汉市人民政府公告", number, "公告")


def test_a_rule_reprinted_without_its_order_keeps_the_orders_number_from_its_note():
    lines = ["荆州市城市绿化管理办法",
             "（2019年3月20日市人民政府第35次常务会议审议通过 2019年4月1日荆州市人民政府令第12号公布 自2019年5月1日起施行）"] \
        + lay_out([ORDER[6:11]], None)
    doc, = convert("\n".join(lines).encode("utf-8"), "x/r.txt", "r").documents
    assert (doc.title, doc.doc_number, len(doc.provisions)) == ("荆州市城市绿化管理办法", "荆州市人民政府令第12号", 3)


def test_an_annex_titled_on_its_markers_line_stays_a_part():
    """Its mark is the part's label, as for a mark printed alone over the title."""
    lines = lay_out([NOTICE], None) + ["附件2：关于城市道路停车泊位设置情况的报告", "全市共设置停车泊位1200个。"]
    gazette = convert("\n".join(lines).encode("utf-8"), "x/a.txt", "a")
    assert [d.title for d in gazette.documents] == [EXPECTED[0][0]]
    assert [(p.label, p.title) for p in gazette.documents[0].parts[1:]] == [("附件2", "关于城市道路停车泊位设置情况的报告")]


def test_a_list_of_titles_on_the_cover_opens_no_document():
    """A cover's 本期要目 (titles without page numbers) lists documents; it is none of them."""
    cover = ["本期要目", EXPECTED[0][0], EXPECTED[2][0], EXPECTED[4][0]]
    text = "\n".join(cover + lay_out(DOCUMENTS, 24))
    check(convert(text.encode("utf-8"), "x/cover.txt", "cover"), EXPECTED)


def test_a_request_cited_at_a_replys_opening_is_no_title():
    """A 批复 opens '关于…的请示（〔1996〕武司字第82号）收悉': wrapped after 请示,
    the cited title stands alone on a line and is still the reply's sentence."""
    reply = ["国务院关于同意武警总部后勤部机关等迁址新建的批复", "国函〔1996〕95号", "武警总部：",
             "关于武警总部后勤部机关及部分直属单位迁址新建的请示", "（〔1996〕武司字第82号）收悉，现批复如下：",
             "同意武警总部后勤部机关及部分直属单位迁址新建。", "国务院", "一九九六年十一月五日"]
    gazette = convert("\n".join(lay_out([NOTICE], None) + reply).encode("utf-8"), "x/r.txt", "r")
    assert [(d.title, d.date) for d in gazette.documents] == [
        (EXPECTED[0][0], "2017-06-02"), ("国务院关于同意武警总部后勤部机关等迁址新建的批复", "1996-11-05")]


def test_a_toc_heading_without_entries_stays_on_the_page():
    """Only a 目录 with entries is the gazette's own page furniture; a bare heading is text."""
    gazette = convert("目  录\n目  录\n关于加强管理的通知".encode("utf-8"), "x/t.txt", "t")
    assert "".join(p.text for p in gazette.front_matter) == "目录目录"


NOTICE_NUMBERED_ON_ITS_TITLE = [
    ("title", "方城县人民政府拟征收土地启动公告(方征启公告﹝2022﹞4号)"),
    ("body", "为实施土地利用总体规划，根据《中华人民共和国土地管理法》等法律法规的规定，现发布拟征收土地启动公告："),
    ("body", "一、拟征收土地位于博望镇毛庄村。"),
    ("body", "二、拟征收土地用于公共利益建设。"),
    ("sign", "方城县人民政府"),
    ("date", "2022年1月29日"),
]


@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_a_doc_number_in_brackets_on_the_title_line_is_read(wrap):
    """GB/T 9704 prints the 发文字号 under the title; printed in brackets at the
    end of the title line (small-form brackets ﹝﹞ too), it is still the
    document's number and not part of its title, and the notice it follows
    ends there."""
    text = "\n".join(lay_out([NOTICE, NOTICE_NUMBERED_ON_ITS_TITLE], wrap))
    docs = convert(text.encode("utf-8"), "x/run.txt", "run").documents
    assert [(d.title, d.doc_number) for d in docs] == [
        (EXPECTED[0][0], EXPECTED[0][1]), ("方城县人民政府拟征收土地启动公告", "方征启公告〔2022〕4号")]
    assert len(docs[1].provisions) == 2


def test_a_sentence_citing_a_notice_and_its_number_stays_whole():
    body = "各乡镇要认真落实县人民政府办公室关于做好春季森林防火工作的通知(方政办〔2022〕3号)"
    lines = lay_out([NOTICE], None)
    lines[4:4] = ["各乡镇要加强组织领导，", body, "的各项要求。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/n.txt", "n").documents
    assert len(doc) == 1 and doc[0].doc_number == EXPECTED[0][1]


def test_a_doc_number_with_di_before_its_serial_is_read():
    """'巩政征预告字〔2023〕第5号': 第 before the serial, as some issuers print it."""
    lines = ["巩义市人民政府关于拟征收竹林镇集体土地的预公告", "巩政征预告字〔2023〕第5号", "竹林镇人民政府：",
             "为实施年度土地利用计划，巩义市人民政府拟征收竹林镇集体土地，现将有关事项公告如下：",
             "一、拟征收土地位于竹林镇。", "二、拟征收土地用于教育用地。", "巩义市人民政府", "2023年3月1日"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/g.txt", "g").documents[0]
    assert (doc.doc_number, doc.addressees, doc.issuers) == ("巩政征预告字〔2023〕第5号", "竹林镇人民政府", ["巩义市人民政府"])


def regulation(title: str, note: list[str], articles: int) -> list[tuple[str, str]]:
    subjects = ["城市绿化", "城市供水", "城市排水", "城市照明", "城市道路", "城市停车"]
    return [("title", title)] + [("frame", line) for line in note] + [
        ("body", f"第{'一二三四五六'[n]}条 本市{subjects[n]}的规划、建设、保护和管理活动，适用本{title[-2:]}。")
        for n in range(articles)]


@pytest.mark.parametrize("bracketed", [True, False])
@pytest.mark.parametrize("wrap", [None, 18])
def test_a_regulation_with_its_adoption_note_after_another_one_is_a_document(wrap, bracketed):
    """A 法规 reprinted without 文号 or signature carries the 题注 of its
    adoption under its title; after the last article of the regulation above,
    that title and note open a new document."""
    notes = ["2019年3月26日荆州市第五届人民代表大会常务委员会第十五次会议通过",
             "2019年5月30日湖北省第十三届人民代表大会常务委员会第九次会议批准"]
    if bracketed:
        notes = [f"（{line}）" for line in notes]
    documents = [regulation("荆州市城市绿化条例", notes, 4), regulation("荆州市城市供水管理办法", notes, 3)]
    docs = convert("\n".join(lay_out(documents, wrap)).encode("utf-8"), "x/r.txt", "r").documents
    assert [(d.title, len(d.provisions)) for d in docs] == [("荆州市城市绿化条例", 4), ("荆州市城市供水管理办法", 3)]


@pytest.mark.parametrize("blank", [False, True])
def test_joint_issuers_printed_two_a_line_joined_by_a_stop_are_all_issuers(blank):
    """A joint signature (GB/T 9704 7.3.5.2: 联合行文 signs every issuer) set
    two names a line, joined by 、, over several lines right above the date."""
    notice = NOTICE_WITHOUT_NUMBER[:-2] + [("sign", "封开县“双创”办、封开县城市管理局"),
                                           ("sign", "封开县水务局、封开县林业局"),
                                           ("sign", "封开县国土局、江口镇人民政府"), ("date", "2018年10月23日")]
    doc = convert("\n".join(lay_out([notice], None, blank)).encode("utf-8"), "x/n.txt", "n").documents[0]
    assert doc.issuers == ["封开县“双创”办", "封开县城市管理局", "封开县水务局", "封开县林业局",
                           "封开县国土局", "江口镇人民政府"]
    assert doc.date == "2018-10-23"


@pytest.mark.parametrize("blank", [False, True])
def test_an_article_cited_at_the_head_of_a_wrapped_line_is_no_new_article(blank):
    """第X条 at the head of a line is a new article only after a finished
    sentence; after an unfinished one it is a citation the wrap put there:
    followed by 规定/所称/的…, or numbered out of the articles' sequence."""
    rules = [("title", "荆州市城市绿化条例"),
             ("body", "第一条 为了促进城市绿化事业的发展，根据《城市绿化条例》"),
             ("body", "第十七条规定，结合本市实际，制定本条例。"),
             ("body", "第二条 违反本条例第十三条、第十九条和"),
             ("body", "第二十二条有关规定的，由主管部门责令改正。"),
             ("body", "第三条 本条例第二条所称主管部门，是指市园林绿化主管部门，其职责依照"),
             ("body", "第四条规定执行。"),
             ("body", "第四条 本条例自2019年5月1日起施行。")]
    doc = convert("\n".join(lay_out([rules], None, blank)).encode("utf-8"), "x/r.txt", "r").documents[0]
    articles = [p for p in doc.provisions if p.kind == "tiao"]
    assert [p.label for p in articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert "《城市绿化条例》第十七条规定，结合本市实际" in articles[0].text
    assert "第十九条和第二十二条有关规定的" in articles[1].text


LONG_TITLE = "荆州市人民政府办公室关于进一步加强全市城乡规划区内既有建筑外立面、户外广告设施和城市夜景照明设施安全管理工作的通知"
LONG_TITLED = [("title", LONG_TITLE)] + NOTICE[1:3] + [
    ("body", "为切实加强城市既有建筑外立面、户外广告设施和夜景照明设施安全管理，经市人民政府同意，现就有关事项通知如下："),
    ("body", "一、落实安全管理责任。设施的所有权人或者管理人是安全管理责任人，应当定期开展检查维护。"),
    ("body", "二、开展隐患排查整治。各区要组织对辖区内设施开展全面排查，建立台账，限期整改。"),
    ("sign", "荆州市人民政府办公室"),
    ("date", "2017年7月2日"),
]


@pytest.mark.parametrize("wrap", [8, 9])
def test_a_long_title_wrapped_over_many_lines_is_read_whole(wrap):
    """A title block spans as many lines as its title needs at the print's
    width (a 60-character title is seven lines of 18 display columns) when
    each line is a title's and the block ends in its kind word."""
    lines = lay_out([NOTICE, LONG_TITLED], wrap)
    assert len(cut(LONG_TITLE, wrap)) > 6
    docs = convert("\n".join(lines).encode("utf-8"), "x/long.txt", "long").documents
    assert [d.title for d in docs] == [EXPECTED[0][0], LONG_TITLE]
    assert docs[1].doc_number == EXPECTED[0][1] and len(docs[1].provisions) == 2


def test_a_title_wrapped_inside_a_bracket_keeps_the_rest_of_it():
    """A wrap inside a bracketed code ("…单元(SJSSJY0" / "3)") leaves a line
    that looks like a label "3)": inside the open bracket it is the title's."""
    lines = lay_out([NOTICE], 18) + ["上海市松江区人民政府关于", "同意《佘山镇郊野单元村庄规划北干山", "乡村单元(SJSSJY0", "3)",
                                     "规划专项编制(2022-2035)》的批复", "佘山镇：",
                                     "你镇的请示收悉。经研究，原则同意上报规划内容。", "上海市松江区人民政府", "2023年3月22日"]
    docs = convert("\n".join(lines).encode("utf-8"), "x/b.txt", "b").documents
    assert [d.title for d in docs][1:] == ["上海市松江区人民政府关于同意《佘山镇郊野单元村庄规划北干山乡村单元(SJSSJY03)"
                                           "规划专项编制(2022-2035)》的批复"]
    assert (docs[1].addressees, docs[1].issuers, docs[1].date) == ("佘山镇", ["上海市松江区人民政府"], "2023-03-22")


@pytest.mark.parametrize("wrap", [None, 18])
def test_the_subject_words_line_of_the_old_record_belongs_to_the_document_above(wrap):
    """GB/T 9704-1999 ends a document with its 版记: 主题词, 抄送, 印发. A
    主题词 line ending in a kind word (决定) is no title: it stays with the
    document above, and the document after it opens there."""
    decision = [("title", "关于对2010年度农村公路通达杯竞赛活动进行表彰的决定"),
                ("body", "为表彰先进，经研究，决定对在竞赛活动中成绩突出的单位予以表彰。"),
                ("date", "二○一一年二月二十三日"),
                ("frame", "主题词：农村公路 通达杯 表彰 决定")]
    docs = convert("\n".join(lay_out([decision, NOTICE], wrap)).encode("utf-8"), "x/d.txt", "d").documents
    assert [d.title for d in docs] == ["关于对2010年度农村公路通达杯竞赛活动进行表彰的决定", EXPECTED[0][0]]
    assert docs[0].date == "2011-02-23"
    assert any(p.text.startswith("主题词") for p in docs[0].parts[0].blocks if isinstance(p, Paragraph))


def test_chapter_section_and_article_lines_in_a_row_are_no_list_in_columns():
    """'第四章 鉴定程序' / '第一节 鉴定的决定与受理' / '第二十六条 鉴定可由…':
    a label, a space, its text, three lines in a row, are provisions, not
    the rows of a two-column list."""
    rules = [("title", "重庆市司法鉴定条例"),
             ("body", "第一章 总则"),
             ("body", "第一条 为规范司法鉴定活动，维护司法公正，制定本条例。"),
             ("body", "第二章 鉴定程序"),
             ("body", "第一节 鉴定的决定与受理"),
             ("body", "第二条 鉴定可由司法机关依职权决定"),
             ("body", "进行，也可由诉讼当事人申请，司法机关决定。"),
             ("body", "第三条 本条例自2008年1月1日起施行。")]
    doc = convert("\n".join(lay_out([rules], None, True)).encode("utf-8"), "x/r.txt", "r").documents[0]
    assert [p.label for p in doc.provisions] == ["第一章", "第一条", "第二章", "第一节", "第二条", "第三条"]


def test_a_chapter_and_article_under_a_wrapped_note_are_no_aligned_table():
    """A 题注 wrapped at a narrow measure ('第76号发布　2018年…'), then
    '第一章　总　　则' and '第一条　为了…' with GB/T 9704's spaces: a label,
    a gap, its text are provisions, never the rows of space-aligned columns."""
    lines = ["滨江区城市绿化条例", "（2015年3月4日滨江区人民政府令", "第16号发布　2019年9月6日区人民政府第3次",
             "常务会议修订通过）", "第一章　总　　则", "第一条　为了促进城市绿化事业的发展，改善",
             "生态环境，制定本条例。", "第二条　本条例适用于本区城市规划区。", "第二章　附　　则",
             "第三条　本条例自2020年1月1日起施行。"]
    doc = convert("\n".join(lines).encode("utf-8"), "x/n.txt", "n").documents[0]
    assert [p.label for p in doc.provisions] == ["第一章", "第一条", "第二条", "第二章", "第三条"]
    assert not [b for part in doc.parts for b in part.blocks if isinstance(b, Table)]


def test_an_unsigned_announcement_is_issued_by_the_organ_its_title_names():
    """标题 = 发文机关 + 事由 + 文种, 关于 left out: an unsigned 公告 is issued
    by the organ that opens its title; a regulation's place name is no issuer."""
    notice = [line for line in NOTICE_NUMBERED_ON_ITS_TITLE if line[0] != "sign"]
    rules = regulation("荆州市社会团体登记管理办法", ["2019年3月26日荆州市第五届人民代表大会常务委员会第十五次会议通过"], 2)
    docs = convert("\n".join(lay_out([notice, rules], None)).encode("utf-8"), "x/a.txt", "a").documents
    assert [(d.title, d.issuers) for d in docs] == [("方城县人民政府拟征收土地启动公告", ["方城县人民政府"]),
                                                   ("荆州市社会团体登记管理办法", [])]


MOTION = [
    ("frame", "长绿府议[2019]1号"),
    ("title", "关于提请审议调整区划增设安庆、富民街道办事处的议案"),
    ("frame", "区政协常委会："),
    ("body", "经区委常委会议研究同意，拟调整东风、锦程两个街道办事处区划，增设安庆、富民两个街道办事处。现提请区政协常委会审议。"),
    ("sign", "绿园区人民政府"),
    ("date", "二〇一九年一月八日"),
]


@pytest.mark.parametrize("number", ["长绿府议[2019]1号", "（长绿府议〔2019〕1号）"])
@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_a_doc_number_printed_above_the_title_is_the_next_documents(wrap, number):
    """GB/T 9704's 版头 puts the 发文字号 above the title: it opens the
    document under it, and the document above does not keep it."""
    lines = lay_out([NOTICE_WITHOUT_NUMBER, [("frame", number)] + MOTION[1:]], wrap)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/m.txt", "m").documents
    assert (second.title, second.doc_number, second.kind, second.addressees) == \
        ("关于提请审议调整区划增设安庆、富民街道办事处的议案", "长绿府议〔2019〕1号", "议案", "区政协常委会")
    assert "长绿府议" not in "".join(b.text for b in first.parts[-1].blocks if hasattr(b, "text"))
    assert second.parts[0].blocks[0].text == number  # shown as printed


def test_a_motion_is_a_kind_of_document():
    """议案 is a 文种 (党政机关公文处理工作条例 lists what a government puts
    to a 人大 standing committee): its title opens a document after the date
    of the one above, with no 发文字号 or 主送 under it."""
    lines = lay_out([NOTICE_WITHOUT_NUMBER, MOTION[1:2] + MOTION[3:]], None)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/m.txt", "m").documents
    assert (second.title, second.kind, second.date) == (MOTION[1][1], "议案", "2019-01-08")


@pytest.mark.parametrize("note", ["公开方式：主动公开", "（此件公开发布）"])
@pytest.mark.parametrize("wrap", [None, 18])
def test_a_title_after_the_note_under_the_date_opens_a_document(note, wrap):
    """The 附注 under the 成文日期 (GB/T 9704 7.3.6) ends a document's
    frame: a title under it starts the next document, 关于 or not."""
    report = [("title", "2017年第一季度全市环境空气质量状况通告")] + NOTICE_WITHOUT_NUMBER[1:]
    lines = lay_out([NOTICE], wrap) + [note] + lay_out([report], wrap)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/n.txt", "n").documents
    assert (first.title, first.date) == (EXPECTED[0][0], "2017-06-02")
    assert (second.title, second.date) == (report[0][1], "2017-04-10")


@pytest.mark.parametrize("wrap", [None, 20])
def test_the_frame_printed_in_traditional_characters_is_read_as_printed(wrap):
    """號 in a 发文字号 and 縣/辦/員會 in an organ's name are the grammar's
    号, 县, 办, 员会 in the other script; the fields keep what is printed."""
    document = [
        ("frame", "習府辦發〔2009〕12號"),
        ("title", "習水縣人民政府辦公室關於表彰2008年度民政工作先進單位的通知"),
        ("frame", "各鄉鎮人民政府，縣政府各部門："),
        ("body", "2008年，全縣民政系統認真貫徹落實科學發展觀，各項民政工作取得了新的成績。經研究，決定對以下單位予以通報表彰。"),
        ("sign", "習水縣人民政府辦公室"),
        ("date", "2009年3月2日"),
    ]
    lines = lay_out([NOTICE_WITHOUT_NUMBER, document], wrap)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/t.txt", "t").documents
    assert (second.doc_number, second.issuers, second.date) == ("習府辦發〔2009〕12號", ["習水縣人民政府辦公室"], "2009-03-02")
    assert second.kind == "通知" and second.title == document[1][1]


def test_a_number_cited_across_a_wrapped_line_is_no_frame_line():
    """A 发文字号 that a sentence's bracket or comma closes is cited, not a
    document's own number line: the paragraph stays whole."""
    body = ["本次征收范围已于2018年5月8日进行预公告（穗番", "国规征预字〔2018〕18号），2019年4月10",
            "日再次进行预公告，现将有关事项公告如下。"]
    lines = [NOTICE_WITHOUT_NUMBER[0][1]] + body + [line for _, line in NOTICE_WITHOUT_NUMBER[2:]]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/c.txt", "c").documents
    texts = [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
    assert "".join(body) in texts


def test_a_number_cited_with_words_after_it_on_a_wrapped_line_is_no_frame_line():
    """GB/T 9704 prints nothing after a document's own 发文字号 (but a 签发人):
    a wrapped line where words follow the number ('…要根据中发〔1994〕8号文件关于“中央')
    cites it, and the paragraph goes on."""
    body = ["承办内地西藏班的有关省人民政府，要根据中", "发〔1994〕8号文件关于“中央关心西藏，",
            "全国支援西藏”的方针，把援藏办学工作做好。"]
    lines = [NOTICE_WITHOUT_NUMBER[0][1]] + body + [line for _, line in NOTICE_WITHOUT_NUMBER[2:]]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/c.txt", "c").documents
    assert doc.doc_number is None
    assert "".join(body) in [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


def test_a_date_in_chinese_numerals_with_its_zero_typed_as_a_digit_is_read():
    """二0一九年一月八日: the 〇 of a 成文日期 typed as the digit 0."""
    lines = [MOTION[1][1], MOTION[2][1], MOTION[3][1], "绿园区人民政府", "二0一九年一月八日"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/d.txt", "d").documents
    assert (doc.date, doc.issuers) == ("2019-01-08", ["绿园区人民政府"])


UNSIGNED_NOTICE = [  # no 文号, no signature: the 成文日期 alone ends its frame
    ("title", "关于开展2021年春季义务植树活动的通告"),
    ("body", "为进一步改善城乡生态环境，经研究，定于3月12日至4月30日在全市范围内开展春季义务植树活动，现将有关事项通告如下。"),
    ("body", "一、各单位要组织干部职工积极参加义务植树，做到栽一棵、活一棵。"),
    ("body", "二、各镇人民政府要落实苗木和地块，确保活动有序开展。"),
    ("body", "特此通告。"),
    ("date", "二○二一年三月一日"),
]

TRADITIONAL_REPORT = [  # a 通報 reprinted in traditional characters, 關於 and all
    ("title", "臺山市人民政府辦公室關於表揚2020年度安全生產工作先進集體的通報"),
    ("frame", "各鎮人民政府，市直各單位："),
    ("body", "2020年，全市各級各部門認真落實安全生產責任制，全市安全生產形勢總體平穩。經研究，決定對以下集體予以通報表揚。"),
    ("body", "希望受到表揚的集體珍惜榮譽，再接再厲，為全市安全生產工作作出新的貢獻。"),
    ("sign", "臺山市人民政府辦公室"),
    ("date", "二○二一年三月十日"),
]

TRADITIONAL_RULES = [  # a 規定 whose articles are numbered 第X條
    ("title", "臺山市城市道路臨時佔用管理規定"),
    ("body", "第一條 為了加強城市道路臨時佔用管理，保障道路暢通和交通安全，制定本規定。"),
    ("body", "第二條 本規定適用於本市城市規劃區內城市道路的臨時佔用及其監督管理活動。"),
    ("body", "第三條 本規定自發佈之日起施行。"),
]


@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_a_title_in_traditional_characters_after_an_unsigned_document_opens_the_next(wrap):
    """The title grammar (标题 = 发文机关 + 关于 + 事由 + 文种) read in either
    script: 關於 and 通報 are 关于 and 通报, so the document after one that
    ends with its date alone (no 文号, no signature) is a document, not the
    rest of it."""
    lines = lay_out([UNSIGNED_NOTICE, TRADITIONAL_REPORT], wrap)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/t.txt", "t").documents
    assert (first.title, first.date, len(first.provisions)) == (UNSIGNED_NOTICE[0][1], "2021-03-01", 2)
    assert (second.title, second.kind, second.issuers, second.date) == \
        (TRADITIONAL_REPORT[0][1], "通报", ["臺山市人民政府辦公室"], "2021-03-10")
    assert second.addressees == "各鎮人民政府，市直各單位"


def test_articles_numbered_in_traditional_characters_are_provisions():
    """第一條 is 第一条 in the other script: the numbering grammar reads both."""
    lines = lay_out([TRADITIONAL_RULES], 20)
    doc, = convert("\n".join(lines).encode("utf-8"), "x/r.txt", "r").documents
    assert doc.kind == "规定" and [(p.kind, p.label) for p in doc.provisions] == \
        [("tiao", "第一條"), ("tiao", "第二條"), ("tiao", "第三條")]


@pytest.mark.parametrize("wrap", [18, 19, 20])
def test_a_signature_longer_than_the_measure_is_one_issuer(wrap):
    """GB/T 9704 prints each 署名 on its own line; a narrow measure wraps a
    long organ's name ('…工作领导小' / '组办公室'): the name is whole, one
    paragraph and one issuer."""
    signer = "滨江区创建全国文明城市工作领导小组办公室"
    document = UNSIGNED_NOTICE[:-1] + [("sign", signer), ("date", "2021年3月1日")]
    lines = [line for role, text in document for line in (cut(text, wrap) if role != "date" else [text])]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/s.txt", "s").documents
    assert doc.issuers == [signer]
    assert signer in [b.text for b in doc.parts[0].blocks if isinstance(b, Paragraph)]


def test_joint_signers_on_full_lines_stay_apart():
    """A name that begins as organ names begin (a place) is a signer of its
    own, even under a name that fills the measure."""
    signers = ["滨江区发展和改革局", "滨江区财政局"]
    lines = [line for _, text in UNSIGNED_NOTICE[:-1] for line in cut(text, 10)] + signers + ["2021年3月1日"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/j.txt", "j").documents
    assert doc.issuers == signers
    assert [b.text for b in doc.parts[0].blocks if isinstance(b, Paragraph)][-3:-1] == signers


@pytest.mark.parametrize("folio", ["·1·", "1"])
def test_a_long_issuers_mark_heads_a_toc_section_and_a_number_above_the_first_title_is_its_own(folio):
    """A 目录 groups documents under their 发文机关标志 (XX文件), however long
    the organ's name: the heading is no part of the entry under it, and as a
    running header inside a title it is page furniture, with the page number
    above it, printed bare or not. A 文号 printed above the first title (the
    版头 position), right under the 目录, is that document's."""
    section = "滨江区创建全国文明城市工作领导小组办公室文件"
    numbered = [("frame", "（2021年3月1日　滨文明办发〔2021〕3号）")] + UNSIGNED_NOTICE[:-1] + [
        ("sign", "滨江区创建全国文明城市工作领导小组办公室"), ("date", "2021年3月1日")]
    title, report = UNSIGNED_NOTICE[0][1], TRADITIONAL_REPORT[0][1]
    front = ["滨江区人民政府公报", "2021年第3期", "2021年3月15日", "目　　录",
             section, *cut(title + "……1", 14), "臺山市人民政府辦公室文件", *cut(report + "……3", 14), ""]
    body = lay_out([numbered], 14)
    assert body[1] + body[2] == title
    body[2:2] = [folio, section]  # the page ends inside the title; the next page's header names the section
    body += lay_out([TRADITIONAL_REPORT], 14)
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [(e.title, e.section) for e in gazette.toc] == [(title, section), (report, "臺山市人民政府辦公室文件")]
    first, second = gazette.documents
    assert (first.title, first.doc_number, first.date) == (title, "滨文明办发〔2021〕3号", "2021-03-01")
    assert second.title == report
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("footer", [None, "— {} —"])
@pytest.mark.parametrize("head", ["{section}　{page}", "{page}　{section}", "{section}　·{page}·",
                                  "{page}　武汉市人民政府公报", "武汉市人民政府公报　— {page} —"])
def test_a_running_head_that_carries_the_page_number_is_page_furniture(head, footer, wrap):
    """A gazette's pages are headed by the 目录 section under way or by the
    gazette's name, and a book's 书眉 sets the page's number at the head's
    outer end ('部门文件　7', '8　市政府文件', '12　武汉市人民政府公报'): the line is
    page furniture however the page number stands by it, wherever the page
    broke (mid-sentence, mid-title), and no entry of the 目录 that named the
    section; a page's footer still numbers the pages the documents are
    printed on."""
    sections = ["市政府文件", "部门文件"]
    docs = [NOTICE, NOTICE_WITHOUT_NUMBER]
    toc = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录"]
    for section, doc in zip(sections, docs):
        toc += [section, doc[0][1] + "……1"]
    body: list[str] = []
    page, printed_on = 1, []
    for section, doc in zip(sections, docs):
        for n, line in enumerate(lay_out([doc], wrap)):
            if n % 4 == 2:  # a page breaks every few lines, inside titles and sentences too
                body += ([footer.format(page)] if footer else []) + [head.format(section=section, page=page + 1)]
                page += 1
            body.append(line)
            printed_on.append(page) if n == 0 else None
        printed_on.append(page)
    body += [footer.format(page)] if footer else []
    gazette = convert("\n".join(toc + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [(d.title, d.doc_number, d.date) for d in gazette.documents] == [
        (NOTICE[0][1], "武政办发〔2017〕61号", "2017-06-02"), (NOTICE_WITHOUT_NUMBER[0][1], None, "2017-04-10")]
    for doc, printed in zip(gazette.documents, docs):
        texts = [b.text for part in doc.parts for b in part.blocks if isinstance(b, (Paragraph, Provision))]
        assert not [t for t in texts if any(head in t for head in sections + ["公报"])]
        assert all(text[-24:] in "".join(texts) for role, text in printed if role == "body")
    if footer:
        assert [(d.first_page, d.last_page) for d in gazette.documents] == [tuple(printed_on[:2]), tuple(printed_on[2:])]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("number", ["（武政办发〔2017〕61号）", "(武政办发〔2017〕61号)"])
@pytest.mark.parametrize("banner", ["{}", "【{}】", "◆{}", "■ {} ■"])
def test_a_toc_section_printed_over_its_first_document_is_no_line_of_its_title(banner, number, wrap):
    """Many gazettes print a 目录 section's name again in the body, as a
    banner over the first document of the section (a 栏目's head:
    '【市政府文件】'). It is the issue's furniture, read as the 目录 reads it,
    before any title is read under it: the title under it, its 发文字号 in
    brackets at its end as gazettes reprint it, still opens a document with
    that number, and no document's text holds the banner."""
    title = "武汉市人民政府办公厅印发《武汉市城市道路停车管理办法》的通知"
    sections = ["市政府文件", "部门文件"]
    docs = [[("title", title + number)] + NOTICE[2:], NOTICE_WITHOUT_NUMBER]
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录",
             sections[0], title + "……1", sections[1], NOTICE_WITHOUT_NUMBER[0][1] + "……2", ""]
    body = [line for section, doc in zip(sections, docs) for line in [banner.format(section)] + lay_out([doc], wrap)]
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [(d.title, d.doc_number, d.addressees) for d in gazette.documents] == [
        (title, "武政办发〔2017〕61号", NOTICE[2][1][:-1]), (NOTICE_WITHOUT_NUMBER[0][1], None, None)]
    texts = [b.text for d in gazette.documents for part in d.parts for b in part.blocks]
    assert not [t for t in texts if any(section in t for section in sections)]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("gap", [4, 6, 12])
def test_a_toc_whose_pages_are_set_apart_without_leaders_is_read_entry_by_entry(gap, wrap):
    """A 目录 without leaders sets each entry's page apart from its title, as
    an extractor that keeps the page's places gives it ('通告      1'): a
    title of its kind alone is an entry when its page is set apart so, and
    the last entry's page, right over the text, is that entry's, not a right
    column the text runs on into (a page of two columns holds text in each)."""
    notice = [("title", "通告")] + NOTICE_WITHOUT_NUMBER[1:]
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录", "部门文件",
             "通告" + " " * gap + "1", "市政府文件", NOTICE[0][1] + " " * gap + "2"]
    gazette = convert("\n".join(front + lay_out([notice, NOTICE], wrap)).encode("utf-8"), "x/issue.txt", "issue")
    assert [(e.title, e.page) for e in gazette.toc] == [("通告", 1), (NOTICE[0][1], 2)]
    assert [(d.title, d.doc_number) for d in gazette.documents] == [("通告", None), (NOTICE[0][1], "武政办发〔2017〕61号")]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("banners", [False, True])
@pytest.mark.parametrize("pages", [None, "after"])
def test_a_toc_whose_entries_carry_no_page_where_they_stand_is_still_the_issues(pages, banners, wrap):
    """A 目录 copied from a web page's list of the issue has no pages, and an
    extractor that reads the column of pages after the column of titles sets
    them under the last title, one a line. Titles ending in their 文种, under
    their section headings, each printed again over its document below, are
    the 目录's entries (their pages, as many as they and in order, theirs);
    the first document's title right under the last entry opens the text. A
    section's banner over its first document ('【部门文件】') titles nothing."""
    docs = [NOTICE, NOTICE_WITHOUT_NUMBER]
    sections = ["政策解读", "部门文件"]  # (a section named by a kind word: no entry, though its banner is printed)
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录"]
    for section, doc in zip(sections, docs):
        front += [section] + (cut(doc[0][1], wrap) if wrap else [doc[0][1]])
    front += ["1", "3"] if pages else []
    body = [line for section, doc in zip(sections, docs) for line in [f"【{section}】"] * banners + lay_out([doc], wrap)]
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [(e.title, e.page, e.section) for e in gazette.toc] == [
        (NOTICE[0][1], 1 if pages else None, sections[0]), (NOTICE_WITHOUT_NUMBER[0][1], 3 if pages else None, sections[1])]
    assert [(d.title, d.doc_number) for d in gazette.documents] == [
        (NOTICE[0][1], "武政办发〔2017〕61号"), (NOTICE_WITHOUT_NUMBER[0][1], None)]
    assert not [b for d in gazette.documents for part in d.parts for b in part.blocks
                if any(section in b.text for section in sections)]
    assert ("| 页码 |" in gazette_page(gazette)) == bool(pages)  # the issue's page shows no column of no pages


def test_a_pageless_toc_entry_with_no_kind_word_ends_where_its_title_is_printed_again():
    """A speech's title names no 文种 ('…新局面'): in a 目录 without pages its
    lines end where the title printed again below over its text ends, and
    the next entry begins on the next line; a heading that titles no document
    ('政策解读') heads a section."""
    speech = "凝心聚力真抓实干奋力开创高质量发展新局面"
    front = ["武汉市人民政府公报", "2017年第3期", "目　　录", "政策解读", speech[:12], speech[12:],
             NOTICE[0][1][:20], NOTICE[0][1][20:]]
    body = [speech, "——在全市经济工作会议上的讲话", "同志们：", "今天召开全市经济工作会议，主要任务是总结工作、部署任务。"]
    lines, _ = normalise("\n".join(front + body + lay_out([NOTICE], None)))
    entries, used = read_toc(lines)
    assert [(e.title, e.page, e.section) for e in entries] == [(speech, None, "政策解读"), (NOTICE[0][1], None, "政策解读")]
    assert sorted(used) == list(range(2, len(front)))


REPORT = [  # a 年报 whose text ends in its table's cells, one a line, as an extractor gives a table it cannot see
    ("title", "某区2020年政府信息公开工作年度报告"),
    ("body", "本报告根据《中华人民共和国政府信息公开条例》编制，数据统计期限为2020年1月1日至12月31日。"),
    ("body", "三、收到和处理政府信息公开申请情况"),
    *[("frame", cell) for cell in ["申请人情况", "自然人", "法人或其他组织", "总计", "商业", "企业"]],
]
YEAR_LED = [("title", "2020年某区法治政府建设情况报告"),
            ("body", "2020年，某区坚持依法行政，法治政府建设取得新成效，现将有关情况报告如下。"),
            ("body", "一、主要举措和成效。全面落实重大行政决策程序，规范性文件合法性审核率达到百分之百。")]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("organ_apart", [False, True])
def test_a_title_begins_where_its_toc_entry_begins_not_on_the_table_cells_over_it(organ_apart, wrap):
    """A text that ends in a table's cells, one short line each, over a
    title that opens on a year (no place's name to say it opens a title):
    the wrap grammar alone would take the cells for the title's first lines.
    The 目录 prints the title whole, so the title begins where its entry's
    words begin, and the cells stay with the text above. An entry that
    leaves out its organ, printed on a line of its own over the title
    ('武汉市人民政府办公厅' / '关于…'), keeps that line in the title."""
    notice = [("title", "武汉市人民政府办公厅"), ("title", NOTICE[0][1][len("武汉市人民政府办公厅"):])] + NOTICE[1:] \
        if organ_apart else NOTICE
    entries = [REPORT[0][1], YEAR_LED[0][1], NOTICE[0][1][len("武汉市人民政府办公厅"):] if organ_apart else NOTICE[0][1]]
    front = ["某市人民政府公报", "2021年第1期", "目　　录"] + [f"{entry}……{n}" for n, entry in enumerate(entries, 1)] + [""]
    gazette = convert("\n".join(front + lay_out([REPORT, YEAR_LED, notice], wrap)).encode("utf-8"), "x/issue.txt", "issue")
    assert [d.title for d in gazette.documents] == [REPORT[0][1], YEAR_LED[0][1], NOTICE[0][1]]
    assert "企业" in [b.text for part in gazette.documents[0].parts for b in part.blocks][-1]


@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_a_signature_cut_before_its_date_over_a_listed_title_that_names_its_organ_stays_above(wrap):
    """An excerpt cut after its signature, before the date: the organ's
    name stands right over the next title, as a joint title's first organ
    or a 版头 would. Where the 目录 lists that title whole and it names its
    own organ first, the name over it signs the text above."""
    notice = [("title", "某区人民政府征兵办公室兵役登记公告"),
              ("body", "根据兵役法的规定，现将本区2021年兵役登记有关事项公告如下。"),
              ("body", "一、凡本区户籍、年内年满十八周岁的男性公民，均应在6月30日前完成兵役登记。")]
    entries = [NOTICE_WITHOUT_NUMBER[0][1], notice[0][1]]
    front = ["某市人民政府公报", "2021年第1期", "目　　录"] + [f"{entry}……{n}" for n, entry in enumerate(entries, 1)] + [""]
    body = lay_out([NOTICE_WITHOUT_NUMBER[:-1], notice], wrap)
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [d.title for d in gazette.documents] == entries
    assert NOTICE_WITHOUT_NUMBER[-2][1] in [b.text for part in gazette.documents[0].parts for b in part.blocks][-1]
    assert gazette.documents[1].issuers == ["某区人民政府征兵办公室"]


def test_an_organs_orders_head_a_toc_section_however_long_its_name():
    """A 目录 groups an organ's orders under '<organ>令' (GB/T 9704 10.2),
    however long the organ's name (a 指挥部's); the numbered order under it
    is the entry, the heading no line of its title."""
    section = "某市新型冠状病毒感染的肺炎疫情防控指挥部令"
    assert [(e.title, e.page, e.section) for e in read_toc([Line(no=n, text=t) for n, t in enumerate(
        ["目　　录", section, "某市新型冠状病毒感染的肺炎疫情防控指挥部5号令……1", "某市人民政府关于某事的通知……3"], 1)])[0]] == [
        ("某市新型冠状病毒感染的肺炎疫情防控指挥部5号令", 1, section), ("某市人民政府关于某事的通知", 3, section)]


@pytest.mark.parametrize("wrap", [18, 26])
def test_a_running_head_no_toc_names_is_page_furniture_once_the_pages_repeat_it(wrap):
    """An issue printed without its 目录 still heads its pages with the
    section under way ('部门文件'): a short line of words alone that the pages
    open on again and again, under the page's number, is page furniture,
    though it breaks a title or stands between a 发文字号 and its title."""
    body: list[str] = []
    for n, line in enumerate(lay_out([NOTICE, NOTICE_WITHOUT_NUMBER], wrap)):
        if n % 4 == 1:  # a page breaks every few lines, inside titles too
            body += [f"— {n // 4 + 1} —", "部门文件"]
        body.append(line)
    gazette = convert("\n".join(["武汉市人民政府公报", "2017年第3期", ""] + body).encode("utf-8"), "x/issue.txt", "issue")
    assert [(d.title, d.doc_number) for d in gazette.documents] == [
        (NOTICE[0][1], "武政办发〔2017〕61号"), (NOTICE_WITHOUT_NUMBER[0][1], None)]
    assert not [b for d in gazette.documents for part in d.parts for b in part.blocks if "部门文件" in b.text]


def test_an_issuers_mark_heading_a_page_the_extractor_gave_first_is_its_running_head():
    """A 目录 that groups documents under their issuer's mark
    ('武汉市人民政府办公厅文件') runs it as the head of the pages; an extractor
    that gives a page's furniture first puts the head and the page's number
    over the page's text. Where the page broke between a title and its 发文字号,
    the mark over the number is that running head, not the document's 版头."""
    section = "武汉市人民政府办公厅文件"
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录", "部门文件",
             NOTICE_WITHOUT_NUMBER[0][1] + "……2", section, NOTICE[0][1] + "……3", ""]
    head = "武汉市人民政府公报　2017年第3期"
    first = lay_out([NOTICE_WITHOUT_NUMBER], 10)
    body = lay_out([NOTICE[1:-2]], 10)
    # the pages break under the title and before the signature
    lines = front + [head, "2"] + first + [NOTICE[0][1], section, "3"] + body + [head, "4"] + lay_out([NOTICE[-2:]], None)
    gazette = convert("\n".join(lines).encode("utf-8"), "x/issue.txt", "issue")
    assert len(first) >= 15 and len(body) >= 15
    doc = gazette.documents[-1]
    assert (doc.title, doc.doc_number, doc.addressees) == (NOTICE[0][1], "武政办发〔2017〕61号", NOTICE[2][1][:-1])
    assert section not in [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]


def test_an_issuers_mark_at_the_foot_of_a_page_over_the_same_running_head_is_the_documents_own():
    """A document's own 版头 may end a page, the next page headed by the same
    mark as its 目录 section: the head under the page break is furniture, the
    版头 over it the document's."""
    section = "武汉市人民政府办公厅文件"
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", "目　　录", "部门文件",
             NOTICE_WITHOUT_NUMBER[0][1] + "……2", section, NOTICE[0][1] + "……3", ""]
    lines = front + ["武汉市人民政府公报　2017年第3期"] + lay_out([NOTICE_WITHOUT_NUMBER], 10) + [section, "— 2 —", section]
    lines += lay_out([NOTICE], 12)
    gazette = convert("\n".join(lines).encode("utf-8"), "x/issue.txt", "issue")
    doc = gazette.documents[-1]
    shown = [b.text for part in doc.parts for b in part.blocks if isinstance(b, Paragraph)]
    assert (doc.title, doc.doc_number, shown.count(section)) == (NOTICE[0][1], "武政办发〔2017〕61号", 1)


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("name", ["武汉市人民政府公报", "武汉政报", "湖北政报"])
def test_a_gazette_called_a_zhengbao_is_read_as_one(name, wrap):
    """Many provinces and cities call their gazette a 政报, after the place
    alone (山东政报, 杭州政报): its masthead names the gazette and its issue,
    and its running head ('武汉政报　2017年第3期') over a page is furniture,
    wherever the page broke."""
    docs = [NOTICE, NOTICE_WITHOUT_NUMBER]
    front = [name, "2017年第3期", "（总第301期）", "2017年6月15日", "目　　录"]
    front += [doc[0][1] + f"……{n}" for n, doc in enumerate(docs, start=1)]
    body: list[str] = []
    for n, line in enumerate(lay_out(docs, wrap)):
        if n % 5 == 3:  # a page breaks every few lines
            body += [f"— {n // 5 + 1} —", f"{name}　2017年第3期"]
        body.append(line)
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/issue.txt", "issue")
    assert (gazette.name, gazette.year, gazette.issue) == (name, 2017, "2017年第3期")
    assert gazette.id == ("wuhan" if name.startswith("武汉") else "hubei") + "-2017-3"
    if name.endswith("政报"):  # a 政报 names its place, not whether a city's or a province's: '市…' stays as printed
        assert city_of(name) is None and city_of(name.replace("武汉", "杭州")) is None
    assert [(d.title, d.date) for d in gazette.documents] == [(NOTICE[0][1], "2017-06-02"),
                                                              (NOTICE_WITHOUT_NUMBER[0][1], "2017-04-10")]
    texts = [b.text for d in gazette.documents for part in d.parts for b in part.blocks
             if isinstance(b, (Paragraph, Provision))]
    assert not [t for t in texts if name in t]
    assert all(text[-24:] in "".join(texts) for doc in docs for role, text in doc if role == "body")


@pytest.mark.parametrize("printed,issue,total,gid", [
    (["2017.3", "（总第301期）"], "2017.3", "301", "wuhan-2017-3"),
    (["2017年第3期", "总 第 301 期"], "2017年第3期", "301", "wuhan-2017-3"),
    (["（总第301期）"], None, "301", "wuhan-2017-06-02"),
])
def test_the_issue_on_the_masthead_is_its_number_not_its_running_total(printed, issue, total, gid):
    """A masthead prints the issue's number in the year ('2017年第3期', or
    '2017.3' as running headers print it) and the running total since the
    first issue ('总第301期'): the total is no issue number, and a gazette
    that prints only the total is known by its newest 成文日期."""
    lines = ["武汉市人民政府公报", *printed, "2017年6月15日"] + lay_out([NOTICE], None)
    gazette = convert("\n".join(lines).encode("utf-8"), "x/issue.txt", "issue")
    assert (gazette.year, gazette.issue, gazette.total_issue, gazette.id) == (2017, issue, total, gid)


SHORT_NOTICE = [  # a 通告 titled by its kind alone
    ("title", "通告"),
    ("body", "因城市道路改造施工，自2017年6月10日起，江汉路（解放大道至京汉大道段）封闭施工，请过往车辆绕行。"),
    ("body", "特此通告。"),
    ("sign", "武汉市公安局交通管理局"),
    ("date", "2017年6月5日"),
]


@pytest.mark.parametrize("wrap", [None, 18, 26])
@pytest.mark.parametrize("heading,mark,page", [("本期目录", "◆{}", "……{}"), ("要　目", "■ {} ■", "（{}）"),
                                               ("目　录 CONTENTS", "{}", "（{}）"), ("目次", "【{}】", " {}")])
def test_a_toc_read_in_the_forms_gazettes_print_it(heading, mark, page, wrap):
    """A 目录 is headed 目录, or as some gazettes print it 本期目录, 要目 or
    目次, perhaps with its English word; its sections are set off by brackets
    or by a printed mark ('◆市政府文件', '■ 部门文件 ■'); an entry's page
    follows its leaders, a space, or the title itself in brackets
    ('…的通告（3）', '通告（4）'). Each form reads as the 目录 it is, and the
    documents under it as the documents it lists."""
    sections = ["市政府文件", "部门文件"]
    docs = [(sections[0], NOTICE), (sections[1], NOTICE_WITHOUT_NUMBER), (sections[1], SHORT_NOTICE)]
    front = ["武汉市人民政府公报", "2017年第3期", "2017年6月15日", heading]
    for n, (section, doc) in enumerate(docs, start=1):
        front += [mark.format(section)] if n < 3 else []
        front += [doc[0][1] + page.format(n)]
    gazette = convert("\n".join(front + lay_out([doc for _, doc in docs], wrap)).encode("utf-8"), "x/issue.txt", "issue")
    assert [(e.title, e.section, e.page) for e in gazette.toc] == [
        (doc[0][1], section, n) for n, (section, doc) in enumerate(docs, start=1)]
    assert [(d.title, d.date) for d in gazette.documents] == [
        (NOTICE[0][1], "2017-06-02"), (NOTICE_WITHOUT_NUMBER[0][1], "2017-04-10"), ("通告", "2017-06-05")]
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


BULLETIN = [  # a 公报 without 关于, 文号 or signature
    ("title", "滨江区2020年国民经济和社会发展统计公报"),
    ("body", "2020年，全区上下坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，经济运行稳定恢复。"),
    ("body", "一、综合。全年全区地区生产总值412.6亿元，比上年增长3.1%。"),
    ("body", "二、农业。全年粮食总产量8.2万吨，比上年增长1.5%。"),
    ("frame", "滨江区统计局"),
    ("date", "2021年3月20日"),
]


@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_the_other_kinds_of_documents_open_documents_and_the_gazettes_name_does_not(wrap):
    """公报 is a 文种 of the 党政机关公文处理工作条例, and 公示 and 答复 end
    titles as other kinds do; the gazette's own name (XX人民政府公报) on its
    masthead is no document."""
    reply = [("title", "滨江区人民政府办公室关于区政协十届四次会议第12号提案的答复"),
             ("frame", "王明委员："),
             ("body", "您提出的《关于加快老旧小区改造的提案》收悉。经研究，现答复如下：今年将完成改造小区15个。"),
             ("frame", "滨江区人民政府办公室"),
             ("date", "2021年4月2日")]
    lines = ["滨江区人民政府公报", "2021年第3期"] + lay_out([UNSIGNED_NOTICE, BULLETIN, reply], wrap)
    gazette = convert("\n".join(lines).encode("utf-8"), "x/b.txt", "b")
    assert gazette.name == "滨江区人民政府公报"
    assert [(d.title, d.kind, d.date) for d in gazette.documents] == [
        (UNSIGNED_NOTICE[0][1], "通告", "2021-03-01"), (BULLETIN[0][1], "公报", "2021-03-20"),
        (reply[0][1], "答复", "2021-04-02")]
    assert gazette.documents[1].issuers == ["滨江区统计局"] and len(gazette.documents[1].provisions) == 2


@pytest.mark.parametrize("wrap", [None, 18, 26])
def test_a_title_after_the_clause_that_puts_a_text_in_force_opens_a_document(wrap):
    """A regulation closes with its 施行 clause ("本办法自…起施行。", 立法技术规范):
    a title right after it, with no 关于, 文号 or 题注 of its own, begins the
    next text; a notice that names it in its 印发 still keeps it as a part."""
    first = [("title", "滨江区城市道路挖掘管理办法"),
             ("body", "第一条 为了加强城市道路挖掘管理，保障道路完好和交通安全，制定本办法。"),
             ("body", "第二条 本办法自2021年5月1日起施行，有效期五年。")]
    second = [("title", "滨江区户外广告设置管理规定"),
              ("body", "第一章 总则"),
              ("body", "第一条 为了规范户外广告设置，美化市容环境，制定本规定。"),
              ("body", "第二条 本规定自2021年6月1日起施行。")]
    lines = lay_out([first, second], wrap)
    docs = convert("\n".join(lines).encode("utf-8"), "x/f.txt", "f").documents
    assert [(d.title, len(d.provisions)) for d in docs] == [(first[0][1], 2), (second[0][1], 3)]
    notice = [("title", "滨江区人民政府关于印发滨江区户外广告设置管理规定的通知"),
              ("frame", "各街道办事处，区政府各部门："),
              ("body", "现将《滨江区户外广告设置管理规定》印发给你们，请认真贯彻执行。")]
    lines = lay_out([first, notice, second], wrap)
    docs = convert("\n".join(lines).encode("utf-8"), "x/f.txt", "f").documents
    assert [d.title for d in docs] == [first[0][1], notice[0][1]]
    assert [p.title for p in docs[1].parts[1:]] == [second[0][1]]


@pytest.mark.parametrize("record", [["主题词：城市道路 挖掘 管理 通", "知"],
                                    ["抄送：区委办公室，区人大常委会办公室，", "区政协办公室。"]])
def test_a_record_line_wrapped_at_a_narrow_measure_still_ends_the_frame(record):
    """The 版记's 主题词 or 抄送 line, wrapped at a narrow measure, ends the
    document where its last piece does: the title under it opens the next
    one though it has no 关于, 文号 or 题注."""
    notice = [("title", "滨江区人民政府关于加强城市道路挖掘管理的通知"),
              ("body", "为加强城市道路挖掘管理，经研究，现就有关事项通知如下。"),
              ("frame", "滨江区人民政府"), ("date", "2021年2月1日")]
    lines = lay_out([notice], 18) + record + lay_out([BULLETIN], 18)
    docs = convert("\n".join(lines).encode("utf-8"), "x/w.txt", "w").documents
    assert [d.title for d in docs] == [notice[0][1], BULLETIN[0][1]]


def test_the_closing_formula_is_no_title():
    """'特此公告' closes a body (结束语) and ends in a kind word, but is never a
    title: it stays with its 公告, whatever follows the 成文日期 under it."""
    announcement = [("title", "滨江区人民政府拟征收土地启动公告"),
                    ("body", "为实施土地利用总体规划，拟征收博望镇毛庄村集体土地，现将有关事项公告如下。"),
                    ("body", "一、拟征收土地位于博望镇毛庄村。"),
                    ("body", "特此公告"),
                    ("date", "2022年1月29日")]
    notes = ["2022年10月25日 滨江区第十五届人民代表大会常务委员会第八次会议通过"]
    lines = lay_out([announcement, regulation("滨江区城市绿化条例", notes, 2)], None)
    first, second = convert("\n".join(lines).encode("utf-8"), "x/c.txt", "c").documents
    assert (first.title, first.date) == (announcement[0][1], "2022-01-29")
    assert "特此公告" in [b.text for b in first.parts[0].blocks if isinstance(b, Paragraph)]
    assert (second.title, len(second.provisions)) == ("滨江区城市绿化条例", 2)


@pytest.mark.parametrize("wrap", [None, 18])
def test_a_text_only_cited_above_is_a_document_of_its_own(wrap):
    """A regulation that cites 《关于…的意见》 in an article does not pass it
    on ("主管部门印发的《…》" names a text passed on elsewhere): the opinion after it is
    the next document, not a part of the regulation."""
    opinion = [("title", "关于城市道路挖掘修复费用标准的意见"),
               ("body", "为统一城市道路挖掘修复费用标准，现提出如下意见。"),
               ("body", "一、挖掘修复费用按实际发生的工程量计算。"),
               ("frame", "滨江区住房和城乡建设局"), ("date", "2021年1月5日")]
    rules = [("title", "滨江区城市道路挖掘管理办法"),
             ("body", "第一条 为了加强城市道路挖掘管理，制定本办法。"),
             ("body", "第二条 挖掘修复费用按照区主管部门印发的《关于城市道路挖掘修复费用标准的意见》执行。"),
             ("body", "第三条 本办法自2021年5月1日起施行。")]
    docs = convert("\n".join(lay_out([rules, opinion], wrap)).encode("utf-8"), "x/o.txt", "o").documents
    assert [(d.title, d.date) for d in docs] == [(rules[0][1], None), (opinion[0][1], "2021-01-05")]


def test_a_regulation_with_its_note_after_a_table_is_a_document():
    """A text that ends in a table (tab-separated rows) is finished: a
    regulation's title with its 题注 under it opens the next document."""
    plan = [("title", "滨江区2021年内地西藏班招生计划的通知"),
            ("body", "现将2021年内地西藏班招生计划下达给你们，请认真组织实施。")]
    rows = ["学校\t计划\t实招", "滨江中学\t70\t45", "滨江一中\t80\t80"]
    notes = ["2016年10月28日 滨江区第四届人民代表大会常务委员会第四十次会议通过"]
    lines = lay_out([plan], None) + rows + lay_out([regulation("滨江区城乡规划条例", notes, 3)], None)
    docs = convert("\n".join(lines).encode("utf-8"), "x/t.txt", "t").documents
    assert [(d.title, len(d.provisions)) for d in docs] == [(plan[0][1], 0), ("滨江区城乡规划条例", 3)]


def test_a_title_under_a_full_subject_words_line_opens_a_document():
    """A 主题词 line that fills a narrow measure and ends with its 文种 (the
    1999 版记 lists it last) is complete: the title under it is the next
    document's, not the rest of a wrapped line."""
    decision = [("title", "关于对2020年度道路养护竞赛活动进行表彰的决定"),
                ("body", "为表彰先进，经研究，决定对在竞赛活动中成绩突出的单位予以表彰。"),
                ("frame", "滨江区人民政府"), ("date", "二○二一年二月二十三日")]
    lines = lay_out([decision], 18) + ["主题词:城市道路 养护 竞赛 表彰 决定"] + lay_out([NOTICE_WITHOUT_NUMBER], 18)
    docs = convert("\n".join(lines).encode("utf-8"), "x/s.txt", "s").documents
    assert [d.title for d in docs] == [decision[0][1], NOTICE_WITHOUT_NUMBER[0][1]]


def test_a_body_line_under_a_numbered_title_after_the_record_opens_nothing():
    """The 版记's 主题词 line ends the document above; the next document's
    title and its 发文字号 in brackets follow it. The first body line under
    them is a wrapped line of a sentence, though it ends in a kind word
    (规划): the 主题词 ended the frame of the document above, not of the
    lines two titles further down, so that line opens no document."""
    decision = [("title", "关于对2010年度农村公路通达杯竞赛活动进行表彰的决定"),
                ("body", "为表彰先进，经研究，决定对在竞赛活动中成绩突出的单位予以表彰。"),
                ("date", "二○一一年二月二十三日"),
                ("frame", "主题词:农村公路 通达杯 表彰 决定")]
    announcement = [("title", "滨江区人民政府拟征收土地启动公告"),
                    ("frame", "（滨征启公告〔2022〕4号）"),
                    ("body", "为实施我区国民经济和社会发展规划、土地利用总体规划和城乡规划，根据有关法律法规的规定，"
                             "经区政府研究，现发布拟征收土地启动公告。"),
                    ("body", "一、拟征收土地位于博望镇毛庄村，请有关单位和个人予以配合，并依法做好有关工作。"),
                    ("date", "2022年1月29日")]
    lines = lay_out([decision, announcement], 25)
    assert "为实施我区国民经济和社会发展规划、土地利用总体规划" in lines  # a line that ends in 规划
    docs = convert("\n".join(lines).encode("utf-8"), "x/r.txt", "r").documents
    assert [(d.title, d.doc_number, d.date) for d in docs] == [
        (decision[0][1], None, "2011-02-23"), (announcement[0][1], "滨征启公告〔2022〕4号", "2022-01-29")]


def test_the_end_of_a_printing_line_cut_off_by_the_wrap_stays_in_the_record():
    """GB/T 9704 7.4.3: the 版记 ends with the 印发 line ("XX办公室 2018年1月17日印发").
    Cut by a narrow wrap, its last word stands alone ("印发"): it closes the
    record of the document above, and the title under it begins with its
    issuer ("湖南省财政厅关于…"), not with that word."""
    first = [("title", "关于下达2018年第一批造林补贴资金的通知"), ("frame", "望城区财政局："),
             ("body", "现下达你区2018年第一批造林补贴资金21.5万元，请按规定用途使用。"),
             ("frame", "长沙市财政局"), ("date", "2018年1月17日"),
             ("frame", "长沙市财政局办公室 共印7份 2018年1月17"), ("frame", "印发")]
    second = [("title", "湖南省财政厅关于下达2013年第二批中央财政测土配方施肥补助资金的通知"),
              ("frame", "各市州财政局："), ("body", "现下达你市州2013年第二批中央财政测土配方施肥补助资金，请尽快拨付到位。"),
              ("frame", "湖南省财政厅"), ("date", "2013年7月17日")]
    docs = convert("\n".join(lay_out([first, second], 22)).encode("utf-8"), "x/p.txt", "p").documents
    assert [d.title for d in docs] == [first[0][1], second[0][1]]
    assert any(p.text.endswith("印发") for p in docs[0].parts[0].blocks if isinstance(p, Paragraph))


@pytest.mark.parametrize("wrap", [None, 18])
def test_a_regulation_whose_articles_begin_under_its_title_after_a_finished_text_is_a_document(wrap):
    """A 规章 reprinted without 令, 文号 or 题注: its title, then 第一章 or 第一条
    (the articles begin at one), after a finished sentence or a table's last
    row, is the next document; a notice that issues it keeps it as a part."""
    rules = [("title", "滨江区行政执法公示办法"),
             ("body", "第一章 总则"),
             ("body", "第一条 为了规范行政执法公示行为，制定本办法。"),
             ("body", "第二条 本办法适用于本区行政执法主体的行政执法公示工作。")]
    report = [("title", "关于2020年度全区安全生产情况的通报"),
              ("body", "2020年，全区安全生产形势总体平稳，现将有关情况通报如下。"),
              ("body", "一、事故起数和死亡人数同比下降。")]
    for above in ([], ["序号\t事项\t责任单位", "1\t道路巡查\t区交通局"]):
        lines = lay_out([report], wrap) + above + lay_out([rules], wrap)
        docs = convert("\n".join(lines).encode("utf-8"), "x/g.txt", "g").documents
        assert [(d.title, len(d.provisions)) for d in docs] == [(report[0][1], 1), (rules[0][1], 3)]
    notice = [("title", "滨江区人民政府关于印发滨江区行政执法公示办法的通知"),
              ("body", "现将《滨江区行政执法公示办法》印发给你们，请认真贯彻执行。")]
    doc, = convert("\n".join(lay_out([notice, rules], wrap)).encode("utf-8"), "x/n.txt", "n").documents
    assert [p.title for p in doc.parts[1:]] == [rules[0][1]]


def test_an_order_that_publishes_a_text_keeps_it_as_its_part():
    """'现公布修订后的《…条例》' passes the text on as surely as 现予公布: the
    regulation printed under the order is its part, after a regulation that
    closed with its 施行 clause too."""
    order = [("title", "滨江区人民政府令"), ("frame", "第 3 号"),
             ("body", "现公布修订后的《滨江区城市供水条例》，自2021年1月1日起施行。"),
             ("frame", "区长 王明"), ("date", "2020年12月18日")]
    notes = ["（2015年3月4日滨江区人民政府令第16号发布 2020年12月1日修订）"]
    documents = [regulation("滨江区城市绿化条例", [], 2) + [("body", "第三条 本条例自2020年5月1日起施行。")],
                 order, regulation("滨江区城市供水条例", notes, 2)]
    docs = convert("\n".join(lay_out(documents, None)).encode("utf-8"), "x/p.txt", "p").documents
    assert [d.title for d in docs] == ["滨江区城市绿化条例", "滨江区城市供水条例"]
    assert (docs[1].kind, docs[1].doc_number, [p.title for p in docs[1].parts[1:]]) == \
        ("令", "滨江区人民政府令第3号", ["滨江区城市供水条例"])


def test_a_number_above_a_title_frames_no_list_of_names_above_it():
    """A 发文字号 in the 版头 position (above the title) is that title's: the
    short lines above it (a list of members ending the document before) are
    no title framed by it."""
    members = [("title", "滨江区职业教育工作联席会议成员名单"),
               ("body", "召集人：王明 副区长"), ("body", "成员：李强 区教育局局长"),
               ("frame", "张伟 区财政局副局长"), ("frame", "赵刚 区人社局副局长")]
    motion = [("frame", "滨府议〔2021〕1号")] + MOTION[1:]
    docs = convert("\n".join(lay_out([NOTICE, members, motion], None)).encode("utf-8"), "x/m.txt", "m").documents
    assert [(d.title, d.doc_number) for d in docs][1:] == [(members[0][1], None), (MOTION[1][1], "滨府议〔2021〕1号")]


def test_a_body_line_ending_in_zero_is_no_toc_entry():
    """Pages are numbered from 1: a body line after the 目录 that ends in
    0 ("…单元(BJSSJY0", the wrap cutting a code) is the first title's, not
    another entry of page 0."""
    reply = "滨江区人民政府关于同意《滨江区郊野单元村庄规划(BJSSJY03)专项编制》的批复"
    front = ["滨江区人民政府公报", "2023年第7期", "目　　录", "滨江区人民政府关于同意《滨江区郊野单元",
             "村庄规划(BJSSJY03)专项编制》的批复……1", UNSIGNED_NOTICE[0][1] + "……3", ""]
    body = ["滨江区人民政府关于同意《滨江区郊野单元", "村庄规划(BJSSJY0", "3)专项编制》的批复", "佘山镇：",
            "你镇《关于郊野单元村庄规划方案审批的请示》收悉。经研究，原则同意上报规划内容。",
            "滨江区人民政府", "2023年3月22日"] + lay_out([UNSIGNED_NOTICE], None)
    gazette = convert("\n".join(front + body).encode("utf-8"), "x/i.txt", "i")
    assert [d.title for d in gazette.documents] == [reply, UNSIGNED_NOTICE[0][1]]
    assert [e.page for e in gazette.toc] == [1, 3]
    assert not [d for d in gazette.diagnostics if d.code.startswith("toc-")]


def test_a_title_ends_before_a_body_line_that_opens_a_citation():
    """A title closes the 《》 it opens: the body line under '…的决定' that
    opens a citation and happens to end in a kind word ('根据…《关于印发…实施方案')
    is the body's, not the rest of the title."""
    decision = [("title", "关于对2020年度城市道路养护竞赛活动进行表彰的决定"),
                ("body", "根据区人民政府《关于印发城市道路养护竞赛活动实施方案"),
                ("body", "的通知》精神，各参赛单位扎实开展竞赛活动，经综合评定，决定予以表彰。"),
                ("frame", "滨江区人民政府"), ("date", "2021年2月23日")]
    doc, = convert("\n".join(lay_out([decision], None)).encode("utf-8"), "x/t.txt", "t").documents
    assert doc.title == decision[0][1]


@pytest.mark.parametrize("opening,closing", ["„‟", "〖〗"])
def test_a_doc_number_in_the_brackets_a_text_layer_gives_is_read(opening, closing):
    """„‟ for 〔〕 (a PDF's text layer, for some fonts), or the 〖〗 some
    typesetting puts for them: the 发文字号 under the title is still the
    document's number, read in its printed form's normal shape, and the
    document is cited by it."""
    lines = ["湖南省人民政府办公厅关于加强普通高等学校毕业生就业工作的通知", f"湘政办发{opening}2009{closing}24号",
             "各市州、县市区人民政府，省政府各厅委、各直属机构：",
             f"根据《国务院办公厅关于加强普通高等学校毕业生就业工作的通知》（国办发{opening}2009{closing}3号）精神，现通知如下：",
             "一、充分认识做好高校毕业生就业工作的重要性。", "二、积极拓宽高校毕业生就业渠道。",
             "湖南省人民政府办公厅", "二○○九年三月二十日"]
    doc, = convert("\n".join(lines).encode("utf-8"), "x/h.txt", "h").documents
    assert (doc.title, normal_doc_number(doc.doc_number or ""), doc.date) == (lines[0], "湘政办发〔2009〕24号", "2009-03-20")
    assert [p.label for p in doc.provisions] == ["一、", "二、"]
