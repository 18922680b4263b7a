"""builder/page_html.py writes what Python-Markdown writes, for every generated page.

The site's generated pages are rendered without Python-Markdown (the
MkDocs hook, on_page_content); readers must get the very same pages. Every
Markdown page builder/output.py makes of the seeds and of every development
and held-out set (laid out as printed issues) is rendered both ways, with
mkdocs.yml's markdown_extensions as MkDocs runs them, and compared byte for
byte: the HTML, the table of contents, the anchors MkDocs collects and the
links MkDocs rewrites, in order. And what the hook hands MkDocs for a page
(links rewritten by MkDocs, table of contents, anchors, links to anchors)
is what MkDocs's own Page.render sets, for the site and the offline build.
"""
from pathlib import Path

import markdown
import pytest
from markdown.treeprocessors import Treeprocessor
from mkdocs.config import load_config
from mkdocs.structure import pages as mkdocs_pages
from mkdocs.structure.files import File, Files
from mkdocs.utils import meta

from builder import output, page_html, site
from tests.devset.layout import printed_issues
from tests.devset.measure import GAZETTE_NAME, SETS, load

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def config():
    return load_config(str(ROOT / "mkdocs.yml"))


class _Links(Treeprocessor):
    """Every link's address in the order MkDocs's own link processor meets them."""

    def run(self, root):
        self.urls = [el.get("href") for el in root.iter() if el.tag == "a"]


def python_markdown(body: str, config) -> tuple:
    """What MkDocs's Page.render makes of a page (its links left as written)."""
    md = markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})
    raw = mkdocs_pages._RawHTMLPreprocessor()
    raw._register(md)
    anchors = mkdocs_pages._ExtractAnchorsTreeprocessor(None, None, config)
    anchors._register(md)
    links = _Links(md)
    md.treeprocessors.register(links, "relpath", 0)  # where MkDocs's own runs
    html = md.convert(body)
    return html, md.toc_tokens, anchors.present_anchor_ids | raw.present_anchor_ids, links.urls


def fast(body: str) -> tuple | None:
    asked = []
    made = page_html.render(body, lambda url: asked.append(url) or url)
    return made and (made.html, made.toc, made.ids, asked)


def generated_pages(collection) -> dict[str, str]:
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    files = output.site_files(collection, output.Urls(), title="t", site_url=None, home=home).files
    return {path: meta.get_data(text)[0] for path, text in files.items() if path.endswith(".md")}


def assert_same(pages: dict[str, str], config, most_known: float, spare: int = 0) -> None:
    """Every page the fast path renders is what Python-Markdown renders, and the fast path renders most_known of
    the pages, or all but spare of them (a set of a dozen pages may hold one the fast path leaves to Python-Markdown
    whole, as it leaves an attribute holding '*': holdout282's printed label '1* .')."""
    known = 0
    for path, body in pages.items():
        made = fast(body)
        if made is not None:
            known += 1
            assert made == python_markdown(body, config), path
    assert known >= min(most_known * len(pages), len(pages) - spare), \
        f"only {known} of {len(pages)} pages rendered without Python-Markdown"


def test_every_page_of_the_seeds(collection, config):
    assert_same(generated_pages(collection), config, most_known=1.0)


@pytest.mark.corpus
@pytest.mark.parametrize("set_name", SETS)
def test_every_page_of_the_development_and_held_out_sets(set_name, config, tmp_path):
    for layout in printed_issues([r.doc for r in load(set_name)], seed=1, name=GAZETTE_NAME):
        (tmp_path / f"{layout.stem}.txt").write_text(layout.text, encoding="utf-8")
    assert_same(generated_pages(site.load(tmp_path, cache=site.CACHE)), config, most_known=0.95, spare=1)


def _generated(config, path: str, content: str) -> File:
    """A file as the hook hands it to MkDocs (File.generated, outside a plugin event)."""
    file = File(path, src_dir=None, dest_dir=config.site_dir, use_directory_urls=config.use_directory_urls)
    file.content_string = content
    return file


