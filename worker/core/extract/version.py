"""What the extractors are, as consumers see it in the ``wire-extractor-version`` header.

``OUTPUTS_FINGERPRINT`` is a hash of every output the pipeline publishes for the repository's
own test stories (``tests/data/golden/outputs.json``), recorded beside the version it was
published under. A unit test recomputes it; when the outputs change, the test fails until the
version is bumped (``wire.extract.v2`` -> ``wire.extract.v3`` ...) and both are re-recorded with

    PYTHONPATH=$PWD .venv/bin/python -m tests.support.golden --update
"""

# v1 was published unchanged through many changes of the outputs, so it names no one behaviour;
# v2 is the first version tied to recorded outputs (the same outputs the last v1 build gave).
# v3: story facts carry byline and provider; Reuters/AFP datelines with a date; credit is the
# By-line author, else the agency.
# v4: places carry a GeoNames reading (geo), affiliations a country code; HTML bodies read by inscriptis.
# v5: a quote its said-clause interrupts is one quote; unnamed sources as written ('his office',
# 'coast guard'); 'A happened, officials said' read even when the parse gives no content clause.
# v6: events carry their PLOVER type, CAMEO root code and QuadClass.
# v7: the story fact carries a document tone in GDELT's V1.5 form.
# v8: organisations' short forms are aliases of their full names; datelines' filing dates are not
# times; quote speakers refer back to named bodies; mentions settle a name's kind from the story.
# v9: event types sanction, agreement and aid; a labour strike is a protest, not an attack; what
# did not happen ('no attack was reported') is no event; events are dated by the day; the dateline
# is never an event's actor.
# v10: attackers named later as the suspect, blamed, or the weapons' country; police raids are no
# attacks; arrest targets by name; a said-clause's 'they' is who said it.
# v11: legal actions: guilty pleas, 'due in court', remands, dismissed lawsuits, 'investigate',
# a lawyer's client as the defendant; one verdict however the court is named.
# v12: meetings and arrests without a place of their own are at the dateline place; arrests take
# their sentence's day; who holds talks takes part in them; a meeting in a 'where' clause.
# v13: travel to a place the model mislabelled; bare legal actions without arguments dropped;
# a demonym attacker is its country.
# v14: legal actions without a place are at the dateline place; agreements' parties are animate;
# "X's demand for Y" is a demand.
# v15: one strike however often told ('the strike would end' refers back; strikers protesting).
# v16: 'Ukrainian and Russian delegations' are Ukraine and Russia; an attacker's demonym is its country.
# v17: a protest or strike only called for ('called for a national strike') is no event yet.
# v18: a protest carries its crowd size (event field 'size') when the story states a number.
# v19: events carry actor_country (GDELT Actor1CountryCode) and action_geo (GDELT ActionGeo); the
# dateline is never a traveller or a meeting party.
EXTRACTOR_VERSION = "wire.extract.v19"
OUTPUTS_FINGERPRINT = "sha256:07d085d1a4a91ef8bcf38b53c0f93c2b6e9f7c81dd027fdca7482e5ef27e87f2"
