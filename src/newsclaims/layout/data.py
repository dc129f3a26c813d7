"""Word lists the layout helpers need and no rule can derive (English-language news pages)."""

from __future__ import annotations

# Month names and their usual abbreviations, lower-case, to month number.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

# Words that open an image caption or credit line ("Screenshot shared by ...", "Photo: ...").
CAPTION_OPENERS = frozenset(
    "screenshot screenshots photo photos image images picture pictures illustration chart graphic infographic".split()
)

# Section titles that introduce a block of questions and answers.
FAQ_HEADINGS = frozenset(("frequently asked questions", "faq", "faqs", "questions and answers", "q&a", "q & a"))
