"""Event dating: the clause's own expression, the lead sentence, else unknown."""

from __future__ import annotations

from datetime import date

from eventline.temporal import event_date, tag

PUB = date(2024, 5, 2)

# French: a lead sentence without a date, then dated sentences, then an undated one
TEXT = (
    "Des roquettes ont visé une base militaire dans le nord du pays. "
    "L'armée a indiqué mardi soir avoir intercepté la plupart des projectiles. "
    "Le 20 avril, une attaque similaire avait fait deux blessés. "
    "Le gouvernement condamne ces attaques."
)


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == "." and (i + 1 == len(text) or text[i + 1] == " "):
            spans.append((start, i + 1))
            start = i + 2
    return spans


def test_event_dates_follow_clause_then_lead_then_unknown():
    result = tag(TEXT, "fr", PUB)
    sents = _sentences(TEXT)
    lead = event_date(result.timexes, TEXT.index("visé"), sents[0], sents)
    assert lead.how == "lead" and lead.timex is not None
    assert lead.timex.value == "2024-04-30TEV"
    own = event_date(result.timexes, TEXT.index("intercepté"), sents[1], sents)
    assert own.how == "clause" and own.timex.value == "2024-04-30TEV"
    past = event_date(result.timexes, TEXT.index("avait fait"), sents[2], sents)
    assert past.timex is not None and past.timex.value == "2024-04-20"
    none = event_date(result.timexes, TEXT.index("condamne"), sents[3], sents)
    assert none.timex is None and none.how == "none"


def test_closest_expression_in_the_sentence_wins():
    text = "Lundi, les rebelles ont attaqué la ville, puis ils se sont retirés mercredi."
    result = tag(text, "fr", PUB)
    whole = (0, len(text))
    first = event_date(result.timexes, text.index("attaqué"), whole)
    second = event_date(result.timexes, text.index("retirés"), whole)
    assert first.timex is not None and first.timex.text == "Lundi"
    assert second.timex is not None and second.timex.text == "mercredi"
