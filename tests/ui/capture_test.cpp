// SPDX-License-Identifier: GPL-3.0-or-later
// The Capture page in the main window, driven from the keyboard as a note-taker would: type a note,
// tag it with Alt+digits, save with Ctrl+Enter, find it by search, edit it, delete it and undo;
// twenty notes in a row without the text box losing the focus; the session running now chosen
// from the clock; a half-written note outliving the window; a read-only file.
#include "storage/engagementrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/schedulesupport.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/commands/evidencecommands.h"
#include "ui/dialogs/notedialog.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/models/notefiltermodel.h"
#include "ui/models/notemodel.h"
#include "ui/pages/capturepage.h"
#include "ui/pages/notelistview.h"
#include "ui/widgets/captureeditor.h"
#include "ui/widgets/chipbutton.h"
#include "ui/widgets/sourcecombo.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int capturePage = 5;

/// The window on the Capture page of a demo engagement, with the scope's themes and the team
/// at hand and the text box holding the focus.
struct Fixture : DemoWindow
{
    explicit Fixture(Access access = Access::Writable)
        : DemoWindow(capturePage, access)
    {
        window->resize(1366, 768);
        page = find<ui::CapturePage>(u"capturePage"_s);
        text = find<QPlainTextEdit>(u"captureTextEdit"_s);
        list = find<QListView>(u"noteList"_s);
        search = find<QLineEdit>(u"noteSearchEdit"_s);
        source = find<ui::SourceCombo>(u"captureSourceCombo"_s);
        REQUIRE(page->isVisible());
        RecordStore& store = records();
        themes = ScopeRepository(store).themes();
        members = TeamRepository(store).members();
        days = ui::onsiteDays(EngagementRepository(store).engagement());
        REQUIRE(themes.size() >= 3);
        REQUIRE(members.size() >= 2);
        REQUIRE(days.size() >= 2);
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        if (access == Access::Writable)
            REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == text; }, 2000));
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QList<Note> notes() const { return NoteRepository(records()).notes(); }
    [[nodiscard]] std::optional<Note> noteWithText(const QString& words) const
    {
        for (const Note& n : notes()) {
            if (n.text == words)
                return n;
        }
        return std::nullopt;
    }
    [[nodiscard]] QUuid engagement() const { return window->session()->file().engagementId(); }
    /// The ids the list shows, top first.
    [[nodiscard]] QList<QUuid> shown() const
    {
        QList<QUuid> ids;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            ids.append(list->model()->index(row, 0).data(int(ui::NoteModel::Role::Id)).toUuid());
        return ids;
    }

    void type(const QString& words) const { QTest::keyClicks(text, words); }
    void alt(Qt::Key key) const { QTest::keyClick(QApplication::focusWidget(), key, Qt::AltModifier); }
    void save() const { QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier); }
    void searchFor(const QString& words) const
    {
        search->clear();
        QTest::keyClicks(search, words);
    }
    void at(const QDate& day, const QTime& time)
    {
        device.clock.set(QDateTime(day, time, timetableZone()).toMSecsSinceEpoch());
        page->lookAtClock(); // what the 30-second timer does
    }
    void chooseAuthor(const QUuid& member) const
    {
        auto* combo = find<QComboBox>(u"captureAuthorCombo"_s);
        combo->setCurrentIndex(combo->findData(member));
        emit combo->activated(combo->currentIndex());
    }
    void reactivate() const
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    void undo() const
    {
        QAction* action = find<QAction>(u"actionUndo"_s);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    ui::CapturePage* page = nullptr;
    QPlainTextEdit* text = nullptr;
    QListView* list = nullptr;
    QLineEdit* search = nullptr;
    ui::SourceCombo* source = nullptr;
    QList<Theme> themes;
    QList<Member> members;
    QList<QDate> days;
};

/// A session of the test's own timetable; `team` attend it.
Session sessionFor(const QString& title, const QDate& day, int start, int end, const QList<QUuid>& team)
{
    QList<SessionAttendance> attendance;
    for (const QUuid& member : team)
        attendance.append({member, SessionPart::NoteTaker});
    return makeSession(title, day, start, end, u"Room 1"_s, attendance);
}

} // namespace

