// SPDX-License-Identifier: GPL-3.0-or-later
// The Findings page in the main window, driven as a person would: add a finding to a theme, link
// notes to it by the keyboard and by dragging, watch the triangulation and the thin-evidence flag,
// undo; reorder; recommendations that answer findings, the key ones; the evening huddle of the
// day's unlinked notes; a read-only file.
#include "model/note.h"
#include "model/session.h"
#include "model/theme.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/findingrepository.h"
#include "storage/noterepository.h"
#include "storage/schedulerepository.h"
#include "storage/scoperepository.h"
#include "support/demowindow.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/dialogs/findingpickerdialog.h"
#include "ui/dialogs/notepickerdialog.h"
#include "ui/dialogs/sessiondialog.h"
#include "ui/models/evidencenotemodel.h"
#include "ui/models/findingsdata.h"
#include "ui/models/findingtreemodel.h"
#include "ui/models/recommendationmodel.h"
#include "ui/pages/findinglist.h"
#include "ui/pages/findingspage.h"
#include "ui/pages/findingsview.h"
#include "ui/pages/huddleview.h"
#include "ui/pages/notespanel.h"
#include "ui/widgets/chipbutton.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSet>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int capturePage = 5;
constexpr int findingsPage = 6;

/// What the tests write into the demo: a theme of their own (so the demo's evidence never counts),
/// two sessions on the first onsite day with different groups, and notes: three of the theme on
/// day one, one on day two, and one of another theme on day one.
struct Evidence
{
    QUuid theme;
    QUuid otherTheme;
    QList<QDate> days;
    QUuid leaders;   // "Leader interview", political leadership
    QUuid staff;     // "Staff focus group", staff
    QUuid reports;   // leaders, day 1, 10:00
    QUuid budget;    // leaders, day 1, 10:20
    QUuid rarely;    // staff, day 1, 11:30
    QUuid dayTwo;    // no session, day 2
    QUuid elsewhere; // another theme, day 1
};

QDateTime onDay(const QDate& day, int hour, int minute)
{
    return QDateTime(day, QTime(hour, minute), timetableZone()).toUTC();
}

Evidence writeEvidence(EngagementFile& file)
{
    Evidence e;
    EngagementFile::Edit edit(file);
    RecordStore& records = file.records();
    e.days = ui::onsiteDays(EngagementRepository(records).engagement());
    REQUIRE(e.days.size() >= 2);
    ScopeRepository scope(records);
    e.otherTheme = scope.themes().value(0).id;
    Theme theme;
    theme.title = u"Scrutiny and challenge"_s;
    theme.kind = ThemeKind::Focus;
    e.theme = scope.addTheme(theme);
    ScheduleRepository schedule(records);
    Session leaders;
    leaders.title = u"Leader interview"_s;
    leaders.day = e.days[0];
    leaders.groups = {{ParticipantGroup::PoliticalLeadership, 2}};
    e.leaders = schedule.addSession(leaders);
    Session staff;
    staff.title = u"Staff focus group"_s;
    staff.day = e.days[0];
    staff.start = 11 * 60;
    staff.end = 12 * 60;
    staff.groups = {{ParticipantGroup::Staff, 9}};
    e.staff = schedule.addSession(staff);
    NoteRepository notes(records);
    const auto note = [&](const QString& text, const QUuid& session, const QDateTime& at, const QUuid& theme,
                          Sentiment sentiment) {
        Note n;
        n.text = text;
        n.session = session;
        n.capturedAt = at;
        n.themes = {theme};
        n.sentiment = sentiment;
        return notes.addNote(n);
    };
    e.reports = note(u"Scrutiny chairs say reports arrive too late to challenge"_s, e.leaders,
                     onDay(e.days[0], 10, 0), e.theme, Sentiment::Concern);
    e.budget = note(u"Budget monitoring reports are clear and timely"_s, e.leaders, onDay(e.days[0], 10, 20),
                    e.theme, Sentiment::Strength);
    e.rarely = note(u"Staff say scrutiny rarely changes a decision"_s, e.staff, onDay(e.days[0], 11, 30),
                    e.theme, Sentiment::Concern);
    e.dayTwo = note(u"Call-in has not been used in two years"_s, {}, onDay(e.days[1], 9, 15), e.theme,
                    Sentiment::Neutral);
    e.elsewhere = note(u"The depot is well run"_s, e.staff, onDay(e.days[0], 11, 40), e.otherTheme,
                       Sentiment::Strength);
    edit.commit();
    return e;
}

