"""A polite request frame of the speaker's own is a courtesy, not a deed; a discourse
particle is no word of the request.

"Ma'am Emma can I request to add po in groceries: …", "Tom, may I request that you buy
bread": a carer's English (and many of the world's Englishes) asks by requesting leave to ask.
The frame (a subject, perhaps after a modal, a request verb, perhaps "you", then "to" or
"that") names no deed: with a member called before it, "can I request to" read as the member's
chore ("Request to") beside the purchase. The rules read the text without the frame, as if the
request had been said plainly ("Ma'am Emma add po in groceries: …"). The words are each
language's (``OpenWorldWords.request_frame_*``); a frame with no request after it ("can I
request a refund") is no frame.

A discourse particle of the world's Englishes ("po", "opo", "abeg": Filipino, Nigerian;
``ShoppingWords.discourse_particles``) is cut wherever it stands ("add po in groceries: …",
"remind Tom po to take out the trash", "Grocery list po for tomorrow: …"); a closing one
("lah", "leh", "lor": Singapore and Malaysian, ``closing_particles``) only before a mark or
the text's end ("buy eggs leh, 10 pieces"; "add lor mee" keeps the dish). A text of nothing
else is left as it is.
"""

from __future__ import annotations

from policy_core._words import Words
from policy_core.lang import OpenWorldWords, ShoppingWords

__all__ = ["without_particles", "without_request_frame"]

_PUNCT = "punct"


def without_request_frame(words: Words, o: OpenWorldWords) -> str | None:
    """The text with its first polite request frame cut ("Emma can I request to add milk" →
    "Emma add milk"), or None when it holds none (the caller tests the class of
    ``request_frame_verbs`` first: most commands say none)."""
    norms = words.norms
    for k, norm in enumerate(norms):
        if norm not in o.request_frame_verbs or k == 0:
            continue
        if norms[k - 1] not in o.request_frame_subjects:
            continue
        start = k - 1
        if start > 0 and norms[start - 1] in o.request_frame_modals:
            start -= 1  # "can I request to …"
        end = k + 1
        if end < len(norms) and norms[end] in o.request_frame_objects:
            end += 1  # "may I request you to …"
        if end >= len(norms) or norms[end] not in o.request_frame_links:
            continue
        end += 1
        if end < len(norms) and norms[end] in o.request_frame_objects:
            end += 1  # "… request that you buy …"
        if end >= len(norms):
            return None
        tokens, text = words.tokens, words.text
        return text[: tokens[start].start] + text[tokens[end].start :]
    return None


def without_particles(words: Words, s: ShoppingWords) -> str | None:
    """The text with its discourse particles cut ("add eggs po, thank you po" → "add eggs,
    thank you"), or None when it holds none or nothing else (the caller tests their classes
    first: most commands say none)."""
    norms, tokens = words.norms, words.tokens
    cut = [
        k
        for k, norm in enumerate(norms)
        if norm in s.discourse_particles
        or (norm in s.closing_particles and (k + 1 == len(norms) or tokens[k + 1].kind == _PUNCT))
    ]
    if not cut or len(cut) == sum(token.kind != _PUNCT for token in tokens):
        return None
    text, kept, start = words.text, [], 0
    for k in cut:
        kept.append(text[start : tokens[k].start].rstrip(" "))
        start = tokens[k].end
    kept.append(text[start:])
    return " ".join(part for part in kept if part.strip()) or None
