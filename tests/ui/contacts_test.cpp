// SPDX-License-Identifier: GPL-3.0-or-later
// The Scope page's council contacts driven as a person would: add, fill in, remove and undo.
#include "demo/demoengagement.h"
#include "storage/contactrepository.h"
#include "storage/engagementfile.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;

namespace {

/// A window on the demo showing the Scope page's contacts tab, its models under test.
struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(1)
    {
        auto* tabs = find<QTabWidget>(QStringLiteral("scopeTabs"));
        QTabBar* bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center());
        REQUIRE(tabs->currentIndex() == 2);
        table = find<QTableView>(QStringLiteral("contactTable"));
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        REQUIRE(proxy);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    [[nodiscard]] QList<Contact> contacts() const
    {
        return ContactRepository(window->session()->file().records()).contacts();
    }

    [[nodiscard]] std::optional<Contact> contact(const QUuid& id) const
    {
        return ContactRepository(window->session()->file().records()).contact(id);
    }

    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    void click(const char* name) const
    {
        auto* button = find<QPushButton>(QString::fromLatin1(name));
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Selects all of a line edit and types over it, then presses Return.
    void type(const char* name, const QString& text) const
    {
        auto* edit = find<QLineEdit>(QString::fromLatin1(name));
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    /// The id of the selected row, and the table's text in a column of the row of `id`.
    [[nodiscard]] QUuid selectedId() const
    {
        return table->selectionModel()->currentIndex().data(Qt::UserRole + 1).toUuid();
    }

    [[nodiscard]] QString cell(const QUuid& id, int column) const
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QModelIndex index = table->model()->index(row, column);
            if (index.data(Qt::UserRole + 1).toUuid() == id)
                return index.data().toString();
        }
        return {};
    }

    /// Adds a contact with Add contact and names them in the field that has the focus.
    QUuid addContact(const QString& name) const
    {
        click("addContactButton");
        auto* nameEdit = find<QLineEdit>(QStringLiteral("contactNameEdit"));
        REQUIRE(QTest::qWaitFor([nameEdit] { return nameEdit->hasFocus(); }));
        CHECK(nameEdit->selectedText() == QStringLiteral("New contact"));
        QTest::keyClicks(nameEdit, name);
        QTest::keyClick(nameEdit, Qt::Key_Return);
        return selectedId();
    }

    QTableView* table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
};

} // namespace

TEST_CASE("The contacts tab says the contacts are personal data", "[ui][contacts]")
{
    Fixture f;
    auto* note = f.find<QLabel>(QStringLiteral("contactsPrivacyText"));
    CHECK(note->isVisible());
    CHECK(note->text().contains(QStringLiteral("used to plan sessions, never printed in reports.")));
}

TEST_CASE("A contact added, named and given a role shows in the table and undoes step by step",
          "[ui][contacts][undo]")
{
    Fixture f;
    const QList<Contact> before = f.contacts();
    const int steps = f.stack()->count();

    const QUuid id = f.addContact(QStringLiteral("Alex Morgan"));
    REQUIRE_FALSE(id.isNull());
    REQUIRE(f.contact(id));
    CHECK(f.contact(id)->name == QStringLiteral("Alex Morgan"));
    CHECK(f.cell(id, 0) == QStringLiteral("Alex Morgan"));

    auto* role = f.find<QComboBox>(QStringLiteral("contactRoleCombo"));
    role->setFocus();
    QTest::keyClicks(role, QStringLiteral("Chief")); // keyboard search, as a person types
    CHECK(role->currentText() == QStringLiteral("Chief executive"));
    CHECK(f.contact(id)->role == ContactRole::ChiefExecutive);
    CHECK(f.cell(id, 1) == QStringLiteral("Chief executive"));

    f.type("contactJobTitleEdit", QStringLiteral("Chief Executive"));
    f.type("contactPhoneEdit", QStringLiteral("01234 567890"));
    auto* notes = f.find<QPlainTextEdit>(QStringLiteral("contactNotesEdit"));
    notes->setFocus();
    QTest::keyClicks(notes, QStringLiteral("Diary via her PA."));
    f.find<QLineEdit>(QStringLiteral("contactNameEdit"))->setFocus(); // leave the notes
    REQUIRE(
        QTest::qWaitFor([&f, id] { return f.contact(id)->notes == QStringLiteral("Diary via her PA."); }));
    CHECK(f.cell(id, 2) == QStringLiteral("Chief Executive"));
    CHECK(f.cell(id, 4) == QStringLiteral("01234 567890"));
    CHECK(f.contacts().size() == before.size() + 1);
    CHECK(f.stack()->count() == steps + 6); // add, name, role, job title, phone, notes

    QAction* undo = f.find<QAction>(QStringLiteral("actionUndo"));
    undo->trigger(); // notes
    CHECK(notes->toPlainText().isEmpty());
    undo->trigger(); // phone
    undo->trigger(); // job title
    undo->trigger(); // role
    CHECK(f.contact(id)->role == ContactRole::Other);
    CHECK(role->currentData().toString() == QStringLiteral("other"));
    undo->trigger(); // name
    CHECK(f.cell(id, 0) == QStringLiteral("New contact"));
    undo->trigger(); // the contact
    CHECK_FALSE(f.contact(id));
    CHECK(f.contacts() == before);
}

