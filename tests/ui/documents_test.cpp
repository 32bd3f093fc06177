// SPDX-License-Identifier: GPL-3.0-or-later
// The Documents page driven as a person would: adding and removing documents, the form, the
// themes and readers, the figures line, filtering, opening a location, and undo of each step.
#include "model/document.h"
#include "storage/documentrepository.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/models/documentmodel.h"
#include "ui/session/engagementsession.h"
#include "ui/widgets/readersgrid.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>
#include <memory>

using namespace pc;
using namespace pc::test;

namespace {

/// Catches what the page asks the desktop to open, instead of starting a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    UrlCatcher()
    {
        for (const char* scheme : {"http", "https", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), this, "open");
    }
    ~UrlCatcher() override
    {
        for (const char* scheme : {"http", "https", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    QList<QUrl> opened;

public slots:
    void open(const QUrl& url) { opened.append(url); }
};

/// A window on a fresh demo engagement showing the Documents page, its models under test.
struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(3)
    {
        table = find<QTableView>(QStringLiteral("documentTable"));
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        REQUIRE(proxy);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE_FALSE(members().isEmpty());
        REQUIRE_FALSE(themes().isEmpty());
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QList<Document> documents() const { return DocumentRepository(records()).documents(); }
    [[nodiscard]] std::optional<Document> document(const QUuid& id) const
    {
        return DocumentRepository(records()).document(id);
    }
    [[nodiscard]] QList<Member> members() const { return TeamRepository(records()).members(); }
    [[nodiscard]] QList<Theme> themes() const { return ScopeRepository(records()).themes(); }
    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }
    [[nodiscard]] QString figures() const { return find<QLabel>(QStringLiteral("documentFigures"))->text(); }

    void click(const QString& name) const
    {
        auto* button = find<QAbstractButton>(name);
        REQUIRE(button->isVisible());
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Adds a document with the Add button and returns its id (the one the form now shows).
    QUuid addDocument(const QString& title) const
    {
        const QList<Document> before = documents();
        click(QStringLiteral("addDocumentButton"));
        const QList<Document> after = documents();
        REQUIRE(after.size() == before.size() + 1);
        const QUuid id = after.last().id;
        auto* edit = find<QLineEdit>(QStringLiteral("documentTitleEdit"));
        REQUIRE(QTest::qWaitFor([edit] { return edit->hasFocus(); }, 2000));
        QTest::keyClicks(edit, title); // the title is selected: typing replaces it
        QTest::keyClick(edit, Qt::Key_Tab);
        REQUIRE(document(id)->title == title);
        return id;
    }

    /// Ctrl+Z (or the platform's redo keys) from the table, as a person who has finished typing would.
    void undo(bool redo = false) const
    {
        table->setFocus();
        QTest::keySequence(table, redo ? QKeySequence::Redo : QKeySequence::Undo);
    }

    /// Moves a closed combo box to `key`'s item with the arrow keys.
    void chooseInCombo(const QString& combo, const QString& key) const
    {
        auto* box = find<QComboBox>(combo);
        const int target = box->findData(key);
        REQUIRE(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    /// Clicks a tab of the form: 0 details, 1 themes, 2 readers.
    void showTab(int index) const
    {
        QTabBar* bar = find<QTabWidget>(QStringLiteral("documentTabs"))->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        REQUIRE(bar->currentIndex() == index);
    }

    /// Ticks or unticks a theme in the form's list with the keyboard (arrows, then Space).
    void toggleTheme(int row) const
    {
        showTab(1);
        auto* list = find<QListWidget>(QStringLiteral("documentThemeList"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Home);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(list, Qt::Key_Down);
        REQUIRE(list->currentRow() == row);
        QTest::keyClick(list, Qt::Key_Space);
    }

    [[nodiscard]] QCheckBox* asked(const QUuid& member) const
    {
        return find<QCheckBox>(ui::ReadersGrid::askedName(member));
    }
    [[nodiscard]] QCheckBox* read(const QUuid& member) const
    {
        return find<QCheckBox>(ui::ReadersGrid::readName(member));
    }

    /// The text of a column of the table's row for a document.
    [[nodiscard]] QString cell(const QUuid& id, ui::DocumentModel::Column column) const
    {
        QAbstractItemModel* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(int(ui::DocumentModel::Role::Id)).toUuid() == id)
                return model->index(row, int(column)).data().toString();
        }
        FAIL("the document is not in the table");
        return {};
    }

    QTableView* table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
};

QList<QUuid> sorted(QList<QUuid> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString readings(int read, int asked)
{
    return QStringLiteral("%1 of %2 readings done").arg(read).arg(asked);
}

} // namespace

TEST_CASE("A new document is titled, sourced, themed and read in undoable steps, and the figures follow",
          "[ui][documents][undo]")
{
    Fixture f;
    const ReadingFigures start = readingFigures(f.documents());
    const int undoBase = f.stack()->count();

    const QUuid id = f.addDocument(QStringLiteral("Council position statement"));
    CHECK(f.figures().startsWith(QStringLiteral("%1 document").arg(start.documents + 1)));
    CHECK(f.cell(id, ui::DocumentModel::Column::Title) == QStringLiteral("Council position statement"));

    f.chooseInCombo(QStringLiteral("documentSourceCombo"),
                    documentSourceKey(DocumentSource::FinanceBriefing));
    CHECK(f.document(id)->source == DocumentSource::FinanceBriefing);
    CHECK(f.cell(id, ui::DocumentModel::Column::Source) == QStringLiteral("Finance briefing"));

    f.toggleTheme(0);
    REQUIRE(f.document(id)->themes.size() == 1);
    const QString themeTitle = f.find<QListWidget>(QStringLiteral("documentThemeList"))->item(0)->text();
    CHECK(f.cell(id, ui::DocumentModel::Column::Themes) == themeTitle);
    auto* tabs = f.find<QTabWidget>(QStringLiteral("documentTabs"));
    CHECK(tabs->tabText(1) == QStringLiteral("The&mes (1)"));

    const QUuid member = f.members().first().id;
    f.showTab(2);
    QTest::mouseClick(f.asked(member), Qt::LeftButton);
    CHECK(f.document(id)->readers == QList<QUuid>{member});
    CHECK(f.figures().contains(readings(start.assignmentsRead, start.assignments + 1)));
    CHECK(f.cell(id, ui::DocumentModel::Column::Read) == QStringLiteral("0 of 1"));

    QTest::mouseClick(f.read(member), Qt::LeftButton);
    CHECK(f.document(id)->readBy == QList<QUuid>{member});
    CHECK(f.figures().contains(readings(start.assignmentsRead + 1, start.assignments + 1)));
    CHECK(f.cell(id, ui::DocumentModel::Column::Read) == QStringLiteral("1 of 1"));
    CHECK(f.read(member)->isChecked());
    CHECK(tabs->tabText(2) == QStringLiteral("Reader&s (1 of 1 read)"));

    REQUIRE(f.stack()->count() == undoBase + 6); // add, title, source, theme, asked, read
    f.undo();
    CHECK(f.document(id)->readBy.isEmpty());
    CHECK_FALSE(f.read(member)->isChecked());
    CHECK(f.figures().contains(readings(start.assignmentsRead, start.assignments + 1)));
    f.undo();
    CHECK(f.document(id)->readers.isEmpty());
    CHECK_FALSE(f.asked(member)->isChecked());
    CHECK(f.cell(id, ui::DocumentModel::Column::Read) == QStringLiteral("No one asked"));
    f.undo();
    CHECK(f.document(id)->themes.isEmpty());
    CHECK(f.find<QListWidget>(QStringLiteral("documentThemeList"))->item(0)->checkState() == Qt::Unchecked);
    f.undo();
    CHECK(f.document(id)->source == DocumentSource::Council);
    CHECK(f.find<QComboBox>(QStringLiteral("documentSourceCombo"))->currentData().toString()
          == documentSourceKey(DocumentSource::Council));
    f.undo();
    CHECK(f.document(id)->title == QStringLiteral("New document"));
    CHECK(f.find<QLineEdit>(QStringLiteral("documentTitleEdit"))->text() == QStringLiteral("New document"));
    f.undo();
    CHECK_FALSE(f.document(id).has_value());
    CHECK(f.documents().size() == start.documents);
    CHECK(f.stack()->count() == undoBase + 6); // still there to redo
    f.undo(true);
    CHECK(f.document(id).has_value());
}

TEST_CASE("Ask everyone and Mark all read are one undo step each", "[ui][documents][undo]")
{
    Fixture f;
    const QUuid id = f.addDocument(QStringLiteral("Medium-term financial strategy"));
    QList<QUuid> team;
    for (const Member& member : f.members())
        team.append(member.id);
    team = sorted(team);
    f.showTab(2);
    auto* markAll = f.find<QPushButton>(QStringLiteral("markAllReadButton"));
    CHECK_FALSE(markAll->isEnabled()); // no one has been asked yet

    const int steps = f.stack()->count();
    f.click(QStringLiteral("askEveryoneButton"));
    CHECK(sorted(f.document(id)->readers) == team);
    CHECK(f.stack()->count() == steps + 1);
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("askEveryoneButton"))->isEnabled());
    f.click(QStringLiteral("markAllReadButton"));
    CHECK(sorted(f.document(id)->readBy) == team);
    CHECK(f.stack()->count() == steps + 2);
    CHECK(f.cell(id, ui::DocumentModel::Column::Read) == QStringLiteral("%1 of %1").arg(team.size()));
    for (const QUuid& member : team)
        CHECK(f.read(member)->isChecked());

    // Sorting by Read, highest first, puts the one document everyone has read on top.
    QHeaderView* header = f.table->horizontalHeader();
    const QPoint readHeader(header->sectionViewportPosition(int(ui::DocumentModel::Column::Read)) + 5,
                            header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, readHeader);
    if (header->sortIndicatorOrder() == Qt::AscendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, readHeader);
    REQUIRE(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(f.table->model()->index(0, 0).data(int(ui::DocumentModel::Role::Id)).toUuid() == id);

    f.undo();
    CHECK(f.document(id)->readBy.isEmpty());
    CHECK(sorted(f.document(id)->readers) == team);
    f.undo();
    CHECK(f.document(id)->readers.isEmpty());
    CHECK(f.document(id)->title == QStringLiteral("Medium-term financial strategy"));
}

TEST_CASE("A removed document comes back, with its themes and readers, on undo", "[ui][documents][undo]")
{
    Fixture f;
    const QUuid id = f.addDocument(QStringLiteral("Scrutiny annual report"));
    f.toggleTheme(0);
    f.showTab(2);
    f.click(QStringLiteral("askEveryoneButton"));
    const Document before = *f.document(id);
    const int count = int(f.documents().size());

    // Delete in the table asks first; "No" keeps the document.
    f.table->setFocus();
    QTest::keyClick(f.table, Qt::Key_Delete);
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().contains(QStringLiteral("Scrutiny annual report")));
    CHECK(f.document(id).has_value());

    f.prompter.answer = true;
    QTest::keyClick(f.table, Qt::Key_Delete);
    CHECK_FALSE(f.document(id).has_value());
    CHECK(f.documents().size() == count - 1);
    CHECK(f.table->model()->rowCount() == count - 1);

    f.undo();
    REQUIRE(f.document(id).has_value());
    CHECK(*f.document(id) == before);
    CHECK(f.table->model()->rowCount() == count);
}

TEST_CASE("The title and source filters narrow the table, and Delete in the title field deletes text only",
          "[ui][documents]")
{
    Fixture f;
    const QUuid budget = f.addDocument(QStringLiteral("Zebra budget report"));
    f.chooseInCombo(QStringLiteral("documentSourceCombo"), documentSourceKey(DocumentSource::Other));
    f.addDocument(QStringLiteral("Zebra staff survey"));

    // Delete while typing in the title is a key for the text, not for the document.
    auto* title = f.find<QLineEdit>(QStringLiteral("documentTitleEdit"));
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Home);
    const qsizetype count = f.documents().size();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(title->text() == QStringLiteral("ebra staff survey"));
    CHECK(f.documents().size() == count);
    CHECK(f.prompter.questions.isEmpty());
    QTest::keyClick(title, Qt::Key_Z, Qt::ShiftModifier); // put it back: nothing to commit

    // Insert adds a document from the table, and its title is ready for typing.
    f.table->setFocus();
    QTest::keyClick(f.table, Qt::Key_Insert);
    CHECK(f.documents().size() == count + 1);
    REQUIRE(QTest::qWaitFor([title] { return title->hasFocus(); }, 2000));
    CHECK(title->text() == QStringLiteral("New document"));
    f.undo();
    CHECK(f.documents().size() == count);

    auto* filter = f.find<QLineEdit>(QStringLiteral("documentFilterEdit"));
    f.table->setFocus();
    QTest::keyClick(f.table, Qt::Key_F, Qt::ControlModifier);
    CHECK(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("zebra"));
    CHECK(f.table->model()->rowCount() == 2);
    f.chooseInCombo(QStringLiteral("documentSourceFilter"), documentSourceKey(DocumentSource::Other));
    REQUIRE(f.table->model()->rowCount() == 1);
    CHECK(f.table->model()->index(0, 0).data(int(ui::DocumentModel::Role::Id)).toUuid() == budget);
    // The form follows the one document left in view.
    CHECK(title->text() == QStringLiteral("Zebra budget report"));

    QTest::keyClicks(filter, QStringLiteral(" nothing"));
    CHECK(f.table->model()->rowCount() == 0);
    CHECK(f.find<QLabel>(QStringLiteral("documentsNoMatch"))->isVisible());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("removeDocumentButton"))->isEnabled());
}

