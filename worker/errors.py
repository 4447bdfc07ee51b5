"""The root of the project's exception tree.

Every error the project raises on purpose derives from ``WireEnrichError``, so a caller can
catch the project's failures apart from a library's or Python's own. Each subclass also keeps
the built-in base it had (``LookupError``, ``RuntimeError`` ...), so existing handlers still
match. This module imports nothing, so every layer, the pure core included, may use it.

What exists today, by layer:

- core: ``nlp.ModelNotFound`` (the configured spaCy pipeline is not installed),
  ``evaluate.EvaluationError`` and its ``ExpectedFileError`` (a bad expected file),
  ``attribute_index.Unsupported`` and ``decode._FieldError`` (internal signals, caught where raised);
- runtime: ``publish.PublishFailed``, ``replay.ReplayError``, ``preflight.AuthenticationFailed``;
- the local broker: ``local_kafka.LocalKafkaError``.
"""


class WireEnrichError(Exception):
    """A failure the project raises on purpose (never a bug's stray exception)."""