/// The window on the Findings page of a demo engagement with the evidence above, on its theme.
struct Fixture : DemoWindow
{
    explicit Fixture(Access access = Access::Writable)
        : DemoWindow(findingsPage, access)
    {
        if (access == Access::Writable) {
            e = writeEvidence(window->session()->file());
        } else {
            // The other writer adds it; the window sees it when it opens the file again.
            e = writeEvidence(*holder);
            REQUIRE(window->openFile(path));
            window->showStage(findingsPage);
        }
        window->resize(1366, 768);
        page = find<ui::FindingsPage>(u"findingsPage"_s);
        REQUIRE(page->isVisible());
        page->setTheme(e.theme);
        tree = find<QTreeView>(u"findingsTree"_s);
        model = qobject_cast<ui::FindingTreeModel*>(tree->model());
        REQUIRE(model);
        treeTester = std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        auto* notes = page->findChild<ui::EvidenceNoteModel*>();
        REQUIRE(notes);
        notesTester = std::make_unique<QAbstractItemModelTester>(
            notes, QAbstractItemModelTester::FailureReportingMode::Fatal);
        for (auto* recommendations : page->findChildren<ui::RecommendationModel*>())
            recommendationTesters.push_back(std::make_unique<QAbstractItemModelTester>(
                recommendations, QAbstractItemModelTester::FailureReportingMode::Fatal));
        QTest::qWait(20);
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QList<Finding> findings() const
    {
        QList<Finding> result;
        for (const Finding& f : FindingRepository(records()).findings()) {
            if (f.theme == e.theme)
                result.append(f);
        }
        return result;
    }
    [[nodiscard]] Finding titled(const QString& title) const
    {
        for (const Finding& f : findings()) {
            if (f.title == title)
                return f;
        }
        FAIL("no finding is called " << title.toStdString());
        return {};
    }
    /// Back in the window after a dialog: its shortcuts answer only while it is the active window.
    void activate() const
    {
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    [[nodiscard]] QUndoStack* undoStack() const { return window->session()->undoStack(); }
    void undo() const
    {
        auto* action = find<QAction>(u"actionUndo"_s);
        REQUIRE(action->isEnabled());
        action->trigger();
    }
    /// The tree's text for a finding in one column.
    [[nodiscard]] QString cell(const QUuid& finding, ui::FindingTreeModel::Column column) const
    {
        return model->indexOf(finding, int(column)).data().toString();
    }
    [[nodiscard]] bool isThin(const QUuid& finding) const
    {
        return model->indexOf(finding).data(int(ui::FindingTreeModel::Role::Thin)).toBool();
    }
    /// Selects the first note a list shows: Home, then Space, as the keyboard does.
    void selectFirstNote(QListView* list) const
    {
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        QTest::keyClick(list, Qt::Key_Space);
        REQUIRE(list->selectionModel()->selectedRows().size() == 1);
    }

    Evidence e;
    ui::FindingsPage* page = nullptr;
    QTreeView* tree = nullptr;
    ui::FindingTreeModel* model = nullptr;
    std::unique_ptr<QAbstractItemModelTester> treeTester;
    std::unique_ptr<QAbstractItemModelTester> notesTester;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> recommendationTesters;
};

/// A drop of notes onto a view's item, as the view receives it at the end of a drag.
void dropNotes(QAbstractItemView* view, const QModelIndex& onto, QMimeData* mime)
{
    const QPoint at = view->visualRect(onto).center();
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &move);
    REQUIRE(move.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view->viewport(), &drop);
}

/// The ids a notes list shows, in order.
QList<QUuid> shownNotes(const QListView* list)
{
    QList<QUuid> ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids.append(list->model()->index(row, 0).data(int(ui::EvidenceNoteModel::Role::Id)).toUuid());
    return ids;
}

} // namespace