TEST_CASE("Removing a contact asks first, and undo brings them back selected", "[ui][contacts][undo]")
{
    Fixture f;
    const QUuid id = f.addContact(QStringLiteral("Sam Patel"));
    const std::optional<Contact> added = f.contact(id);
    REQUIRE(added);

    f.prompter.answer = false;
    f.click("removeContactButton");
    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first().startsWith(
        QStringLiteral("Remove Sam Patel from the council's contacts?")));
    CHECK(f.contact(id)); // the answer was no

    f.prompter.answer = true;
    f.click("removeContactButton");
    CHECK_FALSE(f.contact(id));
    CHECK(f.cell(id, 0).isEmpty());
    CHECK(f.stack()->undoText() == QStringLiteral("Remove Sam Patel"));

    f.find<QAction>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.contact(id) == added);
    CHECK(f.cell(id, 0) == QStringLiteral("Sam Patel"));
    f.table->setFocus();
    f.table->selectionModel()->setCurrentIndex(
        f.table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QUuid first = f.selectedId();
    QTest::keyClick(f.table, Qt::Key_Delete);
    CHECK(f.prompter.questions.size() == 3);
    CHECK_FALSE(f.contact(first));
}

TEST_CASE("An email without @ is stored as typed and shows a warning", "[ui][contacts]")
{
    Fixture f;
    const QUuid id = f.addContact(QStringLiteral("Jo Reed"));
    auto* warning = f.find<QAction>(QStringLiteral("contactEmailWarning"));
    CHECK_FALSE(warning->isVisible());

    f.type("contactEmailEdit", QStringLiteral("jo.reed.northmoor.gov.uk"));
    CHECK(f.contact(id)->email == QStringLiteral("jo.reed.northmoor.gov.uk"));
    CHECK(warning->isVisible());
    CHECK(warning->toolTip().contains(QStringLiteral("does not look like an email address")));
    int row = -1;
    for (int r = 0; r < f.table->model()->rowCount(); ++r)
        if (f.table->model()->index(r, 0).data(Qt::UserRole + 1).toUuid() == id)
            row = r;
    REQUIRE(row >= 0);
    const QModelIndex email = f.table->model()->index(row, 3);
    CHECK_FALSE(email.data(Qt::DecorationRole).value<QIcon>().isNull());

    f.type("contactEmailEdit", QStringLiteral("jo.reed@northmoor.gov.uk"));
    CHECK(f.contact(id)->email == QStringLiteral("jo.reed@northmoor.gov.uk"));
    CHECK_FALSE(warning->isVisible());
    CHECK(f.table->model()->index(row, 3).data(Qt::DecorationRole).isNull());
}

TEST_CASE("A new engagement without contacts says what to do", "[ui][contacts]")
{
    Fixture f;
    f.prompter.nextEngagement = ui::NewEngagementChoice{QStringLiteral("blank"), {}, QStringLiteral("Empty")};
    f.prompter.nextSave = f.folder.path(QStringLiteral("empty.peerchallenge"));
    f.find<QAction>(QStringLiteral("actionNew"))->trigger();
    f.window->showStage(1);
    REQUIRE(f.contacts().isEmpty());
    auto* empty = f.find<QLabel>(QStringLiteral("contactsEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("Add contact")));
    CHECK_FALSE(f.table->isVisible());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("removeContactButton"))->isEnabled());
    CHECK_FALSE(f.find<QLineEdit>(QStringLiteral("contactNameEdit"))->isEnabled());

    f.addContact(QStringLiteral("Chris Lee"));
    CHECK_FALSE(empty->isVisible());
    CHECK(f.table->isVisible());
    CHECK(f.table->model()->rowCount() == 1);
}

TEST_CASE("A read-only engagement shows its contacts without editing", "[ui][contacts]")
{
    DemoWindow held(1, DemoWindow::Access::HeldElsewhere);
    ui::MainWindow& window = *held.window;
    auto* add = window.findChild<QPushButton*>(QStringLiteral("addContactButton"));
    auto* remove = window.findChild<QPushButton*>(QStringLiteral("removeContactButton"));
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("contactNameEdit"));
    auto* notes = window.findChild<QPlainTextEdit*>(QStringLiteral("contactNotesEdit"));
    auto* role = window.findChild<QComboBox*>(QStringLiteral("contactRoleCombo"));
    REQUIRE((add && remove && name && notes && role));
    CHECK_FALSE(add->isEnabled());
    CHECK_FALSE(remove->isEnabled());
    CHECK(name->isReadOnly());
    CHECK(notes->isReadOnly());
    CHECK_FALSE(role->isEnabled());
}
