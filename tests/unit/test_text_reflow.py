"""Plain-text emails read as paragraphs: the mailer's line breaks go, lists and quotes stay."""

from __future__ import annotations

from iepbinder.domain.text_reflow import unwrap_lines

WRAPPED = (
    "Mr. Okafor was out on Monday and Wednesday, so Maya's two speech sessions this week\n"
    "did not happen. He will schedule make-up sessions before Thanksgiving break.\n"
    "\n"
    "Thank you,\n"
    "Karen Liu\n"
)


def test_a_wrapped_paragraph_is_joined_and_the_signature_kept() -> None:
    assert unwrap_lines(WRAPPED) == (
        "Mr. Okafor was out on Monday and Wednesday, so Maya's two speech sessions this week "
        "did not happen. He will schedule make-up sessions before Thanksgiving break.\n"
        "\n"
        "Thank you,\n"
        "Karen Liu\n"
    )


def test_lists_quotes_and_labels_keep_their_lines() -> None:
    text = (
        "These are the sessions we still owe Maya from October and November this year:\n"
        "- Oct 12 speech\n"
        "> On Nov 3 you wrote: could we have the reading data from the fluency probes\n"
        "> for September?\n"
        "Please find the dates below, as we discussed at the meeting on the tenth:\n"
        "Date: Nov 20\n"
    )
    assert unwrap_lines(text) == text


def test_windows_line_endings_and_short_lines() -> None:
    assert unwrap_lines("Hi Ana,\r\nSee you Thursday.\r\n") == "Hi Ana,\nSee you Thursday.\n"