TEST_CASE("A finding added to a theme is evidenced by the keyboard, its triangulation follows each "
          "note, and undo takes a link back",
          "[ui][findings]")
{
    Fixture f;
    CHECK(f.find<QLabel>(u"findingsEmpty"_s)->isVisible());
    QTest::mouseClick(f.find<QToolButton>(u"findingsAddConsiderationButton"_s), Qt::LeftButton);
    auto* title = f.find<QLineEdit>(u"findingTitleEdit"_s);
    REQUIRE(QTest::qWaitFor([&] { return title->hasFocus(); }, 2000));
    QTest::keyClicks(title, u"Scrutiny is under-powered"_s);
    QTest::keyClick(title, Qt::Key_Return);
    const Finding added = f.titled(u"Scrutiny is under-powered"_s);
    CHECK(added.kind == FindingKind::Consideration);
    CHECK(added.evidence.isEmpty());
    CHECK(f.undoStack()->count() == 2); // added, then named
    CHECK(f.isThin(added.id));
    CHECK_FALSE(f.find<QLabel>(u"findingsEmpty"_s)->isVisible());

    // A note found by searching, linked with Ctrl+L to the finding the dialog offers first.
    auto* notes = f.find<QListView>(u"notesList"_s);
    auto* search = f.find<QLineEdit>(u"notesSearch"_s);
    search->setFocus();
    QTest::keyClick(search, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, u"reports arrive"_s);
    REQUIRE(shownNotes(notes) == QList<QUuid>{f.e.reports});
    f.selectFirstNote(notes);
    whenOpen<ui::FindingPickerDialog>(
        [] { return qobject_cast<ui::FindingPickerDialog*>(QApplication::activeModalWidget()); },
        [](ui::FindingPickerDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    QTest::keyClick(notes, Qt::Key_L, Qt::ControlModifier);
    CHECK(f.titled(u"Scrutiny is under-powered"_s).evidence == QList<QUuid>{f.e.reports});
    CHECK(f.cell(added.id, ui::FindingTreeModel::Column::Evidence) == u"1 note \u00b7 1 source"_s);
    CHECK(f.isThin(added.id));
    auto* summary = f.find<QLabel>(u"evidenceSummary"_s);
    CHECK(summary->text().startsWith(
        u"1 note \u00b7 1 session \u00b7 0 documents \u00b7 1 participant group"_s));
    auto* warning = f.find<QWidget>(u"thinEvidenceWarning"_s);
    CHECK(warning->isVisible());
    CHECK(f.model->indexOf(added.id, 2).data(Qt::ToolTipRole).toString().contains(u"1 distinct source"_s));

    // A second source through Add evidence (Ctrl+E): the flag goes.
    whenOpen<ui::NotePickerDialog>(
        [] { return qobject_cast<ui::NotePickerDialog*>(QApplication::activeModalWidget()); },
        [](ui::NotePickerDialog* dialog) {
            auto* query = dialog->findChild<QLineEdit*>(u"notePickerSearch"_s);
            QTest::keyClicks(query, u"rarely changes"_s);
            QTest::keyClick(query, Qt::Key_Return);
        });
    f.activate();
    f.tree->setFocus();
    QTest::keyClick(f.tree, Qt::Key_E, Qt::ControlModifier);
    // Evidence comes in no particular order: compare what it holds.
    const QList<QUuid> linked = f.titled(u"Scrutiny is under-powered"_s).evidence;
    CHECK(QSet<QUuid>(linked.cbegin(), linked.cend()) == QSet<QUuid>{f.e.reports, f.e.rarely});
    CHECK(linked.size() == 2);
    CHECK(f.cell(added.id, ui::FindingTreeModel::Column::Evidence) == u"2 notes \u00b7 2 sources"_s);
    CHECK_FALSE(f.isThin(added.id));
    CHECK(summary->text() == u"2 notes \u00b7 2 sessions \u00b7 0 documents \u00b7 2 participant groups"_s);
    CHECK_FALSE(warning->isVisible());
    CHECK(f.find<QListView>(u"evidenceList"_s)->model()->rowCount() == 2);
    // The note knows its finding too.
    const int row = int(shownNotes(notes).indexOf(f.e.reports));
    REQUIRE(row >= 0);
    CHECK(notes->model()->index(row, 0).data(int(ui::EvidenceNoteModel::Role::Findings)).toStringList()
          == QStringList{u"Scrutiny is under-powered"_s});

    f.undo();
    CHECK(f.titled(u"Scrutiny is under-powered"_s).evidence == QList<QUuid>{f.e.reports});
    CHECK(f.isThin(added.id));
    CHECK(warning->isVisible());
}

TEST_CASE("A note captured from the keyboard is found on the Findings page, linked to a finding by the "
          "keyboard, and undo takes the link back",
          "[ui][findings][capture]")
{
    Fixture f;
    const QList<Theme> themes = ScopeRepository(f.records()).themes();
    const qsizetype themeNumber =
        std::find_if(themes.cbegin(), themes.cend(), [&](const Theme& t) { return t.id == f.e.theme; })
        - themes.cbegin() + 1;
    REQUIRE(themeNumber <= 9);

    // Capture: type, tag the test's theme with its Alt+digit, mark it a concern, Ctrl+Enter.
    f.window->showStage(capturePage);
    auto* text = f.find<QPlainTextEdit>(u"captureTextEdit"_s);
    f.activate();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == text; }, 2000));
    const QString words = u"Overview and scrutiny agendas are set by the executive"_s;
    QTest::keyClicks(text, words);
    QTest::keyClick(text, Qt::Key(Qt::Key_0 + themeNumber), Qt::AltModifier);
    QTest::keyClick(text, Qt::Key_C, Qt::AltModifier);
    CHECK(f.find<ui::ChipButton>(u"captureThemeButton%1"_s.arg(themeNumber))->isChecked());
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    CHECK(text->toPlainText().isEmpty());
    CHECK(QApplication::focusWidget() == text);
    QUuid captured;
    for (const Note& n : NoteRepository(f.records()).notes()) {
        if (n.text == words)
            captured = n.id;
    }
    REQUIRE(!captured.isNull());
    CHECK(NoteRepository(f.records()).note(captured)->themes == QList<QUuid>{f.e.theme});
    CHECK(NoteRepository(f.records()).note(captured)->sentiment == Sentiment::Concern);

    // Findings: a finding for it, the note found by a word's start, Ctrl+L links it.
    f.window->showStage(findingsPage);
    f.page->setTheme(f.e.theme);
    QTest::mouseClick(f.find<QToolButton>(u"findingsAddConsiderationButton"_s), Qt::LeftButton);
    auto* title = f.find<QLineEdit>(u"findingTitleEdit"_s);
    REQUIRE(QTest::qWaitFor([&] { return title->hasFocus(); }, 2000));
    QTest::keyClicks(title, u"The executive sets scrutiny's agenda"_s);
    QTest::keyClick(title, Qt::Key_Return);
    const Finding finding = f.titled(u"The executive sets scrutiny's agenda"_s);
    auto* notes = f.find<QListView>(u"notesList"_s);
    auto* search = f.find<QLineEdit>(u"notesSearch"_s);
    search->setFocus();
    QTest::keyClicks(search, u"agend execut"_s);
    REQUIRE(QTest::qWaitFor([&] { return shownNotes(notes) == QList<QUuid>{captured}; }, 3000));
    f.selectFirstNote(notes);
    whenOpen<ui::FindingPickerDialog>(
        [] { return qobject_cast<ui::FindingPickerDialog*>(QApplication::activeModalWidget()); },
        [](ui::FindingPickerDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    QTest::keyClick(notes, Qt::Key_L, Qt::ControlModifier);
    CHECK(f.titled(u"The executive sets scrutiny's agenda"_s).evidence == QList<QUuid>{captured});
    CHECK(f.cell(finding.id, ui::FindingTreeModel::Column::Evidence) == u"1 note \u00b7 1 source"_s);

    f.activate();
    f.undo();
    CHECK(f.titled(u"The executive sets scrutiny's agenda"_s).evidence.isEmpty());
    CHECK(f.cell(finding.id, ui::FindingTreeModel::Column::Evidence) == u"No evidence"_s);
}

TEST_CASE("Notes dropped on a finding become its evidence, and Delete in the evidence unlinks them",
          "[ui][findings]")
{
    Fixture f;
    auto* list = f.page->findingsView()->findings();
    const QUuid id = list->addFinding(FindingKind::Strength);
    REQUIRE(!id.isNull());
    auto* notes = f.find<QListView>(u"notesList"_s);
    const QList<QUuid> shown = shownNotes(notes);
    REQUIRE(shown.contains(f.e.reports));
    REQUIRE(shown.contains(f.e.budget));
    // What dragging the two selected notes carries.
    const QModelIndexList dragged{notes->model()->index(int(shown.indexOf(f.e.reports)), 0),
                                  notes->model()->index(int(shown.indexOf(f.e.budget)), 0)};
    std::unique_ptr<QMimeData> mime(notes->model()->mimeData(dragged));
    dropNotes(f.tree, f.model->indexOf(id), mime.get());
    QList<QUuid> linked = f.findings().value(0).evidence;
    std::sort(linked.begin(), linked.end());
    QList<QUuid> expected{f.e.reports, f.e.budget};
    std::sort(expected.begin(), expected.end());
    CHECK(linked == expected);
    CHECK(f.cell(id, ui::FindingTreeModel::Column::Evidence) == u"2 notes \u00b7 1 source"_s);
    CHECK(f.isThin(id)); // one session is one source, however many notes it gave

    auto* evidence = f.find<QListView>(u"evidenceList"_s);
    REQUIRE(evidence->model()->rowCount() == 2);
    f.selectFirstNote(evidence);
    const QUuid unlinked = evidence->currentIndex().data(int(ui::EvidenceNoteModel::Role::Id)).toUuid();
    QTest::keyClick(evidence, Qt::Key_Delete);
    expected.removeAll(unlinked);
    CHECK(f.findings().value(0).evidence == expected);
    CHECK(f.undoStack()->undoText().startsWith(u"Unlink 1 note"_s));
}

TEST_CASE("Findings move up and down with Alt+arrows and the buttons, one undo step each", "[ui][findings]")
{
    Fixture f;
    auto* list = f.page->findingsView()->findings();
    const QUuid first = list->addFinding(FindingKind::Strength);
    const QUuid second = list->addFinding(FindingKind::Strength);
    const auto order = [&] {
        QList<QUuid> ids;
        for (const Finding& finding : f.findings())
            ids.append(finding.id);
        return ids;
    };
    REQUIRE(order() == (QList<QUuid>{first, second}));
    REQUIRE(list->currentFinding() == second);
    f.tree->setFocus();
    QTest::keyClick(f.tree, Qt::Key_Up, Qt::AltModifier);
    CHECK(order() == (QList<QUuid>{second, first}));
    CHECK(list->currentFinding() == second);
    CHECK(f.find<QToolButton>(u"findingsMoveUpButton"_s)->isEnabled() == false);
    QTest::mouseClick(f.find<QToolButton>(u"findingsMoveDownButton"_s), Qt::LeftButton);
    CHECK(order() == (QList<QUuid>{first, second}));
    f.undo();
    CHECK(order() == (QList<QUuid>{second, first}));
    // Insert adds one more of the kind under the cursor; Delete takes the selected one away.
    QTest::keyClick(f.tree, Qt::Key_Insert);
    CHECK(order().size() == 3);
    f.tree->setFocus(); // Insert left the cursor in the new finding's title
    QTest::keyClick(f.tree, Qt::Key_Delete);
    CHECK(order() == (QList<QUuid>{second, first}));
}

TEST_CASE("A recommendation answers the findings ticked for it, is numbered across the report and "
          "made key, one undo step each",
          "[ui][findings]")
{
    Fixture f;
    const QUuid finding = f.page->findingsView()->findings()->addFinding(FindingKind::Consideration);
    QTest::mouseClick(f.find<QToolButton>(u"recommendationsViewButton"_s), Qt::LeftButton);
    REQUIRE(f.page->view() == ui::FindingsPage::View::Recommendations);
    const qsizetype before = FindingRepository(f.records()).recommendations().size();
    QTest::mouseClick(f.find<QToolButton>(u"addRecommendationButton"_s), Qt::LeftButton);
    auto* text = f.find<QPlainTextEdit>(u"recommendationTextEdit"_s);
    REQUIRE(QTest::qWaitFor([&] { return text->hasFocus(); }, 2000));
    QTest::keyClicks(text, u"Give scrutiny chairs the reports a week earlier"_s);
    QTest::keyClick(text, Qt::Key_Tab); // leaving the text commits it
    QList<Recommendation> all = FindingRepository(f.records()).recommendations();
    REQUIRE(all.size() == before + 1);
    CHECK(all.last().text == u"Give scrutiny chairs the reports a week earlier"_s);
    CHECK(all.last().theme == f.e.theme);
    CHECK(f.find<QLabel>(u"recommendationHeading"_s)->text() == u"Recommendation %1"_s.arg(before + 1));

    // Tick the finding with the keyboard.
    auto* answers = f.find<QListWidget>(u"recommendationFindingsList"_s);
    const QList<QListWidgetItem*> items =
        answers->findItems(u"New area for consideration"_s, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    answers->setFocus();
    answers->setCurrentItem(items.first());
    QTest::keyClick(answers, Qt::Key_Space);
    CHECK(FindingRepository(f.records()).recommendations().last().findings == QList<QUuid>{finding});
    CHECK_FALSE(f.find<QLabel>(u"recommendationAnswersNothing"_s)->isVisible());

    auto* key = f.find<QCheckBox>(u"recommendationKeyCheck"_s);
    QTest::mouseClick(key, Qt::LeftButton);
    CHECK(FindingRepository(f.records()).recommendations().last().isKey());
    auto* keys = f.find<QTreeView>(u"keyRecommendationList"_s);
    CHECK(keys->isVisible());
    const int last = keys->model()->rowCount() - 1;
    CHECK(keys->model()->index(last, 1).data().toString().startsWith(u"R%1"_s.arg(before + 1)));
    f.undo();
    CHECK_FALSE(FindingRepository(f.records()).recommendations().last().isKey());
    CHECK_FALSE(key->isChecked());
}

TEST_CASE("The huddle lists the day's notes of the theme that no finding uses, and clusters them",
          "[ui][findings][huddle]")
{
    Fixture f;
    // The evening of the second day on site: the huddle opens on it.
    f.device.clock.set(QDateTime(f.e.days[1], QTime(18, 0), timetableZone()).toMSecsSinceEpoch());
    f.window->showStage(0);
    f.window->showStage(findingsPage);
    const QUuid existing = f.page->findingsView()->findings()->addFinding(FindingKind::Consideration);
    QTest::mouseClick(f.find<QToolButton>(u"huddleViewButton"_s), Qt::LeftButton);
    auto* huddle = f.page->huddleView();
    auto* notes = f.find<QListView>(u"huddleNotesList"_s);
    CHECK(huddle->notes()->day() == f.e.days[1]);
    CHECK(shownNotes(notes) == QList<QUuid>{f.e.dayTwo});

    auto* days = f.find<QComboBox>(u"huddleNotesDayCombo"_s);
    days->setFocus();
    QTest::keyClick(days, Qt::Key_Up); // the day before
    CHECK(huddle->notes()->day() == f.e.days[0]);
    CHECK(shownNotes(notes) == (QList<QUuid>{f.e.reports, f.e.budget, f.e.rarely}));

    // Linked by the keyboard, a note leaves the huddle.
    f.selectFirstNote(notes);
    whenOpen<ui::FindingPickerDialog>(
        [] { return qobject_cast<ui::FindingPickerDialog*>(QApplication::activeModalWidget()); },
        [](ui::FindingPickerDialog* dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
    QTest::keyClick(notes, Qt::Key_L, Qt::ControlModifier);
    CHECK(FindingRepository(f.records()).finding(existing)->evidence == QList<QUuid>{f.e.reports});
    CHECK(shownNotes(notes) == (QList<QUuid>{f.e.budget, f.e.rarely}));

    // The other two start a finding of their own, named in place.
    f.activate();
    notes->setFocus();
    notes->selectAll();
    QTest::keyClick(notes, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* tree = f.find<QTreeView>(u"huddleTree"_s);
    auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    REQUIRE(tree->isAncestorOf(editor));
    editor->selectAll();
    QTest::keyClicks(editor, u"Scrutiny rarely changes decisions"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const QList<Finding> all = f.findings();
            return std::any_of(all.cbegin(), all.cend(), [](const Finding& x) {
                return x.title == u"Scrutiny rarely changes decisions"_s;
            });
        },
        2000));
    const Finding clustered = f.titled(u"Scrutiny rarely changes decisions"_s);
    CHECK(QSet<QUuid>(clustered.evidence.cbegin(), clustered.evidence.cend())
          == QSet<QUuid>{f.e.budget, f.e.rarely});
    CHECK(clustered.evidence.size() == 2);
    CHECK(clustered.kind == FindingKind::Strength); // one concern of two is not mostly concerns
    CHECK(shownNotes(notes).isEmpty());
    CHECK(f.find<QLabel>(u"huddleNotesEmpty"_s)->isVisible());
    // Notes of other themes never came into it.
    CHECK_FALSE(shownNotes(notes).contains(f.e.elsewhere));
}

TEST_CASE("A read-only file shows its findings, evidence and recommendations but edits none",
          "[ui][findings]")
{
    Fixture f(DemoWindow::Access::HeldElsewhere);
    // Nothing can be added, linked or reordered.
    for (const char* name : {"findingsAddStrengthButton", "findingsAddConsiderationButton",
                             "findingsDeleteButton", "notesLinkButton"})
        CHECK_FALSE(f.find<QToolButton>(QLatin1String(name))->isEnabled());
    QTest::keyClick(f.tree, Qt::Key_Insert);
    CHECK(f.findings().isEmpty());
    auto* notes = f.find<QListView>(u"notesList"_s);
    CHECK(shownNotes(notes).size() == 4); // the theme's notes are all there to read
    CHECK_FALSE(notes->model()->flags(notes->model()->index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
    f.selectFirstNote(notes);
    QTest::keyClick(notes, Qt::Key_L, Qt::ControlModifier);
    CHECK(QApplication::activeModalWidget() == nullptr);
    QTest::mouseClick(f.find<QToolButton>(u"recommendationsViewButton"_s), Qt::LeftButton);
    CHECK_FALSE(f.find<QToolButton>(u"addRecommendationButton"_s)->isEnabled());
    QTest::mouseClick(f.find<QToolButton>(u"huddleViewButton"_s), Qt::LeftButton);
    CHECK_FALSE(f.find<QToolButton>(u"huddleNotesNewFindingButton"_s)->isEnabled());
    CHECK(f.undoStack()->count() == 0);
}

TEST_CASE("Screenshots of the Findings page", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    f.device.clock.set(QDateTime(f.e.days[0], QTime(18, 30), timetableZone()).toMSecsSinceEpoch());
    ui::FindingEdits edits(*f.page->findChild<ui::FindingsData*>());
    const QUuid weak =
        edits.addFinding(f.e.theme, FindingKind::Consideration,
                         u"Scrutiny has too little influence on decisions"_s, {f.e.reports, f.e.rarely});
    edits.addFinding(f.e.theme, FindingKind::Strength, u"Budget reporting is clear and timely"_s,
                     {f.e.budget});
    edits.addFinding(f.e.theme, FindingKind::Consideration, u"Call-in is rarely used"_s, {});
    const QUuid rec = edits.addRecommendation(f.e.theme, {weak});
    if (const Recommendation* r = f.page->findChild<ui::FindingsData*>()->recommendation(rec)) {
        Recommendation after = *r;
        after.text = u"Give scrutiny chairs the reports they need a week before decisions are taken."_s;
        edits.editRecommendation(after, u"Text"_s);
    }
    edits.setKey(rec, true);
    f.window->showStage(0);
    f.window->showStage(findingsPage);
    f.page->findingsView()->findings()->selectFinding(weak);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.window->devicePixelRatio());
        f.page->showView(ui::FindingsPage::View::Findings);
        QTest::qWait(50);
        CHECK(f.window->grab().save(u"%1/findings-%2"_s.arg(out, suffix)));
        f.page->showView(ui::FindingsPage::View::Recommendations);
        QTest::qWait(50);
        CHECK(f.window->grab().save(u"%1/findings-recommendations-%2"_s.arg(out, suffix)));
        f.page->showView(ui::FindingsPage::View::Huddle);
        QTest::qWait(50);
        CHECK(f.window->grab().save(u"%1/findings-huddle-%2"_s.arg(out, suffix)));
    }
    QApplication::setPalette(light); // the cases after this one see the usual colours
}
