"""The explanation of a selection as HTML, written for a reference page (students) or in plain words
(a client in front of a therapist). Pure functions of the atlas, so they are easy to test."""

from __future__ import annotations

from html import escape
from collections.abc import Mapping

from ..atlas import LoadedAtlas, Source
from ..atlas.lines import lines_of
from ..atlas.model import CONNECTION_KINDS, CONNECTION_LABELS, EVIDENCE_LABELS, EVIDENCE_LEVELS
from . import theme
from .referral_text import referral_section
from .selection import filter_label

DISCLAIMER = (
    "FasciaMap is an educational reference, not medical advice. It does not diagnose or treat; "
    "ask a qualified clinician about pain or injury."
)
STYLESHEET = """
 body { font-size: 10.5pt; color: #2b2622; }
 h2 { margin: 0 0 2px 0; font-size: 15pt; color: #1f1a17; }
 h3 { margin: 14px 0 4px 0; font-size: 11pt; color: #4a3f38; }
 .latin { color: #6b5f57; font-style: italic; margin: 0; }
 .meta { color: #6b5f57; margin: 2px 0 8px 0; }
 .side { font-weight: normal; }
 .kind { margin: 10px 0 0 0; }
 .conn { margin: 6px 0 2px 0; }
 .also { margin: 0 0 2px 12px; }
 .text { margin: 2px 0 6px 12px; }
 .toggle { font-size: 9pt; font-weight: normal; }
 .why { color: #3d3530; }
 .src { color: #7a6e66; font-size: 9pt; }
 .review { color: #8a6d1a; font-size: 9pt; }
 .disclaimer { color: #7a6e66; font-size: 9pt; margin-top: 14px; }
 .hidden { color: #7a6e66; font-size: 9pt; margin: 2px 0 6px 0; }
 a { color: #005a8c; text-decoration: none; }
 .ev { color: #555555; font-weight: 600; }
 .essential { color: #c2410c; font-weight: 700; }
 .spill { color: #ea8a5a; font-weight: 700; }
 .tp { color: #1f1a17; font-weight: 700; }
""" + "".join(f" .ev-{level} {{ color: {colour}; font-weight: 600; }}\n" for level, colour in theme.EVIDENCE_COLOURS.items())


PLAIN_EVIDENCE = {  # the evidence levels in everyday words, for Plain words
    "strong": "well established by studies", "moderate": "supported by some studies",
    "limited": "only partly studied", "anatomical": "a basic fact of anatomy",
    "model": "a teaching idea, not yet studied", "none": "studies looked and did not find it",
}


def _evidence_badge(level: str, plain: bool = False) -> str:
    """A class, not an inline style: Qt parses an inline style per element, and a page lists dozens."""
    if plain:
        css = f"ev-{level}" if level in theme.EVIDENCE_COLOURS else "ev"
        return f'<span class="{css}">{escape(PLAIN_EVIDENCE.get(level, level))}</span>'
    label = EVIDENCE_LABELS.get(level, level).split(" — ")[0]
    css = f"ev-{level}" if level in theme.EVIDENCE_COLOURS else "ev"
    return f'<span class="{css}">evidence: {escape(label.lower())}</span>'


def _citation_html(source: Source) -> str:
    text = escape(source.citation())
    if source.doi:
        text = text.replace(escape(f"doi:{source.doi}"), f'<a href="https://doi.org/{escape(source.doi)}">doi:{escape(source.doi)}</a>')
    if source.pmid:
        text = text.replace(f"PMID {source.pmid}", f'<a href="https://pubmed.ncbi.nlm.nih.gov/{source.pmid}/">PMID {source.pmid}</a>')
    return text


