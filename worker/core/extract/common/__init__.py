"""Helpers every fact family shares: the context, the per-document cache, evidence,
grammar (tense and modality), names, numbers and the shared word lists."""
