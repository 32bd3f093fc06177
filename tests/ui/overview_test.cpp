// SPDX-License-Identifier: GPL-3.0-or-later
// The window and the Overview page driven as a person would: keys, clicks, the Edit menu.
#include "demo/demoengagement.h"
#include "storage/engagementrepository.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"
#include "ui/widgets/navigationlist.h"
#include "ui/widgets/optionaldateedit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;

namespace {

/// A window on a fresh demo engagement, with settings and dialogs of the test's own.
struct Fixture : DemoWindow
{
    QAction* action(const QString& name) const { return find<QAction>(name); }

    Engagement stored() const
    {
        return EngagementRepository(window->session()->file().records()).engagement();
    }

    /// Types a date into a date field and leaves it, as a person would.
    void typeDate(const QString& field, const QDate& date) const
    {
        auto* edit = find<ui::OptionalDateEdit>(field + QStringLiteral("Date"));
        QDateEdit* editor = edit->editor();
        editor->setFocus();
        editor->setDate(date);
        QTest::keyClick(editor, Qt::Key_Return);
    }
};

} // namespace

TEST_CASE("The Overview shows the demo's title, host, phase and timeline", "[ui][overview]")
{
    Fixture f;
    CHECK(f.find<QLabel>(QStringLiteral("engagementTitle"))->text() == f.stored().title);
    CHECK(f.find<QLabel>(QStringLiteral("engagementSubtitle"))
              ->text()
              .contains(QStringLiteral("Northmoor District Council")));
    CHECK(f.find<QLineEdit>(QStringLiteral("hostNameEdit"))->text()
          == QStringLiteral("Northmoor District Council"));
    CHECK(f.find<QLabel>(QStringLiteral("onsite_startTimeline"))->text().contains(QStringLiteral("Planned")));
    CHECK(f.find<QLabel>(QStringLiteral("report_publishedTimeline"))->text().contains(QStringLiteral("Due")));
    CHECK(f.find<QLabel>(QStringLiteral("saveState"))->text() == QStringLiteral("All changes saved"));
}

TEST_CASE("A date edited on the Overview can be undone and redone, and is still there after reopening",
          "[ui][overview][undo]")
{
    Fixture f;
    const QDate before = f.stored().date(Milestone::OnsiteEnd);
    const QDate after = before.addDays(1);
    f.typeDate(QStringLiteral("onsite_end"), after);
    REQUIRE(f.stored().date(Milestone::OnsiteEnd) == after);
    QAction* undo = f.action(QStringLiteral("actionUndo"));
    CHECK(undo->isEnabled());
    CHECK(undo->text().contains(QStringLiteral("onsite end")));

    QTest::keySequence(f.window.get(), QKeySequence::Undo);
    CHECK(f.stored().date(Milestone::OnsiteEnd) == before);
    CHECK(f.find<ui::OptionalDateEdit>(QStringLiteral("onsite_endDate"))->date() == before);
    QTest::keySequence(f.window.get(), QKeySequence::Redo);
    CHECK(f.stored().date(Milestone::OnsiteEnd) == after);

    f.window->closeFile();
    REQUIRE(f.window->openFile(f.path));
    CHECK(f.stored().date(Milestone::OnsiteEnd) == after);
    CHECK(f.find<ui::OptionalDateEdit>(QStringLiteral("onsite_endDate"))->date() == after);
    CHECK_FALSE(f.action(QStringLiteral("actionUndo"))->isEnabled()); // a reopened file starts a new history
}

TEST_CASE("An onsite end before the onsite start is refused with a message and changes nothing",
          "[ui][overview]")
{
    Fixture f;
    const Engagement before = f.stored();
    f.typeDate(QStringLiteral("onsite_end"), before.date(Milestone::OnsiteStart).addDays(-2));
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors.first().contains(QStringLiteral("cannot be before")));
    CHECK(f.stored() == before);
    CHECK(f.find<ui::OptionalDateEdit>(QStringLiteral("onsite_endDate"))->date()
          == before.date(Milestone::OnsiteEnd));
    CHECK_FALSE(f.action(QStringLiteral("actionUndo"))->isEnabled());
}

TEST_CASE("Clearing a date is one undoable edit", "[ui][overview][undo]")
{
    Fixture f;
    const QDate call = f.stored().date(Milestone::TeamCall);
    REQUIRE(call.isValid());
    auto* edit = f.find<ui::OptionalDateEdit>(QStringLiteral("team_callDate"));
    QToolButton* clear = edit->findChild<QToolButton*>();
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK_FALSE(f.stored().date(Milestone::TeamCall).isValid());
    QTest::keySequence(f.window.get(), QKeySequence::Undo);
    CHECK(f.stored().date(Milestone::TeamCall) == call);
}

