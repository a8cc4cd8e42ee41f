/* Search on the static site: search.html with a form, the index in a
 * script per month of meetings, search/YYYY-MM.js (the public text of every
 * item, and what the public minutes say under it, as scripts so they load
 * from file:// too; one per month so a change rewrites a small one), and
 * search.js, which matches every word of the query, accents and case
 * folded, titles ranked above text. Without script the page says so and
 * points at the meeting index; every other page works without script. */
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

/* One entry: [url, date, body, number, title, text]. */
static void search_entry(struct gv_json *j, const struct gv_site_meeting *sm, const char *page,
			 const char *number, const char *title, const char *text)
{
	char dir[160];
	gv_site_meeting_dir(sm, dir);
	struct gv_buf url = GV_BUF_INIT;
	gv_buf_printf(&url, "%s%s#", dir, page);
	gv_item_anchor(&url, number);
	gv_json_arr(j);
	gv_json_str(j, gv_buf_str(&url));
	gv_json_str(j, sm->date);
	gv_json_str(j, sm->m.body_name);
	gv_json_str(j, number);
	gv_json_str(j, title);
	gv_json_str(j, text);
	gv_json_arr_end(j);
	gv_buf_free(&url);
}

struct minutes_entries {
	struct gv_json *j;
	const struct gv_site_meeting *sm;
	struct gv_buf text;
};

/* An item the public minutes say something about. */
static void minutes_entry(void *arg, const struct gv_item *it, const char *md)
{
	struct minutes_entries *me = arg;
	if (!*md)
		return;
	gv_buf_reset(&me->text);
	plain(&me->text, md, SEARCH_TEXT_MAX);
	char *label = gv_asprintf("%s (minutes)", it->title);
	search_entry(me->j, me->sm, "minutes.html", it->number, label, gv_buf_str(&me->text));
	free(label);
}

void gv_part_search(struct gv_buf *out, const struct gv_site_meeting *sm)
{
	struct gv_json j;
	gv_json_init_inside(&j, out, false, 1);
	j.html_safe = true;
	struct gv_buf text = GV_BUF_INIT;
	for (size_t k = 0; k < sm->agenda.n; k++) {
		const struct gv_item *it = &sm->agenda.items[k];
		gv_buf_reset(&text);
		plain(&text, it->body, SEARCH_TEXT_MAX);
		if (*it->recommendation) {
			gv_buf_puts(&text, " Recommendation: ");
			plain(&text, it->recommendation, SEARCH_TEXT_MAX / 2);
		}
		search_entry(&j, sm, "agenda.html", it->number, it->title, gv_buf_str(&text));
	}
	if (sm->minutes) {
		struct minutes_entries me = {&j, sm, GV_BUF_INIT};
		gv_minutes_md_items(sm->minutes, minutes_entry, &me);
		gv_buf_free(&me.text);
	}
	gv_buf_free(&text);
}

void gv_search_shard_path(const char *date, char out[32])
{
	snprintf(out, 32, "search/%.7s.js", date);
}

void gv_page_search_shard(struct gv_buf *out, const struct gv_buf *entries)
{
	gv_buf_puts(out, "window.GAVEL_SEARCH = (window.GAVEL_SEARCH || []).concat(");
	struct gv_json j;
	gv_json_init(&j, out, false);
	gv_json_arr(&j);
	gv_json_elements(&j, entries->data, entries->len);
	gv_json_arr_end(&j);
	gv_buf_puts(out, ");\n");
}

