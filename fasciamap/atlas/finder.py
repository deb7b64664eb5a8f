"""Find structures as people name them: common and Latin names, everyday names and abbreviations
("QL", "IT band"), groups ("hamstrings"), and small typos ("quadratus lumborun").

Each structure is one entry whatever its sides; the caller picks the side. Ranking: an exact name
first, then a name that starts with the query, one of whose words does, one that contains it, and
last a close spelling (difflib's ratio, so a typo or two in a longer name still matches).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from .model import Atlas

MAX_QUERY = 200  # characters; a longer query is no name (and bounds the work)
_FUZZY_CUTOFF = 0.78


@dataclass(frozen=True)
class Match:
    id: str  # a structure's base id, or a group's id
    name: str  # the structure's (or group's) own name
    latin: str  # empty for a group
    matched: str  # the name the query matched, e.g. "QL"
    members: tuple[str, ...] = ()  # a group's structures (base ids); empty for a structure
    score: float = 0.0

    @property
    def is_group(self) -> bool:
        return bool(self.members)


def fold(text: str) -> str:
    """Case, underscores, hyphens and runs of spaces do not tell names apart."""
    return " ".join(text.casefold().replace("_", " ").replace("-", " ").split())


class Finder:
    def __init__(self, atlas: Atlas) -> None:
        # (folded name, match template, bonus): a structure's own names win ties over its aliases
        self._entries: list[tuple[str, Match, float]] = []
        seen: set[str] = set()
        for s in atlas.structures.values():
            if s.base_id in seen:
                continue
            seen.add(s.base_id)
            own = {s.name, s.latin}
            for name in dict.fromkeys((s.name, s.latin, *s.aliases, s.base_id)):
                self._entries.append((fold(name), Match(s.base_id, s.name, s.latin, name), 0.02 * (name in own)))
        for g in atlas.groups.values():
            for name in dict.fromkeys((g.name, *g.aliases, g.id)):
                self._entries.append((fold(name), Match(g.id, g.name, "", name, g.members), 0.02 * (name == g.name)))

    def find(self, query: str, limit: int = 12) -> list[Match]:
        """The best matches, best first, each structure or group once."""
        q = fold(query)
        if not q or len(query) > MAX_QUERY:
            return []
        scored: dict[str, Match] = {}
        for folded, template, bonus in self._entries:
            score = self._score(q, folded)
            score = score and min(1.0, score + bonus * (score < 1.0))
            if score and score > scored.get(template.id, template).score:
                scored[template.id] = Match(template.id, template.name, template.latin, template.matched,
                                            template.members, score)
        ranked = sorted(scored.values(), key=lambda m: (-m.score, m.name.casefold()))
        return ranked[:limit]

    def best(self, query: str) -> Match | None:
        found = self.find(query, limit=1)
        return found[0] if found else None

    @staticmethod
    def _score(q: str, name: str) -> float:
        if q == name:
            return 1.0
        if name.startswith(q):
            return 0.9 + 0.05 * len(q) / len(name)
        words = name.split()
        if any(w.startswith(q) for w in words):
            return 0.8 + 0.05 * len(q) / len(name)
        if len(q) >= 3 and q in name:
            return 0.7
        if len(q) < 4:
            return 0.0  # two or three letters are an abbreviation or nothing: no guessing
        # the whole name, or (a typo in the first words of a longer name) as many leading words
        best = 0.0
        for target, handicap in ((name, 0.0), (" ".join(words[: len(q.split())]), 0.02)):
            matcher = difflib.SequenceMatcher(None, q, target, autojunk=False)
            if matcher.real_quick_ratio() >= _FUZZY_CUTOFF and matcher.quick_ratio() >= _FUZZY_CUTOFF:
                best = max(best, matcher.ratio() - handicap)
        return 0.6 * best if best >= _FUZZY_CUTOFF else 0.0
