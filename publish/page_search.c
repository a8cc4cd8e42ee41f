/* Search on the static site: search.html with a form, search.js, and the
 * documents each meeting gives the index (publish/search_index.h): every
 * agenda item's public text, and what the public minutes say under it.
 * search.js loads the manifest, then only the term shards of the words
 * typed and the documents of the results shown, as scripts so they load
 * from file:// too (docs/formats.md, "Search on the site"). Without script
 * the page says how to find a meeting with the site's index pages; every
 * other page works without script. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/json.h"
#include "base/text.h"
#include "minutes/minutes.h"
#include "render/html.h"
#include "publish/pages.h"
#include "publish/search_index.h"
#include "publish/site.h"

/* Enough text per item for finding it and a snippet, not the whole report. */
#define SEARCH_TEXT_MAX 1500

/* Markdown punctuation out, whitespace collapsed, at most max bytes (cut at
 * a character boundary). */
static void plain(struct gv_buf *b, const char *md, size_t max)
{
	size_t start = b->len;
	bool space = false;
	for (const char *p = md; *p && b->len - start < max; p++) {
		char c = *p;
		if (strchr("#*_`|>[]", c))
			continue;
		if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
			space = b->len > start;
			continue;
		}
		if (space)
			gv_buf_putc(b, ' ');
		space = false;
		gv_buf_putc(b, c);
	}
	while (b->len > start && ((unsigned char)b->data[b->len - 1] & 0xc0) == 0x80)
		b->len--;   /* a cut sequence's continuation bytes */
	if (b->len > start && (unsigned char)b->data[b->len - 1] >= 0xc0)
		b->len--;   /* and its lead byte */
	if (b->data)
		b->data[b->len] = '\0';
}

/* One document: a line [page#anchor, number, title, text] in the
 * documents part, and its terms. */
struct docs {
	struct gv_buf *out;
	struct gv_search_terms *terms;
	struct gv_buf text;
};

static void search_entry(struct docs *d, const char *page, const char *number, const char *title,
			 const char *text)
{
	struct gv_buf url = GV_BUF_INIT;
	gv_buf_printf(&url, "%s#", page);
	gv_item_anchor(&url, number);
	struct gv_json j;
	gv_json_init(&j, d->out, false);
	j.html_safe = true;
	gv_json_arr(&j);
	gv_json_str(&j, gv_buf_str(&url));
	gv_json_str(&j, number);
	gv_json_str(&j, title);
	gv_json_str(&j, text);
	gv_json_arr_end(&j);
	gv_buf_putc(d->out, '\n');
	gv_search_terms_add(d->terms, title, text);
	gv_buf_free(&url);
}

/* An item the public minutes say something about. */
static void minutes_entry(void *arg, const struct gv_item *it, const char *md)
{
	struct docs *d = arg;
	if (!*md)
		return;
	gv_buf_reset(&d->text);
	plain(&d->text, md, SEARCH_TEXT_MAX);
	char *label = gv_asprintf("%s (minutes)", it->title);
	search_entry(d, "minutes.html", it->number, label, gv_buf_str(&d->text));
	free(label);
}

void gv_part_search(struct gv_buf *docs, struct gv_buf *terms, const struct gv_site_meeting *sm)
{
	char dir[160];
	gv_site_meeting_dir(sm, dir);
	struct gv_json j;
	gv_json_init(&j, docs, false);
	j.html_safe = true;
	gv_json_obj(&j);
	gv_json_kstr(&j, "dir", dir);
	gv_json_kstr(&j, "date", sm->date);
	gv_json_kstr(&j, "body", sm->m.body_name);
	gv_json_obj_end(&j);
	gv_buf_putc(docs, '\n');
	struct docs d = {docs, gv_search_terms_new(), GV_BUF_INIT};
	for (size_t k = 0; k < sm->agenda.n; k++) {
		const struct gv_item *it = &sm->agenda.items[k];
		gv_buf_reset(&d.text);
		plain(&d.text, it->body, SEARCH_TEXT_MAX);
		if (*it->recommendation) {
			gv_buf_puts(&d.text, " Recommendation: ");
			plain(&d.text, it->recommendation, SEARCH_TEXT_MAX / 2);
		}
		search_entry(&d, "agenda.html", it->number, it->title, gv_buf_str(&d.text));
	}
	if (sm->minutes)
		gv_minutes_md_items(sm->minutes, minutes_entry, &d);
	gv_search_terms_write(d.terms, terms);
	gv_search_terms_free(d.terms);
	gv_buf_free(&d.text);
}