TEST_CASE("A note typed, tagged with Alt+digits and saved with Ctrl+Enter is listed, found, edited, deleted "
          "and undone",
          "[ui][capture]")
{
    Fixture f;
    QAbstractItemModelTester proxyTester(f.list->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester modelTester(f.page->model(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.chooseAuthor(f.members[1].id);
    REQUIRE(QApplication::focusWidget() == f.text);
    const qsizetype before = f.notes().size();

    const QString words = u"Staff at the \u00c9lan depot say the new rota works"_s;
    f.type(words);
    f.alt(Qt::Key_1);
    f.alt(Qt::Key_3);
    f.alt(Qt::Key_2);
    f.alt(Qt::Key_2); // ticked and unticked again
    f.alt(Qt::Key_S);
    CHECK(f.find<ui::ChipButton>(u"captureThemeButton1"_s)->isChecked());
    CHECK_FALSE(f.find<ui::ChipButton>(u"captureThemeButton2"_s)->isChecked());
    CHECK(f.find<ui::ChipButton>(u"captureStrengthButton"_s)->isChecked());
    f.save();

    REQUIRE(f.notes().size() == before + 1);
    const std::optional<Note> saved = f.noteWithText(words);
    REQUIRE(saved);
    CHECK(QSet<QUuid>(saved->themes.cbegin(), saved->themes.cend())
          == QSet<QUuid>{f.themes[0].id, f.themes[2].id});
    CHECK(saved->sentiment == Sentiment::Strength);
    CHECK(saved->kind == NoteKind::Observation);
    CHECK(saved->author == f.members[1].id);
    CHECK(saved->capturedAt == f.device.clock.now());
    CHECK(f.text->toPlainText().isEmpty());
    CHECK(QApplication::focusWidget() == f.text);
    CHECK_FALSE(
        f.find<ui::ChipButton>(u"captureThemeButton1"_s)->isChecked()); // the next note starts untagged
    CHECK_FALSE(f.find<ui::ChipButton>(u"captureStrengthButton"_s)->isChecked());
    REQUIRE(!f.shown().isEmpty());
    CHECK(f.shown().contains(saved->id));

    // By the start of a word, without its accent.
    f.searchFor(u"elan ro"_s);
    REQUIRE(QTest::qWaitFor([&] { return f.shown() == QList<QUuid>{saved->id}; }, 3000));
    const QString marked = f.list->model()->index(0, 0).data(ui::NoteFilterModel::highlightedRole).toString();
    CHECK(marked.contains(u"\u0002\u00c9lan\u0003"_s));
    CHECK(marked.contains(u"\u0002rota\u0003"_s));
    f.searchFor(u"elan \"rota doesn\""_s);
    REQUIRE(QTest::qWaitFor([&] { return f.shown().isEmpty(); }, 3000));
    CHECK(f.find<QLabel>(u"notesEmptyLabel"_s)->isVisible());
    f.searchFor(u"\u00c9LAN"_s);
    REQUIRE(QTest::qWaitFor([&] { return f.shown() == QList<QUuid>{saved->id}; }, 3000));

    // Enter edits the note in the list.
    QTest::keyClick(f.search, Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == f.list);
    whenOpen<ui::NoteDialog>([&] { return f.window->findChild<ui::NoteDialog*>(u"noteDialog"_s); },
                             [](ui::NoteDialog* dialog) {
                                 auto* edit = dialog->findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
                                 REQUIRE(edit);
                                 edit->moveCursor(QTextCursor::End);
                                 QTest::keyClicks(edit, u" for everyone"_s);
                                 auto* kind = dialog->findChild<QComboBox*>(u"noteKindCombo"_s);
                                 kind->setCurrentIndex(kind->findData(int(NoteKind::Quote)));
                                 QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
                             });
    QTest::keyClick(f.list, Qt::Key_Return);
    const std::optional<Note> edited = NoteRepository(f.records()).note(saved->id);
    REQUIRE(edited);
    CHECK(edited->text == words + u" for everyone"_s);
    CHECK(edited->kind == NoteKind::Quote);
    CHECK(edited->themes == saved->themes);

    // Delete asks, then removes; undo brings it back as it was.
    f.reactivate(); // what the window manager does when a dialog closes
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == f.list; }, 2000));
    f.prompter.answer = true;
    QTest::keyClick(f.list, Qt::Key_Delete);
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().contains(u"\u00c9lan depot"_s));
    CHECK_FALSE(NoteRepository(f.records()).note(saved->id));
    CHECK_FALSE(f.page->model()->rowOf(saved->id) >= 0);
    f.undo();
    CHECK(NoteRepository(f.records()).note(saved->id) == edited);
    CHECK(f.page->model()->rowOf(saved->id) >= 0);
    f.undo(); // the edit
    CHECK(NoteRepository(f.records()).note(saved->id)->text == words);
    f.undo(); // the save
    CHECK_FALSE(NoteRepository(f.records()).note(saved->id));
    CHECK(f.page->model()->rowCount() == before);

    // Escape empties the search, and again goes back to the capture box.
    f.search->setFocus();
    QTest::keyClick(f.search, Qt::Key_Escape);
    CHECK(f.search->text().isEmpty());
    QTest::keyClick(f.search, Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == f.text);
}

