/* Site search: the client of the sharded bigram index that builder/search_index.py
   writes under search/i/ (read its docstring for the format and the reasons).

   A query loads meta.js, then only the shards of its tokens, then the document
   blocks and texts of the results it shows. Every file is a <script>, so it
   works from file:// and under any sub-path. Drives the search box in the top
   bar (Material's markup and look, our behaviour) and the results page
   search/?q=… with filters by year, issuer and 文种. No external code. */
(function () {
  "use strict";

  var ROOT = document.currentScript.src.replace(/assets\/search\.js([?#].*)?$/, "");
  var DATA = ROOT + "search/i/";
  var HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff";
  var UNIT = new RegExp("[" + HAN + "]|[0-9]+(?:[.,][0-9]+)*|[a-z]+", "g");
  var SEPARATOR = new RegExp("[^" + HAN + "0-9a-z.,]+|(?<![0-9])[.,]|[.,](?![0-9])");
  var TRANSPARENT = new RegExp("[“”‘’\"'「」『』《》〈〉+]|(?<=[" + HAN + "])\\s+(?=[" + HAN + "])", "g");
  var IS_HAN = new RegExp("^[" + HAN + "]$");
  var DIGIT = {};   // posting digits: 0-31 end a number, 32-63 go on (builder/search_index.encode)
  "0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZwxyz-_".split("").forEach(function (c, i) {
    DIGIT[c.charCodeAt(0)] = i;
  });
  var DROPDOWN = 8;    // results shown under the top-bar box
  var PAGE = 20;       // results per page of the results page
  var OPENING_WORDS = 16;  // characters of a clause's text that name a clause printed without a heading

  /* ------------------------------------------------------------ loading */

  var store = {meta: null, shards: {}, blocks: {}, texts: {}, decoded: {}};
  var loading = {};

  window.gzSearch = {
    meta: function (m) {
      var at = 0;
      m.offsets = m.offsets.split(",").map(function (g) { return (at += parseInt(g, 36)); });
      var pairs = Array.from(m.traditional);   // code points: some characters lie beyond U+FFFF
      m.table = {};
      for (var i = 0; i + 1 < pairs.length; i += 2) m.table[pairs[i]] = pairs[i + 1];
      store.meta = m;
    },
    shard: function (n, postings, words) { store.shards[n] = {p: postings, w: words}; },
    docs: function (n, list) { store.blocks[n] = list; },
    text: function (n, sections) { store.texts[n] = sections; },
    query: query,        // the ranked results of a query
    show: show,          // the first n results as HTML (the benchmark times it)
    tokens: tokens       // for the test that the tokenisation equals the builder's
  };

  function load(path) {
    if (!loading[path]) {
      loading[path] = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = DATA + path;
        s.onload = function () { resolve(); };
        s.onerror = function () { delete loading[path]; reject(new Error("search index: cannot load " + path)); };
        document.head.appendChild(s);
      });
    }
    return loading[path];
  }

  /* ------------------------------------------------------------ tokens (= builder/search_index.py) */

  function normalise(text) {
    var table = store.meta ? store.meta.table : {};
    var out = "";
    for (var c of text.normalize("NFKC").toLowerCase()) out += table[c] || c;
    return out;
  }

  function runs(text) {
    return normalise(text).replace(TRANSPARENT, "").split(SEPARATOR).map(function (piece) {
      return piece.match(UNIT) || [];
    }).filter(function (r) { return r.length; });
  }

  function tokens(text) {
    var out = [];
    runs(text).forEach(function (run) {
      if (run.length === 1) { out.push(run[0]); return; }
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run.forEach(function (u) { if (!IS_HAN.test(u)) out.push(u); });
    });
    return out;
  }

  function hash32(token) {
    var h = 0x811c9dc5;
    for (var c of token) h = Math.imul(h ^ c.codePointAt(0), 0x01000193) >>> 0;
    return h;
  }

  function shardOf(token) { return hash32(token) % store.meta.shards; }

  /* A 文号 in any bracket shape or none, a date, a month, an issuer's name: tokens of their own. */
  function special(q) {
    var s = normalise(q).replace(/\s+/g, ""), m;
    if ((m = new RegExp("^([" + HAN + "]+)[〔\\[(【„〖]?(\\d{4})[〕\\])】‟〗]?(\\d{1,4})号?$").exec(s)))
      return "#n:" + m[1] + m[2] + "-" + parseInt(m[3], 10);
    if ((m = /^(\d{4})[-年./](\d{1,2})[-月./](\d{1,2})日?$/.exec(s)))
      return "#d:" + m[1] + "-" + pad(m[2]) + "-" + pad(m[3]);
    if ((m = /^(\d{4})(?:[-./](\d{1,2})|年(\d{1,2})月)$/.exec(s)))
      return "#m:" + m[1] + "-" + pad(m[2] || m[3]);
    return s ? "#i:" + s : null;
  }

  function pad(n) { return ("0" + parseInt(n, 10)).slice(-2); }

  /* The words of a query: split at spaces; single Han characters in a row are
     one word (a name printed 贺 芹); a single Han character left alone is not
     indexed (only bigrams are), so it is set aside and the status says so. */
  function parse(q) {
    var pieces = [], single = [], alone = function (w) { return IS_HAN.test(normalise(w)); }, prev = false;
    q.trim().split(/\s+/).filter(Boolean).forEach(function (w) {
      if (alone(w) && prev) pieces[pieces.length - 1] += w;
      else pieces.push(w);
      prev = alone(w);
    });
    if (pieces.length > 1) {
      single = pieces.filter(alone);
      pieces = pieces.filter(function (w) { return !alone(w); });
    }
    var words = pieces.map(function (w) {
      var t = tokens(w);
      return {text: w, runs: runs(w).map(function (r) { return r.join(""); }),
              tokens: t.filter(function (x, i) { return t.indexOf(x) === i; })};
    }).filter(function (w) { return w.tokens.length; });
    return {words: words, special: special(q), single: single};
  }

  /* ------------------------------------------------------------ postings */

  function postings(token) {
    if (!(token in store.decoded)) {
      var shard = store.shards[shardOf(token)], list = new Map();
      var raw = shard && shard.p[token];
      if (raw) {   /* see builder/search_index.encode */
        var at = 0, n = 0, shift = 0;
        for (var i = 0; i < raw.length; i++) {
          var c = raw.charCodeAt(i), d = DIGIT[c];
          if (d < 32) {
            n += d * Math.pow(2, shift);
            at += Math.floor(n / 2);
            list.set(at, n % 2);
            n = 0; shift = 0;
          } else {
            n += (d - 32) * Math.pow(2, shift);
            shift += 5;
          }
        }
      }
      store.decoded[token] = list;
    }
    return store.decoded[token];
  }

  /* section → {head} where all tokens of a word meet (the phrase check); head:
     all of them in the title or heading */
  function wordHits(toks) {
    var lists = toks.map(postings).sort(function (a, b) { return a.size - b.size; });
    var out = new Map();
    if (!lists.length || !lists[0].size) return out;
    lists[0].forEach(function (flag, sec) {
      var head = flag === 1;
      for (var i = 1; i < lists.length; i++) {
        var f = lists[i].get(sec);
        if (f === undefined) return;
        head = head && f === 1;
      }
      out.set(sec, {head: head});
    });
    return out;
  }

  function docOf(section) {
    var o = store.meta.offsets, lo = 0, hi = o.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (o[mid] <= section) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* ------------------------------------------------------------ ranking */

  function rank(q) {
    var n = q.words.length, docs = new Map();
    function rec(d) {
      if (!docs.has(d)) docs.set(d, {doc: d, has: 0, title: 0, head: 0, count: new Array(n).fill(0),
                                      sections: new Map(), special: 0, score: 0});
      return docs.get(d);
    }
    q.words.forEach(function (w, i) {
      wordHits(w.tokens).forEach(function (hit, sec) {
        var r = rec(docOf(sec)), first = sec === store.meta.offsets[r.doc];
        r.has |= 1 << i;
        r.count[i] += 1;
        if (hit.head) { if (first) r.title |= 1 << i; else r.head |= 1 << i; }
        var s = r.sections.get(sec) || {words: 0, weight: 0};
        s.words |= 1 << i;
        s.weight += hit.head ? 3 : 1;
        r.sections.set(sec, s);
      });
    });
    if (q.special) {
      postings(q.special).forEach(function (flag, sec) {
        var r = rec(docOf(sec));
        r.special += sec === store.meta.offsets[r.doc] ? 10 : 1;
        if (sec !== store.meta.offsets[r.doc]) {
          var s = r.sections.get(sec) || {words: 0, weight: 0};
          s.weight += 5;
          r.sections.set(sec, s);
        }
      });
    }
    var all = (1 << n) - 1, total = store.meta.offsets.length;
    var idf = q.words.map(function (w, i) {
      var df = 0;
      docs.forEach(function (r) { if (r.has & (1 << i)) df++; });
      return Math.log(1 + total / Math.max(df, 1));
    });
    docs.forEach(function (r) {
      var together = false;
      r.sections.forEach(function (s) { if (n > 1 && s.words === all) together = true; });
      q.words.forEach(function (w, i) {
        if (!(r.has & (1 << i))) return;
        r.score += idf[i] * (1 + Math.log(1 + r.count[i]) + (r.title & (1 << i) ? 6 : 0) +
                             (r.head & (1 << i) ? 2 : 0));
      });
      if (together) r.score += 3 * idf.reduce(function (a, b) { return a + b; }, 0);
      r.score += Math.min(r.special, 30);
      r.matched = popcount(r.has);
      r.tier = r.special ? 0 : r.has === all ? 1 : 2;
    });
    var list = Array.from(docs.values());
    var complete = list.some(function (r) { return r.tier < 2; });
    if (complete) list = list.filter(function (r) { return r.tier < 2; });
    list.sort(function (a, b) {
      return a.tier - b.tier || b.matched - a.matched || b.score - a.score || a.doc - b.doc;
    });
    list.forEach(function (r) { r.best = bestSection(r); });
    return {results: list, partial: !complete && list.length > 0};
  }

  function popcount(x) { var c = 0; for (; x; x &= x - 1) c++; return c; }

  /* The section a result links to: the clause with most query words, then weight;
     the title section only when nothing else matched. */
  function bestSection(r) {
    var first = store.meta.offsets[r.doc], best = null, bw = -1, bs = -1;
    r.sections.forEach(function (s, sec) {
      if (sec === first) return;
      var w = popcount(s.words);
      if (w > bw || (w === bw && s.weight > bs)) { best = sec; bw = w; bs = s.weight; }
    });
    var title = r.sections.get(first);
    if (best !== null && title && popcount(title.words) > bw) best = null;
    return best === null ? 0 : best - first;
  }

  /* ------------------------------------------------------------ the query */

  function query(q) {
    return load("meta.js").then(function () {
      var parsed = parse(q);
      var toks = [];
      parsed.words.forEach(function (w) { toks = toks.concat(w.tokens); });
      if (parsed.special) toks.push(parsed.special);
      return loadShards(toks).then(function () {
        var ranked = rank(parsed);
        ranked.query = q;
        ranked.words = parsed.words;
        ranked.single = parsed.single;
        if (ranked.results.length || !parsed.words.length) return ranked;
        return suggest(parsed.words).then(function (better) {
          if (!better) return ranked;
          return query(better).then(function (r) { r.suggested = better; r.query = q; return r; });
        });
      });
    });
  }

  function loadShards(toks) {
    var wanted = {};
    toks.forEach(function (t) { wanted[shardOf(t)] = true; });
    return Promise.all(Object.keys(wanted).map(function (s) { return load("s/" + s + ".js"); }));
  }

  /* The closest indexed word (one character replaced, added or dropped) for each
     word of three or more Han characters that the index does not have. */
  function suggest(words) {
    var keysOf = function (w) {
      var keys = [];
      for (var i = 0; i + 1 < w.length; i++) keys.push("~" + w[i] + w[i + 1]);
      for (i = 0; i + 2 < w.length; i++) keys.push("~" + w[i] + "_" + w[i + 2]);
      return keys;
    };
    var han = words.map(function (w) { return normalise(w.text).replace(new RegExp("[^" + HAN + "]", "g"), ""); });
    var keys = [];
    han.forEach(function (w) { if (w.length >= 3) keys = keys.concat(keysOf(w)); });
    if (!keys.length) return Promise.resolve(null);
    return loadShards(keys).then(function () {
      var changed = false;
      var out = words.map(function (w, i) {
        if (han[i].length < 3 || wordHits(w.tokens).size) return w.text;
        var best = null;
        keysOf(han[i]).forEach(function (k) {
          var shard = store.shards[shardOf(k)];
          (shard && shard.w[k] || []).forEach(function (cand, rankInList) {
            var d = distance(han[i], cand);
            if (d === 1 && (!best || rankInList < best.rank)) best = {word: cand, rank: rankInList};
          });
        });
        if (!best) return w.text;
        changed = true;
        return best.word;
      });
      return changed ? out.join(" ") : null;
    });
  }

  function distance(a, b) {
    if (Math.abs(a.length - b.length) > 1) return 2;
    var prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      var cur = [i];
      for (j = 1; j <= b.length; j++)
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
    return prev[b.length];
  }

  /* ------------------------------------------------------------ results */

  /* Document entries and section texts of results from..to, loaded. */
  function details(results, from, to, withText) {
    var slice = results.slice(from, to), files = {};
    slice.forEach(function (r) {
      files["d/" + Math.floor(r.doc / store.meta.block) + ".js"] = true;
      if (withText) files["t/" + r.doc + ".js"] = true;
    });
    return Promise.all(Object.keys(files).map(load)).then(function () { return slice; });
  }

  function entry(doc) {
    var e = store.blocks[Math.floor(doc / store.meta.block)][doc % store.meta.block];
    return {url: e[0], title: e[1], number: e[2], issuer: e[3], date: e[4], kind: e[5]};
  }

  function escapeHtml(s) {
    return s.replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]; });
  }

  /* text with the query's runs marked; around the first mark when cut to size */
  function highlight(text, words, size) {
    var norm = "", map = [], skip = new Array(text.length).fill(false);
    text.replace(TRANSPARENT, function (m, at) { for (var j = 0; j < m.length; j++) skip[at + j] = true; return m; });
    for (var i = 0; i < text.length; i++) {
      var n = skip[i] ? "" : normalise(text[i]);
      for (var k = 0; k < n.length; k++) { norm += n[k]; map.push(i); }
    }
    var marks = new Array(text.length).fill(false), first = -1;
    words.forEach(function (w) {
      w.runs.forEach(function (run) {
        if (!run) return;
        for (var at = norm.indexOf(run); at >= 0; at = norm.indexOf(run, at + 1)) {
          for (var j = at; j < at + run.length; j++) marks[map[j]] = true;
          if (first < 0 || map[at] < first) first = map[at];
        }
      });
    });
    var start = 0, end = text.length;
    if (size && text.length > size) {
      start = Math.max(0, first - Math.floor(size / 3));
      end = Math.min(text.length, start + size);
    }
    var out = start > 0 ? "…" : "", open = false;
    for (i = start; i < end; i++) {
      if (marks[i] !== open) { out += marks[i] ? "<mark>" : "</mark>"; open = marks[i]; }
      out += escapeHtml(text[i]);
    }
    return out + (open ? "</mark>" : "") + (end < text.length ? "…" : "");
  }

  /* The line that names a result's clause: its label and heading ("一、总体要求"); a
     clause printed with no heading ("130、", "第五条") by its label and the opening words
     of its text, up to the first mark, as a heading would name it: a bare number says
     nothing of what the clause is about. */
  function clauseName(sec) {
    if (!sec[1] || sec[2]) return labelled(sec[1], sec[2]);
    var opening = (sec[3] || "").split(/[，。；：！？,;:!?\n]/)[0];
    if (opening.length > OPENING_WORDS) opening = opening.slice(0, OPENING_WORDS) + "…";
    return labelled(sec[1], opening);
  }

  /* A label and the words after it as print sets them: closed up after a label
     that ends on its own mark ("一、", "1.", "（一）"), a space after a bare one
     ("第五条 …"). */
  function labelled(label, words) {
    if (!label || !words) return label || words || "";
    return label + (/[、.．)）]$/.test(label) ? "" : " ") + words;
  }

  function resultHtml(r, words) {
    var e = entry(r.doc), sections = store.texts[r.doc], sec = sections[r.best];
    var href = ROOT + e.url + (r.best && sec[0] ? "#" + sec[0] : "");
    var body = r.best ? sec : (sections[1] || sec);
    var text = (body !== sec && body[2] ? body[2] + " " : "") + body[3];
    var where = [e.issuer, e.date, e.number].filter(Boolean).map(escapeHtml).join(" · ");
    var clause = r.best ? clauseName(sec) : "";
    return '<li class="md-search-result__item"><a href="' + escapeHtml(href) + '" class="md-search-result__link" tabindex="-1">' +
      '<article class="md-search-result__article md-typeset">' +
      '<h1 class="gz-sr-title">' + highlight(e.title, words) + "</h1>" +
      '<p class="gz-sr-where">' + where + "</p>" +
      (clause ? '<p class="gz-sr-clause">' + highlight(clause, words, 60) + "</p>" : "") +
      '<p class="gz-sr-snippet">' + highlight(text || "", words, 110) + "</p>" +
      "</article></a></li>";
  }

  function status(ranked, shown) {
    var q = escapeHtml(ranked.query), n = ranked.results.length;
    var parts = [];
    if (ranked.suggested) parts.push("未找到「" + q + "」，以下是「" + escapeHtml(ranked.suggested) + "」的结果。");
    if (!n) return "未找到「" + q + "」。";
    if (ranked.single && ranked.single.length)
      parts.push("单字「" + escapeHtml(ranked.single.join("、")) + "」不单独检索。");
    if (ranked.partial) parts.push("没有同时包含所有词的文件，以下文件包含其中部分词。");
    parts.push("找到 " + n + " 个文件" + (shown < n ? "，显示前 " + shown + " 个" : "") + "。");
    return parts.join("");
  }

  function pageUrl(q) {
    return ROOT + (store.meta ? store.meta.page : "search/") + "?q=" + encodeURIComponent(q);
  }

  /* The ranked results of q and the HTML of the first n, as the box lists them. */
  function show(q, n) {
    return query(q).then(function (ranked) {
      return details(ranked.results, 0, n, true).then(function (shown) {
        return {ranked: ranked, items: shown.map(function (r) { return resultHtml(r, ranked.words); })};
      });
    });
  }

  /* ------------------------------------------------------------ the top-bar box */

  function topBar() {
    var box = document.querySelector(".gz-search .md-search__input");
    if (!box) return;
    var toggle = document.getElementById("__search");
    var form = box.form, meta = document.querySelector(".gz-search .md-search-result__meta");
    var list = document.querySelector(".gz-search .md-search-result__list");
    var output = document.querySelector(".gz-search .md-search-result");
    var latest = 0;
    function open() { if (toggle && !toggle.checked) toggle.checked = true; }
    function run() {
      var q = box.value.trim(), ticket = ++latest;
      output.removeAttribute("data-done");
      if (!q) {
        meta.textContent = "键入词语、发文字号或日期";
        list.innerHTML = "";
        output.setAttribute("data-done", "");
        return;
      }
      meta.textContent = "正在搜索…";
      show(q, DROPDOWN).then(function (out) {
        if (ticket !== latest) return;
        var n = out.ranked.results.length;
        var more = n ? '<li class="gz-sr-more"><a href="' + escapeHtml(pageUrl(q)) +
          '">全部 ' + n + " 个结果，按年份、发文机关、文种筛选 →</a></li>" : "";
        meta.innerHTML = status(out.ranked, out.items.length);
        list.innerHTML = out.items.join("") + more;
        output.setAttribute("data-query", q);
        output.setAttribute("data-done", "");
      }).catch(function (err) {
        if (ticket !== latest) return;
        meta.textContent = "搜索出错：" + err.message;
        output.setAttribute("data-query", q);
        output.setAttribute("data-done", "");
      });
    }
    box.addEventListener("focus", open);
    box.addEventListener("input", run);
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (box.value.trim()) location.href = pageUrl(box.value.trim());
    });
    form.addEventListener("reset", function () { setTimeout(run, 0); });
    document.addEventListener("keydown", function (ev) {   /* Material's keys: / or s to search, Esc to leave */
      var active = document.activeElement;
      var typing = active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable);
      if (ev.key === "Escape" && toggle && toggle.checked) {
        toggle.checked = false;
        box.blur();
      } else if (!typing && (ev.key === "/" || ev.key === "s") && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
        ev.preventDefault();
        open();
        box.focus();
      }
    });
    if (toggle) toggle.addEventListener("change", function () { if (toggle.checked) box.focus(); });
    run();
  }

  /* ------------------------------------------------------------ the results page */

  function resultsPage() {
    var root = document.querySelector(".gz-search-page");
    if (!root) return;
    var q = new URLSearchParams(location.search).get("q") || "";
    var box = root.querySelector("input[name=q]");
    var filters = root.querySelector(".gz-sp-filters"), meta = root.querySelector(".gz-sp-status");
    var list = root.querySelector(".gz-sp-results"), more = root.querySelector(".gz-sp-more");
    box.value = q;
    if (!q) { meta.textContent = "键入词语、发文字号或日期。"; root.setAttribute("data-done", ""); return; }
    meta.textContent = "正在搜索…";
    var ranked, chosen = {year: "", issuer: "", kind: ""}, shown = 0, kept = [];
    query(q).then(function (r) {
      ranked = r;
      return details(r.results, 0, r.results.length, false);
    }).then(function () {
      facets();
      apply();
    }).catch(function (err) {
      meta.textContent = "搜索出错：" + err.message;
      root.setAttribute("data-done", "");
    });

    function value(doc, name) {
      var e = entry(doc);
      if (name === "year") return e.date.slice(0, 4) || "日期不详";
      if (name === "issuer") return e.issuer.split("、")[0] || "未署发文机关";
      return e.kind || "其他";
    }

    function facets() {
      var labels = {year: "年份", issuer: "发文机关", kind: "文种"};
      filters.innerHTML = "";
      Object.keys(labels).forEach(function (name) {
        var counts = {};
        ranked.results.forEach(function (r) { var v = value(r.doc, name); counts[v] = (counts[v] || 0) + 1; });
        var select = document.createElement("select");
        select.name = name;
        select.setAttribute("aria-label", labels[name]);
        select.innerHTML = '<option value="">' + labels[name] + "：全部</option>" +
          Object.keys(counts).sort().reverse().map(function (v) {
            return '<option value="' + escapeHtml(v) + '">' + escapeHtml(v) + "（" + counts[v] + "）</option>";
          }).join("");
        select.addEventListener("change", function () { chosen[name] = select.value; apply(); });
        filters.appendChild(select);
      });
    }

    function apply() {
      kept = ranked.results.filter(function (r) {
        return Object.keys(chosen).every(function (name) { return !chosen[name] || value(r.doc, name) === chosen[name]; });
      });
      list.innerHTML = "";
      shown = 0;
      next();
    }

    function next() {
      root.removeAttribute("data-done");
      details(kept, shown, shown + PAGE, true).then(function (slice) {
        list.insertAdjacentHTML("beforeend", slice.map(function (r) { return resultHtml(r, ranked.words); }).join(""));
        shown += slice.length;
        var view = {query: ranked.query, suggested: ranked.suggested, partial: ranked.partial, results: kept};
        meta.innerHTML = status(view, shown);
        more.hidden = shown >= kept.length;
        root.setAttribute("data-done", "");
      });
    }
    more.addEventListener("click", next);
  }

  topBar();
  resultsPage();
})();
