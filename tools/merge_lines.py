"""Fold researched line drafts (data/drafts/lines/*.json) into the data file.

    python -m tools.merge_lines [--data data/regions.json] [--check] DRAFT.json ...

Each draft traces lines track by track (see data/drafts/lines/BRIEF.md for the format). This writes
each line's steps, branches, transitions and review findings into the matching entry of ``lines``
(keeping its name, overall evidence and sources), adds the connections and sources the drafts
propose where the data lacks them, and the structures a draft adds with their artwork. Research
bookkeeping (URLs read, which copy of a paper) stays in the drafts; what the app shows is the notes.
``--check`` reports what would change and whether the result loads, without writing.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# Which of a review's transitions each of ours belongs to, where the review counted coarser steps
# than the line's tracks (Wilke et al. 2016, Table 2: muscle to muscle, the passive tissue between
# them inside the step). Keyed by line, then (from, to).
REVIEW_STEPS: dict[str, dict[tuple[str, str], int]] = {
    "superficial_back_line": {
        ("plantar_fascia", "calcaneal_tendon"): 1, ("calcaneal_tendon", "gastrocnemius"): 1,
        ("gastrocnemius", "biceps_femoris"): 2, ("gastrocnemius", "semitendinosus"): 2,
        ("gastrocnemius", "semimembranosus"): 2,
        ("biceps_femoris", "sacrotuberous_ligament"): 3, ("sacrotuberous_ligament", "erector_spinae"): 3,
    },
    "spiral_line": {
        ("splenius_capitis", "rhomboids"): 1, ("rhomboids", "serratus_anterior"): 2,
        ("serratus_anterior", "external_oblique"): 3, ("external_oblique", "internal_oblique"): 4,
        ("internal_oblique", "tensor_fasciae_latae"): 5, ("tensor_fasciae_latae", "iliotibial_tract"): 6,
        ("iliotibial_tract", "tibialis_anterior"): 6, ("tibialis_anterior", "fibularis_longus"): 7,
        ("fibularis_longus", "biceps_femoris"): 8, ("biceps_femoris", "sacrotuberous_ligament"): 9,
        ("sacrotuberous_ligament", "erector_spinae"): 9,
    },
    "back_functional_line": {
        ("latissimus_dorsi", "gluteus_maximus"): 1, ("gluteus_maximus", "vastus_lateralis"): 2,
        ("vastus_lateralis", "patellar_ligament"): 3,
    },
    "front_functional_line": {("pectoralis_major", "rectus_abdominis"): 1, ("rectus_abdominis", "adductor_longus"): 2},
}

# What each review found for a whole line, in the words the panel shows (the drafts' notes record how
# it was read). Keyed by (line, source).
_NOT_IN_WILKE = ("Not one of the six lines this review examined (superficial back, back functional, front "
                 "functional, spiral, lateral and superficial front).")
_NOT_IN_KRAUSE = ("Not examined: this force-transmission review covered only the superficial back line and "
                  "the back and front functional lines.")
_ARM_CHAINS = ("Wilke and Krause pooled 13 dissection studies of the upper limb into three chains of their own "
               "rather than Myers' four lines: a ventral chain (5 studies), a lateral chain (4) and a dorsal chain "
               "(6). They rate the evidence for these continuities as good but say their mechanical relevance is "
               "unproven, and give no share of verified transitions; the links they name are graded here, the "
               "others are teaching model.")
REVIEW_NOTES: dict[tuple[str, str], str] = {
    ("superficial_back_line", "wilke2016"): (
        "All three transitions verified in 14 dissection studies: strong evidence. The abstract does not list "
        "the three; they are read here as plantar fascia to calf, calf to hamstrings, and hamstrings through "
        "the sacrotuberous ligament to the erector spinae. The neck and scalp steps were not part of the count."),
    ("superficial_back_line", "krause2016"): (
        "Moderate evidence, from six studies, that force is passed on at all three transitions."),
    ("back_functional_line", "wilke2016"): "All three transitions verified in 8 dissection studies: strong evidence.",
    ("back_functional_line", "krause2016"): (
        "Moderate evidence of force transfer at one of its two transitions (3 studies); the abstract does not "
        "say which, though the studies it rests on concern latissimus dorsi and the opposite gluteus maximus."),
    ("front_functional_line", "wilke2016"): "Both transitions verified in 6 dissection studies: strong evidence.",
    ("front_functional_line", "krause2016"): (
        "A single study found a slight force transfer at one transition that did not reach significance."),
    ("ipsilateral_functional_line", "wilke2016"): _NOT_IN_WILKE,
    ("ipsilateral_functional_line", "krause2016"): _NOT_IN_KRAUSE,
    ("spiral_line", "wilke2016"): (
        "Five of nine transitions verified in 21 dissection studies: moderate evidence for parts of the line. "
        "The abstract does not say which five. The step from biceps femoris through the sacrotuberous "
        "ligament to the erector spinae is the same tissue as on the superficial back line, where it is "
        "verified, and is graded strong; the other eight steps are graded limited, since four of them were "
        "verified but which four is not known."),
    ("spiral_line", "krause2016"): _NOT_IN_KRAUSE,
    ("lateral_line", "wilke2016"): (
        "Two of five transitions verified in 10 dissection studies. The abstract neither names the two nor "
        "lists the five, and the line's finer steps cannot be matched to them, so no step is credited with "
        "the review's finding: each is graded from what else is known of it."),
    ("lateral_line", "krause2016"): _NOT_IN_KRAUSE,
    ("superficial_front_line", "wilke2016"): (
        "No transition verified: seven studies were found and none showed a continuity, so the evidence for "
        "this line as a chain is rated absent. Its steps are ordinary anatomy (shared attachments) or model."),
    ("superficial_front_line", "krause2016"): _NOT_IN_KRAUSE,
    **{(line, "wilke2019"): _ARM_CHAINS for line in (
        "superficial_front_arm_line", "deep_front_arm_line", "superficial_back_arm_line", "deep_back_arm_line")},
    **{(line, "krause2016"): _NOT_IN_KRAUSE for line in (
        "superficial_front_arm_line", "deep_front_arm_line", "superficial_back_arm_line", "deep_back_arm_line")},
    ("deep_front_line", "wilke2016"): _NOT_IN_WILKE,
    ("deep_front_line", "krause2016"): _NOT_IN_KRAUSE,
    ("deep_front_line", "wilke2019"): "Not examined: this review covered the upper limb only.",
}

_URL = re.compile(r"\s*\((?:[^()]*?)(?:https?://|www\.|\.com|\.org|\.de/|\.gov)[^()]*\)|\s*(?:read )?(?:at|on) https?://\S+|https?://\S+")


def _clean(text: str) -> str:
    """Drop research bookkeeping (where a copy was read) from text the app shows."""
    out = _URL.sub("", text).replace("in this draft", "here").replace("This draft", "This atlas")
    out = out.replace("this draft", "this atlas").replace(" ;", ";").replace(" ,", ",").replace("()", "")
    return re.sub(r"\s{2,}", " ", out).strip()


def _step(step: dict[str, Any], regions: dict[str, Any]) -> dict[str, Any]:
    key = "track" if "track" in step else "station"
    sid = step[key]
    paired = regions[sid]["paired"] if sid in regions else True
    side = step.get("side", "same")
    side = "midline" if not paired else ("same" if side == "midline" else side)
    out: dict[str, Any] = {key: sid, "side": side}
    if step.get("crosses_midline"):
        out["crosses_midline"] = True
    if step.get("with"):
        out["with"] = list(step["with"])
    note = step.get("note") or step.get("myers")
    if note:
        out["note"] = _clean(note)
    return out


def _citation(ref: dict[str, Any] | str) -> dict[str, Any] | str:
    if isinstance(ref, str):
        return ref
    locator = _clean(ref.get("locator", ""))
    return {"id": ref["id"], "locator": locator} if locator else ref["id"]


def merge(data: dict[str, Any], drafts: list[dict[str, Any]]) -> list[str]:
    """Merge in place; returns a line per change."""
    changes: list[str] = []
    regions = {r["id"]: r for r in data["regions"]}
    for draft in drafts:
        for region in draft.get("regions", []):
            if region["id"] not in regions:
                region = {k: v for k, v in region.items() if k != "why"}
                data["regions"].append(region)
                regions[region["id"]] = region
                changes.append(f"structure {region['id']}")
        for sid, source in draft.get("new_sources", {}).items():
            if not any(source.get(k) for k in ("doi", "pmid", "isbn")):
                changes.append(f"skipped source {sid}: no DOI, PMID or ISBN to check it by")
            elif sid not in data["sources"]:
                data["sources"][sid] = {k: v for k, v in source.items() if k not in ("why", "note")}
                changes.append(f"source {sid}")
    existing = {(*sorted((c["a"], c["b"])), c["kind"]) for c in data["connections"]}
    pairs = {frozenset((c["a"], c["b"])) for c in data["connections"]}

    def add_connection(conn: dict[str, Any], why: str) -> None:
        conn = {k: v for k, v in conn.items() if k not in ("why", "note_for_merge")}
        key = (*sorted((conn["a"], conn["b"])), conn["kind"])
        if key in existing or conn["a"] not in regions or conn["b"] not in regions:
            return
        existing.add(key)
        pairs.add(frozenset((conn["a"], conn["b"])))
        data["connections"].append(conn)
        changes.append(f"connection {conn['a']} – {conn['b']} ({why})")

    lines = {line["id"]: line for line in data["lines"]}
    for draft in drafts:
        for conn in [*draft.get("connections", []), *draft.get("extra_connections", [])]:
            add_connection(conn, "draft")
        for drafted in draft.get("lines", []):
            for t in drafted["transitions"]:
                proposed = t.get("connection", {}).get("proposed")
                if proposed and frozenset((t["from"], t["to"])) not in pairs:
                    add_connection(proposed, drafted["id"])
            line = lines.get(drafted["id"])
            if line is None:
                changes.append(f"skipped unknown line {drafted['id']}")
                continue
            line["summary"] = _clean(drafted["summary"])
            line["plain"] = _clean(drafted["plain"])
            line["steps"] = [_step(s, regions) for s in drafted["steps"]]
            branches = []
            for b in drafted.get("branches", []):
                entry: dict[str, Any] = {"id": b["id"], "name": b["name"]}
                if b.get("leaves_after"):
                    entry["leaves_after"] = b["leaves_after"]
                joins = b.get("joins_at") or b.get("rejoins")
                if joins:
                    entry["joins_at"] = joins
                if b.get("note"):
                    entry["note"] = _clean(b["note"])
                entry["steps"] = [_step(s, regions) for s in b["steps"]]
                branches.append(entry)
            if branches:
                line["branches"] = branches
            steps_of = REVIEW_STEPS.get(drafted["id"], {})
            branch_of = _branch_pairs(line)
            transitions = []
            for t in drafted["transitions"]:
                t = dict(t)
                if not t.get("branch") and (t["from"], t["to"]) in branch_of:
                    t["branch"] = branch_of[(t["from"], t["to"])]
                sources = [_citation(t["grade_source"])] if t.get("grade_source") else []
                sources += [_citation(s) for s in t.get("further_sources", []) if _citation(s) not in sources]
                entry = {"from": t["from"], "to": t["to"]}
                if t.get("branch"):
                    entry["branch"] = t["branch"]
                entry.update(evidence=t["evidence"], review_says=t["review_says"], note=_clean(t["note"]),
                             sources=sources)
                drawn = [v for v in t.get("via", []) if v in regions]
                undrawn = [re.sub(r"\s*\(not drawn\)", "", v) for v in t.get("via", []) if v not in regions]
                if drawn:
                    entry["via"] = drawn
                if undrawn:
                    entry["note"] += f" It passes through the {' and the '.join(undrawn)}, not drawn as a structure."
                if (t["from"], t["to"]) in steps_of:
                    entry["review_step"] = steps_of[(t["from"], t["to"])]
                transitions.append(entry)
            line["transitions"] = transitions
            line["reviews"] = [
                {"source": _citation(r["source"] if isinstance(r["source"], dict) else {"id": r["source"]}),
                 "verified": r["verified"], "of": r["of"], "which_named": r["which_named"],
                 "note": REVIEW_NOTES.get((drafted["id"], r["source"]), _clean(r["note"]))}
                for r in drafted.get("review_summary", [])
            ]
            changes.append(f"line {drafted['id']}: {len(line['steps'])} steps, {len(branches)} branches, "
                           f"{len(transitions)} transitions")
    return changes


def _branch_pairs(line: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Neighbouring tracks of each branch that are not neighbours on the main line."""
    from fasciamap.atlas.lines import build_line, neighbour_pairs

    built = build_line(line, lambda items: (tuple(c["id"] if isinstance(c, dict) else c for c in items), {}))
    main_pairs = {(a, b) for branch, a, b in neighbour_pairs(built) if branch is None}
    return {(a, b): branch for branch, a, b in neighbour_pairs(built) if branch and (a, b) not in main_pairs}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "regions.json")
    parser.add_argument("--check", action="store_true", help="report, do not write")
    args = parser.parse_args(argv)
    data = json.loads(args.data.read_text("utf-8"))
    drafts = [json.loads(p.read_text("utf-8")) for p in args.drafts]
    for change in merge(data, drafts):
        print(change)
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    from fasciamap.atlas import AtlasError, parse_atlas

    try:
        parse_atlas(json.loads(text), str(args.data))
    except AtlasError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not args.check:
        args.data.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
