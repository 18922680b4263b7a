"""The metadata panel at the top of a document page."""
from builder.model import Document, Gazette
from builder.render import _panel


def _doc(**frame):
    return Document(id="d", gazette="g", title="关于某事的通知", kind="通知", doc_number="荆政办发〔2022〕16号",
                    issuers=["荆州市人民政府办公室"], date="2022-09-17", lines=(3, 40), **frame)


def _rows(panel: str) -> list[str]:
    return [chunk.split("</dt>")[0] for chunk in panel.split("<dt>")[1:]]


def test_panel_shows_the_frame_printed_around_the_text():
    gazette = Gazette("g", "seeds/a.txt", "荆州市人民政府公报", 2022, "2022年第8-9期", None, None)
    doc = _doc(addressees="各县、市、区人民政府", cc="市委办公室", attachments=["1. 名单", "2. 流程"],
               first_page=3, last_page=9)
    panel = _panel(doc, gazette)
    assert _rows(panel) == ["发文字号", "发文机关", "成文日期", "文种", "主送机关", "抄送", "附件", "出处"]
    assert "<dd>1. 名单；2. 流程</dd>" in panel
    assert "《荆州市人民政府公报》2022年第8-9期</a> 第 3–9 页" in panel


def test_the_reader_sees_the_print_not_the_file():
    gazette = Gazette("g", "seeds/a.txt", "荆州市人民政府公报", 2022, "2022年第8-9期", None, None)
    panel = _panel(_doc(first_page=50), gazette)
    assert "seeds/" not in panel and "第 50 页起" in panel
    issue_without_year = Gazette("g", "seeds/b.txt", "潜江市人民政府公报", 2025, "第6号", None, None)
    assert "《潜江市人民政府公报》2025年第6号</a> 第 13 页" in _panel(_doc(first_page=13, last_page=13),
                                                              issue_without_year)


def test_panel_leaves_out_what_was_not_printed():
    gazette = Gazette("g", "seeds/a.txt", None, 2022, None, None, None)
    assert _rows(_panel(_doc(), gazette)) == ["发文字号", "发文机关", "成文日期", "文种", "出处"]
