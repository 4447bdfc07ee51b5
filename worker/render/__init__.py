"""Views of an enriched story for people: the evidence page an editor audits.

Rendering only reads the published contracts (worker.core.models); it never runs the pipeline.
"""
