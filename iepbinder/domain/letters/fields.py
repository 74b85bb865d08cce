"""The fields letters are filled with, and how each is named when it is missing."""

from __future__ import annotations

from iepbinder.domain.language import N_

# Every template uses these (the header and sign-off of DOMAIN.md 6).
HEADER_FIELDS = ("child_name", "child_dob", "school", "recipient_name", "parent_names")
HEADER_OPTIONAL = ("parent_contact",)

FIELD_LABELS: dict[str, str] = {
    "child_name": "your child's name",
    "child_first_name": "your child's first name",
    "child_dob": "your child's date of birth",
    "school": "the school",
    "recipient_name": "who the letter is to",
    "parent_names": "your name",
    "parent_contact": "your email or phone",
    "response_due": "the reply date",
    "iep_date": "the date of the IEP",
    "goal_list": "the goals (with their IEP pages)",
    "goal_name": "the goal's short name",
    "goal_text": "the goal as the IEP writes it",
    "goal_page": "the IEP page of the goal",
    "data_from": "the first date of the period",
    "data_to": "the last date of the period",
    "service_name": "the service",
    "service_amount": "how much of the service the IEP promises",
    "service_page": "the IEP page of the service",
    "ledger_table": "the table of services delivered and missed",
    "meeting_reason": "the reason for the meeting",
    "proposed_changes": "the changes you want to discuss",
    "available_dates": "dates you can meet",
    "invitees": "who you want at the meeting",
    "entry_date": "the date of the conversation or email",
    "entry_people": "who you talked with",
    "entry_topic": "what it was about",
    "entry_summary": "what was said or decided",
    "entry_requests": "what you asked for",
    "notice_language": "the language for the notice",
    "next_meeting_sentence": "the date of the next meeting",
    "meeting_date": "the date of the meeting",
    "meeting_topic": "what the meeting was about",
    "meeting_attendees": "who attended",
    "meeting_decisions": "what was agreed (who, what, by when)",
    "meeting_disagreements": "items refused or left for later",
    "meeting_questions": "open questions",
    "accommodation_text": "the accommodation as the IEP writes it",
    "accommodation_short": "a short name for the accommodation",
    "accommodation_page": "the IEP page of the accommodation",
    "class_name": "the class",
    "dates_not_provided": "the dates it was not provided",
    "contact_suggestion": "who you would like as your main contact",
}

LEDGER_FIELD = "ledger_table"
LEDGER_MISSING_TEXT = N_(
    "[fill in for each service: minutes required, minutes delivered, minutes missed, the dates "
    "with no session and the dates with a partial session]"
)
LEDGER_MISSING_MESSAGE = N_(
    "The service ledger is not in this binder yet, so the table of services is left for you to "
    "fill in: for each service, the minutes required, delivered and missed, and the dates with "
    "no session or a partial one."
)


def label_of(field: str) -> str:
    """The words for a field in a warning ('the IEP page of the goal')."""
    return FIELD_LABELS.get(field, field.replace("_", " "))
