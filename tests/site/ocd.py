#!/usr/bin/python3
"""tests/site/ocd.py EXPORT.json: validate `gavel export ocd` against the Open
Civic Data scraper's schemas (tests/site/ocd-schemas/pupa_schemas), the way the
scraper validates what it saves: jsonschema's Draft 3 validator, with "date" and
"datetime" as types of their own and the "uri" format checked (rfc3987). Bills
(by-laws) are checked against the fields a bill needs and Open Civic Data's own
lists of bill and bill-action classifications (opencivicdata/common.py). Prints
each error and "N passed, N failed"; exits 1 on any error."""
import datetime
import json
import os
import sys

import jsonschema
import rfc3987  # noqa: F401 -- jsonschema checks "uri" only when it can import it

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "ocd-schemas"))
from pupa_schemas.event import schema as event_schema  # noqa: E402
from pupa_schemas.vote_event import schema as vote_event_schema  # noqa: E402
from pupa_schemas.common import sources, extras, fuzzy_date_string  # noqa: E402
from opencivicdata import common  # noqa: E402

# A bill as the scraper saves one: its name within a session, its title, its
# classifications and actions from OCD's lists, and where it was read.
text = {"type": "string", "minLength": 1, "required": True}
bill_schema = {
    "type": "object",
    "properties": {
        "name": text,
        "title": text,
        "session": text,
        "from_organization": {"type": ["string", "null"]},
        "classification": {"type": "array", "required": True,
                           "items": {"type": "string", "enum": common.BILL_CLASSIFICATIONS}},
        "actions": {"type": "array", "required": True, "items": {
            "type": "object",
            "properties": {
                "text": text,
                "date": dict(fuzzy_date_string, required=True),
                "organization": {"type": ["string", "null"]},
                "classification": {"type": "array", "items": {
                    "type": "string", "enum": common.BILL_ACTION_CLASSIFICATIONS}},
            },
        }},
        "sources": dict(sources, required=True),
        "extras": extras,
    },
}

types = jsonschema.Draft3Validator.TYPE_CHECKER.redefine_many({
    "datetime": lambda _, v: isinstance(v, datetime.datetime),
    "date": lambda _, v: isinstance(v, datetime.date) and not isinstance(v, datetime.datetime),
})
Validator = jsonschema.validators.extend(jsonschema.Draft3Validator, type_checker=types)
checker = jsonschema.FormatChecker()
if "uri" not in checker.checkers:
    sys.exit("tests/site/ocd.py: this jsonschema cannot check the uri format")

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
passed = failed = 0
for key, schema in (("events", event_schema), ("vote_events", vote_event_schema),
                    ("bills", bill_schema)):
    validator = Validator(schema, format_checker=checker)
    for i, obj in enumerate(doc.get(key, [])):
        errors = sorted(validator.iter_errors(obj), key=str)
        for e in errors:
            print(f"{key}[{i}] {'/'.join(map(str, e.path))}: {e.message}")
        failed += bool(errors)
        passed += not errors
print(f"ocd: {passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
