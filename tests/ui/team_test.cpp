// SPDX-License-Identifier: GPL-3.0-or-later
// The Team page driven as a person would: the table, the member form, Add and Remove, undo.
#include "demo/demoengagement.h"
#include "model/registry.h"
#include "pool/poolstore.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/recordstore.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/models/membermodel.h"
#include "ui/session/engagementsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace pc;
using namespace pc::test;

namespace {

/// A window on a fresh demo engagement showing the Team page, its models under test.
struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(2)
    {
        table = find<QTableView>(QStringLiteral("memberTable"));
        auto* proxy = qobject_cast<QSortFilterProxyModel*>(table->model());
        REQUIRE(proxy);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            proxy->sourceModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    [[nodiscard]] QList<Member> members() const
    {
        return TeamRepository(window->session()->file().records()).members();
    }

    [[nodiscard]] QStringList checks() const
    {
        QStringList result;
        auto* list = find<QListWidget>(QStringLiteral("teamChecksList"));
        for (int i = 0; i < list->count(); ++i)
            result.append(list->item(i)->text());
        return result;
    }

    /// Live theme-lead links: removing a member removes theirs.
    [[nodiscard]] qint64 themeLeads() const
    {
        RecordStore& records = window->session()->file().records();
        return records.count(records.registry().table(QStringLiteral("theme_lead")));
    }

    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    /// Moves a closed combo box to `key`'s item with the arrow keys, as a person would.
    void chooseInCombo(const QString& combo, const QString& key) const
    {
        auto* box = find<QComboBox>(combo);
        const int target = box->findData(key);
        REQUIRE(target >= 0);
        box->setFocus();
        while (box->currentIndex() != target)
            QTest::keyClick(box, box->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    }

    QTableView* table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
};

bool anyContains(const QStringList& texts, const QString& part)
{
    return std::any_of(texts.cbegin(), texts.cend(),
                       [&part](const QString& text) { return text.contains(part); });
}

} // namespace

TEST_CASE("The Team page lists the demo's members with their roles", "[ui][team]")
{
    Fixture f;
    const QList<Member> members = f.members();
    REQUIRE_FALSE(members.isEmpty());
    QAbstractItemModel* model = f.table->model();
    REQUIRE(model->rowCount() == members.size());
    CHECK(model->columnCount() == 5);
    CHECK(model->headerData(1, Qt::Horizontal).toString() == QStringLiteral("Role"));
    CHECK(model->index(0, 0).data().toString() == members.first().name);
    CHECK(model->index(0, 1).data().toString() == roleLabel(members.first().role));
    CHECK(f.table->isVisible());
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("teamEmpty"))->isVisible());

    // Sorting by name reorders the view only.
    f.table->sortByColumn(0, Qt::DescendingOrder);
    CHECK(model->index(0, 0).data().toString() >= model->index(1, 0).data().toString());

    // Selecting a row fills the form.
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {},
                      f.table->visualRect(model->index(2, 0)).center());
    const QString selected = model->index(2, 0).data().toString();
    CHECK(f.find<QLineEdit>(QStringLiteral("memberNameEdit"))->text() == selected);
}

