"""The fascial network as a NetworkX graph, and the questions the app asks of it.

NetworkX stays inside this module: callers get ids and atlas dataclasses back. Direct neighbourhoods
come from an index over the connections table (each node's links sorted on first use, then kept), so
selecting a structure never walks the graph; the NetworkX graph (a 0.2 s, 30 MiB import) is built on the first query that needs graph
algorithms, such as a shortest path.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from collections.abc import Iterable

from .errors import NoPathError, UnknownStructureError
from .model import CONNECTION_KINDS, EVIDENCE_LEVELS, Atlas, Connection, Structure

if TYPE_CHECKING:
    import networkx as nx

    from .finder import Finder

_EVIDENCE_RANK = {level: i for i, level in enumerate(EVIDENCE_LEVELS)}
_KIND_RANK = {kind: i for i, kind in enumerate(CONNECTION_KINDS)}


@dataclass(frozen=True)
class Link:
    """One connection seen from one structure: the structure at the other end, and why."""

    structure: Structure
    connection: Connection
    deeper: bool  # the other end lies in a deeper layer than the one asked about
    reason: str  # why they are connected, in a few words, seen from the structure asked about


@dataclass(frozen=True)
class Step:
    """One step of a path: from one structure to the next, and the connection that joins them."""

    source: Structure
    target: Structure
    connection: Connection
    reason: str


class FasciaGraph:
    """Queries over the atlas's connections."""

    def __init__(self, atlas: Atlas) -> None:
        self.atlas = atlas
        incident: dict[str, list[Connection]] = {node: [] for node in atlas.structures}
        for c in atlas.connections:
            incident[c.a].append(c)
            if c.b != c.a:
                incident[c.b].append(c)
        self._incident = incident
        self._neighbourhood: dict[str, tuple[Link, ...]] = {}  # filled per node on first use
        self._paths_graph: nx.Graph | None = None
        self._finder: Finder | None = None

    @property
    def finder(self) -> Finder:
        """Name lookup (built on first use: a start-up never pays for it)."""
        if self._finder is None:
            from .finder import Finder

            self._finder = Finder(self.atlas)
        return self._finder

    def networkx_graph(self) -> "nx.MultiGraph":
        """The whole network as a NetworkX multigraph (one edge per connection, keyed by its index)."""
        import networkx as nx

        graph = nx.MultiGraph()
        graph.add_nodes_from(self.atlas.structures)
        for index, c in enumerate(self.atlas.connections):
            graph.add_edge(c.a, c.b, key=index, connection=c)
        return graph

    def _best_graph(self) -> "nx.Graph":
        """Between two nodes, the connection with the strongest evidence, weighted for paths."""
        if self._paths_graph is None:
            import networkx as nx

            best = nx.Graph()
            best.add_nodes_from(self.atlas.structures)
            for a, b, data in self.networkx_graph().edges(data=True):
                c: Connection = data["connection"]
                weight = 1.0 + 0.1 * _EVIDENCE_RANK[c.evidence]
                if not best.has_edge(a, b) or best[a][b]["weight"] > weight:
                    best.add_edge(a, b, weight=weight, connection=c)
            self._paths_graph = best
        return self._paths_graph

    # -- lookup -----------------------------------------------------------------------------------
    def resolve(self, query: str) -> str:
        """A node id from an id, a base id (paired: the left side), or a common or Latin name."""
        q = query.strip()
        structures = self.atlas.structures
        if q in structures:
            return q
        for side in ("left", "right"):
            if f"{q}.{side}" in structures:
                return f"{q}.{side}"
        folded = q.casefold().replace("_", " ")
        for node, s in structures.items():
            names = {s.name.casefold(), s.latin.casefold(), s.display_name.casefold()}
            if folded in names:
                return node if s.side in (None, "left") or f"{s.base_id}.left" not in structures else f"{s.base_id}.left"
        best = self.finder.best(q)
        if best is not None and best.score == 1.0:  # an everyday name or abbreviation, as written
            if best.is_group:
                raise UnknownStructureError(query, list(best.members), group=best.name)
            return self.node_of(best.id)
        raise UnknownStructureError(query, self.suggest(query))

    def node_of(self, base_id: str, side: str = "left") -> str:
        """The node of a structure on the preferred side (its only node if it is a midline one)."""
        preferred = f"{base_id}.{side}"
        if preferred in self.atlas.structures:
            return preferred
        if base_id in self.atlas.structures:
            return base_id
        return f"{base_id}.{'right' if side == 'left' else 'left'}"

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        """The closest ids to a mistyped query (none for a query far longer than any name)."""
        if len(query) > 200:
            return []
        import difflib  # only needed when something was mistyped
        candidates = sorted({s.base_id for s in self.atlas.structures.values()} | set(self.atlas.structures))
        by_name = {s.name.casefold(): s.base_id for s in self.atlas.structures.values()}
        close = difflib.get_close_matches(query.strip().casefold(), candidates, n=limit, cutoff=0.6)
        close += [by_name[n] for n in difflib.get_close_matches(query.strip().casefold(), list(by_name), n=limit, cutoff=0.6)]
        close += [m.id for m in self.finder.find(query, limit) if not m.is_group]
        contains = [c for c in candidates if query.strip().casefold().replace(" ", "_") in c and "." not in c]
        out: list[str] = []
        for c in close + contains:
            if c not in out:
                out.append(c)
        return out[:limit]

    def structure(self, node: str) -> Structure:
        try:
            return self.atlas.structures[node]
        except KeyError:
            raise UnknownStructureError(node, self.suggest(node)) from None

    # -- queries ----------------------------------------------------------------------------------
    def reason(self, connection: Connection, seen_from: str) -> str:
        """Why two structures are connected, in a few words, from one end's point of view."""
        c = connection
        if c.kind == "shared_sheet" and c.sheet is not None:
            return f"through the {c.sheet.describe()}"
        if c.kind == "myofascial_continuity":
            line = self.atlas.lines.get(c.line or "")
            return f"continuous along the {line.name}" if line else "continuous fibres and fascia"
        if c.kind == "shared_attachment":
            return "shared attachment"
        if c.a == c.b or c.kind != "overlies":
            return c.kind.replace("_", " ")
        return "lies beneath it" if seen_from == c.a else "lies over it"

    def _links_of(self, node: str) -> tuple[Link, ...]:
        links = self._neighbourhood.get(node)
        if links is None:
            links = self._neighbourhood[node] = self._links(node, self._incident.get(node, []))
        return links

    def _links(self, node: str, connections: list[Connection]) -> tuple[Link, ...]:
        depth = self.atlas.layer_depth(node)
        links = []
        for c in connections:
            other_node = c.other(node)
            links.append(Link(
                self.atlas.structures[other_node], c, self.atlas.layer_depth(other_node) > depth,
                self.reason(c, node),
            ))
        links.sort(key=lambda l: (
            _EVIDENCE_RANK[l.connection.evidence], _KIND_RANK[l.connection.kind], l.structure.display_name,
        ))
        return tuple(links)

    def connected(self, node: str, kinds: Iterable[str] | None = None) -> list[Link]:
        """Direct connections of a node, strongest evidence first; optionally only some kinds."""
        self.structure(node)
        wanted = set(kinds) if kinds is not None else None
        return [l for l in self._links_of(node) if wanted is None or l.connection.kind in wanted]

    def deeper(self, node: str) -> list[Link]:
        """Connections that reach a deeper layer than the node's own."""
        return [l for l in self.connected(node) if l.deeper]

    def path(self, a: str, b: str, line: str | None = None) -> list[Step]:
        """The shortest fascial path between two nodes, preferring well-evidenced links; with a line
        id, only along that line's transitions."""
        self.structure(a)
        self.structure(b)
        if a == b:
            return []
        import networkx as nx

        best = self._best_graph()
        if line is not None:
            from .lines import line_pairs

            pairs = line_pairs(self.atlas, self.atlas.lines[line])
            best = nx.subgraph_view(best, filter_edge=lambda x, y: frozenset((x, y)) in pairs)
        try:
            nodes = nx.shortest_path(best, a, b, weight="weight")
        except nx.NetworkXNoPath:
            raise NoPathError(a, b) from None
        s = self.atlas.structures
        return [
            Step(s[x], s[y], best[x][y]["connection"], self.reason(best[x][y]["connection"], x))
            for x, y in zip(nodes, nodes[1:])
        ]

    def neighbours(self, node: str) -> frozenset[str]:
        return frozenset(l.structure.id for l in self._links_of(node)) if node in self._incident else frozenset()
