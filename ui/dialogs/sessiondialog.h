// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contact.h"
#include "model/engagement.h"
#include "model/member.h"
#include "model/session.h"
#include "model/theme.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;
class QTreeWidget;

namespace pc {
class RecordStore;
}

namespace pc::ui {

class EngagementSession;

/// What the session editor offers to choose from.
struct SessionDialogContext
{
    QList<QDate> onsiteDays; // in order; empty while the onsite dates are not set
    QList<Member> members;   // in the team's order
    QList<Theme> themes;     // with their key questions
    QList<Contact> contacts;
    QStringList locations; // the names used so far, offered as suggestions
};

/// The days of the visit, from the onsite start to the onsite end; only the start when the end
/// is missing or implausible, none when the start is not set.
[[nodiscard]] QList<QDate> onsiteDays(const Engagement& engagement);

/// The context as the file holds it now: the onsite days, the team, the scope's themes, the
/// council's contacts and the locations named so far.
[[nodiscard]] SessionDialogContext loadSessionDialogContext(RecordStore& records);

/// Opens the editor on `before` (read-only unless `editable`) and pushes one EditSessions when
/// the user changed it. Returns whether an edit was pushed.
bool editSessionInDialog(EngagementSession& session, const Session& before, bool editable, QWidget* parent);

/// Edits a copy of one session of the timetable: its fields above, its team, themes, groups met,
/// council attendees and notes in tabs below. It never writes: the caller compares session()
/// with what it passed in and pushes one command.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(const Session& session, const SessionDialogContext& context, QWidget* parent = nullptr);

    /// The session as edited (the given one when nothing was changed).
    [[nodiscard]] Session session() const;
    /// For a file open read-only: everything shown, nothing editable, only Close.
    void setReadOnly(bool readOnly);
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    /// The object names of the per-row controls, for tests.
    [[nodiscard]] static QString partComboName(const QUuid& member);
    [[nodiscard]] static QString groupSpinName(ParticipantGroup group);

private:
    QLayout* buildForm();
    QWidget* buildDay();
    QWidget* buildStart();
    QWidget* buildEnd();
    QWidget* buildLocation();
    QWidget* buildStatus();
    QWidget* buildTeam();
    QWidget* buildThemes();
    QWidget* buildGroups();
    QWidget* buildAttendees();
    void validate();
    [[nodiscard]] QDate chosenDay() const;
    [[nodiscard]] int chosenEnd() const;

    Session m_session;
    SessionDialogContext m_context;
    bool m_readOnly = false;
    QString m_mnemonics; // letters the form's labels use, kept free in the tabs

    QLineEdit* m_title = nullptr;
    QLabel* m_titleMessage = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_day = nullptr;
    QDateEdit* m_dayEdit = nullptr;
    QTimeEdit* m_start = nullptr;
    QTimeEdit* m_end = nullptr;
    QCheckBox* m_pastMidnight = nullptr;
    QLabel* m_timeMessage = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_status = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_team = nullptr;
    QList<QComboBox*> m_parts; // one per member, in the context's order
    QTreeWidget* m_themes = nullptr;
    QList<QSpinBox*> m_groups; // one per participant group, in allParticipantGroups order
    QListWidget* m_attendees = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace pc::ui
