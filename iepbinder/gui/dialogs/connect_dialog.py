"""File > Connect to server: where a shared binder is; the password is kept in the keyring."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from iepbinder.config.credentials import stored_password, with_password, without_password

LAST_SERVER_KEY = "servers/last"
DEFAULT_PORT = 5432


def server_url(host: str, port: int, database: str, user: str) -> str:
    """The address of a binder on a PostgreSQL server, without a password."""
    return f"postgresql+psycopg://{quote(user)}@{host}:{port}/{quote(database)}"


class ConnectDialog(QDialog):
    """Asks where the shared binder is; ``connect`` returns "" or the reason it failed."""

    def __init__(
        self,
        parent: QWidget | None,
        connect: Callable[[str, str, bool], str],
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connect to a binder on a server"))
        self._connect = connect
        self._settings = settings if settings is not None else QSettings()
        intro = QLabel(
            self.tr(
                "Co-parents and advocates can keep one binder on a PostgreSQL server and open it "
                "from several computers. Ask the person who runs the server for these details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit(self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            self.tr("&Remember the password in this computer's keyring"), self
        )
        self.remember.setChecked(True)
        form = QFormLayout()
        for label, widget in (
            (self.tr("&Server (host name)"), self.host),
            (self.tr("P&ort"), self.port),
            (self.tr("&Database"), self.database),
            (self.tr("&User name"), self.user),
            (self.tr("&Password"), self.password),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        form.addRow("", self.remember)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill_last()

    def url(self) -> str:
        """The address typed, without the password."""
        return server_url(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def _fill_last(self) -> None:
        last = str(self._settings.value(LAST_SERVER_KEY, "") or "")
        if not last:
            return
        split = urlsplit(last)
        self.host.setText(split.hostname or "")
        self.port.setValue(split.port or DEFAULT_PORT)
        self.database.setText(unquote(split.path.lstrip("/")))
        self.user.setText(unquote(split.username or ""))
        remembered = stored_password(last)
        if remembered:
            self.password.setText(remembered)

    def _on_buttons_accepted(self) -> None:
        missing = [
            name
            for name, widget in (
                (self.tr("server"), self.host),
                (self.tr("database"), self.database),
                (self.tr("user name"), self.user),
            )
            if not widget.text().strip()
        ]
        if missing:
            self._show_problem(self.tr("Fill in the {fields}.").format(fields=", ".join(missing)))
            return
        url = self.url()
        password = self.password.text()
        full = with_password(url, password) if password else url
        problem = self._connect(full, password, self.remember.isChecked())
        if problem:
            self._show_problem(problem)
            return
        self._settings.setValue(LAST_SERVER_KEY, without_password(url))
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(f"\u26a0 {text}")
        self.problem.show()