static const char SCRIPT_HEAD[] =
	"(function () {\n"
	"  'use strict';\n"
	"  var FOLD = ";

static const char SCRIPT_TAIL[] =
	";\n"
	"  var IX = window.GAVEL_INDEX;\n"
	"  var form = document.getElementById('search-form');\n"
	"  var input = document.getElementById('q');\n"
	"  var status = document.getElementById('search-status');\n"
	"  var list = document.getElementById('search-results');\n"
	"  var more = document.getElementById('search-more');\n"
	"  document.getElementById('no-script').hidden = true;\n"
	"  form.hidden = false;\n"
	"  var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';\n"
	"  var PAGE = 10, PREFIX_MAX = 200000, STRIDE = 1048576;\n"
	"  var order = {}, meetings = [];\n"
	"  IX.meetings.split(',').forEach(function (m, i) {\n"
	"    if (!m) return;\n"
	"    var p = m.split(':'), id = parseInt(p[0], 36);\n"
	"    order[id] = i;\n"
	"    meetings.push(id);\n"
	"  });\n"
	"  // gv_search_tokens of the site's index: folded, split at what is not a\n"
	"  // letter or digit, combining marks dropped; with where each term is in s.\n"
	"  function kind(c) {\n"
	"    if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : 0;\n"
	"    if (c >= 0x300 && c <= 0x36f) return 2;\n"
	"    if (c <= 0xbf || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) ||\n"
	"        (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || c >= 0xfff0) return 0;\n"
	"    return 1;\n"
	"  }\n"
	"  function tokens(s) {\n"
	"    var out = [], term = '', from = 0, i = 0;\n"
	"    for (var ch of s) {\n"
	"      var f = ch.charCodeAt(0) < 128 ? ch.toLowerCase() : (FOLD[ch] !== undefined ? FOLD[ch] : ch);\n"
	"      var k = kind(f.codePointAt(0));\n"
	"      if (k === 1) { if (!term) from = i; term += f; }\n"
	"      if (k === 0 && term) { out.push({ t: term, from: from, to: i }); term = ''; }\n"
	"      i += ch.length;\n"
	"    }\n"
	"    if (term) out.push({ t: term, from: from, to: i });\n"
	"    return out;\n"
	"  }\n"
	"  // The query: words, \"phrases\", a word ending in * (and the last word\n"
	"  // typed, when it has three letters or more) also finds what begins with it.\n"
	"  function parse(q) {\n"
	"    var groups = [], re = /\"([^\"]*)\"?|(\\S+)/g, m;\n"
	"    while ((m = re.exec(q))) {\n"
	"      var phrase = m[1] !== undefined, text = phrase ? m[1] : m[2];\n"
	"      var star = !phrase && /\\*$/.test(text);\n"
	"      var ts = tokens(text.normalize('NFC')).map(function (t) { return t.t; })\n"
	"        .filter(function (t) { return new TextEncoder().encode(t).length <= 64; });\n"
	"      if (!ts.length) continue;\n"
	"      groups.push({ terms: ts, phrase: ts.length > 1, prefix: star, last: re.lastIndex === q.length && !phrase });\n"
	"    }\n"
	"    groups.forEach(function (g) {\n"
	"      if (g.last && g.terms[g.terms.length - 1].length >= 3) g.prefix = true;\n"
	"    });\n"
	"    return groups.slice(0, 32);\n"
	"  }\n"
	"  function esc(t) {\n"
	"    var b = new TextEncoder().encode(t), s = '';\n"
	"    for (var i = 0; i < b.length; i++) {\n"
	"      var c = b[i];\n"
	"      s += (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? String.fromCharCode(c)\n"
	"        : '_' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();\n"
	"    }\n"
	"    return s;\n"
	"  }\n"
	"  // The shard that holds term t: the longest prefix the manifest names.\n"
	"  function shardOf(e) {\n"
	"    for (var n = e.length; n > 0; n--) {\n"
	"      if (e[n - 1] === '_' || (n >= 2 && e[n - 2] === '_')) continue;\n"
	"      if (IX.shards[e.slice(0, n)] !== undefined) return e.slice(0, n);\n"
	"    }\n"
	"    return IX.shards[''] !== undefined ? '' : null;\n"
	"  }\n"
	"  // The shards a prefix needs: its own, and every longer one under it.\n"
	"  function shardsUnder(e) {\n"
	"    var names = [], own = shardOf(e);\n"
	"    if (own !== null) names.push(own);\n"
	"    for (var k in IX.shards) if (k.length > e.length && k.slice(0, e.length) === e) names.push(k);\n"
	"    return names;\n"
	"  }\n"
	"  function size(names) {\n"
	"    return names.reduce(function (n, k) { return n + IX.shards[k]; }, 0);\n"
	"  }\n"
	"  var loaded = {}, shards = {}, docs = {};\n"
	"  window.gavelShard = function (prefix, terms) { shards[esc(prefix)] = terms; };\n"
	"  window.gavelDocs = function (id, k, head, entries) { docs[id + '-' + k] = { head: head, entries: entries }; };\n"
	"  function load(src) {\n"
	"    if (!loaded[src]) {\n"
	"      loaded[src] = new Promise(function (resolve) {\n"
	"        var s = document.createElement('script');\n"
	"        s.src = src;\n"
	"        s.onload = s.onerror = function () { resolve(); };\n"
	"        document.head.appendChild(s);\n"
	"      });\n"
	"    }\n"
	"    return loaded[src];\n"
	"  }\n"
	"  function loadShards(names) {\n"
	"    return Promise.all(names.map(function (k) { return load('search/t/' + (k || '_') + '.js'); }));\n"
	"  }\n"
	"  // The documents of a term's postings: key -> 1 (anywhere) | 2 (title).\n"
	"  function decode(post, into, weight) {\n"
	"    post.split(',').forEach(function (entry) {\n"
	"      var p = entry.split('.'), id = parseInt(p[0], 36);\n"
	"      for (var f = 1; f < p.length; f++) {\n"
	"        var bits = p[f];\n"
	"        for (var i = 0; i < bits.length; i++) {\n"
	"          var v = B64.indexOf(bits[i]);\n"
	"          for (var b = 0; b < 6; b++) {\n"
	"            if (!(v & (1 << b))) continue;\n"
	"            var key = id * STRIDE + i * 6 + b, old = into.get(key) || { w: 0, title: false };\n"
	"            if (weight > old.w) old.w = weight;\n"
	"            if (f === 2) old.title = true;\n"
	"            into.set(key, old);\n"
	"          }\n"
	"        }\n"
	"      }\n"
	"    });\n"
	"  }\n"
	"  // The documents holding term t (exact, or any term it begins when prefix).\n"
	"  function postings(t, prefix) {\n"
	"    var found = new Map(), e = esc(t);\n"
	"    var names = prefix ? shardsUnder(e) : [shardOf(e)];\n"
	"    names.forEach(function (k) {\n"
	"      var terms = shards[k];\n"
	"      if (!terms) return;\n"
	"      if (!prefix) { if (terms[t] !== undefined) decode(terms[t], found, 1); return; }\n"
	"      for (var term in terms)\n"
	"        if (term.slice(0, t.length) === t) decode(terms[term], found, term === t ? 1 : 0.7);\n"
	"    });\n"
	"    return found;\n"
	"  }\n"
	"  function phraseIn(text, terms) {\n"
	"    var ts = tokens(text).map(function (x) { return x.t; });\n"
	"    for (var i = 0; i + terms.length <= ts.length; i++) {\n"
	"      var ok = true;\n"
	"      for (var k = 0; ok && k < terms.length; k++) ok = ts[i + k] === terms[k];\n"
	"      if (ok) return true;\n"
	"    }\n"
	"    return false;\n"
	"  }\n"
	"  var gen = 0, state = null;\n"
	"  function run(q) {\n"
	"    var my = ++gen;\n"
	"    var groups = parse(q);\n"
	"    if (!groups.length) { list.textContent = ''; status.textContent = ''; more.hidden = true; return Promise.resolve(); }\n"
	"    var needed = [], wide = false;\n"
	"    groups.forEach(function (g) {\n"
	"      g.terms.forEach(function (t, i) {\n"
	"        var e = esc(t), pre = g.prefix && i === g.terms.length - 1;\n"
	"        if (pre && size(shardsUnder(e)) > PREFIX_MAX) { pre = false; wide = true; }\n"
	"        g['p' + i] = pre;\n"
	"        (pre ? shardsUnder(e) : [shardOf(e)]).forEach(function (k) { if (k !== null) needed.push(k); });\n"
	"      });\n"
	"    });\n"
	"    return loadShards(needed).then(function () {\n"
	"      if (my !== gen) return;\n"
	"      var lists = [];\n"
	"      groups.forEach(function (g) {\n"
	"        g.terms.forEach(function (t, i) { lists.push({ docs: postings(t, g['p' + i]) }); });\n"
	"      });\n"
	"      lists.sort(function (a, b) { return a.docs.size - b.docs.size; });\n"
	"      var hits = [];\n"
	"      lists[0].docs.forEach(function (v, key) {\n"
	"        var score = 0;\n"
	"        for (var i = 0; i < lists.length; i++) {\n"
	"          var d = lists[i].docs.get(key);\n"
	"          if (!d) return;\n"
	"          var idf = Math.log(1 + IX.documents / lists[i].docs.size);\n"
	"          score += d.w * idf * (d.title ? 10 : 1);\n"
	"        }\n"
	"        hits.push({ key: key, id: Math.floor(key / STRIDE), n: key % STRIDE, score: score });\n"
	"      });\n"
	"      hits.sort(function (a, b) {\n"
	"        return b.score - a.score || order[b.id] - order[a.id] || a.n - b.n;\n"
	"      });\n"
	"      var phrases = groups.filter(function (g) { return g.phrase; });\n"
	"      state = { q: q, gen: my, hits: hits, next: 0, shown: 0, phrases: phrases, wide: wide,\n"
	"                words: groups, dropped: 0 };\n"
	"      list.textContent = '';\n"
	"      return page(state);\n"
	"    });\n"
	"  }\n"
	"  function entryOf(h) {\n"
	"    var c = docs[h.id + '-' + Math.floor(h.n / IX.chunk)];\n"
	"    if (!c) return null;\n"
	"    var e = c.entries[h.n % IX.chunk];\n"
	"    return e && { head: c.head, url: e[0], number: e[1], title: e[2], text: e[3] };\n"
	"  }\n"
	"  // The next page of results: their documents loaded (and checked against\n"
	"  // the phrases) until a page is shown, nothing is left, or 50 were checked.\n"
	"  function page(st) {\n"
	"    st.target = st.shown + PAGE;\n"
	"    st.checked = 0;\n"
	"    return fill(st);\n"
	"  }\n"
	"  function fill(st) {\n"
	"    var batch = st.hits.slice(st.next, st.next + st.target - st.shown);\n"
	"    st.next += batch.length;\n"
	"    st.checked += batch.length;\n"
	"    return Promise.all(batch.map(function (h) {\n"
	"      return load('search/d/' + h.id + '-' + Math.floor(h.n / IX.chunk) + '.js');\n"
	"    })).then(function () {\n"
	"      if (st.gen !== gen) return;\n"
	"      batch.forEach(function (h) {\n"
	"        var e = entryOf(h);\n"
	"        var ok = e && st.phrases.every(function (g) {\n"
	"          return phraseIn(e.title, g.terms) || phraseIn(e.text, g.terms);\n"
	"        });\n"
	"        if (ok) { show(e, st); st.shown++; } else st.dropped++;\n"
	"      });\n"
	"      if (st.shown < st.target && st.next < st.hits.length && st.checked < 50) return fill(st);\n"
	"      report(st);\n"
	"    });\n"
	"  }\n"
	"  function report(st) {\n"
	"    var left = st.hits.length - st.next;\n"
	"    var n = st.phrases.length && left ? st.shown : st.hits.length - st.dropped;\n"
	"    status.textContent = (st.phrases.length && left ? 'At least ' : '') + n +\n"
	"      (n === 1 ? ' result' : ' results') + ' for \\u201c' + st.q + '\\u201d' +\n"
	"      (st.wide ? '; type more letters to find words beginning with the last one' : '');\n"
	"    more.hidden = !left;\n"
	"  }\n"
	"  function show(e, st) {\n"
	"    var li = document.createElement('li');\n"
	"    var a = document.createElement('a');\n"
	"    a.href = e.head.dir + e.url;\n"
	"    a.textContent = e.number + ' ' + e.title;\n"
	"    var meta = document.createElement('p');\n"
	"    meta.className = 'meta';\n"
	"    meta.textContent = e.head.date + ', ' + e.head.body;\n"
	"    li.appendChild(a);\n"
	"    li.appendChild(meta);\n"
	"    li.appendChild(snippet(e.text, st.words));\n"
	"    list.appendChild(li);\n"
	"  }\n"
	"  // Text around the first word of the query found, the words marked.\n"
	"  function snippet(text, groups) {\n"
	"    var p = document.createElement('p');\n"
	"    var ts = tokens(text), want = [];\n"
	"    groups.forEach(function (g) {\n"
	"      g.terms.forEach(function (t, i) { want.push({ t: t, prefix: g['p' + i] }); });\n"
	"    });\n"
	"    var match = function (x) {\n"
	"      return want.some(function (w) { return w.prefix ? x.t.slice(0, w.t.length) === w.t : x.t === w.t; });\n"
	"    };\n"
	"    var first = ts.filter(match)[0];\n"
	"    var from = first ? Math.max(0, first.from - 60) : 0, to = Math.min(text.length, from + 200);\n"
	"    while (from > 0 && from < text.length && /\\S/.test(text[from - 1])) from++;\n"
	"    var at = from;\n"
	"    if (from) p.appendChild(document.createTextNode('\\u2026 '));\n"
	"    ts.forEach(function (x) {\n"
	"      if (x.from < from || x.to > to || !match(x)) return;\n"
	"      p.appendChild(document.createTextNode(text.slice(at, x.from)));\n"
	"      var m = document.createElement('mark');\n"
	"      m.textContent = text.slice(x.from, x.to);\n"
	"      p.appendChild(m);\n"
	"      at = x.to;\n"
	"    });\n"
	"    p.appendChild(document.createTextNode(text.slice(at, to) + (to < text.length ? ' \\u2026' : '')));\n"
	"    return p;\n"
	"  }\n"
	"  // While typing: load the shard each word will need as soon as no\n"
	"  // longer shard could hold it, so a query waits only for its documents.\n"
	"  function prefetch(q) {\n"
	"    parse(q).forEach(function (g) {\n"
	"      g.terms.forEach(function (t) {\n"
	"        var e = esc(t), own = shardOf(e);\n"
	"        if (own === null) return;\n"
	"        for (var k in IX.shards) if (k.length > e.length && k.slice(0, e.length) === e) return;\n"
	"        loadShards([own]);\n"
	"      });\n"
	"    });\n"
	"  }\n"
	"  var timer = 0;\n"
	"  input.addEventListener('input', function () {\n"
	"    prefetch(input.value);\n"
	"    clearTimeout(timer);\n"
	"    timer = setTimeout(function () { run(input.value); }, 80);\n"
	"  });\n"
	"  form.addEventListener('submit', function (ev) {\n"
	"    ev.preventDefault();\n"
	"    clearTimeout(timer);\n"
	"    if (!state || state.q !== input.value) run(input.value);\n"
	"  });\n"
	"  more.addEventListener('click', function () { if (state) page(state); });\n"
	"  var q = new URLSearchParams(location.search).get('q');\n"
	"  if (q) { input.value = q; run(q); }\n"
	"})();\n";