def welcome_html(plain: bool = False) -> str:
    if plain:  # for a client looking on: what to touch, in everyday words
        return (
            "<h2>FasciaMap</h2>"
            "<p>This is a map of the body's connective tissue, the fascia that wraps and joins the muscles.</p>"
            "<p><b>Tap</b> a part of the body to see what it is and what it is joined to. <b>Press and hold</b> "
            "for the explanation, <b>pinch</b> to zoom, and <b>swipe</b> sideways to turn the body round.</p>"
            "<p><b>Where does it hurt?</b> Mark the sore areas on the body, and see which muscles can send pain "
            "there.</p>"
            '<p><b>Learn:</b> <a href="learn:primer">what fascia is, in a few minutes</a> · '
            '<a href="learn:tours">a guided tour round the body</a></p>'
            f'<p class="disclaimer">{escape(DISCLAIMER)}</p>'
        )
    return (
        "<h2>FasciaMap</h2>"
        "<p>An atlas of the body's fascial network. Click or tap a structure on the body — or type its "
        "name in the search box — to see what it is, what it is connected to, why, and how strong the "
        "evidence for each connection is.</p>"
        "<p><b>Tips.</b> Scroll or pinch to zoom, drag to move the body, double-click (or double-tap) a "
        "structure to frame it with everything it connects to, and press <b>Esc</b> to clear the "
        "selection. The toolbar turns the body (front, back, either side) and peels it layer by layer, "
        "from the surface down to the bones (Alt+Down and Alt+Up peel and put back one layer), or shows "
        "every layer at once, see-through. Search takes everyday names too: QL, IT band, hamstrings. "
        "Connected tissue that lies deeper than your selection shows through, hatched; the legend "
        "under the body explains the colours and line styles.</p>"
        "<p><b>Plain words</b> (top right) explains everything in everyday language.</p>"
        '<p><b>Learn</b> (the Learn menu): <a href="learn:primer">a short primer on fascia</a>, with its sources; '
        '<a href="learn:tours">guided tours</a> that walk the body step by step; and '
        '<a href="learn:quiz">a quiz</a> drawn from the map itself.</p>'
        f'<p class="disclaimer">{escape(DISCLAIMER)}</p>'
    )


ALL = None  # ``expanded=ALL``: every connection's explanation is shown


