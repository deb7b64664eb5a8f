"""The primer's and the tours' text as panel HTML: links kept as links, sources numbered with their
chapter or page, in the voice asked for."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from ..atlas.learn import Learn, Section, TourStep, segments
from ..atlas.model import Citation, Source
from .explanation import DISCLAIMER, _citation_html


def passage_html(text: str) -> str:
    """Paragraphs (blank-line separated) and "- " list items, with ``[words](kind:target)`` as links."""
    out: list[str] = []
    items: list[str] = []
    for paragraph in (p.strip() for p in text.split("\n\n")):
        if not paragraph:
            continue
        if paragraph.startswith("- "):
            items += [_inline(item[2:] if item.startswith("- ") else item)
                      for item in paragraph.split("\n") if item.strip()]
            continue
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items = []
        out.append(f"<p>{_inline(paragraph)}</p>")
    if items:
        out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    return "".join(out)


def _inline(text: str) -> str:
    return "".join(escape(words) if kind is None else f'<a href="{kind}:{target}">{escape(words)}</a>'
                   for words, kind, target in segments(text.replace("\n", " ")))


def sources_html(citations: tuple[Citation, ...], sources: Mapping[str, Source]) -> str:
    rows = []
    for c in citations:
        source = sources.get(c.source)
        if source is None:
            continue
        where = f" — {escape(c.locator)}" if c.locator else ""
        rows.append(f"<li>{_citation_html(source)}{where}</li>")
    return f'<ol class="src">{"".join(rows)}</ol>' if rows else ""


def section_html(section: Section, sources: Mapping[str, Source], plain: bool) -> str:
    heading = "Where this comes from" if plain else "Sources"
    return (f'<h3><a name="{escape(section.id)}"></a>{escape(section.title)}</h3>'
            f"{passage_html(section.text.text(plain))}"
            f'<p class="src"><b>{heading}</b></p>{sources_html(section.sources, sources)}')


def primer_html(learn: Learn, plain: bool) -> str:
    """The whole primer on one page: contents, the sections, the tours that follow it on the body."""
    contents = " · ".join(f'<a href="section:{escape(s.id)}">{escape(s.title)}</a>' for s in learn.sections)
    intro = ("What fascia is, how it links the body, and what the studies say about treating it."
             if not plain else "A short guide to fascia, the body's connective tissue, and how it is treated.")
    out = ["<h2>Fascia: a primer</h2>", f'<p class="meta">{escape(intro)}</p>', f"<p>{contents} · "
           '<a href="section:tours">Guided tours</a></p>']
    out += [section_html(s, learn.sources, plain) for s in learn.sections]
    out.append('<h3><a name="tours"></a>Guided tours</h3>')
    out.append("<p>" + ("Follow the body step by step. " if plain else
                        "Each tour turns and peels the body and explains every stop. ") +
               "Next and previous: the buttons, Page Down and Page Up, or a sideways swipe across the whole "
               "body (Fit shows it whole; a stop on a small part of the body is shown close up).</p>")
    out.append("<ul>" + "".join(f'<li><a href="tour:{escape(t.id)}">{escape(t.title)}</a> — '
                                f"{_inline(t.summary.text(plain))}</li>" for t in learn.tours.values()) + "</ul>")
    out.append(f'<p class="disclaimer">{escape(DISCLAIMER)}</p>')
    return "".join(out)


def step_html(step: TourStep, sources: Mapping[str, Source], plain: bool) -> str:
    heading = "Where this comes from" if plain else "Sources"
    return (f"{passage_html(step.text.text(plain))}"
            f'<p class="src"><b>{heading}</b></p>{sources_html(step.sources, sources)}')
