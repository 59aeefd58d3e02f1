"""A polite request frame of the speaker's own is a courtesy, not a deed.

"Ma'am Emma can I request to add po in groceries: …", "Tom, may I request that you buy
bread": a carer's English (and many of the world's Englishes) asks by requesting leave to ask.
The frame (a subject, perhaps after a modal, a request verb, perhaps "you", then "to" or
"that") names no deed: with a member called before it, "can I request to" read as the member's
chore ("Request to") beside the purchase. The rules read the text without the frame, as if the
request had been said plainly ("Ma'am Emma add po in groceries: …"). The words are each
language's (``OpenWorldWords.request_frame_*``); a frame with no request after it ("can I
request a refund") is no frame.
"""

from __future__ import annotations

from policy_core._words import Words
from policy_core.lang import OpenWorldWords

__all__ = ["without_request_frame"]


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
