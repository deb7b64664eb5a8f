"""Quiz questions generated from what the atlas knows: the structures, the layers they lie in, the
sheets that join them, the lines, the referral patterns and the evidence of each link.

Every question has exactly one right answer by the data it was made from, and its distractors are
plausible (the same region, the same depth where that applies) but never right; the explanation and
the sources come with it. The set is deterministic; a quiz draws from it with a seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from .model import EVIDENCE_LABELS, EVIDENCE_LEVELS, Atlas

CHOICES = 4  # the right answer and three distractors
KINDS: dict[str, str] = {
    "name": "Name the highlighted structure",
    "deeper": "Which structure lies deep to it?",
    "sheet": "Which sheet joins the two?",
    "next": "What comes next along the line?",
    "referral": "Where is its trigger-point pain usually felt?",
    "refers_here": "Which muscle may send pain here?",
    "evidence": "How strong is the evidence for this link?",
}


@dataclass(frozen=True)
class Question:
    id: str  # stable: kind and subject, e.g. "deeper:erector_spinae/multifidus"
    kind: str
    prompt: str
    choices: tuple[str, ...]  # what the user reads, shuffled by the quiz
    answer: str  # one of the choices
    explanation: str
    sources: tuple[str, ...]
    region: str  # the subject's region (a structure's), for quizzes kept to one part of the body
    subject: str  # the structure, line or zone the question is about (base id)
    lines: tuple[str, ...] = ()  # the lines the subject lies on
    # what a tap on the body may answer with: the base ids of structures (or zones, for "referral")
    # that are right by the data; empty when the answer is not something drawn (a sheet, a level)
    accepts: tuple[str, ...] = ()
    locators: tuple[tuple[str, str], ...] = ()  # (source id, chapter or page) for the books among the sources

    def locator(self, source_id: str) -> str:
        return dict(self.locators).get(source_id, "")


def _to_place(zone_name: str) -> str:
    """ "to the heel", but "around the eye", "between the shoulder blades": a zone named by a preposition."""
    name = zone_name.lower()
    return name if name.split()[0] in ("around", "between") else f"to the {name}"


def _pick(rng: random.Random, pool: Iterable[str], exclude: set[str], n: int) -> list[str]:
    options = sorted(set(pool) - exclude)
    rng.shuffle(options)
    return options[:n]


class QuestionBank:
    """Every question the atlas yields, made once."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        self._bases = {s.base_id: s for s in atlas.structures.values()}
        self._rng = random.Random(0)  # the distractors are part of a question: the same every run
        self._on_lines: dict[str, list[str]] = {}
        for line in atlas.lines.values():
            for base in line.tracks:
                self._on_lines.setdefault(base, []).append(line.id)
        self.questions: list[Question] = []
        for make in (self._name, self._deeper, self._sheet, self._next, self._referral, self._refers_here,
                     self._evidence):
            self.questions += make()

    # -- helpers ---------------------------------------------------------------------------------------
    def _name_of(self, base: str) -> str:
        return self._bases[base].name

    def _depth(self, base: str) -> int:
        return self.atlas.layers[self._bases[base].layer].depth

    def _question(self, kind: str, subject: str, prompt: str, answer: str, wrong: list[str], explanation: str,
                  sources: Iterable[str], region: str, accepts: Iterable[str] = (),
                  locators: Mapping[str, str] | None = None) -> Question | None:
        if len(wrong) < CHOICES - 1 or answer in wrong:
            return None
        return Question(f"{kind}:{subject}", kind, prompt, tuple([answer, *wrong[:CHOICES - 1]]), answer,
                        explanation, tuple(dict.fromkeys(sources)), region, subject.split("/")[0],
                        tuple(self._on_lines.get(subject.split("/")[0], ())), tuple(sorted(accepts)),
                        tuple(sorted((locators or {}).items())))

    def _same_region(self, base: str, same_depth: bool = False) -> list[str]:
        s = self._bases[base]
        return [b for b, o in self._bases.items() if b != base and o.region == s.region
                and (not same_depth or o.layer == s.layer)]

    # -- the kinds ---------------------------------------------------------------------------------------
    def _name(self) -> list[Question]:
        out = []
        for base, s in self._bases.items():
            if not s.views:
                continue
            # the same region and depth first, then the rest of the region
            level = {self._name_of(b) for b in self._same_region(base, same_depth=True)} - {s.name}
            wrong = _pick(self._rng, level, {s.name}, CHOICES - 1)
            region = {self._name_of(b) for b in self._same_region(base)} - {s.name}
            wrong += _pick(self._rng, region, {s.name, *wrong}, CHOICES - 1 - len(wrong))
            q = self._question("name", base, "Which structure is highlighted on the body?", s.name,
                               wrong, s.summary, s.sources, s.region, (base,), s.locators)
            if q:
                out.append(q)
        return out

    def _deeper_of(self) -> dict[str, set[str]]:
        """Base id -> the structures recorded as lying directly beneath it."""
        under: dict[str, set[str]] = {}
        for c in self.atlas.connections:
            if c.kind != "overlies":
                continue
            a, b = self.atlas.structures[c.a].base_id, self.atlas.structures[c.b].base_id
            if self._depth(a) == self._depth(b):
                continue
            top, deep = (a, b) if self._depth(a) < self._depth(b) else (b, a)
            under.setdefault(top, set()).add(deep)
        return under

    def _deeper(self) -> list[Question]:
        out = []
        under = self._deeper_of()
        for top, deeps in sorted(under.items()):
            for deep in sorted(deeps):
                c = next(c for c in self.atlas.connections if c.kind == "overlies"
                         and {self.atlas.structures[c.a].base_id, self.atlas.structures[c.b].base_id} == {top, deep})
                # distractors: same region, no deeper than the top one, and not recorded beneath it
                pool = {self._name_of(b) for b in self._same_region(top) if b not in deeps
                        and self._depth(b) <= self._depth(top)}
                q = self._question("deeper", f"{top}/{deep}", f"Which structure lies deep to the {self._name_of(top).lower()}?",
                                   self._name_of(deep), _pick(self._rng, pool, {self._name_of(d) for d in deeps}, CHOICES - 1),
                                   c.explanation, c.sources, self._bases[top].region, deeps, c.locators)
                if q:
                    out.append(q)
        return out

    def _sheet(self) -> list[Question]:
        out = []
        seen: set[frozenset[str]] = set()
        sheets_in: dict[str, set[str]] = {}  # region -> the sheets that join its structures
        for x in self.atlas.connections:
            if x.sheet is not None:
                sheets_in.setdefault(self.atlas.structures[x.a].region, set()).add(x.sheet.name)
        sheets = sorted({name for names in sheets_in.values() for name in names})
        for c in self.atlas.connections:
            if c.kind != "shared_sheet" or c.sheet is None:
                continue
            a, b = self.atlas.structures[c.a].base_id, self.atlas.structures[c.b].base_id
            pair = frozenset((a, b))
            if pair in seen or a == b:
                continue
            seen.add(pair)
            joining = {x.sheet.name for x in self.atlas.connections if x.sheet is not None and x.kind == "shared_sheet"
                       and {self.atlas.structures[x.a].base_id, self.atlas.structures[x.b].base_id} == set(pair)}
            if len(joining) != 1:
                continue  # two sheets join them: no single right answer
            answer = next(iter(joining))
            local = sheets_in.get(self._bases[a].region, set()) - joining
            wrong = _pick(self._rng, local, joining, CHOICES - 1)
            wrong += _pick(self._rng, sheets, joining | set(wrong), CHOICES - 1 - len(wrong))
            q = self._question("sheet", "/".join(sorted(pair)),
                               f"Which fascial sheet joins the {self._name_of(a).lower()} and the {self._name_of(b).lower()}?",
                               answer, wrong, c.explanation, c.sources, self._bases[a].region, (), c.locators)
            if q:
                out.append(q)
        return out

    def _next(self) -> list[Question]:
        out = []
        for line in self.atlas.lines.values():
            tracks = list(dict.fromkeys(line.tracks))
            following: dict[str, set[str]] = {}
            for x, y in zip(tracks, tracks[1:]):
                following.setdefault(x, set()).add(y)
            for branch in line.branches:  # a branch's first track also follows the track it leaves after
                first = next((s.id for s in branch.steps if not s.station), None)
                if branch.leaves_after and first:
                    following.setdefault(branch.leaves_after, set()).add(first)
            for x, y in zip(tracks, tracks[1:]):
                pool = {self._name_of(t) for t in tracks if t not in following[x] and t != x}
                transition = next((t for t in line.transitions if {t.source, t.target} == {x, y}), None)
                why = transition.note if transition and transition.note else line.summary
                sources = (transition.sources if transition else ()) or line.sources  # an unstudied step: the line's own
                locators = transition.locators if transition and transition.sources else line.locators
                q = self._question("next", f"{x}/{y}@{line.id}",
                                   f"On the {line.name}, which track comes after the {self._name_of(x).lower()}?",
                                   self._name_of(y), _pick(self._rng, pool, {self._name_of(t) for t in following[x]}, CHOICES - 1),
                                   why, sources, self._bases[x].region, following[x], locators)
                if q:
                    out.append(q)
        return out

    def _referral(self) -> list[Question]:
        out = []
        zones = {z.id: z for z in self.atlas.zones.values()}
        for muscle, r in self.atlas.referrals.items():
            covered = set(r.essential) | set(r.spillover)
            region = self._bases[muscle].region
            near = {zones[z].region for z in r.essential}
            for zone in r.essential:
                # distractors from the same part of the body first, so the answer is not the only near one
                pool = {zones[z].name for z in zones if z not in covered and zones[z].region in near}
                if len(pool) < CHOICES - 1:
                    pool |= {zones[z].name for z in zones if z not in covered}
                q = self._question("referral", f"{muscle}/{zone}",
                                   f"Where is pain from a trigger point in the {self._name_of(muscle).lower()} usually felt?",
                                   zones[zone].name, _pick(self._rng, pool, {zones[z].name for z in covered}, CHOICES - 1),
                                   r.plain, r.sources, region, r.essential, r.locators)
                if q:
                    out.append(q)
        return out

    def _refers_here(self) -> list[Question]:
        out = []
        for zone in self.atlas.zones.values():
            sending = sorted(m for m, r in self.atlas.referrals.items() if zone.id in r.essential)
            reaching = {m for m, r in self.atlas.referrals.items() if zone.id in r.essential or zone.id in r.spillover}
            near = {m for m, r in self.atlas.referrals.items()  # muscles that refer to the same part of the body
                    if any(self.atlas.zones[z].region == zone.region for z in r.essential if z in self.atlas.zones)}
            for muscle in sending:
                r = self.atlas.referrals[muscle]
                taken = {self._name_of(m) for m in reaching}
                wrong = _pick(self._rng, {self._name_of(m) for m in near - reaching}, taken, CHOICES - 1)
                wrong += _pick(self._rng, {self._name_of(m) for m in self.atlas.referrals if m not in reaching},
                               taken | set(wrong), CHOICES - 1 - len(wrong))
                q = self._question("refers_here", f"{zone.id}/{muscle}",
                                   f"Which of these muscles may send trigger-point pain {_to_place(zone.name)}?",
                                   self._name_of(muscle), wrong, r.plain, r.sources, self._bases[muscle].region,
                                   sending, r.locators)
                if q:
                    out.append(q)
        return out

    def _evidence(self) -> list[Question]:
        out = []
        seen: set[int] = set()
        labels = {level: EVIDENCE_LABELS[level].split(" — ")[0] for level in EVIDENCE_LEVELS}
        for c in self.atlas.connections:
            if c.entry in seen:
                continue
            seen.add(c.entry)
            a, b = self.atlas.structures[c.a].base_id, self.atlas.structures[c.b].base_id
            q = self._question("evidence", f"{a}/{b}/{c.kind}",
                               f"How strong is the evidence that the {self._name_of(a).lower()} and the "
                               f"{self._name_of(b).lower()} are linked ({c.kind.replace('_', ' ')})?",
                               labels[c.evidence], _pick(self._rng, labels.values(), {labels[c.evidence]}, CHOICES - 1),
                               c.explanation, c.sources, self._bases[a].region, (), c.locators)
            if q:
                out.append(q)
        return out

    # -- a quiz -----------------------------------------------------------------------------------------
    def pool(self, *, region: str | None = None, kind: str | None = None, line: str | None = None,
             kinds: Iterable[str] | None = None) -> list[Question]:
        """Every question about a region, of a kind (or of several ``kinds``), or along a line."""
        allowed = set(kinds) if kinds is not None else None
        return [q for q in self.questions if (region is None or q.region == region) and (kind is None or q.kind == kind)
                and (allowed is None or q.kind in allowed)
                and (line is None or (q.id.endswith(f"@{line}") if q.kind == "next" else line in q.lines))]

    def select(self, *, region: str | None = None, kind: str | None = None, line: str | None = None,
               count: int = 10, seed: int | None = None, kinds: Iterable[str] | None = None) -> list[Question]:
        """``count`` questions drawn with ``seed`` (the same seed, the same quiz), their choices shuffled;
        ``kinds`` keeps to several kinds (e.g. those answered by a tap on the body)."""
        pool = self.pool(region=region, kind=kind, line=line, kinds=kinds)
        rng = random.Random(seed)
        chosen = rng.sample(pool, min(count, len(pool)))
        out = []
        for q in chosen:
            choices = list(q.choices)
            rng.shuffle(choices)
            out.append(replace(q, choices=tuple(choices)))
        return out

    def by_id(self, ids: Iterable[str], seed: int | None = None) -> list[Question]:
        """The questions with these ids that the atlas still yields (a retry of remembered misses)."""
        index = {q.id: q for q in self.questions}
        rng = random.Random(seed)
        out = []
        for qid in dict.fromkeys(ids):
            if qid in index:
                choices = list(index[qid].choices)
                rng.shuffle(choices)
                out.append(replace(index[qid], choices=tuple(choices)))
        return out
