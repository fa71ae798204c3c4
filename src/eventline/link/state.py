"""Incremental linking state: cluster and story ids of earlier runs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass(slots=True)
class LinkState:
    """Persisted between runs; ``to_json``/``from_json`` round-trip it.

    ``cluster_of``/``story_of`` map event ids to ids; ``cluster_rank``/``story_rank``
    record creation order so that, when two old clusters (stories) merge, the older id
    wins; ``aliases`` maps retired ids to the id that absorbed them.
    """

    cluster_of: dict[str, str] = field(default_factory=dict)
    story_of: dict[str, str] = field(default_factory=dict)
    cluster_rank: dict[str, int] = field(default_factory=dict)
    story_rank: dict[str, int] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)
    next_rank: int = 0

    def to_json(self) -> str:
        """Deterministic JSON text."""
        return json.dumps(
            {
                "version": 1,
                "cluster_of": self.cluster_of,
                "story_of": self.story_of,
                "cluster_rank": self.cluster_rank,
                "story_rank": self.story_rank,
                "aliases": self.aliases,
                "next_rank": self.next_rank,
            },
            sort_keys=True,
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LinkState:
        """Inverse of :meth:`to_json`."""
        d = json.loads(text)
        return cls(
            cluster_of=dict(d.get("cluster_of", {})),
            story_of=dict(d.get("story_of", {})),
            cluster_rank={k: int(v) for k, v in d.get("cluster_rank", {}).items()},
            story_rank={k: int(v) for k, v in d.get("story_rank", {}).items()},
            aliases=dict(d.get("aliases", {})),
            next_rank=int(d.get("next_rank", 0)),
        )

    def resolve(self, ident: str) -> str:
        """Follow aliases to the live id."""
        seen = set()
        while ident in self.aliases and ident not in seen:
            seen.add(ident)
            ident = self.aliases[ident]
        return ident