TEST_CASE("Typing in a text field commits once when the field is left, and bursts merge into one undo step",
          "[ui][overview][undo]")
{
    Fixture f;
    auto* host = f.find<QLineEdit>(QStringLiteral("hostNameEdit"));
    const QString original = host->text();
    host->setFocus();
    host->selectAll();
    QTest::keyClicks(host, QStringLiteral("Northmoor Council"));
    CHECK(f.stored().host.name == original); // nothing stored while typing
    QTest::keyClick(host, Qt::Key_Return);
    CHECK(f.stored().host.name == QStringLiteral("Northmoor Council"));
    QTest::keyClicks(host, QStringLiteral(" (East)"));
    QTest::keyClick(host, Qt::Key_Return);
    CHECK(f.stored().host.name == QStringLiteral("Northmoor Council (East)"));
    QUndoStack* stack = f.window->session()->undoStack();
    CHECK(stack->count() == 1); // two commits of one field in a row: one step
    CHECK(stack->undoText() == QStringLiteral("Change host organisation"));
    stack->undo();
    CHECK(f.stored().host.name == original);
    CHECK(host->text() == original);
}

TEST_CASE("A damaged file chosen from File > Open is refused through the prompter and the window carries on",
          "[ui][files]")
{
    Fixture f;
    const QString damaged = f.folder.path(QStringLiteral("damaged.peerchallenge"));
    QByteArray bytes = readAll(f.path);
    bytes.truncate(bytes.size() / 2);
    writeAll(damaged, bytes);
    f.prompter.nextOpen = damaged;
    f.action(QStringLiteral("actionOpen"))->trigger();
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors.first().contains(QStringLiteral("incomplete")));
    REQUIRE(f.window->session());
    CHECK(f.window->session()->file().path() == f.path);
    CHECK(f.window->isVisible());
}

TEST_CASE("File > New creates an engagement from a template and opens it", "[ui][files]")
{
    Fixture f;
    f.prompter.nextEngagement =
        ui::NewEngagementChoice{QStringLiteral("blank"), QStringLiteral("Eastvale Borough Council"),
                                QStringLiteral("Eastvale review")};
    const QString created = f.folder.path(QStringLiteral("eastvale"));
    f.prompter.nextSave = created;
    f.action(QStringLiteral("actionNew"))->trigger();
    REQUIRE(f.prompter.errors.isEmpty());
    REQUIRE(f.window->session());
    CHECK(f.window->session()->file().path() == created + QStringLiteral(".peerchallenge"));
    CHECK(f.stored().title == QStringLiteral("Eastvale review"));
    CHECK(f.stored().host.name == QStringLiteral("Eastvale Borough Council"));
    // A blank engagement has no themes yet: the Scope stage says so with a badge.
    auto* navigation = f.find<ui::NavigationList>(QStringLiteral("navigation"));
    CHECK(navigation->badge(1) >= 1);
    CHECK(f.settings.recentFiles().first() == created + QStringLiteral(".peerchallenge"));
}

TEST_CASE("File > New never overwrites an existing file", "[ui][files]")
{
    Fixture f;
    f.prompter.nextEngagement = ui::NewEngagementChoice{QStringLiteral("blank"), {}, QStringLiteral("Other")};
    f.prompter.nextSave = f.path;
    const QByteArray before = readAll(f.path);
    f.action(QStringLiteral("actionNew"))->trigger();
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors.first().contains(QStringLiteral("exists already")));
    f.window->closeFile();
    CHECK(readAll(f.path) == before);
}

TEST_CASE("Save a Copy writes a copy that opens, and Close leaves an honest empty window", "[ui][files]")
{
    Fixture f;
    const QString copy = f.folder.path(QStringLiteral("copy.peerchallenge"));
    f.prompter.nextSave = copy;
    f.action(QStringLiteral("actionSaveCopy"))->trigger();
    REQUIRE(f.prompter.errors.isEmpty());
    f.action(QStringLiteral("actionClose"))->trigger();
    CHECK_FALSE(f.window->session());
    CHECK(f.find<QLabel>(QStringLiteral("engagementTitle"))->text() == QStringLiteral("No engagement open"));
    CHECK_FALSE(f.action(QStringLiteral("actionSaveCopy"))->isEnabled());
    REQUIRE(f.window->openFile(copy));
    CHECK(f.stored().host.name == QStringLiteral("Northmoor District Council"));
}