static const char SCRIPT[] =
	"(function () {\n"
	"  'use strict';\n"
	"  var fold = function (s) {\n"
	"    return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '').toLowerCase();\n"
	"  };\n"
	"  var form = document.getElementById('search-form');\n"
	"  var input = document.getElementById('q');\n"
	"  var status = document.getElementById('search-status');\n"
	"  var list = document.getElementById('search-results');\n"
	"  document.getElementById('no-script').hidden = true;\n"
	"  form.hidden = false;\n"
	"  var entries = (window.GAVEL_SEARCH || []).map(function (e) {\n"
	"    return { url: e[0], date: e[1], body: e[2], number: e[3], title: e[4], text: e[5],\n"
	"             ftitle: fold(e[4]), ftext: fold(e[5]) };\n"
	"  });\n"
	"  function snippet(e, words) {\n"
	"    var at = e.ftext.indexOf(words[0]);\n"
	"    if (at < 0) return e.text.slice(0, 160);\n"
	"    var from = Math.max(0, at - 60);\n"
	"    return (from ? '… ' : '') + e.text.slice(from, from + 160) + ' …';\n"
	"  }\n"
	"  function run(q) {\n"
	"    list.textContent = '';\n"
	"    var words = fold(q).split(/\\s+/).filter(Boolean);\n"
	"    if (!words.length) { status.textContent = ''; return; }\n"
	"    var hits = [];\n"
	"    entries.forEach(function (e) {\n"
	"      var score = 0;\n"
	"      for (var i = 0; i < words.length; i++) {\n"
	"        var t = e.ftitle.indexOf(words[i]) >= 0, x = e.ftext.indexOf(words[i]) >= 0;\n"
	"        if (!t && !x) return;\n"
	"        score += (t ? 3 : 0) + (x ? 1 : 0);\n"
	"      }\n"
	"      hits.push({ e: e, score: score });\n"
	"    });\n"
	"    hits.sort(function (a, b) { return b.score - a.score || (a.e.date < b.e.date ? 1 : -1); });\n"
	"    status.textContent = hits.length + (hits.length === 1 ? ' result' : ' results') +\n"
	"      ' for \\u201c' + q + '\\u201d';\n"
	"    hits.slice(0, 100).forEach(function (h) {\n"
	"      var li = document.createElement('li');\n"
	"      var a = document.createElement('a');\n"
	"      a.href = h.e.url;\n"
	"      a.textContent = h.e.number + ' ' + h.e.title;\n"
	"      var meta = document.createElement('p');\n"
	"      meta.className = 'meta';\n"
	"      meta.textContent = h.e.date + ', ' + h.e.body;\n"
	"      var p = document.createElement('p');\n"
	"      p.textContent = snippet(h.e, words);\n"
	"      li.appendChild(a); li.appendChild(meta); li.appendChild(p);\n"
	"      list.appendChild(li);\n"
	"    });\n"
	"  }\n"
	"  form.addEventListener('submit', function (ev) { ev.preventDefault(); run(input.value); });\n"
	"  var q = new URLSearchParams(location.search).get('q');\n"
	"  if (q) { input.value = q; run(q); }\n"
	"})();\n";

void gv_page_search_script(struct gv_buf *out)
{
	gv_buf_add(out, SCRIPT, sizeof SCRIPT - 1);
}

void gv_page_search(struct gv_buf *out, const struct gv_site *s)
{
	char *title = gv_asprintf("Search – %s", s->municipality);
	struct gv_page p = {title, "en", "", s->municipality};
	gv_html_begin(out, &p);
	gv_buf_puts(out,
		    "<h1>Search agendas and minutes</h1>\n"
		    "<p id=\"no-script\">Search needs JavaScript. Every agenda and its minutes are "
		    "also listed on the <a href=\"index.html\">meetings page</a>.</p>\n"
		    "<form id=\"search-form\" role=\"search\" hidden>\n"
		    "<label for=\"q\">Words to find in agenda titles, reports and minutes</label>\n"
		    "<input id=\"q\" name=\"q\" type=\"search\">\n"
		    "<button type=\"submit\">Search</button>\n</form>\n"
		    "<p id=\"search-status\" role=\"status\"></p>\n"
		    "<ol id=\"search-results\" class=\"results\"></ol>\n"
		    );
	char month[8] = "";
	for (size_t i = 0; i < s->n; i++) {
		if (!strncmp(month, s->meetings[i].date, 7))
			continue;
		memcpy(month, s->meetings[i].date, 7);
		char path[32];
		gv_search_shard_path(s->meetings[i].date, path);
		gv_buf_printf(out, "<script src=\"%s\"></script>\n", path);
	}
	gv_buf_puts(out, "<script src=\"search.js\"></script>\n");
	gv_html_end(out, &p);
	free(title);
}
