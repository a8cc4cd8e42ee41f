#include "agenda/clause.h"

#include "base/err.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const struct {
	const char *clause;
	const char *nature;
} clauses[] = {
	{"239(2)(a)", "the security of the property of the municipality or local board"},
	{"239(2)(b)", "personal matters about an identifiable individual"},
	{"239(2)(c)", "a proposed or pending acquisition or disposition of land"},
	{"239(2)(d)", "labour relations or employee negotiations"},
	{"239(2)(e)", "litigation or potential litigation"},
	{"239(2)(f)", "advice that is subject to solicitor-client privilege"},
	{"239(2)(g)", "a matter in respect of which another Act allows a closed meeting"},
	{"239(2)(h)", "information explicitly supplied in confidence by Canada, a province "
		      "or territory or a Crown agency"},
	{"239(2)(i)", "a trade secret or scientific, technical, commercial, financial or "
		      "labour relations information supplied in confidence by a third party"},
	{"239(2)(j)", "a trade secret or scientific, technical, commercial or financial "
		      "information that belongs to the municipality and has monetary value"},
	{"239(2)(k)", "a position, plan, procedure, criteria or instruction to be applied "
		      "to negotiations"},
	{"239(3)(a)", "a request under the Municipal Freedom of Information and Protection "
		      "of Privacy Act"},
	{"239(3)(b)", "an ongoing investigation by the Ombudsman or a closed meeting "
		      "investigator"},
	{"239(3.1)", "education or training of members"},
};

const char *gv_clause_nature(const char *canonical)
{
	for (size_t i = 0; i < sizeof clauses / sizeof *clauses; i++)
		if (!strcmp(clauses[i].clause, canonical))
			return clauses[i].nature;
	return NULL;
}

int gv_clause_parse(const char *text, char *out, struct gv_err *err)
{
	char compact[32];
	size_t n = 0;
	const char *p = text;
	/* Accept a leading "s", "s.", "section" and any spaces. */
	while (isspace((unsigned char)*p))
		p++;
	if (!strncasecmp(p, "section", 7))
		p += 7;
	else if (tolower((unsigned char)*p) == 's' && !isalpha((unsigned char)p[1]))
		p++;
	for (; *p && n + 1 < sizeof compact; p++) {
		if (isspace((unsigned char)*p) || (*p == '.' && n == 0))
			continue;
		compact[n++] = (char)tolower((unsigned char)*p);
	}
	compact[n] = '\0';
	if (*p == '\0' && gv_clause_nature(compact)) {
		snprintf(out, 16, "%s", compact);
		return 0;
	}
	return gv_err_set(err, GV_EREFUSED,
			  "invalid closed-meeting clause '%s' (use one of 239(2)(a)-(k), "
			  "239(3)(a), 239(3)(b), 239(3.1))",
			  text);
}
