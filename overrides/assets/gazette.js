/* Gazette provisions: "copy link" and "copy citation" buttons next to the
   permalink of every .gz-prov element. No external code. */
(function () {
  "use strict";

  function docNumber() {
    var el = document.getElementById("gz-page");
    var n = el && (el.getAttribute("data-doc-number") || el.getAttribute("data-title"));
    if (n) return n.trim();
    var h1 = document.querySelector(".md-content h1");
    return h1 ? h1.textContent.replace(/¶\s*$/, "").trim() : document.title;
  }

  function label(el) {
    /* the printed label, as the converter read it (builder/text/numbering.py) */
    return el.getAttribute("data-label") || "";
  }

  function chineseDate(iso) {
    /* 2019-07-01 → 2019年7月1日; 2019-07 → 2019年7月 */
    var m = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(iso || "");
    if (!m) return "";
    return m[1] + "年" + Number(m[2]) + "月" + (m[3] ? Number(m[3]) + "日" : "");
  }

  function citationFor(el) {
    /* 《issued text》第十条（荆政办发〔2022〕16号）for a provision of a text the
       notice issues; 荆政办发〔2022〕16号 第十条 for the notice's own; a
       chronicle entry by its date. */
    var parts = el.id.split("__"), labels = [];
    var doc = docNumber();
    if (el.classList.contains("gz-entry")) {
      var time = el.querySelector("time[datetime]");
      var dt = el.querySelector("dt");
      var when = time ? chineseDate(time.getAttribute("datetime")) : (dt ? dt.textContent.trim() : "");
      return ("《" + pageTitle() + "》" + when).trim();
    }
    for (var i = 1; i <= parts.length; i++) {
      var anc = document.getElementById(parts.slice(0, i).join("__"));
      if (anc && anc.classList.contains("gz-prov")) {
        var l = label(anc);
        if (l) labels.push(l.replace(/[、.．]$/, ""));
      }
    }
    /* a section numbered by levels (2.2) and a point under it (1) keep a space
       between them: 2.2 1, not 2.21 */
    labels = labels.map(function (l, k) {
      return k && /\d$/.test(labels[k - 1]) && /^\d/.test(l) ? " " + l : l;
    });
    var part = document.getElementById(parts[0]);
    var text = part && part.getAttribute("data-gz-title");
    if (text && parts.length > 1) {
      return "《" + text + "》" + labels.join("") + (doc ? "（" + doc + "）" : "");
    }
    return (doc + " " + labels.join("")).trim();
  }

  function pageTitle() {
    var el = document.getElementById("gz-page");
    var t = el && el.getAttribute("data-title");
    return t ? t.trim() : document.title;
  }

  function followAlias() {
    /* #art_10 is the address a reader guesses; the article is text_1__art_10
       when the notice issues a text. Go there when exactly one issued text
       has it. */
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id || document.getElementById(id) || !/^(art|chp)_\d+$/.test(id)) return;
    var found = Array.prototype.filter.call(
      document.querySelectorAll(".gz-prov[id$='__" + id + "']"),
      function (el) { return /^text_\d+__(art|chp)_\d+$/.test(el.id); });
    if (found.length === 1) location.replace("#" + found[0].id);
  }

  function linkFor(el) {
    return location.href.split("#")[0] + "#" + el.id;
  }

  function copy(text, button) {
    button.setAttribute("data-copied", text);
    var done = function () {
      button.classList.add("gz-copied");
      setTimeout(function () { button.classList.remove("gz-copied"); }, 1500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
    } else {
      fallback(text); done();
    }
  }

  function fallback(text) {
    var ta = document.createElement("textarea");
    ta.value = text;
    ta.setAttribute("readonly", "");
    ta.style.position = "fixed";
    ta.style.opacity = "0";
    document.body.appendChild(ta);
    ta.select();
    try { document.execCommand("copy"); } catch (e) { /* nothing more to try */ }
    ta.remove();
  }

  function button(cls, title, glyph, make) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "gz-copy " + cls;
    b.title = title;
    b.setAttribute("aria-label", title);
    b.textContent = glyph;
    b.addEventListener("click", function (ev) {
      ev.preventDefault();
      ev.stopPropagation();
      copy(make(), b);
    });
    return b;
  }

  function decorate(root) {
    root.querySelectorAll(".gz-prov[id]").forEach(function (el) {
      if (el.querySelector(":scope > .gz-copy")) return;
      var link = el.querySelector(":scope > a.headerlink");
      var bl = button("gz-copy-link", "复制链接", "链接", function () { return linkFor(el); });
      var bc = button("gz-copy-cite", "复制引用", "引用", function () { return citationFor(el); });
      bc.setAttribute("data-citation", citationFor(el));
      if (link) {
        link.after(bl, bc);
      } else {
        el.append(bl, bc);
      }
    });
  }

  /* A table wider than its wrapper: say so above it (a phone shows three of
     sixteen columns and nothing else hints that the rest is there). */
  function columns(table) {
    return Math.max.apply(null, Array.prototype.map.call(table.rows, function (r) {
      return Array.prototype.reduce.call(r.cells, function (n, c) { return n + (c.colSpan || 1); }, 0);
    }));
  }

  function markScrolling(root) {
    root.querySelectorAll(".gz-table-wrap").forEach(function (wrap) {
      var table = wrap.querySelector("table");
      if (!table) return;
      var scroller = table.closest(".md-typeset__scrollwrap") || wrap;
      var scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
      wrap.classList.toggle("gz-scrolls", scrolls);
      if (scrolls && !wrap.querySelector(":scope > .gz-scroll-hint")) {
        var hint = document.createElement("p");
        hint.className = "gz-scroll-hint";
        hint.textContent = "表格较宽（共 " + columns(table) + " 列），左右滑动查看 →";
        wrap.prepend(hint);
      }
    });
  }

  /* Printed, a page carries its address and the day it was printed instead
     of the site's navigation (gazette.css shows this line only on paper). */
  function printLine(root) {
    var content = root.querySelector(".md-content__inner");
    if (!content) return;
    var line = content.querySelector(":scope > .gz-print-line");
    if (!line) {
      line = document.createElement("p");
      line.className = "gz-print-line";
      content.prepend(line);
    }
    var d = new Date();
    line.textContent = location.href.split("#")[0] + " · 打印于 " +
      d.getFullYear() + "年" + (d.getMonth() + 1) + "月" + d.getDate() + "日";
  }

  function init() {
    followAlias();
    decorate(document);
    markScrolling(document);
    printLine(document);
  }

  window.addEventListener("resize", function () { markScrolling(document); });
  window.addEventListener("beforeprint", function () { printLine(document); });
  window.addEventListener("hashchange", followAlias);

  /* Material's instant loading replaces the page without a reload */
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