TEST_CASE("Twenty notes captured in a row from the keyboard keep the focus in the text box", "[ui][capture]")
{
    Fixture f;
    const Session interview =
        sessionFor(u"Leader interview"_s, f.days[0], 9 * 60, 10 * 60, {f.members[0].id});
    const Session focusGroup = sessionFor(u"Staff focus group"_s, f.days[0], 10 * 60, 11 * 60, {});
    replaceSchedule(f.window->session()->file(), {interview, focusGroup});
    const QList<Session> timetable = ScheduleRepository(f.records()).sessions();
    const QUuid interviewId = sessionTitled(timetable, interview.title).id;
    const QUuid focusGroupId = sessionTitled(timetable, focusGroup.title).id;
    f.chooseAuthor(f.members[0].id);
    f.at(f.days[0], QTime(9, 5));
    REQUIRE(f.source->currentId() == interviewId);
    const qsizetype before = f.notes().size();
    const int rowsBefore = f.page->model()->rowCount();

    for (int i = 0; i < 20; ++i) {
        f.type(u"Keyboard note %1 about the capital programme"_s.arg(i));
        f.alt(Qt::Key(Qt::Key_1 + i % 3));
        if (i % 4 == 1)
            f.alt(Qt::Key_C);
        if (i % 5 == 2)
            f.alt(Qt::Key_K); // a quote
        if (i == 10)
            f.alt(Qt::Key_Down); // the focus group, chosen without leaving the text
        if (i == 15)
            f.alt(Qt::Key_0); // back to the session running now
        REQUIRE(QApplication::focusWidget() == f.text);
        f.save();
        REQUIRE(QApplication::focusWidget() == f.text);
        REQUIRE(f.text->toPlainText().isEmpty());
    }

    const QList<Note> all = f.notes();
    REQUIRE(all.size() == before + 20);
    CHECK(f.page->model()->rowCount() == rowsBefore + 20);
    int concerns = 0;
    int quotes = 0;
    for (int i = 0; i < 20; ++i) {
        const std::optional<Note> n =
            f.noteWithText(u"Keyboard note %1 about the capital programme"_s.arg(i));
        REQUIRE(n);
        CHECK(n->themes == QList<QUuid>{f.themes[i % 3].id});
        CHECK(n->session == (i >= 10 && i < 15 ? focusGroupId : interviewId));
        CHECK(n->author == f.members[0].id);
        concerns += n->sentiment == Sentiment::Concern;
        quotes += n->kind == NoteKind::Quote;
    }
    CHECK(concerns == 5);
    CHECK(quotes == 4);
    CHECK(f.window->session()->undoStack()->count() >= 20); // one step per note
}

