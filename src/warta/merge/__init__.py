"""Cross-document merging: reports of one real event, in any language, become one event.

Policy v2 ("blocks.v2", `policy.py`; the rule and why it does not depend on order:
`docs/store.md`): a report joins an event only when it is compatible with the event as a
whole (dates within the event's span plus slack, the span bounded; place within a distance
of the event's place by geo precision; one family of types; a shared actor when both name
actors; another document), deciding report by report in a canonical order within blocks.
`incremental.py` merges into the store as documents arrive and re-merges whole stores;
`build.py` makes the merged records. `warta ingest`, `warta merge` and `warta spark` call
these same functions.
"""

from __future__ import annotations

from .build import merge_reports, merged_event, report_of, source_of
from .incremental import groups_of, links, merge_all, merge_new, remerge
from .policy import (
    BOUND_DAYS,
    MAX_KM,
    POLICY,
    SLACK_DAYS,
    Cluster,
    Clusterer,
    cluster,
    components,
    join_reason,
    may_link,
    mergeable,
)

__all__ = [
    "BOUND_DAYS",
    "MAX_KM",
    "POLICY",
    "SLACK_DAYS",
    "Cluster",
    "Clusterer",
    "cluster",
    "components",
    "groups_of",
    "join_reason",
    "links",
    "may_link",
    "merge_all",
    "merge_new",
    "merge_reports",
    "mergeable",
    "merged_event",
    "remerge",
    "report_of",
    "source_of",
]
