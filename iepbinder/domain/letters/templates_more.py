"""Five more letters parents ask for.

An accommodation concern citing the IEP page, data on one goal, a meeting within two weeks,
a communication plan, and a follow-up to an unanswered email.
"""

from __future__ import annotations

from iepbinder.domain.letters.model import LetterTemplate, Picks, school_days

ACCOMMODATION_CONCERN = LetterTemplate(
    key="accommodation_concern",
    title="Accommodation not provided (cites the IEP page)",
    purpose="Point to the IEP page of an accommodation and the dates it was not provided.",
    subject="Accommodation in {child_first_name}'s IEP: {accommodation_short}",
    body=(
        "{child_first_name}'s IEP dated {iep_date} (page {accommodation_page}) includes this "
        'accommodation: "{accommodation_text}"\n\n'
        "My records show that it was not provided in {class_name} on these dates: "
        "{dates_not_provided}.\n\n"
        "Could you tell me whether your records agree? If it was not provided, could you help "
        "me understand why, and tell me what will be done so that it is provided from now on?\n\n"
        "Could you also confirm that each of {child_first_name}'s teachers has the IEP and knows "
        "about this accommodation?\n\n"
        "Please reply by {response_due}."
    ),
    required_fields=(
        "child_first_name",
        "iep_date",
        "accommodation_page",
        "accommodation_text",
        "accommodation_short",
        "class_name",
        "dates_not_provided",
    ),
    follow_up=school_days(5, "as the implementation concern (DOMAIN.md 6)"),
    picks=(Picks.ACCOMMODATION,),
    source="https://edregnc.com/regulation/1033",
)

GOAL_DATA = LetterTemplate(
    key="goal_data",
    title="Request for data on one goal",
    purpose="Ask for specific examples or data on a named goal.",
    subject="Progress data on the {goal_name} goal: {child_name}",
    body=(
        "I would like to understand {child_first_name}'s progress on this goal from the IEP "
        "dated {iep_date} (page {goal_page}):\n\n"
        '"{goal_text}"\n\n'
        "Can you provide specific examples or data showing progress on the {goal_name} goal? "
        "For example, the most recent probe scores or data sheets since {data_from}, and a few "
        "work samples.\n\n"
        "Please also tell me how often the data for this goal is collected, and by whom.\n\n"
        "Please reply by {response_due}."
    ),
    required_fields=(
        "child_first_name",
        "iep_date",
        "goal_page",
        "goal_text",
        "goal_name",
        "data_from",
    ),
    follow_up=school_days(10, "as the request for data (DOMAIN.md 6)"),
    picks=(Picks.GOAL, Picks.DATE_RANGE),
    source="https://davisadvocates.wordpress.com/tag/progress-monitoring/",
)

MEETING_SOON = LetterTemplate(
    key="meeting_soon",
    title="Request for an IEP meeting within two weeks",
    purpose="A short request offering meeting dates in the next two weeks.",
    subject="Request to meet in the next two weeks: {child_name}",
    body=(
        "I would like to meet with {child_first_name}'s IEP team within the next two weeks to "
        "talk about the following: {meeting_reason}\n\n"
        "I can meet on any of these dates: {available_dates}. If none of them works, please "
        "suggest two or three other dates within the same two weeks.\n\n"
        "Please reply by {response_due} so that we can set the date."
    ),
    required_fields=("child_first_name", "meeting_reason", "available_dates"),
    follow_up=school_days(3, "app choice: a reply in time for the dates offered"),
)

COMMUNICATION_PLAN = LetterTemplate(
    key="communication_plan",
    title="Request for a written communication plan",
    purpose="Ask who contacts you, how often, and how.",
    subject="Communication plan for {child_name}",
    body=(
        "To help the team and me stay in touch about {child_first_name}, I am asking for a "
        "written communication plan. Could it say:\n"
        "- who at school is my main contact, and whom to contact when they are away;\n"
        "- how often I will hear about progress and about any concerns (for example, a short "
        "email each week);\n"
        "- how we will communicate (email, phone, a notebook or the school portal), and how "
        "soon messages are usually answered.\n\n"
        "I suggest {contact_suggestion} as my main contact. I am happy to talk this over at a "
        "meeting or by phone.\n\n"
        "Please reply by {response_due}."
    ),
    required_fields=("child_first_name", "contact_suggestion"),
    follow_up=school_days(10, "app choice"),
)

UNANSWERED_EMAIL = LetterTemplate(
    key="unanswered_email",
    title="Follow-up to an unanswered email",
    purpose="A polite follow-up to an email that has no reply yet.",
    subject="Following up: {entry_topic}",
    body=(
        'I am following up on my email of {entry_date} about "{entry_topic}". I have not yet '
        "received a reply, and I want to make sure it reached you.\n\n"
        "{entry_requests}\n\n"
        "Could you reply by {response_due}, or let me know when I can expect an answer?"
    ),
    required_fields=("entry_date", "entry_topic"),
    optional_fields=("entry_requests",),
    follow_up=school_days(5, "the 'no reply yet' setting's default"),
    picks=(Picks.ENTRY,),
)

MORE_TEMPLATES = (
    ACCOMMODATION_CONCERN,
    GOAL_DATA,
    MEETING_SOON,
    COMMUNICATION_PLAN,
    UNANSWERED_EMAIL,
)
