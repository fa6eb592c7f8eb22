"""Chinese substring search without a word segmenter.

Every text is indexed as its overlapping character bigrams ("城管局" ->
"城管 管局"), and a query of two or more characters becomes the phrase of its
bigrams, which matches exactly where the query is a substring. This handles
two-character words, which a trigram index cannot, with the engines' own
full-text indexes: SQLite FTS5 and PostgreSQL tsvector/GIN.
"""

from __future__ import annotations

from collections.abc import Iterable


def _significant(text: str) -> str:
    if text.isascii() and text.isalnum():  # ticket numbers: the common fast case
        return text.lower()
    return "".join(ch for ch in text.lower() if ch.isalnum())


def bigrams(text: str) -> list[str]:
    chars = _significant(text)
    return [chars[i : i + 2] for i in range(len(chars) - 1)]


def _part_tokens(part: str) -> str:
    chars = _significant(part)
    if not chars:
        return ""
    grams = [chars[i : i + 2] for i in range(len(chars) - 1)]
    # The last character also stands alone, so that a one-character query -
    # a prefix query on the bigrams - finds it at the end of a field too.
    grams.append(chars[-1])
    return " ".join(grams)


def index_body(parts: Iterable[str]) -> str:
    """The string an index stores for a ticket: bigrams of each part.

    Parts are kept apart so that a phrase never spans two fields.
    """
    return " | ".join(tokens for tokens in map(_part_tokens, parts) if tokens)


def query_phrase(query: str) -> str | None:
    """The bigram phrase for a query of 2+ characters, or the single character."""
    chars = _significant(query)
    if len(chars) == 1:
        return chars
    grams = bigrams(query)
    return " ".join(grams) if grams else None


def significant_length(query: str) -> int:
    return len(_significant(query))


def search_insert_sql(dialect: str) -> str:
    """One ticket's row of the search index (SQLite FTS5, PostgreSQL tsvector)."""
    if dialect == "sqlite":
        return "INSERT INTO ticket_search(rowid, body) VALUES (:id, :body)"
    return "INSERT INTO ticket_search(ticket_id, body) VALUES (:id, to_tsvector('simple', :body))"
