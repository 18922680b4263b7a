"""The search index writer (builder/search_index.py) and its one tokenisation.

The browser tests (test_browser.py) run real queries through the top-bar box;
these check the parts they rely on: tokens, sections, the posting format, and
that the browser client (overrides/assets/search.js) cuts every text of the
seeds into exactly the tokens the builder indexed.
"""
import json
from pathlib import Path

from builder import search_index as si
from builder.model import Document, Paragraph, Part, Provision, Table, Cell

ROOT = Path(__file__).resolve().parent.parent


def test_han_text_becomes_bigrams_so_no_character_is_dropped():
    assert si.tokens("工伤保险") == ["工伤", "伤保", "保险"]
    assert si.tokens("荆政办发") == ["荆政", "政办", "办发"]


def test_numbers_and_latin_words_are_units_and_tokens_of_their_own():
    assert si.tokens("荆政办发〔2022〕16号") == ["荆政", "政办", "办发", "2022", "16号", "16"]
    assert si.tokens("2019年7月") == ["2019年", "年7", "7月", "2019", "7"]
    assert si.tokens("中心城区 9.98 1,280.5万元") == ["中心", "心城", "城区", "9.98", "1,280.5万", "万元", "1,280.5"]
    assert si.tokens("５Ｇ网络") == ["5g", "g网", "网络", "5", "g"]   # full-width → NFKC


def test_traditional_characters_are_indexed_and_searched_as_simplified():
    assert si.tokens("營商環境") == si.tokens("营商环境")
    assert si.normalise("農民工工資") == "农民工工资"


def test_quotation_marks_plus_and_padding_spaces_do_not_break_a_phrase():
    assert si.tokens("打造“数智”工厂") == si.tokens("打造数智工厂")
    assert si.tokens("互联网+医疗健康") == si.tokens("互联网医疗健康")
    assert si.tokens("贺 芹") == ["贺芹"]
    assert si.tokens("农民工，工资") == ["农民", "民工", "工资"]   # a comma still separates


def test_exact_number_date_and_issuer_keys():
    assert si.number_key("荆政办发〔2022〕16号") == si.number_key("荆政办发[2022]16 号") == "#n:荆政办发2022-16"
    assert si.number_key("没有文号") is None
    assert si.date_keys("2019-07-01") == ["#d:2019-07-01", "#m:2019-07"]
    assert si.date_keys("2019-07") == ["#m:2019-07"]
    assert si.issuer_key("潜江市 人民政府") == "#i:潜江市人民政府"


def _doc():
    body = Part("text_1", None, (1, 9), blocks=[
        Paragraph("各县市区人民政府：", (2, 2), role="addressee"),
        Provision("art_1", "第一条", "article", 1, "", "为了保障农民工工资支付，制定本办法。", (3, 3)),
        Provision("art_2", "第二条", "article", 2, "信用监管", "建立失信惩戒制度。", (4, 4)),
        Paragraph("本条另起一段。", (5, 5)),
        Table("table_1", [[Cell("地区"), Cell("金额")], [Cell("中心城区"), Cell("9.98")]], 1, (6, 7), caption="附表"),
    ])
    annex = Part("annex_1", "任免名单", (8, 9), label="附件1", blocks=[Paragraph("贺 芹 市第二实验小学", (9, 9), role="person")])
    return Document("jzbf-2022-16", "g", "关于保障农民工工资支付的通知", "通知", "荆政办发〔2022〕16号",
                    ["荆州市人民政府办公室"], "2022-09-17", (1, 9), parts=[body, annex])


def test_sections_follow_the_page_and_carry_the_anchor_a_result_links_to():
    secs = si.sections(_doc())
    assert [(s.anchor, s.label, s.heading) for s in secs] == [
        (None, "", "关于保障农民工工资支付的通知"), (None, "", ""), ("art_1", "第一条", ""),
        ("art_2", "第二条", "信用监管"), ("table_1", "", "附表"), ("annex_1", "", "附件1 任免名单")]
    assert secs[0].text == "荆政办发〔2022〕16号 荆州市人民政府办公室" and secs[0].dates == ("2022-09-17",)
    assert secs[3].text == "建立失信惩戒制度。\n本条另起一段。"     # a plain paragraph stays with its clause
    assert "中心城区 9.98" in secs[4].text
    assert secs[5].text == "贺 芹 市第二实验小学"


