"""One module per event type: its trigger words (``TRIGGERS``), its trigger rule (``find``), the
builder that reads its arguments, and, where the type needs one, its merge rule (``can_merge``)
and what a mention must name to count (``has_arguments``). ``events.table`` lists them."""