TEST_CASE("The capture box follows the session running now, the author's own first, until one is chosen",
          "[ui][capture]")
{
    Fixture f;
    const QUuid ann = f.members[0].id;
    const QUuid bob = f.members[1].id;
    replaceSchedule(f.window->session()->file(),
                    {sessionFor(u"Partners breakfast"_s, f.days[0], 9 * 60, 10 * 60, {bob}),
                     sessionFor(u"Cabinet members"_s, f.days[0], 9 * 60, 10 * 60, {ann}),
                     sessionFor(u"Scrutiny chairs"_s, f.days[0], 11 * 60, 12 * 60, {ann})});
    const QList<Session> timetable = ScheduleRepository(f.records()).sessions();
    const Session bobs = sessionTitled(timetable, u"Partners breakfast"_s);
    const Session anns = sessionTitled(timetable, u"Cabinet members"_s);
    const Session later = sessionTitled(timetable, u"Scrutiny chairs"_s);
    f.chooseAuthor(ann);

    f.at(f.days[0], QTime(9, 30));
    CHECK(f.source->currentId() == anns.id);
    CHECK(f.source->currentText().startsWith(u"Now: "_s));
    f.chooseAuthor(bob);
    CHECK(f.source->currentId() == bobs.id);
    f.at(f.days[0], QTime(10, 30)); // between sessions: no session is a choice too
    CHECK(f.source->currentKind() == ui::SourceCombo::Kind::None);
    f.at(f.days[0], QTime(11, 15)); // bob has none: anyone's running session
    CHECK(f.source->currentId() == later.id);

    // A session chosen by hand stays chosen as the clock moves; Alt+0 follows the clock again.
    f.chooseAuthor(ann);
    f.at(f.days[0], QTime(9, 30));
    f.alt(Qt::Key_Down);
    CHECK(f.source->currentId() == bobs.id);
    CHECK(QApplication::focusWidget() == f.text);
    f.at(f.days[0], QTime(11, 15));
    CHECK(f.source->currentId() == bobs.id);
    f.alt(Qt::Key_0);
    CHECK(f.source->currentId() == later.id);
    f.type(u"Chairs want earlier sight of reports"_s);
    f.save();
    const std::optional<Note> saved = f.noteWithText(u"Chairs want earlier sight of reports"_s);
    REQUIRE(saved);
    CHECK(saved->session == later.id);
    CHECK(saved->document.isNull());

    // A document instead of a session, chosen from the list: the focus comes back to the text.
    f.at(f.days[1], QTime(20, 0));
    const int documentRow = [&] {
        for (int i = 0; i < f.source->count(); ++i) {
            if (f.source->itemData(i, ui::SourceCombo::kindRole).toInt()
                == int(ui::SourceCombo::Kind::Document))
                return i;
        }
        return -1;
    }();
    REQUIRE(documentRow >= 0);
    f.source->setCurrentIndex(documentRow);
    emit f.source->activated(documentRow);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == f.text; }, 2000));
    f.type(u"The medium-term plan leaves a gap in year three"_s);
    f.save();
    const std::optional<Note> fromDocument =
        f.noteWithText(u"The medium-term plan leaves a gap in year three"_s);
    REQUIRE(fromDocument);
    CHECK(fromDocument->session.isNull());
    CHECK(fromDocument->document == f.source->itemData(documentRow).toUuid());
}