TEST_CASE("A file open elsewhere opens read-only on request, with a banner and no editing", "[ui][files]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("held.peerchallenge"));
    auto holder = createDemoEngagement(path, device.installation, 1); // keeps the lock
    ScriptedPrompter prompter;
    prompter.answer = true;
    ui::AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(device.installation, prompter, settings);
    window.show();
    REQUIRE(window.openFile(path));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(QStringLiteral("Read-only")));
    auto* host = window.findChild<QLineEdit*>(QStringLiteral("hostNameEdit"));
    REQUIRE(host);
    CHECK(host->isReadOnly());
}

TEST_CASE("A double-clicked readiness item leads to the page that fixes it", "[ui][overview]")
{
    Fixture f;
    f.prompter.nextEngagement = ui::NewEngagementChoice{QStringLiteral("blank"), {}, QStringLiteral("Empty")};
    f.prompter.nextSave = f.folder.path(QStringLiteral("empty.peerchallenge"));
    f.action(QStringLiteral("actionNew"))->trigger();
    auto* list = f.find<QListWidget>(QStringLiteral("readinessList"));
    REQUIRE(list->count() > 0);
    QListWidgetItem* scope = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("Scope")))
            scope = list->item(i);
    }
    REQUIRE(scope);
    emit list->itemActivated(scope);
    CHECK(f.find<ui::NavigationList>(QStringLiteral("navigation"))->currentRow() == 1);
}

TEST_CASE("A file dropped on the window opens, and Open Recent lists the files opened", "[ui][files]")
{
    Fixture f;
    const QString other = f.folder.path(QStringLiteral("other.peerchallenge"));
    createDemoEngagement(other, f.device.installation, 2).reset();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(f.window.get(), &drop);
    REQUIRE(f.window->session());
    CHECK(f.window->session()->file().path() == other);

    auto* recent = f.find<QMenu>(QStringLiteral("menuRecent"));
    emit recent->aboutToShow();
    const QList<QAction*> actions = recent->actions();
    REQUIRE(actions.size() == 2);
    CHECK(actions[0]->text().contains(QStringLiteral("other.peerchallenge")));
    CHECK(actions[1]->text().contains(QStringLiteral("demo.peerchallenge")));
    actions[1]->trigger();
    CHECK(f.window->session()->file().path() == f.path);
}

TEST_CASE("Help > About shows the version and licence", "[ui]")
{
    Fixture f;
    f.action(QStringLiteral("actionAbout"))->trigger();
    CHECK(f.prompter.aboutShown == 1);
}

TEST_CASE("Ctrl+number goes to a stage's page", "[ui]")
{
    Fixture f;
    QTest::keyClick(f.window.get(), Qt::Key_3, Qt::ControlModifier);
    CHECK(f.find<ui::NavigationList>(QStringLiteral("navigation"))->currentRow() == 2);
    QTest::keyClick(f.window.get(), Qt::Key_1, Qt::ControlModifier);
    CHECK(f.find<ui::NavigationList>(QStringLiteral("navigation"))->currentRow() == 0);
}

TEST_CASE("A damaged file is refused with an offer to restore one of its backups as a new file",
          "[ui][files]")
{
    TempFolder folder;
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    SeededUuidSource uuids(3);
    auto installation = Installation::loadOrCreate(folder.path(QStringLiteral("data")), clock, uuids);
    const QString path = folder.path(QStringLiteral("northmoor.peerchallenge"));
    createDemoEngagement(path, *installation, 1).reset();
    ScriptedPrompter prompter;
    ui::AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(*installation, prompter, settings);
    REQUIRE(window.openFile(path)); // the first open of the day makes a backup
    REQUIRE_FALSE(window.session()->file().waitForBackup().isEmpty());
    window.closeFile();

    QByteArray bytes = readAll(path);
    bytes.truncate(bytes.size() / 2);
    writeAll(path, bytes);
    prompter.answer = true;
    prompter.nextBackup = 0;
    const QString restored = folder.path(QStringLiteral("restored.peerchallenge"));
    prompter.nextSave = restored;
    CHECK_FALSE(window.openFile(path));
    REQUIRE(prompter.questions.size() == 1);
    CHECK(prompter.questions.first().contains(QStringLiteral("automatic backup")));
    REQUIRE(window.session());
    CHECK(window.session()->file().path() == restored);
    CHECK(EngagementRepository(window.session()->file().records()).engagement().host.name
          == QStringLiteral("Northmoor District Council"));
}