TEST_CASE("A new member is named and given a role in undoable steps, and the team checks follow",
          "[ui][team][undo]")
{
    Fixture f;
    const qsizetype before = f.members().size();
    CHECK_FALSE(anyContains(f.checks(), QStringLiteral("peer challenge managers")));

    QTest::mouseClick(f.find<QPushButton>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    REQUIRE(f.members().size() == before + 1);
    CHECK(f.table->model()->rowCount() == before + 1);

    auto* name = f.find<QLineEdit>(QStringLiteral("memberNameEdit"));
    REQUIRE(QTest::qWaitFor([name] { return name->hasFocus(); }, 2000));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Priya Raman"));
    QTest::keyClick(name, Qt::Key_Tab); // leave the field
    CHECK(f.members().last().name == QStringLiteral("Priya Raman"));

    f.chooseInCombo(QStringLiteral("memberRoleCombo"), roleKey(MemberRole::LeadMemberPeer));
    CHECK(f.members().last().role == MemberRole::LeadMemberPeer);
    f.chooseInCombo(QStringLiteral("memberRoleCombo"), roleKey(MemberRole::ChallengeManager));
    CHECK(f.members().last().role == MemberRole::ChallengeManager);
    CHECK(anyContains(f.checks(), QStringLiteral("The team has 2 peer challenge managers")));
    CHECK(name->text() == QStringLiteral("Priya Raman")); // the selection survived the refreshes

    REQUIRE(f.stack()->count() == 3); // add, name, role (the role's keystrokes merged)
    f.stack()->undo();
    CHECK(f.members().last().role == MemberRole::OfficerPeer);
    CHECK_FALSE(anyContains(f.checks(), QStringLiteral("peer challenge managers")));
    f.stack()->undo();
    CHECK(f.members().last().name != QStringLiteral("Priya Raman"));
    f.stack()->undo();
    CHECK(f.members().size() == before);
    CHECK(f.table->model()->rowCount() == before);
    f.stack()->redo();
    CHECK(f.members().size() == before + 1);
}

TEST_CASE("A removed member comes back, with the same id, on undo", "[ui][team][undo]")
{
    Fixture f;
    const QList<Member> before = f.members();
    const qint64 leadsBefore = f.themeLeads();
    REQUIRE(leadsBefore > 0);
    QAbstractItemModel* model = f.table->model();
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {},
                      f.table->visualRect(model->index(0, 0)).center());
    const QUuid id = model->index(0, 0).data(int(ui::MemberModel::Role::Id)).toUuid();
    REQUIRE_FALSE(id.isNull());
    auto* remove = f.find<QPushButton>(QStringLiteral("removeMemberButton"));
    REQUIRE(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(f.members().size() == before.size() - 1);
    CHECK(model->rowCount() == before.size() - 1);
    // The member that took the removed one's place is selected next.
    CHECK(remove->isEnabled());
    CHECK(f.find<QLineEdit>(QStringLiteral("memberNameEdit"))->text()
          == model->index(0, 0).data().toString());
    CHECK(model->index(0, 0).data(int(ui::MemberModel::Role::Id)).toUuid() != id);

    CHECK(f.themeLeads() < leadsBefore); // the demo's first member leads a theme

    f.stack()->undo();
    CHECK(f.members() == before);
    CHECK(f.themeLeads() == leadsBefore);
    CHECK(model->rowCount() == before.size());
}

TEST_CASE("A team with no members shows its empty state and the checks say what is missing", "[ui][team]")
{
    Fixture f;
    auto* remove = f.find<QPushButton>(QStringLiteral("removeMemberButton"));
    f.table->selectRow(f.table->model()->rowCount() - 1);
    for (qsizetype left = f.members().size(); left > 0; --left) {
        REQUIRE(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
    }
    CHECK_FALSE(remove->isEnabled());
    REQUIRE(f.members().isEmpty());
    CHECK(f.find<QLabel>(QStringLiteral("teamEmpty"))->isVisible());
    CHECK_FALSE(f.table->isVisible());
    CHECK(anyContains(f.checks(), QStringLiteral("Add a peer challenge manager")));
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("teamChecksPassed"))->isVisible());
}

TEST_CASE("A read-only engagement shows the team but allows no edits", "[ui][team]")
{
    DemoWindow held(2, DemoWindow::Access::HeldElsewhere);
    ui::MainWindow& window = *held.window;
    auto* table = window.findChild<QTableView*>(QStringLiteral("memberTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() > 0);
    table->selectRow(0);
    CHECK_FALSE(window.findChild<QPushButton*>(QStringLiteral("addMemberButton"))->isEnabled());
    CHECK_FALSE(window.findChild<QPushButton*>(QStringLiteral("removeMemberButton"))->isEnabled());
    CHECK(window.findChild<QLineEdit*>(QStringLiteral("memberNameEdit"))->isReadOnly());
    CHECK_FALSE(window.findChild<QComboBox*>(QStringLiteral("memberRoleCombo"))->isEnabled());
}

TEST_CASE("Declaring a member's interests, with a decision, clears the team checks step by step",
          "[ui][team][undo]")
{
    Fixture f;
    // The demo's member with no declaration yet is named by the check; select them from it.
    auto* list = f.find<QListWidget>(QStringLiteral("teamChecksList"));
    QListWidgetItem* item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("No declaration of interests")))
            item = list->item(i);
    }
    REQUIRE(item);
    list->setFocus();
    list->setCurrentItem(item);
    QTest::keyClick(list, Qt::Key_Return); // activate: the member is selected
    const QString name = f.find<QLineEdit>(QStringLiteral("memberNameEdit"))->text();
    REQUIRE(item->text().contains(name));

    auto* tabs = f.find<QTabWidget>(QStringLiteral("memberTabs"));
    tabs->setCurrentIndex(1);
    f.chooseInCombo(QStringLiteral("memberConflictStatusCombo"), conflictStatusKey(ConflictStatus::Declared));
    const auto selected = [&f, &name] {
        for (const Member& m : f.members()) {
            if (m.name == name)
                return m;
        }
        return Member{};
    };
    CHECK(selected().conflictStatus == ConflictStatus::Declared);
    CHECK_FALSE(anyContains(f.checks(), QStringLiteral("No declaration of interests")));
    CHECK(
        anyContains(f.checks(), name + QStringLiteral(" declared an interest and no decision is recorded")));

    auto* details = f.find<QPlainTextEdit>(QStringLiteral("memberConflictDetailsEdit"));
    REQUIRE(details->isEnabled());
    details->setFocus();
    QTest::keyClicks(details, QStringLiteral("Former employee"));
    QTest::keyClick(details, Qt::Key_Tab); // leave it: the text commits
    CHECK(selected().conflictDetails == QStringLiteral("Former employee"));

    f.chooseInCombo(QStringLiteral("memberConflictDecisionCombo"),
                    conflictDecisionKey(ConflictDecision::Managed));
    CHECK(selected().conflictDecision == ConflictDecision::Managed);
    CHECK_FALSE(anyContains(f.checks(), name + QStringLiteral(" declared")));

    f.stack()->undo();
    CHECK(selected().conflictDecision == ConflictDecision::Pending);
    CHECK(anyContains(f.checks(), name + QStringLiteral(" declared an interest (Former employee)")));
    f.stack()->undo();
    f.stack()->undo();
    CHECK(selected().conflictStatus == ConflictStatus::NotAsked);
    CHECK(anyContains(f.checks(), QStringLiteral("No declaration of interests from ") + name));
}