def _toc(items) -> list:
    return [(i.title, i.id, i.level, _toc(i.children)) for i in items]


@pytest.mark.parametrize("directory_urls", [True, False])
def test_the_hook_sets_what_mkdocs_sets(collection, directory_urls):
    import mkdocs_hooks

    config = load_config(str(ROOT / "mkdocs.yml"), use_directory_urls=directory_urls)
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    made = output.site_files(collection, output.Urls(directory_urls), title="t", site_url=None, home=home).files
    files = Files([_generated(config, path, content) for path, content in made.items()])
    for path in made:
        if not path.endswith(".md"):
            continue
        theirs = mkdocs_pages.Page(None, files.get_file_from_path(path), config)
        theirs.read_source(config)
        theirs.render(config, files)
        ours = mkdocs_pages.Page(None, files.get_file_from_path(path), config)
        ours.read_source(config)
        html = mkdocs_hooks._rendered(ours, ours.markdown, config, files)
        assert html == ours.content == theirs.content, path
        assert _toc(ours.toc) == _toc(theirs.toc), path
        assert ours.present_anchor_ids == theirs.present_anchor_ids, path
        assert ours.links_to_anchors == theirs.links_to_anchors, path


def test_every_page_of_hostile_input(config, tmp_path):
    """Markup, attribute lists and template syntax printed in titles and text (tests/test_hostile.py)."""
    from tests.test_hostile import PAYLOADS

    lines = []
    for n, payload in enumerate(PAYLOADS, start=1):
        lines += [f"关于{payload}加强管理的通知", f"荆政办发〔2022〕{90 + n}号", "各县市区人民政府：",
                  f"  现将{payload}有关事项通知如下，请遵照执行。", "", "荆州市人民政府办公室", f"2022年9月{n}日", ""]
    (tmp_path / "c_titles.txt").write_text("\n".join(lines), encoding="utf-8")
    assert_same(generated_pages(site.load(tmp_path)), config, most_known=1.0)


@pytest.mark.parametrize("markdown_text", [
    "*emphasis*",  # nothing the site writes
    "text\n    indented",
    "```\ncode\n```",
    "![image](a.png)",
    "# Title\n\n<div markdown>\n*x*\n</div>",
    "a `code` span",
    "| a |\n|:--|\n| b |",  # an aligned column
])
def test_what_it_does_not_know_is_left_to_python_markdown(markdown_text):
    assert page_html.render(markdown_text) is None


@pytest.mark.parametrize("markdown_text", [
    "# 关于 A&amp;B 的通知（2020）\n\n正文 [链接](a.md#x){ .gz-ref } **第一条**\n{: #p .gz-prov data-label=\"第一条\" }",
    "## 附件 {#annex_1 .gz-part data-gz-title=\"名单\"}\n\n- [甲](b.md)\n- [乙](c.md)",
    "### 第一章\u3000 {#chp_1 .gz-prov data-label=\"第一章\"}",
    "# 同名\n\n# 同名\n\n<dl class=\"gz-meta\"><dt>x</dt><dd id=\"y\">z</dd></dl>",
    "转义 \\* \\_ \\[ \\] \\{ \\} \\| \\\\ \\= 1\\. 祝好! 末尾\\",
    "\\= 等号 \\- 减号 [链接\\]](x.md)",
])
def test_cases_the_corpora_may_lack(markdown_text, config):
    """Forms the generated pages can take that the seeds and sets may not show."""
    made = fast(markdown_text)
    assert made is not None and made == python_markdown(markdown_text, config)


def test_it_renders_with_the_sites_markdown_and_no_other(config):
    """mkdocs.yml's extensions and options are the ones it writes the HTML of;
    with any other (an extension added, a toc option changed) the hook leaves
    every page to Python-Markdown."""
    assert page_html.knows(config["markdown_extensions"], config["mdx_configs"])
    assert not page_html.knows([*config["markdown_extensions"], "footnotes"], config["mdx_configs"])
    assert not page_html.knows(config["markdown_extensions"], {"toc": {"permalink": "#"}})
