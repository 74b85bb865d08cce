"""Use cases of letters: fill a template, keep drafts, and use a letter (which logs it)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from iepbinder.db.models import Child, ConcernEntryLink, Letter
from iepbinder.domain.commlog import Channel, EntryStatus, Initiator, LogEntryData, Participant
from iepbinder.domain.language import N_, lang_or_current, t
from iepbinder.domain.letters.mailto import mailto_url
from iepbinder.domain.letters.model import LetterData, LetterStatus, LetterTemplate, SentVia
from iepbinder.domain.letters.render import TEMPLATES, in_language, long_date, render_letter
from iepbinder.domain.types import PaperSize
from iepbinder.domain.validation import FieldError
from iepbinder.services.changes import Area, Changes
from iepbinder.services.children import ChildService
from iepbinder.services.commlog import insert_entry
from iepbinder.services.commlog_dto import LetterChoices, LetterDraft, LetterRow
from iepbinder.services.context import Saved, ServiceContext
from iepbinder.services.errors import ValidationError
from iepbinder.services.letter_facts import LetterFactGatherer, LetterRequest, letter_choices
from iepbinder.services.mapping import read_data, write_data
from iepbinder.services.pages import RenderedPdf
from iepbinder.services.rows import check_version, live, not_deleted
from iepbinder.services.school_days import school_day_rule

WHAT = "letter"
VIA_WORDS = {SentVia.EMAIL: N_("by email"), SentVia.PAPER: N_("on paper")}


def letter_row(row: Letter) -> LetterRow:
    """DTO of a letter."""
    return LetterRow(
        row.id, row.child_id, row.version, read_data(row, LetterData), row.log_entry_id,
        row.created_at,
    )  # fmt: skip


def split_list(text: str) -> list[str]:
    """'a, b; c' -> ['a', 'b', 'c']."""
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


class LetterService:
    """Letters for one binder."""

    def __init__(self, context: ServiceContext) -> None:
        self._context = context

    @staticmethod
    def templates() -> list[LetterTemplate]:
        """Every template (titles in the program's language), in the order the form offers them."""
        return [in_language(template) for template in TEMPLATES.values()]

    def draft(self, child_id: int, request: LetterRequest) -> LetterDraft:
        """A template filled from the binder; every gap is named in ``missing``."""
        template = TEMPLATES[request.template_key]
        gathered = LetterFactGatherer(self._context).gather(child_id, request)
        rendered = render_letter(
            template,
            gathered.facts,
            self._context.today(),
            is_school_day=school_day_rule(self._context),
            next_meeting=gathered.next_meeting,
            language=request.language or None,
        )
        people = gathered.addressees
        data = LetterData(
            template_key=template.key,
            subject=rendered.subject,
            body=rendered.body,
            recipient_name=people.name,
            recipient_email=people.email,
            recipient_role=people.role,
            cc_names=", ".join(name for name, _email in people.cc),
            cc_emails=", ".join(email for _name, email in people.cc if email),
            response_due=rendered.response_due,
            concern_id=request.concern_id,
        )
        return LetterDraft(template.key, data, rendered.missing, template.follow_up.words)

    def choices(self, child_id: int) -> LetterChoices:
        """What the letter form offers to pick for this child."""
        return letter_choices(self._context, child_id)

    def list_letters(self, child_id: int) -> list[LetterRow]:
        """A child's letters, newest first."""
        with self._context.session_factory() as session:
            rows = session.scalars(
                select(Letter)
                .where(Letter.child_id == child_id, not_deleted(Letter))
                .order_by(Letter.id.desc())
            )
            return [letter_row(row) for row in rows]

    def get_letter(self, letter_id: int) -> LetterRow:
        """One letter."""
        with self._context.session_factory() as session:
            return letter_row(live(session, Letter, letter_id, WHAT))

    def save_letter(
        self,
        child_id: int,
        data: LetterData,
        letter_id: int | None = None,
        version: int | None = None,
    ) -> Saved[LetterRow]:
        """Keep a draft (a new one, or an edit of ``letter_id``)."""
        if data.template_key not in TEMPLATES:
            raise ValidationError(
                [FieldError("template_key", t("Choose one of the letter templates."))]
            )
        with self._context.session_factory.begin() as session:
            if letter_id is None:
                live(session, Child, child_id, "child")
                row = Letter(child_id=child_id)
                session.add(row)
            else:
                row = live(session, Letter, letter_id, WHAT)
                check_version(row, version, WHAT)
            write_data(row, data)
            session.flush()
            saved = letter_row(row)
        return Saved(saved, Changes.of(Area.LETTERS))

    def use_letter(
        self,
        child_id: int,
        data: LetterData,
        via: SentVia,
        letter_id: int | None = None,
        version: int | None = None,
    ) -> Saved[LetterRow]:
        """Mark a letter as used (sent, printed or copied) and log it once, with its follow-up."""
        today = self._context.today()
        with self._context.session_factory.begin() as session:
            if letter_id is None:
                live(session, Child, child_id, "child")
                row = Letter(child_id=child_id)
                session.add(row)
            else:
                row = live(session, Letter, letter_id, WHAT)
                check_version(row, version, WHAT)
            if data.status is not LetterStatus.SENT:
                data = replace(data, status=LetterStatus.SENT, sent_on=today, sent_via=via.value)
            write_data(row, data)
            if row.log_entry_id is None:
                entry = insert_entry(session, self._context, child_id, self._entry_for(data, via))
                row.log_entry_id = entry.id
                if data.concern_id is not None:
                    session.add(ConcernEntryLink(concern_id=data.concern_id, entry_id=entry.id))
            session.flush()
            saved = letter_row(row)
        return Saved(saved, Changes.of(Area.LETTERS, Area.COMMLOG, Area.CONCERNS))

    def _entry_for(self, data: LetterData, via: SentVia) -> LogEntryData:
        template = in_language(TEMPLATES[data.template_key])
        people = [Participant(name) for name in [data.recipient_name, *split_list(data.cc_names)]]
        due = data.response_due
        reply = t(" Reply requested by {date}.", date=long_date(due)) if due else ""
        return LogEntryData(
            event_date=data.sent_on or self._context.today(),
            channel=Channel.EMAIL if via is SentVia.EMAIL else Channel.LETTER,
            initiated_by=Initiator.PARENT,
            participants=tuple(p for p in people if p.name.strip()),
            topic=data.subject or template.title,
            summary=t(
                'Sent the letter "{title}" {via}.', title=template.title, via=t(VIA_WORDS[via])
            )
            + reply,
            requests_made=(template.purpose,),
            follow_up_needed=due is not None,
            follow_up_due=due,
            status=EntryStatus.WAITING if due is not None else EntryStatus.DONE,
        )

    # Outputs ----------------------------------------------------------------------------
    @staticmethod
    def mailto(data: LetterData) -> str:
        """A mailto: link that opens the mail program with the letter filled in."""
        return mailto_url(
            split_list(data.recipient_email), data.subject, data.body, split_list(data.cc_emails)
        )

    def eml(self, data: LetterData) -> bytes:
        """The letter as an unsent .eml email draft."""
        from iepbinder.export.letter_eml import letter_eml

        to = [(data.recipient_name, email) for email in split_list(data.recipient_email)]
        names = split_list(data.cc_names)
        emails = split_list(data.cc_emails)
        cc = [(names[i] if i < len(names) else "", email) for i, email in enumerate(emails)]
        return letter_eml(to, data.subject, data.body, cc=cc)

    def pdf(
        self,
        child_id: int,
        data: LetterData,
        paper: PaperSize = PaperSize.LETTER,
        language: str | None = None,
    ) -> RenderedPdf:
        """The letter on paper, with the parent's name and the date (in ``language``) on top."""
        lang = lang_or_current(language)
        from iepbinder.export.letter_pdf import LetterPage, render_letter_pdf
        from iepbinder.export.pages import PageSize
        from iepbinder.services.letter_facts import PARENT_CONTACT_SETTING
        from iepbinder.services.settings import SettingsService

        child = ChildService(self._context).get_child(child_id)
        contact = str(SettingsService(self._context).get(PARENT_CONTACT_SETTING, ""))
        day = data.sent_on or self._context.today()
        page = LetterPage(
            sender_lines=(child.data.parent_names, *contact.split(" \u00b7 ")),
            date_text=long_date(day, lang),
            recipient_lines=(data.recipient_name, data.recipient_role, child.data.school),
            body=data.body,
            cc_line=data.cc_names,
            footer=f"{data.subject} \u00b7 {long_date(day, lang)}",
            page_size=PageSize(paper.value),
            language=lang,
        )
        rendered = render_letter_pdf(page)
        return RenderedPdf(rendered.data, rendered.page_count)
