"""What a handout says about the structure on the body: its plain explanation, where its pain may be
felt, what it is joined to, how sure this is, and the sources with their chapters. The same words the
panel uses in plain mode (the reference voice for a student's copy)."""

from __future__ import annotations

from PySide6.QtGui import QImage

from ..atlas import LoadedAtlas
from ..atlas.referrals import referral_of
from .explanation import DISCLAIMER, PLAIN_EVIDENCE
from .handout import Handout, HandoutSection
from .referral_text import plain_summary, side_words, zone_list

MAX_CONNECTIONS = 4  # the strongest few: a page for a client, not the reference list


def _short_source(loaded: LoadedAtlas, sid: str, locator: str) -> str:
    source = loaded.atlas.sources[sid]
    names = [a.strip() for a in source.authors.split(",") if a.strip()]
    who = names[0] + (" et al." if len(names) > 2 else f", {names[1]}" if len(names) == 2 else "")
    where = f", {locator}" if locator else ""
    return f"{who} ({source.year}) {source.title}{where}"


def handout_for(loaded: LoadedAtlas, node: str, picture: QImage, plain: bool = True, note: str = "") -> Handout:
    atlas, graph = loaded.atlas, loaded.graph
    s = atlas.structures[node]
    side = f" ({s.side} side)" if s.side else ""
    sections = [HandoutSection("What this is", s.summary if plain else f"{s.description}")]
    referral = referral_of(atlas, node)
    cited: dict[str, str] = {}
    legend: list[tuple[str, str]] = [("selected", "The structure we talked about" if plain else "Selected")]
    if referral is not None:
        if plain:
            pattern, usual, sure = plain_summary(atlas, referral, s.side)
            sections.append(HandoutSection("Where pain from it may be felt", f"{pattern}\n\n{usual}"))
        else:
            where = side_words(referral, s.side)
            text = (f"{referral.summary}\n\nEssential zone: {zone_list(atlas, referral.essential)}"
                    f"{f' ({where})' if where else ''}. Spillover zone: {zone_list(atlas, referral.spillover) or 'none'}.")
            sections.append(HandoutSection("Trigger-point referral", text))
            sure = referral.evidence_note
        for sid in referral.sources:
            cited.setdefault(sid, referral.locators.get(sid, ""))
        legend += [("essential", "Where the pain is usually felt" if plain else "Essential zone"),
                   ("spillover", "Where it sometimes spreads" if plain else "Spillover zone"),
                   ("trigger_point", "A tender spot that can send pain elsewhere" if plain else "Trigger point")]
    links = graph.connected(node)[:MAX_CONNECTIONS]
    if links:
        legend.insert(1, ("connected", "Joined to it by fascia" if plain else "Connected"))
        lines = []
        for link in links:
            c = link.connection
            how = c.plain if plain else f"{link.reason}: {c.explanation}"
            strength = PLAIN_EVIDENCE.get(c.evidence, c.evidence) if plain else f"evidence {c.evidence}"
            lines.append(f"{link.structure.name}: {how} ({strength}).")
            for sid in c.sources:
                cited.setdefault(sid, c.locators.get(sid, ""))
        sections.append(HandoutSection("How it is connected", "\n\n".join(lines)))
    if referral is not None:
        sections.append(HandoutSection("How sure is this?", sure))
    for sid in s.sources:
        cited.setdefault(sid, s.locators.get(sid, ""))
    return Handout(
        title=f"{s.name}{side}",
        picture=picture,
        sections=tuple(sections),
        sources=tuple(_short_source(loaded, sid, loc) for sid, loc in cited.items()),
        disclaimer=DISCLAIMER,
        legend=tuple(legend),
        note=note,
    )