TEST_CASE("Browse picks the document's file through the Prompter and Open hands paths and links to the "
          "desktop",
          "[ui][documents]")
{
    Fixture f;
    UrlCatcher catcher;
    const QUuid id = f.addDocument(QStringLiteral("Council plan"));
    auto* open = f.find<QPushButton>(QStringLiteral("openLocationButton"));
    CHECK_FALSE(open->isEnabled()); // nothing to open yet

    const QString path = f.folder.path(QStringLiteral("Council plan.pdf"));
    f.prompter.nextOpen = path;
    f.click(QStringLiteral("browseLocationButton"));
    CHECK(f.document(id)->location == path);
    f.click(QStringLiteral("openLocationButton"));
    REQUIRE(catcher.opened.size() == 1);
    CHECK(catcher.opened.last() == QUrl::fromLocalFile(path));

    auto* location = f.find<QLineEdit>(QStringLiteral("documentLocationEdit"));
    location->setFocus();
    location->selectAll();
    QTest::keyClicks(location, QStringLiteral("www.local.gov.uk/our-support/peer-challenges"));
    QTest::keyClick(location, Qt::Key_Return);
    CHECK(f.document(id)->location == QStringLiteral("www.local.gov.uk/our-support/peer-challenges"));
    f.click(QStringLiteral("openLocationButton"));
    REQUIRE(catcher.opened.size() == 2);
    CHECK(catcher.opened.last().host() == QStringLiteral("www.local.gov.uk"));
    CHECK(catcher.opened.last().path() == QStringLiteral("/our-support/peer-challenges"));

    // A relative path is a file beside the engagement file; a host and a path, a link.
    const auto typeAndOpen = [&f, location](const QString& text) {
        location->setFocus();
        location->selectAll();
        QTest::keyClicks(location, text);
        QTest::keyClick(location, Qt::Key_Return);
        f.click(QStringLiteral("openLocationButton"));
    };
    typeAndOpen(QStringLiteral("Pre-reading/01 Position statement.pdf"));
    REQUIRE(catcher.opened.size() == 3);
    CHECK(catcher.opened.last()
          == QUrl::fromLocalFile(QFileInfo(f.path).absolutePath()
                                 + QStringLiteral("/Pre-reading/01 Position statement.pdf")));
    typeAndOpen(QStringLiteral("lginform.local.gov.uk/reports"));
    REQUIRE(catcher.opened.size() == 4);
    CHECK(catcher.opened.last().host() == QStringLiteral("lginform.local.gov.uk"));
    typeAndOpen(QStringLiteral("www.local.gov.uk/our-support/peer-challenges"));

    // Cancelling Browse leaves the location alone.
    f.prompter.nextOpen.clear();
    f.click(QStringLiteral("browseLocationButton"));
    CHECK(f.document(id)->location == QStringLiteral("www.local.gov.uk/our-support/peer-challenges"));

    // Notes commit when the user leaves them, as one step.
    auto* notes = f.find<QPlainTextEdit>(QStringLiteral("documentNotesEdit"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Read pages 4-9."));
    CHECK(f.document(id)->notes.isEmpty());
    f.table->setFocus();
    CHECK(f.document(id)->notes == QStringLiteral("Read pages 4-9."));
}

TEST_CASE("A file with no pre-reading shows the empty state, whose Add button starts the library",
          "[ui][documents]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("empty.peerchallenge"));
    makeEngagement(path, device).reset();
    ScriptedPrompter prompter;
    ui::AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(device.installation, prompter, settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openFile(path));
    window.showStage(3);
    auto* empty = window.findChild<QWidget*>(QStringLiteral("documentsEmpty"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("documentTable"));
    auto* figures = window.findChild<QLabel*>(QStringLiteral("documentFigures"));
    REQUIRE(empty);
    REQUIRE(table);
    CHECK(empty->isVisible());
    CHECK_FALSE(table->isVisible());
    CHECK_FALSE(figures->isVisible());
    CHECK(window.findChild<QLabel*>(QStringLiteral("documentsEmptyText"))
              ->text()
              .startsWith(QStringLiteral("No pre-reading yet.")));

    QTest::mouseClick(window.findChild<QPushButton*>(QStringLiteral("documentsEmptyAddButton")),
                      Qt::LeftButton);
    CHECK_FALSE(empty->isVisible());
    CHECK(table->isVisible());
    CHECK(table->model()->rowCount() == 1);
    CHECK(figures->text().startsWith(QStringLiteral("1 document ")));
    auto* title = window.findChild<QLineEdit*>(QStringLiteral("documentTitleEdit"));
    REQUIRE(QTest::qWaitFor([title] { return title->hasFocus(); }, 2000));
    CHECK(title->text() == QStringLiteral("New document"));
    CHECK(title->selectedText() == QStringLiteral("New document"));

    window.session()->undoStack()->undo();
    CHECK(empty->isVisible());
    CHECK_FALSE(table->isVisible());
}

TEST_CASE("A read-only engagement shows its documents but allows no edits", "[ui][documents]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("held.peerchallenge"));
    auto holder = makeEngagement(path, device); // keeps the lock
    QUuid member;
    {
        EngagementFile::Edit edit(*holder);
        Member m;
        m.name = QStringLiteral("Priya Raman");
        member = TeamRepository(holder->records()).addMember(m);
        Theme theme;
        theme.title = QStringLiteral("Governance and culture");
        const QUuid themeId = ScopeRepository(holder->records()).addTheme(theme);
        Document document;
        document.themes = {themeId};
        document.title = QStringLiteral("Position statement");
        document.location = QStringLiteral("https://example.org/position.pdf");
        document.readers = {member};
        DocumentRepository(holder->records()).addDocument(document);
        edit.commit();
    }
    ScriptedPrompter prompter;
    prompter.answer = true; // open it read-only
    ui::AppSettings settings(folder.path(QStringLiteral("settings.ini")));
    ui::MainWindow window(device.installation, prompter, settings);
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(window.session()->isReadOnly());
    window.showStage(3);
    const auto find = [&window](const char* name) {
        auto* widget = window.findChild<QWidget*>(QString::fromLatin1(name));
        REQUIRE(widget);
        return widget;
    };
    CHECK(static_cast<QTableView*>(find("documentTable"))->model()->rowCount() == 1);
    CHECK(static_cast<QLineEdit*>(find("documentTitleEdit"))->text() == QStringLiteral("Position statement"));
    CHECK(static_cast<QLineEdit*>(find("documentTitleEdit"))->isReadOnly());
    CHECK_FALSE(find("addDocumentButton")->isEnabled());
    CHECK_FALSE(find("removeDocumentButton")->isEnabled());
    CHECK_FALSE(find("documentSourceCombo")->isEnabled());
    CHECK_FALSE(find("browseLocationButton")->isEnabled());
    CHECK(find("openLocationButton")->isEnabled()); // reading it is still allowed
    CHECK(static_cast<QCheckBox*>(find(ui::ReadersGrid::askedName(member).toLatin1().constData()))
              ->isChecked());
    CHECK_FALSE(find(ui::ReadersGrid::askedName(member).toLatin1().constData())->isEnabled());
    CHECK_FALSE(find("askEveryoneButton")->isEnabled());
    auto* themes = static_cast<QListWidget*>(find("documentThemeList"));
    REQUIRE(themes->count() == 1);
    CHECK(themes->item(0)->checkState() == Qt::Checked);
    CHECK_FALSE(themes->item(0)->flags().testFlag(Qt::ItemIsUserCheckable));
}

#include "documents_test.moc"

TEST_CASE("The document checks are listed on the page, and Enter on one selects its document",
          "[ui][documents]")
{
    Fixture f;
    f.addDocument(QStringLiteral("Unread briefing")); // no one is asked to read it
    f.addDocument(QStringLiteral("Another briefing"));
    f.showTab(2);
    f.click(QStringLiteral("askEveryoneButton")); // this one is, and stays selected

    QList<Problem> expected;
    for (const Problem& problem : f.window->session()->problems()) {
        if (problem.stage == Stage::Documents)
            expected.append(problem);
    }
    auto* list = f.find<QListWidget>(QStringLiteral("documentChecksList"));
    REQUIRE(list->count() == expected.size());
    REQUIRE_FALSE(expected.isEmpty());
    for (int row = 0; row < list->count(); ++row)
        CHECK(list->item(row)->text() == expected.at(row).message);

    int withRecord = -1;
    for (int row = 0; row < expected.size() && withRecord < 0; ++row) {
        if (!expected.at(row).record.isNull())
            withRecord = row;
    }
    REQUIRE(withRecord >= 0);
    const QUuid target = expected.at(withRecord).record;
    auto* title = f.find<QLineEdit>(QStringLiteral("documentTitleEdit"));
    REQUIRE(title->text() == QStringLiteral("Another briefing"));
    list->setFocus();
    list->setCurrentRow(withRecord);
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(title->text() == f.document(target)->title);
    CHECK(f.table->currentIndex().data(int(ui::DocumentModel::Role::Id)).toUuid() == target);
}
