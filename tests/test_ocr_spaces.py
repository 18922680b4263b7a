"""Spaces a scanner leaves in the text (OCR of a printed page): inside a word,
a number, a 发文字号 or an organ's name they go; between the words they part
in print (a chronicle's date and its event, a person and a post, two joint
issuers, a motto's two phrases) they stay. Invented text; the development
set's `ocr` layout (tests/devset/layout.ocr_spaced) measures the same on real
documents."""
from __future__ import annotations

import pytest

from builder.convert import convert_text
from builder.stages.layout import clean


@pytest.mark.parametrize("printed,read", [
    ("鹤岗市人民政 府", "鹤岗市人民政府"),                      # a dictionary word across the space
    ("北京市人民政府办 公厅", "北京市人民政府办公厅"),
    ("请认真贯彻执 行。", "请认真贯彻执行。"),
    ("长财农 指〔2018〕10号", "长财农指〔2018〕10号"),          # a 发文字号's 代字 has no space
    ("渝林 办〔2011〕52号", "渝林办〔2011〕52号"),
    ("上海市建设和 管理委员会", "上海市建设和管理委员会"),      # a line of one organ's name
    ("定州市 人民政府", "定州市人民政府"),
    ("第二 十九条 市人民政府应当组织", "第二十九条 市人民政府应当组织"),  # a number has no space
    ("二〇二四年二月二 十八日", "二〇二四年二月二十八日"),
])
def test_a_scanners_space_goes(printed, read):
    assert clean(printed) == read


@pytest.mark.parametrize("printed", [
    "同日 市委书记主持召开市委常委会会议",                  # a chronicle's date and its event
    "7月2日 市委书记主持召开市委",
    "张某 市财政局局长",                                   # a person and a post
    "袁伶俐 市曹禺小学",
    "鹤岗市人民政府 鹤岗市中级人民法院",                    # two joint issuers, whole names
    "指导工作 服务社会",                                   # 工作服 runs across, but 工作 | 服务 are words
    "临江市城市绿化管理办法 临江市人民政府",               # a title, then an organ's whole name from its place
])
def test_a_printed_space_stays(printed):
    assert clean(printed) == printed


@pytest.mark.parametrize("columns", [None, 18])
def test_a_scanned_notice_keeps_its_frame(columns):
    """Title, 发文字号, signature and date read through the scanner's spaces."""
    lines = ["鹤岗市人民政府办公室关于印发鹤岗市 智慧城市建设实施方 案的通知",
             "鹤政办 发〔2025〕 7 号",
             "各县（区）人民政府，市政府各部门：",
             "《鹤岗市智慧城市建设实施方案》已经市政府同意，现印发给你 们，请认真贯彻执 行。",
             "鹤岗市人民政府办 公室",
             "2025 年 4 月 30 日"]
    if columns:
        lines = [line[i:i + columns] for line in lines for i in range(0, len(line), columns)]
    doc = convert_text("\n".join(lines) + "\n", "scan.txt", "scan").documents[0]
    assert doc.title == "鹤岗市人民政府办公室关于印发鹤岗市智慧城市建设实施方案的通知"
    assert doc.doc_number == "鹤政办发〔2025〕7号"
    assert doc.issuers == ["鹤岗市人民政府办公室"]
    assert doc.date == "2025-04-30"


@pytest.mark.parametrize("signature", [["中华人民 共和国国务院"], ["福建省应对新冠肺炎疫情 工作", "领 导小组（指挥部）"]])
def test_a_scanners_space_inside_a_signers_name_goes(signature):
    """GB/T 9704 7.3.5: spaces part joint issuers between whole names. A
    signature line with a space inside one name (a name the dictionary does
    not cut there, or the first line of a name wrapped over two) is that one
    name, and the document's issuer."""
    lines = ["关于同意设立龙文区的批复", "福建省人民政府：", "你省的请示收悉。现批复如下：同意设立龙文区。",
             *signature, "一九九六年五月三十一日"]
    doc = convert_text("\n".join(lines) + "\n", "scan.txt", "scan").documents[0]
    assert doc.issuers == ["".join("".join(signature).split())]
    assert doc.date == "1996-05-31"


def test_the_dictionary_is_read_from_jiebas_cache_whole(tmp_path):
    """The word test's dictionary comes from the cache jieba writes (read at
    once: jieba's own read takes three times as long), and a cache that is
    not one falls back to jieba's own load, which makes it again."""
    import marshal

    import jieba

    from builder.text.lines import _load_dictionary

    written = ({"金融": 3, "金": 0, "融": 2}, 5)
    (tmp_path / "jieba.cache").write_bytes(marshal.dumps(written))
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(tmp_path)
    _load_dictionary(tokenizer)
    assert (tokenizer.FREQ, tokenizer.total) == written and tokenizer.initialized
    assert tokenizer.lcut("金融", HMM=False) == ["金融"]

    (tmp_path / "jieba.cache").write_bytes(b"not marshal")
    damaged = jieba.Tokenizer()
    damaged.tmp_dir = str(tmp_path)
    loaded = []
    damaged.initialize = lambda: loaded.append(True)
    _load_dictionary(damaged)
    assert loaded == [True] and not damaged.initialized