TEST_CASE("A half-written note survives closing the window and a crash", "[ui][capture]")
{
    Fixture f;
    f.chooseAuthor(f.members[1].id);
    const QString words = u"Half a thought about the zebracrossing budget"_s;
    f.type(words);
    f.alt(Qt::Key_2);
    f.alt(Qt::Key_C);
    f.alt(Qt::Key_K);

    // On disk once typing pauses, before anything closes: what a crash would leave.
    const auto onDisk = [&] {
        QFile ini(f.folder.path(u"settings.ini"_s));
        return ini.open(QIODevice::ReadOnly) && QString::fromUtf8(ini.readAll()).contains(u"zebracrossing"_s);
    };
    REQUIRE(QTest::qWaitFor(onDisk, 3000));

    const QUuid engagement = f.engagement();
    f.window->close();
    f.window.reset();
    const ui::CaptureDraft kept = f.settings.captureDraft(engagement);
    CHECK(kept.text == words);
    CHECK(kept.themes == QList<QUuid>{f.themes[1].id});
    CHECK(kept.sentiment == Sentiment::Concern);
    CHECK(kept.kind == NoteKind::Quote);

    f.window = std::make_unique<ui::MainWindow>(f.device.installation, f.prompter, f.settings);
    f.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.window.get()));
    REQUIRE(f.window->openFile(f.path));
    f.window->showStage(capturePage);
    auto* text = f.find<QPlainTextEdit>(u"captureTextEdit"_s);
    CHECK(text->toPlainText() == words);
    CHECK(f.find<ui::ChipButton>(u"captureThemeButton2"_s)->isChecked());
    CHECK(f.find<ui::ChipButton>(u"captureConcernButton"_s)->isChecked());
    CHECK(f.find<QComboBox>(u"captureKindCombo"_s)->currentData().toInt() == int(NoteKind::Quote));
    CHECK(f.find<QComboBox>(u"captureAuthorCombo"_s)->currentData().toUuid() == f.members[1].id);

    // Once saved, the draft is gone: reopening must not bring the note back a second time.
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(f.settings.captureDraft(engagement).text.isEmpty());
}

TEST_CASE("On a read-only file the notes can be read and searched, and nothing can be added or changed",
          "[ui][capture]")
{
    Fixture f(DemoWindow::Access::HeldElsewhere);
    {
        EngagementFile::Edit edit(*f.holder);
        Note note;
        note.text = u"Members praise the quarterly zebrafish dashboard"_s;
        note.capturedAt = f.device.clock.now();
        note.themes = {f.themes[0].id};
        NoteRepository(f.holder->records()).addNote(note);
        edit.commit();
    }
    REQUIRE(f.window->openFile(f.path)); // read again, read-only
    f.window->showStage(capturePage);
    auto* text = f.find<QPlainTextEdit>(u"captureTextEdit"_s);
    const qsizetype before = f.notes().size();
    REQUIRE(before >= 1);

    CHECK(text->isReadOnly());
    CHECK_FALSE(f.find<QPushButton>(u"captureSaveButton"_s)->isEnabled());
    CHECK_FALSE(f.find<ui::ChipButton>(u"captureThemeButton1"_s)->isEnabled());
    CHECK_FALSE(f.find<QComboBox>(u"captureSourceCombo"_s)->isEnabled());
    QTest::keyClicks(text, u"Anything"_s);
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(text->toPlainText().isEmpty());
    CHECK(f.notes().size() == before);

    auto* search = f.find<QLineEdit>(u"noteSearchEdit"_s);
    QTest::keyClicks(search, u"zebraf"_s);
    auto* list = f.find<QListView>(u"noteList"_s);
    REQUIRE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 3000));
    QTest::keyClick(search, Qt::Key_Down);
    REQUIRE(QApplication::focusWidget() == list);
    const qsizetype asked = f.prompter.questions.size();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(f.prompter.questions.size() == asked); // nothing to ask: nothing can be deleted
    CHECK(f.notes().size() == before);

    bool sawReadOnly = false;
    whenOpen<ui::NoteDialog>([&] { return f.window->findChild<ui::NoteDialog*>(u"noteDialog"_s); },
                             [&](ui::NoteDialog* dialog) {
                                 auto* edit = dialog->findChild<QPlainTextEdit*>(u"noteTextEdit"_s);
                                 auto* buttons = dialog->findChild<QDialogButtonBox*>(u"noteButtons"_s);
                                 sawReadOnly =
                                     edit->isReadOnly() && edit->toPlainText().contains(u"zebrafish"_s)
                                     && buttons->button(QDialogButtonBox::Close)
                                     && !buttons->button(QDialogButtonBox::Ok)
                                     && !dialog->findChild<QComboBox*>(u"noteKindCombo"_s)->isEnabled();
                                 dialog->reject();
                             });
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(sawReadOnly);
}

