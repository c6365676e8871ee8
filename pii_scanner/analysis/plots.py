"""Common charts over the pandas API (``pii_scanner.findings/items/runs/trend``).

Each function takes a DataFrame and returns a matplotlib ``Figure`` built without pyplot (no global
state, any backend; notebooks display the returned figure). Charts only ever show counts, masked
values or fingerprints: the frames carry nothing else.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pandas as pd
from matplotlib.figure import Figure

AGE_BINS = (0, 1, 3, 5, 10, 1000)  # years; edges match the retention periods people ask about
AGE_LABELS = ("< 1 year", "1-3 years", "3-5 years", "5-10 years", "> 10 years")


def _figure(width: float = 7.0, height: float = 3.5) -> Figure:
    return Figure(figsize=(width, height), layout="constrained")


def age_bucket(dates: pd.Series, at: datetime | None = None) -> pd.Series:
    """Ordered categorical of document age (``AGE_LABELS``) at ``at`` (default now)."""
    now = pd.Timestamp(at or datetime.now(UTC))
    years = (now - pd.to_datetime(dates, utc=True)).dt.days / 365.25
    return pd.cut(years, bins=list(AGE_BINS), labels=list(AGE_LABELS), right=False, include_lowest=True)


def counts_by(
    df: pd.DataFrame, by: str, *, stack: str | None = "entity_type", top: int = 15, title: str | None = None
) -> Figure:
    """Horizontal bars: rows of ``df`` per ``by`` (owner, folder, source...), stacked by ``stack``."""
    fig = _figure(7.0, max(2.5, 0.35 * min(top, max(1, df[by].nunique())) + 1.2))
    ax = fig.add_subplot()
    if df.empty:
        ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
        return fig
    keys = df[by].astype("string").fillna("(none)")
    if by in ("folder", "path") and keys.nunique() > 1:
        keys = _relative(keys)
    if stack is None:
        table = keys.value_counts().head(top).to_frame("count")
    else:
        table = pd.crosstab(keys, df[stack].astype("string").fillna("(none)"))
        table = table.loc[table.sum(axis=1).sort_values(ascending=False).index[:top]]
    table = table.iloc[::-1]  # largest on top
    left = pd.Series(0, index=table.index, dtype="int64")
    for col in table.columns:
        ax.barh([str(k) for k in table.index], table[col], left=left, label=str(col))
        left += table[col]
    ax.set_xlabel("count")
    ax.set_title(title or f"by {by}")
    if stack is not None:
        ax.legend(fontsize="small", loc="lower right")
    return fig


def _relative(paths: pd.Series) -> pd.Series:
    """Paths without their common leading folders (readable axis labels)."""
    parts = [str(p).split("/") for p in paths.unique()]
    common = 0
    while all(len(p) > common + 1 for p in parts) and len({p[common] for p in parts}) == 1:
        common += 1
    return paths.map(lambda p: "/".join(str(p).split("/")[common:]) or str(p))


def age_profile(
    items: pd.DataFrame,
    *,
    at: datetime | None = None,
    date: str = "document_date",
    title: str = "Items holding personal data, by document age",
) -> Figure:
    """Bars of items with findings per age bucket, split by retention status."""
    fig = _figure()
    ax = fig.add_subplot()
    held = items[items["findings_count"] > 0]
    buckets = age_bucket(held[date], at)
    overdue = held["past_retention"].fillna(False).astype(bool)
    table = pd.crosstab(
        buckets, overdue.map({True: "past retention", False: "within retention"}), dropna=False
    ).reindex(list(AGE_LABELS), fill_value=0)
    bottom = pd.Series(0, index=table.index, dtype="int64")
    for col in table.columns:
        ax.bar(list(table.index), table[col], bottom=bottom, label=str(col))
        bottom += table[col]
    ax.set_ylabel("items")
    ax.set_title(title)
    if len(table.columns):
        ax.legend(fontsize="small")
    return fig


def trend_lines(trend: pd.DataFrame, *, title: str = "Across sweeps") -> Figure:
    """Live items and items holding personal data after each run (``pii_scanner.trend``)."""
    fig = _figure()
    ax = fig.add_subplot()
    x = trend["run_id"].astype(int).tolist()
    ax.plot(x, trend["live_items"], marker="o", label="live items")
    ax.plot(x, trend["items_with_findings"], marker="o", label="items with personal data")
    ax.bar(x, trend["removed"], alpha=0.3, label="removed in run")
    ax.set_xlabel("run")
    ax.set_xticks(x)
    ax.set_ylabel("items")
    ax.set_title(title)
    ax.legend(fontsize="small")
    return fig


def precision_recall(
    scores: pd.DataFrame, *, by: str = "entity_type", title: str = "Detection quality on generated text"
) -> Figure:
    """Grouped bars of ``precision`` and ``recall`` per ``by`` (values 0-1)."""
    fig = _figure()
    ax = fig.add_subplot()
    labels = [str(v) for v in scores[by]]
    xs = list(range(len(labels)))
    ax.bar([x - 0.2 for x in xs], scores["precision"], width=0.4, label="precision")
    ax.bar([x + 0.2 for x in xs], scores["recall"], width=0.4, label="recall")
    ax.set_xticks(xs, labels)
    ax.set_ylim(min(0.9, float(scores[["precision", "recall"]].min().min()) - 0.02) if len(scores) else 0, 1.005)
    ax.set_title(title)
    ax.legend(fontsize="small", loc="lower right")
    return fig