def explanation_html(loaded: LoadedAtlas, node: str, plain: bool = False,
                     expanded: frozenset[int] | None = frozenset(), minimum: str = "none",
                     sources: bool = False) -> str:
    """Everything the panel says about one selected structure.

    Reference text lists each connection on one line (who, why, how strong) with its numbered
    sources; its full explanation opens in place (``expanded`` holds the open ones, by position).
    Plain words shows every connection's one-sentence explanation, with no Latin, no evidence
    jargon and no review notes; its sources are one tap away (``sources`` lists them).
    """
    atlas, graph = loaded.atlas, loaded.graph
    s = atlas.structures[node]
    numbers: dict[str, int] = {}

    def cite(ids: tuple[str, ...], locators: Mapping[str, str]) -> str:
        """Numbered references; a book's carries its chapter or page: [2, ch. 57]."""
        refs = []
        for sid in ids:
            numbers.setdefault(sid, len(numbers) + 1)
            where = f", {escape(locators[sid])}" if sid in locators else ""
            refs.append(f'<a href="#src-{numbers[sid]}">[{numbers[sid]}{where}]</a>')
        return " ".join(refs)

    layer = atlas.layers[s.layer].name.lower()
    side = f' <span class="side">({escape(s.side)})</span>' if s.side else ""
    out = [f"<h2>{escape(s.name)}{side}</h2>"]
    if not plain:  # Plain words: no Latin
        out.append(f'<p class="latin">{escape(s.latin)}</p>')
    out.append(f'<p class="meta">{escape(s.kind.capitalize())} · {escape(layer)} layer · '
               f'{escape(s.region.replace("_", " ").replace("trunk front", "front of the trunk"))}</p>')
    if plain:
        out.append(f"<p>{escape(s.summary)}</p>")
    else:
        out.append(f'<p>{escape(s.description)} <span class="src">{cite(s.sources, s.locators)}</span></p>')
        if s.review:
            out.append(f'<p class="review">⚑ Marked for review: {escape(s.review)}</p>')
    out += referral_section(atlas, node, plain, cite)
    every_link = graph.connected(node)
    weakest = EVIDENCE_LEVELS.index(minimum) if minimum in EVIDENCE_LEVELS else len(EVIDENCE_LEVELS) - 1
    links = [l for l in every_link if EVIDENCE_LEVELS.index(l.connection.evidence) <= weakest]
    toggle_all = ""
    if links and not plain:
        everything = expanded is ALL or len(expanded) >= len(links)
        toggle_all = (' <a class="toggle" href="why:none">hide explanations</a>' if everything
                      else ' <a class="toggle" href="why:all">show all explanations</a>')
    # One entry per connected structure: a pair joined in two ways (a shared sheet and an overlap)
    # is listed once, under its strongest kind, with the other ways beneath it.
    by_other: dict[str, list] = {}
    for link in links:
        by_other.setdefault(link.structure.id, []).append(link)
    out.append(f"<h3>Connected structures ({len(by_other)}){toggle_all}</h3>")
    hidden = len(every_link) - len(links)
    if hidden:  # a filtered list says what it leaves out, and why
        out.append(f'<p class="hidden">{hidden} link{"s" if hidden > 1 else ""} below the evidence filter '
                   f'({escape(filter_label(minimum))}) {"are" if hidden > 1 else "is"} not listed. '
                   f'<a href="filter:none">Show all</a></p>')
    if not every_link:
        out.append("<p>No connections are recorded for this structure yet.</p>")
    position = {id(l): i for i, l in enumerate(links)}

    def connection_html(link, first: bool) -> None:
        c, other, i = link.connection, link.structure, position[id(link)]
        deeper = (" · <i>lies deeper</i>" if plain else " · <i>deeper layer</i>") if link.deeper else ""
        crossing = ((" · <i>on the other side of the body</i>" if plain else " · <i>crosses the midline</i>")
                    if c.laterality == "crosses_midline" else "")
        if first:
            head = (f'<p class="conn"><a href="node:{escape(other.id)}"><b>{escape(other.display_name)}</b></a> — '
                    f'<span class="why">{escape(link.reason)}</span><br>{_evidence_badge(c.evidence, plain)}{deeper}{crossing}')
        else:
            head = (f'<p class="conn also">also {escape(CONNECTION_LABELS[c.kind].lower())} — '
                    f'<span class="why">{escape(link.reason)}</span><br>{_evidence_badge(c.evidence, plain)}{crossing}')
        if plain:
            out.append(head + f'</p><p class="text">{escape(c.plain)}</p>')
        elif expanded is ALL or i in expanded:
            out.append(head + f' <a class="toggle" href="why:{i}">less</a></p>')
            out.append(f'<p class="text">{escape(c.explanation)} <span class="src">{cite(c.sources, c.locators)}</span></p>')
            if c.review:
                out.append(f'<p class="review text">⚑ Marked for review: {escape(c.review)}</p>')
        else:
            out.append(head + f' <span class="src">{cite(c.sources, c.locators)}</span> <a class="toggle" href="why:{i}">why?</a></p>')

    for kind in CONNECTION_KINDS:
        group = [ls for ls in by_other.values() if ls[0].connection.kind == kind]
        if not group:
            continue
        style = theme.CONNECTION_STYLES[kind]
        out.append(
            f'<p class="kind"><span style="color:{style.colour.name()}">■</span> '
            f"<b>{escape(CONNECTION_LABELS[kind])}</b></p>"
        )
        for same_pair in group:
            for k, link in enumerate(same_pair):
                connection_html(link, k == 0)
    on_lines = lines_of(atlas, s.base_id)
    if on_lines:
        heading = "Part of these body-wide lines" if plain else "On the myofascial lines"
        out.append(f"<h3>{heading}</h3><p>" + " · ".join(
            f'<a href="line:{escape(line.id)}">{escape(line.name)}</a>' for line in on_lines) + "</p>")
    out.append('<p><a class="toggle" href="pathto:">Trace a path from here to another structure…</a></p>')
    chapters: dict[str, list[str]] = {}  # plain words lists a book's chapters beside it
    if plain:  # the same sources, listed only when asked for
        referral = atlas.referrals.get(s.base_id)
        claims = [(s.sources, s.locators), *((l.connection.sources, l.connection.locators) for l in links)]
        if referral is not None:
            claims.append((referral.sources, referral.locators))
        for ids, locators in claims:
            cite(ids, {})
            for sid in ids:
                if sid in locators and locators[sid] not in chapters.setdefault(sid, []):
                    chapters[sid].append(locators[sid])
        if not sources:
            out.append(f'<p><a class="toggle" href="sources:show">Where this comes from ({len(numbers)} sources)</a></p>')
    if numbers and (sources or not plain):
        out.append("<h3>Sources</h3><ol>")
        for sid, n in sorted(numbers.items(), key=lambda kv: kv[1]):
            where = f" ({escape('; '.join(chapters[sid]))})" if chapters.get(sid) else ""
            out.append(f'<li><a name="src-{n}"></a>{_citation_html(atlas.sources[sid])}{where}</li>')
        out.append("</ol>")
    out.append(f'<p class="disclaimer">{escape(DISCLAIMER)}</p>')
    return "".join(out)
