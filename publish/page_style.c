/* style.css: readable type, 4.5:1 contrast or better, a visible focus
 * ring, and a print style for councillors who print the agenda package. */
#include "base/buf.h"
#include "publish/pages.h"

static const char STYLE[] =
	"html { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif;"
	" line-height: 1.5; color: #1a1a1a; background: #fff; }\n"
	"body { margin: 0 auto; max-width: 48rem; padding: 0 1rem 2rem; }\n"
	"a { color: #0b4f8a; }\n"
	"a:visited { color: #5a2d82; }\n"
	"a:focus, a:hover { outline: 3px solid #c25400; outline-offset: 2px; }\n"
	".skip { position: absolute; left: -100rem; }\n"
	".skip:focus { position: static; display: inline-block; padding: .5rem;"
	" background: #fff; }\n"
	"header.site { border-bottom: 2px solid #0b4f8a; margin-bottom: 1rem; }\n"
	"header.site .site-name { font-size: 1.25rem; font-weight: bold; margin: .75rem 0 .25rem; }\n"
	"header.site nav ul, ul.links { list-style: none; padding: 0; margin: 0 0 .5rem; }\n"
	"header.site nav li, ul.links li { display: inline; margin-right: 1rem; }\n"
	"footer.site { border-top: 1px solid #767676; margin-top: 2rem; font-size: .9rem; }\n"
	".meta { color: #3d3d3d; }\n"
	".notice { border-left: 4px solid #a00000; padding-left: .75rem; }\n"
	".status { border: 2px solid #1d6b2f; padding: .5rem .75rem; }\n"
	".revision { border: 2px solid #0b4f8a; padding: 0 .75rem; margin: 1rem 0; }\n"
	".revision h2 { font-size: 1.15rem; margin: .5rem 0; }\n"
	".revision ul.links li { display: list-item; margin: 0; }\n"
	".status.draft { border-color: #8a4b00; background: #fff8e6; }\n"
	"ul.meetings { list-style: none; padding: 0; }\n"
	"ul.meetings > li { border-top: 1px solid #d0d0d0; padding: .5rem 0; }\n"
	".toc ul { padding-left: 1.25rem; }\n"
	".toc > ul { padding-left: 0; list-style: none; }\n"
	".item { margin-top: 1.5rem; }\n"
	".flag { font-style: italic; color: #3d3d3d; }\n"
	".flag.closed { border-left: 4px solid #767676; padding-left: .75rem; }\n"
	".recommendation { background: #f3f6f9; border-left: 4px solid #0b4f8a;"
	" padding: .25rem .75rem; }\n"
	"table { border-collapse: collapse; margin: 1rem 0; }\n"
	"th, td { border: 1px solid #767676; padding: .25rem .5rem; text-align: left; }\n"
	"caption { text-align: left; font-weight: bold; }\n"
	"pre { overflow-x: auto; background: #f5f5f5; padding: .5rem; }\n"
	"@media print {\n"
	"  header.site nav, .skip, footer.site, .toc { display: none; }\n"
	"  body { max-width: none; font-size: 11pt; }\n"
	"  a { color: #000; text-decoration: none; }\n"
	"  .item { break-inside: avoid-page; }\n"
	"  h1, h2, h3, h4 { break-after: avoid-page; }\n"
	"  .recommendation { background: none; }\n"
	"}\n";

void gv_page_style(struct gv_buf *out)
{
	gv_buf_add(out, STYLE, sizeof STYLE - 1);
}
