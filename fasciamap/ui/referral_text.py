"""What the panel, the pain map and the handout say about a muscle's referral pattern, in the
reference voice (students) or in plain words (a client), from the same data."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from ..atlas import Atlas
from ..atlas.model import EVIDENCE_LABELS, Referral

ESSENTIAL_MARK = "▦"  # the essential zone's cross-hatch, as a character for the text
SPILLOVER_MARK = "░"  # the spillover zone's stipple

# How sure the literature is, in everyday words; the reference voice says it with the sources.
PLAIN_HOW_SURE = {
    "moderate": ("Experiments that briefly made this muscle sore in volunteers found pain in much the same "
                 "area. People differ, though, and even experienced hands often disagree about where these "
                 "tender spots are."),
    "limited": ("This map comes from clinical experience and has been little tested. People differ, and even "
                "experienced hands often disagree about where these tender spots are."),
}


def zone_list(atlas: Atlas, zones: tuple[str, ...]) -> str:
    """"outer hip, buttock and outer thigh" from zone base ids."""
    names = [atlas.zones[z].name.lower() if i else atlas.zones[z].name for i, z in enumerate(zones) if z in atlas.zones]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def side_words(referral: Referral, side: str | None) -> str:
    if referral.both_sides:
        return "on either side"
    return f"on the {side} side" if side else ""


def plain_summary(atlas: Atlas, referral: Referral, side: str | None) -> tuple[str, str, str]:
    """The three plain sentences: the pattern, where it is usually felt, and how sure this is."""
    where = side_words(referral, side)
    usual = f"Usually felt: {zone_list(atlas, referral.essential)}{f' ({where})' if where else ''}."
    if referral.spillover:
        usual += f" Sometimes also: {zone_list(atlas, referral.spillover).lower()}."
    return referral.plain, usual, PLAIN_HOW_SURE.get(referral.evidence, PLAIN_HOW_SURE["limited"])


def referral_section(atlas: Atlas, node: str, plain: bool, cite: Callable[[tuple[str, ...], Mapping[str, str]], str]) -> list[str]:
    """The panel's HTML for the referral of the selected muscle (nothing when it has none)."""
    s = atlas.structures[node]
    referral = atlas.referrals.get(s.base_id)
    if referral is None:
        return []
    if plain:
        pattern, usual, sure = plain_summary(atlas, referral, s.side)
        return [
            "<h3>Where pain from it may be felt</h3>",
            f"<p>{escape(pattern)}</p>",
            f'<p class="text"><span class="essential">{ESSENTIAL_MARK}</span> {escape(usual)}</p>',
            '<p class="text"><span class="tp">✕</span> marks where the tender spots usually are.</p>',
            f'<p class="text"><b>How sure is this?</b> {escape(sure)}</p>',
        ]
    where = side_words(referral, s.side)
    label = EVIDENCE_LABELS.get(referral.evidence, referral.evidence).split(" — ")[0].lower()
    out = [
        "<h3>Trigger-point referral</h3>",
        f'<p>{escape(referral.summary)} <span class="src">{cite(referral.sources, referral.locators)}</span></p>',
        f'<p class="text"><span class="essential">{ESSENTIAL_MARK}</span> <b>Essential zone</b> (felt by nearly '
        f'everyone with an active trigger point): {escape(zone_list(atlas, referral.essential))}'
        f'{escape(f" ({where})" if where else "")}.</p>',
    ]
    if referral.spillover:
        out.append(f'<p class="text"><span class="spill">{SPILLOVER_MARK}</span> <b>Spillover zone</b> (felt by '
                   f'some): {escape(zone_list(atlas, referral.spillover))}.</p>')
    sites = "".join(f"<li>{escape(tp.where)}</li>" for tp in referral.trigger_points)
    out.append(f'<p class="text"><span class="tp">✕</span> <b>Trigger points</b> usually lie:</p><ul>{sites}</ul>')
    out.append(f'<p class="text"><span class="ev-{escape(referral.evidence)}">evidence: {escape(label)}</span> — '
               f"{escape(referral.evidence_note)}</p>")
    if referral.review:
        out.append(f'<p class="review text">⚑ Marked for review: {escape(referral.review)}</p>')
    return out