void gv_page_search_script(struct gv_buf *out)
{
	gv_buf_add(out, SCRIPT_HEAD, sizeof SCRIPT_HEAD - 1);
	gv_search_fold_js(out);
	gv_buf_add(out, SCRIPT_TAIL, sizeof SCRIPT_TAIL - 1);
}

void gv_page_search(struct gv_buf *out, const struct gv_site *s)
{
	char *title = gv_asprintf("Search – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out,
		    "<h1>Search agendas and minutes</h1>\n"
		    "<div id=\"no-script\">\n"
		    "<p>Search needs JavaScript, which is off in this browser. Without it:</p>\n"
		    "<ul>\n"
		    "<li>the <a href=\"index.html\">meetings page</a> lists every meeting, newest "
		    "first, with links to its agenda and minutes;</li>\n"
		    "<li>on an agenda or minutes page, your browser's Find command (Ctrl+F, or "
		    "Command+F on a Mac) finds a word in that meeting;</li>\n"
		    "<li>the <a href=\"members/index.html\">members page</a> leads to each "
		    "member's recorded votes.</li>\n"
		    "</ul>\n</div>\n"
		    "<form id=\"search-form\" role=\"search\" hidden>\n"
		    "<label for=\"q\">Words to find in agenda titles, reports and minutes</label>\n"
		    "<input id=\"q\" name=\"q\" type=\"search\" autocomplete=\"off\">\n"
		    "<button type=\"submit\">Search</button>\n"
		    "<p class=\"meta\">Accents and capitals do not matter. Put a phrase in quotes "
		    "(\"water rates\"); end a word with * to find the words that begin with it "
		    "(rate*).</p>\n</form>\n"
		    "<p id=\"search-status\" role=\"status\"></p>\n"
		    "<ol id=\"search-results\" class=\"results\"></ol>\n"
		    "<p><button id=\"search-more\" type=\"button\" hidden>More results</button></p>\n"
		    "<script src=\"search/index.js\"></script>\n"
		    "<script src=\"search.js\"></script>\n");
	gv_html_end(out, &p);
	free(title);
}