TEST_CASE("A member's availability per onsite day is set and undone, and themes led are ticked",
          "[ui][team][undo]")
{
    Fixture f;
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {},
                      f.table->visualRect(f.table->model()->index(0, 0)).center());
    const QString name = f.find<QLineEdit>(QStringLiteral("memberNameEdit"))->text();
    auto* tabs = f.find<QTabWidget>(QStringLiteral("memberTabs"));
    tabs->setCurrentIndex(1);
    const Engagement engagement = EngagementRepository(f.window->session()->file().records()).engagement();
    const QDate last = engagement.date(Milestone::OnsiteEnd);
    const QString combo = QStringLiteral("availability-%1").arg(last.toString(Qt::ISODate));
    CHECK(f.find<QComboBox>(combo)->currentData().toString() == QStringLiteral("available"));
    f.chooseInCombo(combo, dayAvailabilityKey(DayAvailability::Unavailable));
    CHECK(anyContains(f.checks(), name + QStringLiteral(" is not available on ")));
    f.stack()->undo();
    CHECK_FALSE(anyContains(f.checks(), name + QStringLiteral(" is not available on ")));
    RecordStore& records = f.window->session()->file().records();
    const auto record = records.find(records.registry().table(QStringLiteral("availability")),
                                     availabilityId(f.members().first().id, last));
    CHECK_FALSE(record); // the day had no record before, and has none after the undo

    tabs->setCurrentIndex(2);
    auto* themes = f.find<QListWidget>(QStringLiteral("memberThemesList"));
    REQUIRE(themes->count() > 0);
    const qint64 before = f.themeLeads();
    int unticked = -1;
    for (int i = 0; i < themes->count() && unticked < 0; ++i) {
        if (themes->item(i)->checkState() == Qt::Unchecked)
            unticked = i;
    }
    REQUIRE(unticked >= 0);
    themes->setFocus();
    themes->setCurrentRow(unticked);
    QTest::keyClick(themes, Qt::Key_Space);
    CHECK(f.themeLeads() == before + 1);
    CHECK(f.find<QListWidget>(QStringLiteral("memberThemesList"))->item(unticked)->checkState()
          == Qt::Checked);
    f.stack()->undo();
    CHECK(f.themeLeads() == before);
}

TEST_CASE("The party mix of the member peers is summarised under the table", "[ui][team]")
{
    Fixture f;
    const QString text = f.find<QLabel>(QStringLiteral("teamPartyMix"))->text();
    CHECK(text.startsWith(QStringLiteral("Member peers' political groups: ")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("\\d [A-Z]"))));
}

TEST_CASE("Add to pool keeps the selected member in the peer pool, and Tools opens the pool",
          "[ui][team][pool]")
{
    Fixture f;
    const QString directory = f.window->poolDirectory();
    REQUIRE_FALSE(directory.isEmpty());
    QFile::remove(directory + QStringLiteral("/peer-pool.json"));
    QTest::mouseClick(f.table->viewport(), Qt::LeftButton, {},
                      f.table->visualRect(f.table->model()->index(1, 0)).center());
    const QString name = f.find<QLineEdit>(QStringLiteral("memberNameEdit"))->text();
    auto* button = f.find<QPushButton>(QStringLiteral("addToPoolButton"));
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(f.prompter.errors.isEmpty());
    const QList<PoolPeer> peers = PoolStore::open(directory).peers();
    REQUIRE(peers.size() == 1);
    CHECK(peers.first().name == name);
    REQUIRE(peers.first().service.size() == 1);
    CHECK(peers.first().service.first().engagementId == f.window->session()->file().engagementId());
    CHECK(f.window->statusBar()->currentMessage().contains(name));

    // Adding the same member again updates the peer rather than adding a second one.
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(PoolStore::open(directory).peers().size() == 1);

    auto* action = f.find<QAction>(QStringLiteral("actionPeerPool"));
    action->trigger();
    auto* pool = f.window->findChild<QMainWindow*>(QStringLiteral("poolWindow"));
    REQUIRE(pool);
    CHECK(pool->isVisible());
    QFile::remove(directory + QStringLiteral("/peer-pool.json"));
}
