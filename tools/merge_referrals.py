"""Fold researched trigger-point referral drafts (data/drafts/referrals/*.json) into the data file.

    python -m tools.merge_referrals [--data data/regions.json] [--check] DRAFT.json ...
        [--verified data/drafts/referrals/verified_sources.json] [--integration data/drafts/referrals/integration.json]

Each draft lists referral patterns (see data/drafts/referrals/BRIEF.md). This writes them to the data
file's ``referrals`` table, replacing an entry of the same muscle, adds the sources they cite (the
verified file's corrections win over a draft's), turns each trigger point's coarse position ("upper
third, lateral") into the place on the muscle where the body marks it, and grades each pattern:
``moderate`` where an experimental study of that muscle reproduced its main zone, otherwise
``limited`` (clinical maps only). The integration file records the decisions taken on top of the
drafts (sources dropped because they could not be verified, with the claims resting on them; corrected
locators and texts). A chapter number not seen in the book is said so in the pattern's review note.
``--check`` reports what would change without writing.
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

# Experimental mapping of referred pain from the muscle itself (hypertonic saline or electrical
# stimulation) that drew the chart's main zone: these patterns are graded moderate.
EXPERIMENTAL = {
    "infraspinatus": ("leffler2000",),
    "tibialis_anterior": ("gibson2006", "rubin2010", "ford2021"),
    "forearm_extensors": ("slater2003",),
}

# Coarse place along a muscle (0 its upper or proximal end, 1 its lower or distal end) and across it
# (0 its medial edge, 1 its lateral edge), read from the drafts' position words.
ALONG = (("upper, middle and lower", 0.5), ("upper/middle", 0.35), ("middle to lower", 0.65),
         ("upper fibres", 0.15), ("middle fibres", 0.45), ("lower fibres", 0.75),
         ("upper", 0.22), ("middle", 0.5), ("lower", 0.78))
ACROSS = (("lateral belly", 0.68), ("medial belly", 0.32), ("lateral third", 0.8), ("medial third", 0.2),
          ("lateral", 0.75), ("medial", 0.25), ("anterior", 0.3), ("posterior", 0.7))


def place(position: str) -> list[float]:
    """[along, across] for a position such as "lower third, medial, attachment"."""
    text = position.lower()
    along = next((v for word, v in ALONG if word in text), 0.5)
    across = next((v for word, v in ACROSS if word in text), 0.5)
    if "attachment" in text:  # towards the end it names (or the nearer end when none is named)
        pull = 0.1 if "near" in text else 0.14
        along = along - pull if along < 0.5 else along + pull if along > 0.5 else along
    return [round(min(0.95, max(0.05, along)), 2), round(min(0.95, max(0.05, across)), 2)]


def _short(source: dict[str, Any]) -> str:
    """"Schmidt-Hansen et al. 2006" for a source's authors and year."""
    names = [a.strip() for a in source["authors"].split(",") if a.strip()]
    family = re.sub(r"\s+[A-Z]{1,4}$", "", names[0]) if names else "?"
    if len(names) == 2:
        family += " & " + re.sub(r"\s+[A-Z]{1,4}$", "", names[1])
    elif len(names) > 2:
        family += " et al."
    return f"{family} {source['year']}"


def _cite_in_text(text: str, sources: dict[str, Any]) -> str:
    """Source ids written in a draft's prose, "(lucas2009)", "(simons1999, ch. 30)", become author and year."""
    return re.sub(r"\b[a-z][a-z-]*\d{4}[a-z]?\b", lambda m: _short(sources[m.group(0)]) if m.group(0) in sources else m.group(0), text)


def _tidy(text: str) -> str:
    """Research bookkeeping ("see open_questions", "in this search") stays in the drafts."""
    text = re.sub(r"\s*\((?:see )?open_questions[^()]*\)", "", text)
    text = re.sub(r",?\s*see open_questions", "", text)
    text = re.sub(r"\s*\([^()]*\bnot (?:yet )?cited\b[^()]*\)", "", text)
    text = re.sub(r" (?:in this search|here)(?=[.;,)])", "", text)
    text = re.sub(r"\s*\([^()]*(?:nearest zone|\b[a-z]+_[a-z_]+\b)[^()]*\)", "", text)  # how the map was drawn
    return text.replace("which the 'same side' flag here does not capture", "which this map does not show")


