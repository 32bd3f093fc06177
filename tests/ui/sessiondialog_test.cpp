// SPDX-License-Identifier: GPL-3.0-or-later
// The session editor driven as a person would: every field and tab typed or ticked with the
// keyboard, the checks that keep OK disabled, the read-only form, and its fallbacks.
#include "storage/engagementfile.h"
#include "storage/schedulerepository.h"
#include "support/demowindow.h"
#include "ui/dialogs/sessiondialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTreeWidget>

#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

/// The editor, shown, on a demo engagement's context (its team, themes, contacts and days).
struct Fixture : DemoWindow
{
    explicit Fixture(const Session& session = {}, bool withDays = true)
    {
        context = ui::loadSessionDialogContext(window->session()->file().records());
        REQUIRE(context.onsiteDays.size() >= 2);
        REQUIRE(context.members.size() >= 3);
        REQUIRE_FALSE(context.themes.isEmpty());
        REQUIRE_FALSE(context.themes.first().questions.isEmpty());
        REQUIRE_FALSE(context.contacts.isEmpty());
        if (!withDays)
            context.onsiteDays.clear();
        Session given = session;
        if (!given.day.isValid() && withDays)
            given.day = context.onsiteDays.first();
        dialog = std::make_unique<ui::SessionDialog>(given, context, window.get());
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    template <typename T>
    T* in(const QString& name) const
    {
        T* widget = dialog->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    [[nodiscard]] QPushButton* ok() const
    {
        QPushButton* button = in<QDialogButtonBox>(u"sessionButtons"_s)->button(QDialogButtonBox::Ok);
        REQUIRE(button);
        return button;
    }

    /// Moves a closed combo box to the item with `data` with the arrow keys.
    static void choose(QComboBox* box, const QVariant& data)
    {
        const int target = box->findData(data);
        REQUIRE(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    /// Types a time as a person does after tabbing into the edit: "1030" for 10:30.
    void typeTime(const QString& edit, const QString& digits) const
    {
        auto* time = in<QTimeEdit>(edit);
        time->setFocus(Qt::TabFocusReason); // selects the hours, as Tab does
        QTest::keyClicks(time, digits);
    }

    void showTab(int index) const
    {
        QTabBar* bar = in<QTabWidget>(u"sessionTabs"_s)->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        REQUIRE(bar->currentIndex() == index);
    }

    ui::SessionDialogContext context;
    std::unique_ptr<ui::SessionDialog> dialog;
};

} // namespace

TEST_CASE("The session editor returns the session as edited: fields, team, themes, groups and attendees",
          "[ui][schedule][dialog]")
{
    Session given;
    given.title = u"Draft"_s;
    Fixture f(given);
    const Member& lead = f.context.members[0];
    const Member& notes = f.context.members[1];
    const Theme& theme = f.context.themes.first();

    auto* title = f.in<QLineEdit>(u"sessionTitleEdit"_s);
    CHECK(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, u"Interview with the leader"_s);
    Fixture::choose(f.in<QComboBox>(u"sessionKindCombo"_s), sessionKindKey(SessionKind::FocusGroup));
    Fixture::choose(f.in<QComboBox>(u"sessionDayCombo"_s), f.context.onsiteDays[1]);
    f.typeTime(u"sessionStartEdit"_s, u"1030"_s);
    f.typeTime(u"sessionEndEdit"_s, u"1145"_s);
    auto* location = f.in<QComboBox>(u"sessionLocationCombo"_s);
    location->setFocus();
    QTest::keyClicks(location->lineEdit(), u"Committee room 2"_s);
    Fixture::choose(f.in<QComboBox>(u"sessionStatusCombo"_s), sessionStatusKey(SessionStatus::Confirmed));

    f.showTab(0);
    Fixture::choose(f.in<QComboBox>(ui::SessionDialog::partComboName(lead.id)),
                    sessionPartKey(SessionPart::LeadQuestioner));
    Fixture::choose(f.in<QComboBox>(ui::SessionDialog::partComboName(notes.id)),
                    sessionPartKey(SessionPart::NoteTaker));

    f.showTab(1);
    auto* tree = f.in<QTreeWidget>(u"sessionThemeTree"_s);
    tree->setFocus();
    tree->setCurrentItem(tree->topLevelItem(0)->child(0)); // the first theme's first question
    QTest::keyClick(tree, Qt::Key_Space);
    CHECK(tree->topLevelItem(0)->checkState(0) == Qt::Checked); // a question explored covers its theme

    f.showTab(2);
    auto* officers = f.in<QSpinBox>(ui::SessionDialog::groupSpinName(ParticipantGroup::SeniorOfficers));
    CHECK(officers->text() == u"Not met"_s);
    officers->setFocus();
    officers->selectAll();
    QTest::keyClicks(officers, u"4"_s);

    f.showTab(3);
    CHECK(f.in<QLabel>(u"sessionAttendeesNote"_s)->text().contains(u"never printed in reports"_s));
    auto* attendees = f.in<QListWidget>(u"sessionAttendeeList"_s);
    attendees->setFocus();
    attendees->setCurrentRow(0);
    QTest::keyClick(attendees, Qt::Key_Space);

    f.showTab(4);
    auto* notesEdit = f.in<QPlainTextEdit>(u"sessionNotesEdit"_s);
    notesEdit->setFocus();
    QTest::keyClicks(notesEdit, u"Ask for Sam at reception."_s);

    REQUIRE(f.ok()->isEnabled());
    QTest::mouseClick(f.ok(), Qt::LeftButton);
    CHECK(f.dialog->result() == QDialog::Accepted);

    const Session s = f.dialog->session();
    CHECK(s.title == u"Interview with the leader"_s);
    CHECK(s.kind == SessionKind::FocusGroup);
    CHECK(s.day == f.context.onsiteDays[1]);
    CHECK(s.start == 10 * 60 + 30);
    CHECK(s.end == 11 * 60 + 45);
    CHECK(s.location == u"Committee room 2"_s);
    CHECK(s.status == SessionStatus::Confirmed);
    CHECK(s.team
          == QList<SessionAttendance>{{lead.id, SessionPart::LeadQuestioner},
                                      {notes.id, SessionPart::NoteTaker}});
    CHECK(s.themes == QList<QUuid>{theme.id});
    CHECK(s.questions == QList<QUuid>{theme.questions.first().id});
    CHECK(s.groups == QList<GroupMet>{{ParticipantGroup::SeniorOfficers, 4}});
    CHECK(s.attendees == QList<QUuid>{f.context.contacts.first().id});
    CHECK(s.notes == u"Ask for Sam at reception."_s);
}

TEST_CASE("OK stays disabled while the title is empty or the session ends before it starts",
          "[ui][schedule][dialog]")
{
    Fixture f;
    auto* title = f.in<QLineEdit>(u"sessionTitleEdit"_s);
    auto* titleMessage = f.in<QLabel>(u"sessionTitleMessage"_s);
    CHECK_FALSE(f.ok()->isEnabled());
    CHECK(titleMessage->isVisible());
    QTest::keyClicks(title, u"Walk round the estate"_s);
    CHECK(f.ok()->isEnabled());
    CHECK_FALSE(titleMessage->isVisible());
    title->selectAll();
    QTest::keyClicks(title, u"  "_s); // spaces are not a title
    CHECK_FALSE(f.ok()->isEnabled());
    QTest::keyClicks(title, u"Walk"_s);

    auto* timeMessage = f.in<QLabel>(u"sessionTimeMessage"_s);
    f.typeTime(u"sessionStartEdit"_s, u"2200"_s);
    f.typeTime(u"sessionEndEdit"_s, u"0030"_s);
    CHECK_FALSE(f.ok()->isEnabled());
    CHECK(timeMessage->isVisible());
    CHECK(timeMessage->text().contains(u"ends before it starts"_s));

    QTest::mouseClick(f.in<QCheckBox>(u"sessionPastMidnightCheck"_s), Qt::LeftButton);
    CHECK(f.ok()->isEnabled());
    CHECK_FALSE(timeMessage->isVisible());
    CHECK(f.dialog->session().end == 24 * 60 + 30);
    CHECK(f.dialog->session().start == 22 * 60);
}

TEST_CASE("Times step by five minutes, carrying into the hour", "[ui][schedule][dialog]")
{
    Session given;
    given.title = u"Huddle"_s;
    given.start = 9 * 60 + 58;
    given.end = 11 * 60;
    Fixture f(given);
    auto* start = f.in<QTimeEdit>(u"sessionStartEdit"_s);
    start->setFocus();
    start->setCurrentSection(QDateTimeEdit::MinuteSection);
    QTest::keyClick(start, Qt::Key_Up);
    CHECK(start->time() == QTime(10, 0)); // snapped to the grid, then on to the next hour
    QTest::keyClick(start, Qt::Key_Down);
    QTest::keyClick(start, Qt::Key_Down);
    CHECK(start->time() == QTime(9, 50));
}

TEST_CASE("An unchanged editor gives back the session as it was, day outside the visit included",
          "[ui][schedule][dialog]")
{
    DemoWindow w;
    const ui::SessionDialogContext context =
        ui::loadSessionDialogContext(w.window->session()->file().records());
    Session given;
    given.title = u"Pre-visit call"_s;
    given.day = context.onsiteDays.first().addDays(-7);
    given.start = 23 * 60;
    given.end = 24 * 60 + 15;
    given.location = u"Online"_s;
    given.team = {{context.members[2].id, SessionPart::Observer}};
    given.themes = {context.themes.last().id};
    given.groups = {{ParticipantGroup::Residents, 12}};
    given.attendees = {context.contacts.last().id};
    given.notes = u"Teams link in the invitation."_s;
    ui::SessionDialog dialog(given, context, w.window.get());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto* day = dialog.findChild<QComboBox*>(u"sessionDayCombo"_s);
    REQUIRE(day);
    CHECK(day->currentText().endsWith(u"(not an onsite day)"_s));
    CHECK(day->count() == context.onsiteDays.size() + 1);
    CHECK(dialog.findChild<QCheckBox*>(u"sessionPastMidnightCheck"_s)->isChecked());
    CHECK(dialog.session() == given);
}

TEST_CASE("A read-only editor shows the session with nothing to change and only Close",
          "[ui][schedule][dialog]")
{
    Session given;
    given.title = u"Cabinet members"_s;
    Fixture f(given);
    f.dialog->setReadOnly(true);
    CHECK_FALSE(f.in<QLineEdit>(u"sessionTitleEdit"_s)->isEnabled());
    CHECK_FALSE(f.in<QComboBox>(u"sessionKindCombo"_s)->isEnabled());
    CHECK_FALSE(f.in<QComboBox>(ui::SessionDialog::partComboName(f.context.members[0].id))->isEnabled());
    CHECK_FALSE(f.in<QPlainTextEdit>(u"sessionNotesEdit"_s)->isEnabled());
    auto* buttons = f.in<QDialogButtonBox>(u"sessionButtons"_s);
    CHECK(buttons->buttons().size() == 1);
    REQUIRE(buttons->button(QDialogButtonBox::Close));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Close), Qt::LeftButton);
    CHECK(f.dialog->result() == QDialog::Rejected);
}

TEST_CASE("Without onsite dates the editor asks for any day", "[ui][schedule][dialog]")
{
    Session given;
    given.title = u"Scoping call"_s;
    given.day = QDate(2026, 3, 3);
    Fixture f(given, false);
    auto* day = f.in<QDateEdit>(u"sessionDayEdit"_s);
    CHECK(day->date() == QDate(2026, 3, 3));
    day->setFocus();
    day->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(day, Qt::Key_Up);
    CHECK(f.dialog->session().day == QDate(2026, 3, 4));
}

TEST_CASE("Tab walks the editor's form from top to bottom, and the labels' letters reach their fields",
          "[ui][schedule][dialog]")
{
    Fixture f;
    QStringList order;
    while (order.size() < 7) {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        // An editable combo box's line edit has the focus for it.
        if (qobject_cast<QLineEdit*>(focus) && qobject_cast<QComboBox*>(focus->parentWidget()))
            focus = focus->parentWidget();
        // Tab visits a time's hours, then its minutes.
        if (order.isEmpty() || order.last() != focus->objectName())
            order.append(focus->objectName());
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    CHECK(order
          == QStringList{u"sessionTitleEdit"_s, u"sessionKindCombo"_s, u"sessionDayCombo"_s,
                         u"sessionStartEdit"_s, u"sessionEndEdit"_s, u"sessionPastMidnightCheck"_s,
                         u"sessionLocationCombo"_s});

    QTest::keyClick(f.dialog.get(), Qt::Key_E, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == f.in<QTimeEdit>(u"sessionEndEdit"_s));
    QTest::keyClick(f.dialog.get(), Qt::Key_U, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == f.in<QComboBox>(u"sessionStatusCombo"_s));
}
