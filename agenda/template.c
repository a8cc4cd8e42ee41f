#include "agenda/template.h"

#include <string.h>

static const char *const ontario_regular[] = {
	"Call to Order",
	"Land Acknowledgement",
	"Disclosure of Pecuniary Interest",
	"Adoption of the Agenda",
	"Adoption of Minutes",
	"Delegations",
	"Presentations",
	"Consent Agenda",
	"Staff and Committee Reports",
	"Correspondence",
	"By-laws",
	"Notices of Motion",
	"Closed Session",
	"Confirmatory By-law",
	"Adjournment",
	NULL,
};

static const char *const blank[] = {NULL};

const char *const *gv_template_sections(const char *name)
{
	if (!strcmp(name, "ontario-regular"))
		return ontario_regular;
	if (!strcmp(name, "blank"))
		return blank;
	return NULL;
}

const char *gv_template_names(void)
{
	return "ontario-regular, blank";
}