def _unique_citations(citations: list[Any]) -> list[Any]:
    out: list[Any] = []
    seen: set[str] = set()
    for c in citations:
        sid = c["id"] if isinstance(c, dict) else c
        if sid in seen:
            continue
        seen.add(sid)
        out.append(c)
    return out


def _review(citations: list[Any], verified: dict[str, list[str]]) -> str:
    """What a reader should know about the book locators that were not seen in the book itself."""
    unseen = [f"{c['locator']}" for c in citations if isinstance(c, dict) and c["id"] in verified
              and not any(c["locator"] == v or c["locator"].startswith(v + ",") for v in verified[c["id"]])]
    if not unseen:
        return ""
    return (f"Chapter number ({'; '.join(unseen)}) placed from the manual's sequence of chapters; not checked "
            "against an English table of contents.")


def merge(data: dict[str, Any], drafts: list[dict[str, Any]], verified: dict[str, Any],
          integration: dict[str, Any]) -> list[str]:
    notes: list[str] = []
    sources = data["sources"]
    dropped = set(integration.get("drop_sources", ()))
    for draft in drafts:
        for sid, source in draft.get("new_sources", {}).items():
            if sid in dropped:
                continue
            if sid not in sources:
                sources[sid] = dict(source)
                notes.append(f"source {sid} added")
    for sid, fix in verified.get("sources", {}).items():
        if sid in sources:
            entry = {k: v for k, v in sources[sid].items() if k not in ("doi", "pmid", "isbn") or k in fix}
            entry.update(fix)
            sources[sid] = entry
    for sid, fix in integration.get("sources", {}).items():
        if sid in sources:
            sources[sid].update(fix)
    table = {r["muscle"]: r for r in data.get("referrals", [])}
    for draft in drafts:
        for ref in draft["referrals"]:
            muscle = ref["muscle"]
            fix = integration.get("referrals", {}).get(muscle, {})
            ref = {**ref, **{k: v for k, v in fix.items() if k != "locator"}}
            cited = [{**c, "locator": fix["locator"][c["id"]]} if isinstance(c, dict) and c["id"] in fix.get("locator", {})
                     else c for c in _unique_citations(ref["sources"])]
            cited = [c for c in cited if (c["id"] if isinstance(c, dict) else c) not in dropped]
            level = "moderate" if any(s in EXPERIMENTAL.get(muscle, ()) for s in
                                      (c["id"] if isinstance(c, dict) else c for c in cited)) else "limited"
            table[muscle] = {
                "muscle": muscle,
                "trigger_points": [{"id": tp["id"], "where": tp["where"], "at": place(tp["position"])}
                                   for tp in ref["trigger_points"]],
                "essential": ref["essential"],
                "spillover": [z for z in ref["spillover"] if z not in ref["essential"]],
                "sides": ref["sides"],
                "summary": _tidy(_cite_in_text(ref["summary"], sources)),
                "plain": ref["plain"],
                "evidence": level,
                "evidence_note": _tidy(_cite_in_text(ref["evidence"], sources)),
                "sources": cited,
            }
            review = _review(cited, integration.get("verified_locators", {}))
            if review:
                table[muscle]["review"] = review
    data["referrals"] = sorted(table.values(), key=lambda r: [r2["id"] for r2 in data["regions"]].index(r["muscle"]))
    notes.append(f"{len(data['referrals'])} referral patterns")
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", nargs="+", type=Path)
    parser.add_argument("--data", type=Path, default=ROOT / "data" / "regions.json")
    parser.add_argument("--verified", type=Path)
    parser.add_argument("--integration", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    data = json.loads(args.data.read_text(encoding="utf-8"))
    drafts = [json.loads(p.read_text(encoding="utf-8")) for p in args.drafts]
    verified = json.loads(args.verified.read_text(encoding="utf-8")) if args.verified else {}
    integration = json.loads(args.integration.read_text(encoding="utf-8")) if args.integration else {}
    for note in merge(data, drafts, verified, integration):
        print(note)
    from fasciamap.atlas.errors import AtlasError
    from fasciamap.atlas.loader import parse_atlas

    try:
        parse_atlas(data, str(args.data))
    except AtlasError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not args.check:
        args.data.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
