#include "bench/gen-archive/vocab.h"

#include <string.h>

#define LIST(name, ...)                                                               \
	static const char *const name[] = {__VA_ARGS__};

LIST(roads, "Queen Street East", "King Street West", "Mill Street", "Front Street",
     "Lakeshore Road", "Elm Street", "Maple Avenue", "Rue Saint-Laurent", "Chemin du Lac",
     "Côté Road", "Bellevue Crescent", "Riverside Drive", "Concession Road 4",
     "County Road 12", "Sideroad 15", "Birchmount Drive", "Victoria Street",
     "Wellington Street", "Church Street", "Station Road", "Orchard Lane", "Pine Ridge Road",
     "Rue Champlain", "Water Street", "Brock Street North", "Harbour Road")
LIST(parks, "Millrace Park", "Lakeview Park", "Heritage Green", "Parc Lafontaine",
     "Riverside Trail", "Centennial Park", "Kinsmen Park", "Pioneer Square",
     "Willow Point Conservation Area", "Memorial Park")
LIST(facilities, "Larchmere Community Centre", "Harbour Arena", "Main Branch Library",
     "Station 2 fire hall", "Public Works Yard on Station Road", "Water Pollution Control Plant",
     "Town Hall", "Seniors' Active Living Centre", "Lakeview Pool", "Municipal Marina")
LIST(consultants, "Hallett Engineering", "Northgate Planning Associates",
     "Tremblay & Osei Consulting", "Blue Heron Environmental", "Watson & Kerr Economists",
     "Arcadis Larchmere", "Dillworth Asset Advisors", "Sauvé Heritage Architects",
     "Keystone Traffic Solutions")
LIST(contractors, "Northway Civil Ltd.", "Trent Valley Bridge & Culvert Inc.",
     "Lalonde Construction (1998) Ltd.", "Greenbank Infrastructure Group",
     "R. McAllister Contracting", "Lakeland Paving Co.", "Bouchard Excavation Inc.",
     "Kestrel Electrical Services", "Pinecrest Landscaping")
LIST(groups, "the Larchmere Chamber of Commerce", "the Lakeshore Ratepayers' Association",
     "the Downtown Business Improvement Area", "the Harbour Heritage Society",
     "the Larchmere Minor Hockey Association", "the Watershed Alliance",
     "the Accessibility Advisory Committee", "the Seniors' Advisory Committee",
     "the Friends of the Library", "Association des francophones de Larchmere",
     "the Larchmere Food Bank", "Cycling Larchmere")
LIST(assets, "the bridge deck", "the east abutment", "the roof membrane",
     "the refrigeration plant", "the watermain", "the sanitary trunk sewer",
     "the culvert under the road", "the pumping station", "the HVAC system",
     "the boiler", "the storm pond outlet", "the parking lot surface")
LIST(plans, "Strategic Plan", "Official Plan", "Asset Management Plan",
     "Transportation Master Plan", "Parks and Recreation Master Plan", "Fire Master Plan",
     "Climate Action Plan", "Downtown Community Improvement Plan",
     "Water and Wastewater Master Plan", "Accessibility Plan")
LIST(reserves, "Capital Reserve", "Bridge Reserve", "Water Reserve", "Wastewater Reserve",
     "Working Capital Reserve", "Parkland Reserve Fund", "Fleet Reserve",
     "Ontario Community Infrastructure Fund", "Canada Community-Building Fund",
     "Tax Rate Stabilization Reserve")
LIST(acts, "Municipal Act, 2001", "Planning Act", "Ontario Heritage Act",
     "Safe Drinking Water Act, 2002", "Accessibility for Ontarians with Disabilities Act, 2005",
     "Development Charges Act, 1997", "Fire Protection and Prevention Act, 1997",
     "Environmental Protection Act", "Highway Traffic Act")
LIST(utilities, "Hydro One", "Enbridge Gas", "Bell Canada", "the County's water division",
     "Larchmere Hydro", "Rogers")
LIST(papers, "Larchmere Ledger", "Lakeshore Weekly", "Le Courrier du Lac")
LIST(persons, "Eleanor Whitfield", "Rajesh Patel", "Marie-Claude Lefebvre",
     "Thomas O'Neill", "Amara Nwosu", "Jean-François Roy", "Grace Kim", "Liam Doherty",
     "Fatima Haddad", "Sébastien Cloutier", "Ingrid Halvorsen", "Malik Johnson",
     "Chantal Bérubé", "Wei Zhang", "Padma Krishnan", "Noël Arsenault")
LIST(conditions, "poor", "fair", "very poor", "critical")
LIST(months, "January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December")
LIST(concerns, "speeding on residential streets", "flooding in spring",
     "the loss of mature trees", "parking during events", "noise from construction",
     "snow clearing on sidewalks", "the condition of the road", "water pressure",
     "truck traffic", "access to the waterfront")

static const struct vocab all[] = {
#define V(slot, list) {slot, list, sizeof list / sizeof *list}
	V("road", roads),         V("park", parks),           V("facility", facilities),
	V("consultant", consultants), V("contractor", contractors), V("group", groups),
	V("asset", assets),       V("plan", plans),           V("reserve", reserves),
	V("act", acts),           V("utility", utilities),    V("paper", papers),
	V("person", persons),     V("condition", conditions), V("month", months),
	V("concern", concerns),
#undef V
};

const char *vocab_month(int m)
{
	return months[(m - 1) % 12];
}

const struct vocab *vocab_find(const char *slot, size_t len)
{
	for (size_t i = 0; i < sizeof all / sizeof *all; i++)
		if (strlen(all[i].slot) == len && !strncmp(all[i].slot, slot, len))
			return &all[i];
	return NULL;
}
