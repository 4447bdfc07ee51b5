"""Word lists are data: a family's words live in its lexicon, not as literals inside its rules.

A set, tuple or list of two or more words written inside a function body is a word list that
belongs in the family's ``lexicon.py``. Allowed in code: dependency and entity labels (grammar,
upper case or the parser's tags), punctuation, and the project's own field and value names.
"""

import ast
import re
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[3] / "worker" / "core" / "extract"
# The project's own names, not English words: fact kinds, tenses and statuses, draft fields.
OWN_NAMES = {
    "date", "time", "range", "duration", "future", "proposed", "planned", "held", "past",
    "status", "place", "when", "actor", "destination", "target", "what", "participants",
}
DEPENDENCY = re.compile(r"^[a-z]+$")


def _is_label(value: str) -> bool:
    return value.isupper() or value in {
        "nsubj", "nsubjpass", "dobj", "pobj", "prep", "amod", "compound", "nmod", "conj", "appos", "poss",
        "aux", "auxpass", "xcomp", "ccomp", "acl", "advcl", "relcl", "npadvmod", "advmod", "agent",
        "dative", "oprd", "punct", "mark", "cc", "det", "attr", "acomp", "nummod", "quantmod", "neg",
        "prt", "pcomp", "case",
    }


def _word_lists_in_bodies(source: str) -> list[tuple[int, list[str]]]:
    found = []
    for fn in ast.walk(ast.parse(source)):
        if not isinstance(fn, (ast.FunctionDef, ast.Lambda)):
            continue
        for node in ast.walk(fn):
            if not isinstance(node, (ast.Set, ast.Tuple, ast.List)) or len(node.elts) < 2:
                continue
            values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(values) != len(node.elts):
                continue
            words = [v for v in values if not _is_label(v) and v not in OWN_NAMES and DEPENDENCY.match(v)]
            if len(words) >= 2:
                found.append((node.lineno, words))
    return found


def test_no_family_rule_spells_a_word_list_inline() -> None:
    offenders = {f"{p.relative_to(EXTRACT)}:{line}": words
                 for p in sorted(EXTRACT.rglob("*.py")) if p.name not in {"lexicon.py", "patterns.py"}
                 for line, words in _word_lists_in_bodies(p.read_text())}
    assert not offenders, f"move these word lists to the family's lexicon.py: {offenders}"


def test_the_check_sees_an_inline_word_list() -> None:
    assert _word_lists_in_bodies("def f(t):\n    return t in {'storm', 'flood'}\n")
