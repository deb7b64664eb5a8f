"""Quiz questions generated from the graph: enough of them, each with exactly one right answer by the
data (checked here from the atlas itself, not from the generator), plausible distractors, and the same
quiz for the same seed."""

from __future__ import annotations

from collections import Counter

import pytest

from fasciamap.atlas.model import EVIDENCE_LABELS
from fasciamap.atlas.quiz import CHOICES, KINDS, QuestionBank


@pytest.fixture(scope="module")
def bank(loaded) -> QuestionBank:
    return QuestionBank(loaded.atlas)


def _bases(atlas, c) -> tuple[str, str]:
    return atlas.structures[c.a].base_id, atlas.structures[c.b].base_id


def test_the_atlas_yields_at_least_500_distinct_questions_of_every_kind(bank) -> None:
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids)) >= 500
    counts = Counter(q.kind for q in bank.questions)
    assert set(counts) == set(KINDS) and min(counts.values()) >= 20


def test_every_question_has_four_different_choices_one_of_them_the_answer(bank) -> None:
    for q in bank.questions:
        assert len(q.choices) == CHOICES == len(set(q.choices)), q.id
        assert q.choices.count(q.answer) == 1, q.id
        assert q.explanation.strip() and q.sources, q.id


def test_exactly_one_choice_is_right_by_the_graph(loaded, bank) -> None:
    atlas = loaded.atlas
    names = {s.base_id: s.name for s in atlas.structures.values()}
    by_name = {}
    for base, name in names.items():
        by_name.setdefault(name, set()).add(base)
    zone_by_name = {z.name: z.id for z in atlas.zones.values()}
    depth = {s.base_id: atlas.layers[s.layer].depth for s in atlas.structures.values()}
    for q in bank.questions:
        wrong = [c for c in q.choices if c != q.answer]
        if q.kind == "name":
            assert q.answer == names[q.subject] and all(by_name.get(w, set()) != {q.subject} for w in wrong)
            assert q.accepts == (q.subject,)
        elif q.kind == "deeper":
            top = q.subject
            beneath = {b if depth[a] < depth[b] else a for c in atlas.connections if c.kind == "overlies"
                       for a, b in [_bases(atlas, c)] if top in (a, b) and depth[a] != depth[b]
                       and min((a, b), key=lambda x: depth[x]) == top}
            assert by_name[q.answer] & beneath, q.id
            assert all(not (by_name[w] & beneath) for w in wrong), q.id
            assert set(q.accepts) == beneath, q.id  # a tap on any structure recorded beneath is right
        elif q.kind == "sheet":
            a, b = q.id.split(":", 1)[1].split("/")
            joining = {c.sheet.name for c in atlas.connections if c.sheet is not None and set(_bases(atlas, c)) == {a, b}}
            assert joining == {q.answer} and not set(wrong) & joining, q.id
            assert q.accepts == ()  # a sheet's name is chosen, not tapped
        elif q.kind == "next":
            pair, line_id = q.id.split(":", 1)[1].split("@")
            x = pair.split("/")[0]
            line = atlas.lines[line_id]
            tracks = list(line.tracks)
            after = {tracks[i + 1] for i, t in enumerate(tracks[:-1]) if t == x}
            after |= {next(s.id for s in br.steps if not s.station) for br in line.branches if br.leaves_after == x}
            assert by_name[q.answer] & after and all(not (by_name[w] & after) for w in wrong), q.id
            assert set(q.accepts) == after, q.id
        elif q.kind == "referral":
            r = atlas.referrals[q.subject]
            assert zone_by_name[q.answer] in r.essential
            assert all(zone_by_name[w] not in r.essential + r.spillover for w in wrong), q.id
            assert set(q.accepts) == set(r.essential), q.id  # any essential zone tapped is right
        elif q.kind == "refers_here":
            zone = q.subject
            assert zone in atlas.referrals[next(iter(by_name[q.answer] & set(atlas.referrals)))].essential
            for w in wrong:
                r = atlas.referrals[next(iter(by_name[w] & set(atlas.referrals)))]
                assert zone not in r.essential + r.spillover, q.id
            assert set(q.accepts) == {m for m, r in atlas.referrals.items() if zone in r.essential}, q.id
        elif q.kind == "evidence":
            a, b, kind = q.id.split(":", 1)[1].split("/")
            levels = {c.evidence for c in atlas.connections if c.kind == kind and set(_bases(atlas, c)) == {a, b}}
            labels = {EVIDENCE_LABELS[level].split(" — ")[0] for level in levels}
            assert labels == {q.answer} and not set(wrong) & labels, q.id
            assert q.accepts == ()


def test_distractors_are_plausible(loaded, bank) -> None:
    atlas = loaded.atlas
    region = {s.name: s.region for s in atlas.structures.values()}
    for q in bank.questions:
        if q.kind in ("name", "deeper"):  # the distractors from the subject's part of the body
            assert all(region[c] == q.region for c in q.choices if c != q.answer), q.id
        if q.kind == "name":  # the same depth wherever the region has enough structures there
            layer = {s.name: s.layer for s in atlas.structures.values()}
            peers = {s.name for s in atlas.structures.values() if s.region == q.region and s.layer == layer[q.answer]}
            same = sum(layer[c] == layer[q.answer] for c in q.choices)
            assert same >= min(CHOICES, len(peers)), q.id


def test_a_quiz_is_reproducible_with_a_seed_and_can_be_kept_to_a_region_or_kind(bank) -> None:
    one = bank.select(region="back", count=10, seed=7)
    assert one == bank.select(region="back", count=10, seed=7)
    assert one != bank.select(region="back", count=10, seed=8)
    assert len(one) == 10 and all(q.region == "back" for q in one)
    assert all(q.kind == "referral" for q in bank.select(kind="referral", count=15, seed=1))
    line = bank.select(line="spiral_line", count=50, seed=1)
    assert line and all(q.id.endswith("@spiral_line") if q.kind == "next" else "spiral_line" in q.lines for q in line)
    assert bank.select(region="nowhere", count=5, seed=1) == []


def test_every_book_a_question_cites_comes_with_its_chapter(loaded, bank) -> None:
    for q in bank.questions:
        for sid in q.sources:
            if loaded.atlas.sources[sid].isbn:
                assert q.locator(sid), (q.id, sid)


def test_prompts_read_as_english_where_a_zone_is_named_by_a_preposition(bank) -> None:
    prompts = [q.prompt for q in bank.questions if q.kind == "refers_here"]
    assert not [p for p in prompts if "the between" in p or "the around" in p]
    assert any("pain between the shoulder blades?" in p for p in prompts)