def test_postings_flag_title_and_heading_words():
    secs = si.sections(_doc())
    title = si.section_postings(secs[0], _doc())
    assert title["工资"] == 1 and title["2022"] == 0          # title: flagged; 文号: not
    assert title["#n:荆政办发2022-16"] == title["#d:2022-09-17"] == title["#i:荆州市人民政府办公室"] == 1
    clause = si.section_postings(secs[3])
    assert clause["信用"] == 1 and clause["失信"] == 0


def _decode(encoded):
    out, at, n, shift = [], 0, 0, 0
    for c in encoded:
        if c in si.TERMINAL:
            n += si.TERMINAL.index(c) << shift
            at += n // 2
            out.append((at, n % 2))
            n = shift = 0
        else:
            n += si.CONTINUED.index(c) << shift
            shift += 5
    return out


def test_posting_lists_round_trip_and_small_gaps_take_one_character():
    postings = [(0, 1), (3, 0), (4, 1), (20, 0), (20 + 40_000, 1)]
    encoded = si.encode(postings)
    assert _decode(encoded) == postings
    assert encoded[:3] == "163"


def test_index_files_find_every_token_in_its_shard_and_section(collection):
    docs = collection.documents
    files = si.files(docs, page_url=lambda d: f"gazettes/{d.gazette}/{d.id}/", results_url="search/")
    meta = json.loads(files["search/i/meta.js"][len("gzSearch.meta("):-3])
    assert meta["page"] == "search/" and meta["shards"] & (meta["shards"] - 1) == 0
    offsets, at = [], 0
    for gap in meta["offsets"].split(","):
        at += int(gap, 36)
        offsets.append(at)
    assert len(offsets) == len(docs)
    doc = next(d for d in docs if d.doc_number == "荆政办发〔2022〕22号")
    n = docs.index(doc)
    for token in ["工伤", "伤保", "保险", si.number_key(doc.doc_number), "#d:" + doc.date]:
        shard = files[f"search/i/s/{si.hash32(token) % meta['shards']}.js"]
        postings = json.loads("[" + shard[len("gzSearch.shard("):-3] + "]")[1][token]
        sections = [s for s, _ in _decode(postings)]
        assert any(offsets[n] <= s < (offsets[n + 1] if n + 1 < len(offsets) else 10 ** 9) for s in sections), token
    text = json.loads(files[f"search/i/t/{n}.js"][len(f"gzSearch.text({n},"):-3])
    assert text[0][2] == doc.title
    block = json.loads(files[f"search/i/d/{n // meta['block']}.js"].split(",", 1)[1][:-3])
    assert block[n % meta["block"]][:3] == [f"gazettes/{doc.gazette}/{doc.id}/", doc.title, doc.doc_number]
    assert "營" in meta["traditional"]            # the conversion table ships with the index


def test_typo_keys_survive_one_replaced_character():
    assert si.typo_keys("农民工") & si.typo_keys("农名工") == {"~农_工"}
    assert si.typo_keys("基干民兵") & si.typo_keys("基干民宾")
    keys = si.suggestion_keys({"农民工": 5, "农村工": 9, "农民": 1}, limit=2)
    assert keys["~农_工"] == ["农村工", "农民工"] and "~农民" in keys    # most frequent first
    assert "农民" not in keys["~农民"]                                    # beyond the limit


def test_browser_client_tokenises_every_seed_text_as_the_builder(collection, browser):
    """One tokenisation: search.js's tokens() equals the builder's on all the seeds' text."""
    texts = sorted({t for d in collection.documents for s in si.sections(d)
                    for t in (s.label + s.heading, s.text) if t})
    texts += ["營商環境 農民工", "５Ｇ＋应用", "荆政办发［2022］16号", "贺 芹", "1,280.5万元。3.5%"]
    page = browser.new_page()
    try:
        page.set_content("<html><body></body></html>")
        page.add_script_tag(path=str(ROOT / "overrides/assets/search.js"))
        table = "".join(t + s for t, s in si.traditional_table().items())
        page.evaluate("t => gzSearch.meta({offsets: '0', traditional: t, shards: 1})", table)
        got = page.evaluate("texts => texts.map(t => gzSearch.tokens(t))", texts)
    finally:
        page.close()
    differ = [(t, g, si.tokens(t)) for t, g in zip(texts, got) if g != si.tokens(t)]
    assert not differ, differ[:3]