TEST_CASE("A note whose themes alone change is updated in the list without reading every note",
          "[ui][capture]")
{
    Fixture f;
    f.type(u"Governance training is patchy"_s);
    f.save();
    const std::optional<Note> saved = f.noteWithText(u"Governance training is patchy"_s);
    REQUIRE(saved);
    REQUIRE(saved->themes.isEmpty());
    Note after = *saved;
    after.themes = {f.themes[2].id};
    ui::EngagementSession& session = *f.window->session();
    REQUIRE(session.push(
        std::make_unique<ui::EditNotes>(session, QList<Note>{*saved}, QList<Note>{after}, u"Tag"_s)));
    ui::NoteModel* model = f.page->model();
    CHECK(model->noteAt(model->rowOf(saved->id)).themes == after.themes);
    CHECK(
        model->index(model->rowOf(saved->id)).data(int(ui::NoteModel::Role::ThemeNumbers)).value<QList<int>>()
        == QList<int>{3});
    f.undo();
    CHECK(model->noteAt(model->rowOf(saved->id)).themes.isEmpty());
}

TEST_CASE("Screenshots of the Capture page", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    ui::EngagementSession& session = *f.window->session();
    const QList<Session> sessions = ScheduleRepository(f.records()).sessions();
    QList<Session> onDay;
    for (const Session& s : sessions) {
        if (s.day == f.days[1] && !s.isCancelled() && s.start >= 9 * 60)
            onDay.append(s);
    }
    sortSessions(onDay);
    REQUIRE(onDay.size() >= 2);
    const QDateTime start = onDay[1].startsAt(timetableZone());
    f.device.clock.set(start.addSecs(20 * 60).toMSecsSinceEpoch());
    const struct
    {
        const char* text;
        int session;
        QList<int> themes;
        Sentiment sentiment;
        NoteKind kind;
        int minutes;
    } samples[] = {
        {"Scrutiny chairs say reports arrive too late to challenge decisions before cabinet.",
         1,
         {3},
         Sentiment::Concern,
         NoteKind::Quote,
         14},
        {"Clear shared narrative for growth: every cabinet member described the same three priorities.",
         1,
         {1, 2},
         Sentiment::Strength,
         NoteKind::Observation,
         9},
        {"Ask the s151 officer how the capital receipts assumption was tested.",
         1,
         {4},
         Sentiment::Neutral,
         NoteKind::FollowUp,
         5},
        {"Reserves fell from 14% to 9% of net revenue budget over three years.",
         0,
         {4},
         Sentiment::Concern,
         NoteKind::DataPoint,
         -40},
        {"Staff describe the chief executive's weekly open sessions as honest and useful.",
         0,
         {2},
         Sentiment::Strength,
         NoteKind::Story,
         -55},
        {"Partners value the council's convening role on the town centre, but want faster decisions.",
         0,
         {1, 5},
         Sentiment::Neutral,
         NoteKind::Observation,
         -70},
    };
    QList<Note> notes;
    for (const auto& sample : samples) {
        Note n;
        n.text = QString::fromUtf8(sample.text);
        n.session = onDay[sample.session].id;
        n.author = f.members[sample.session].id;
        n.capturedAt = start.addSecs(60 * sample.minutes);
        for (int t : sample.themes)
            n.themes.append(f.themes.value(t - 1).id);
        n.sentiment = sample.sentiment;
        n.kind = sample.kind;
        notes.append(n);
    }
    REQUIRE(session.push(std::make_unique<ui::AddNotes>(session, notes, u"Samples"_s)));
    session.undoStack()->clear();
    f.chooseAuthor(f.members[0].id);
    f.page->lookAtClock();
    f.type(u"Cabinet members agree the budget gap is "_s);
    f.alt(Qt::Key_4);
    f.alt(Qt::Key_C);

    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.window->devicePixelRatio());
        f.search->clear();
        QTest::qWait(200);
        CHECK(f.window->grab().save(u"%1/capture-%2"_s.arg(out, suffix)));
        f.searchFor(u"reserv budg"_s);
        QTest::qWait(300);
        CHECK(f.window->grab().save(u"%1/capture-search-%2"_s.arg(out, suffix)));
    }
    QApplication::setPalette(light);
    f.search->clear();
}
