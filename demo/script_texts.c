/* Texts that return on every agenda of Council. */
#include "demo/demo_script.h"

const char demo_land_acknowledgement[] =
	"We acknowledge that the Town of Kestrel Falls is situated on the traditional "
	"territory of the Anishinaabe peoples, and on lands covered by the Williams "
	"Treaties. We are grateful for the opportunity to live, work and meet on this "
	"land, and we recognize our shared responsibility to care for it and for the "
	"Kestrel River.\n";

const char demo_disclosure_reminder[] =
	"Members who have a direct or indirect pecuniary interest in a matter on this "
	"agenda must disclose it and its general nature before the matter is considered, "
	"take no part in the discussion or vote, and file the written statement required "
	"by section 5.1 of the *Municipal Conflict of Interest Act*. The statement is "
	"entered in the Town’s Registry of Declarations.\n";
