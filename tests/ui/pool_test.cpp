// SPDX-License-Identifier: GPL-3.0-or-later
// The Peer Pool window driven as a person would: search, select, edit, Add to Team with the conflict
// question, CSV import through the mapping dialog, undo; and its screenshots (hidden).
#include "common/uuidsource.h"
#include "pool/poolstore.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "storage/teamrepository.h"
#include "support/demowindow.h"
#include "support/screenshots.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/pool/addtopool.h"
#include "ui/pool/poolwindow.h"
#include "ui/session/engagementsession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

PoolPeer makePeer(const QString& name, const QString& organisation, const QString& expertise)
{
    PoolPeer peer;
    peer.id = QUuid::createUuid();
    peer.name = name;
    peer.organisation = organisation;
    peer.expertise = expertise;
    peer.roles = {MemberRole::OfficerPeer};
    return peer;
}

/// Jane once worked for the demo's host, Northmoor District Council.
QList<PoolPeer> threePeers()
{
    PoolPeer jane = makePeer(u"Jane Smith"_s, u"Eastvale Borough Council"_s, u"Finance, audit"_s);
    jane.previousOrganisations = {u"Northmoor District Council"_s};
    jane.roles = {MemberRole::LeadOfficerPeer, MemberRole::OfficerPeer};
    PoolPeer ravi = makePeer(u"Ravi Patel"_s, u"Kingsford Council"_s, u"Housing"_s);
    ravi.politicalGroup = u"Labour"_s;
    ravi.roles = {MemberRole::MemberPeer};
    PoolPeer ann = makePeer(u"Ann Lee"_s, u"NHS Westbrook"_s, u"Public health"_s);
    ann.sector = Sector::Health;
    return {jane, ravi, ann};
}

/// The main window on the demo engagement (Team page) and a Peer Pool window beside it, over a pool
/// folder of the test's own holding `peers`.
struct PoolFixture : DemoWindow
{
    explicit PoolFixture(const QList<PoolPeer>& peers = threePeers(), bool withSession = true)
        : DemoWindow(2)
        , poolDirectory(folder.path(u"pool"_s))
    {
        if (!peers.isEmpty()) {
            PoolStore store = PoolStore::open(poolDirectory);
            for (const PoolPeer& peer : peers)
                store.upsert(peer);
            store.save();
        }
        pool = std::make_unique<ui::PoolWindow>(withSession ? window->session() : nullptr, prompter,
                                                poolDirectory, window.get());
        pool->show();
        REQUIRE(QTest::qWaitForWindowExposed(pool.get()));
        table = inPool<QTableView>(u"poolTable"_s);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        sourceTester = std::make_unique<QAbstractItemModelTester>(
            qobject_cast<QSortFilterProxyModel*>(table->model())->sourceModel(),
            QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    template <typename T>
    T* inPool(const QString& name) const
    {
        T* child = pool->findChild<T*>(name);
        REQUIRE(child);
        return child;
    }

    /// Triggers a toolbar action as a click on its button would, failing when it is disabled.
    void trigger(const QString& name) const
    {
        auto* action = inPool<QAction>(name);
        REQUIRE(action->isEnabled());
        action->trigger();
    }

    [[nodiscard]] QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            names.append(table->model()->index(row, 0).data().toString());
        return names;
    }

    void clickRow(const QString& name) const
    {
        const int row = int(shownNames().indexOf(name));
        REQUIRE(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(row, 0)).center());
        REQUIRE(inPool<QLineEdit>(u"poolNameEdit"_s)->text() == name);
    }

    /// The pool as saved on disk.
    [[nodiscard]] PoolPeer saved(const QString& name) const
    {
        const QList<PoolPeer> peers = PoolStore::open(poolDirectory).peers();
        const auto it =
            std::find_if(peers.cbegin(), peers.cend(), [&name](const PoolPeer& p) { return p.name == name; });
        REQUIRE(it != peers.cend());
        return *it;
    }
    [[nodiscard]] qsizetype savedCount() const { return PoolStore::open(poolDirectory).peers().size(); }

    [[nodiscard]] QList<Member> members() const
    {
        return TeamRepository(window->session()->file().records()).members();
    }

    QString poolDirectory;
    std::unique_ptr<ui::PoolWindow> pool;
    QTableView* table = nullptr;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;
    std::unique_ptr<QAbstractItemModelTester> sourceTester;
};

/// Presses the mapping dialog's Import button as soon as the dialog is up (it runs modal).
void importWhenTheDialogOpens()
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer] {
        auto* dialog = qobject_cast<ui::CsvImportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->deleteLater();
        auto* import = dialog->findChild<QPushButton*>(u"importButton"_s);
        REQUIRE(import);
        REQUIRE(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
    });
    timer->start(20);
}

} // namespace

TEST_CASE("Typing in the search box filters the pool, and the filters narrow it further", "[ui][pool]")
{
    PoolFixture f;
    CHECK(f.shownNames() == QStringList{u"Ann Lee"_s, u"Jane Smith"_s, u"Ravi Patel"_s}); // by name
    CHECK(f.inPool<QLabel>(u"poolCount"_s)->text() == u"3 peers"_s);

    auto* search = f.inPool<QLineEdit>(u"poolSearch"_s);
    QTest::keyClicks(search, u"NORTHMOOR"_s); // Jane's previous organisation
    CHECK(f.shownNames() == QStringList{u"Jane Smith"_s});
    CHECK(f.inPool<QLabel>(u"poolCount"_s)->text() == u"1 of 3 peers shown"_s);
    search->clear();

    auto* sector = f.inPool<QComboBox>(u"poolSectorFilter"_s);
    sector->setCurrentIndex(sector->findData(int(Sector::Health)));
    CHECK(f.shownNames() == QStringList{u"Ann Lee"_s});
    sector->setCurrentIndex(0);

    auto* party = f.inPool<QComboBox>(u"poolPartyFilter"_s);
    REQUIRE(party->findText(u"Labour"_s) >= 0);
    party->setCurrentIndex(party->findText(u"Labour"_s));
    CHECK(f.shownNames() == QStringList{u"Ravi Patel"_s});
    party->setCurrentIndex(0);

    QTest::keyClicks(f.inPool<QComboBox>(u"poolExpertiseFilter"_s)->lineEdit(), u"audit"_s);
    CHECK(f.shownNames() == QStringList{u"Jane Smith"_s});
    QTest::keyClicks(search, u"ravi"_s);
    CHECK(f.shownNames().isEmpty());
    CHECK(f.inPool<QLabel>(u"poolEmpty"_s)->isVisible());
    CHECK(f.inPool<QLabel>(u"poolEmpty"_s)->text().contains(u"matches"_s));
}

TEST_CASE("Add to Team asks about a host conflict, adds the peer with a record of service, and undo takes "
          "them off",
          "[ui][pool][undo]")
{
    PoolFixture f;
    const qsizetype teamBefore = f.members().size();
    QTest::keyClicks(f.inPool<QLineEdit>(u"poolSearch"_s), u"jane"_s);
    f.clickRow(u"Jane Smith"_s);
    f.prompter.answer = true;
    f.trigger(u"poolAddToTeamAction"_s);

    REQUIRE(f.prompter.questions.size() == 1);
    CHECK(f.prompter.questions.first()
          == u"Jane Smith worked for Northmoor District Council (previous organisation). Add anyway?"_s);
    const QList<Member> team = f.members();
    REQUIRE(team.size() == teamBefore + 1);
    const Member added = team.last();
    CHECK(added.name == u"Jane Smith"_s);
    CHECK(added.role == MemberRole::LeadOfficerPeer);
    CHECK(added.poolRef == idText(f.saved(u"Jane Smith"_s).id));
    CHECK(added.conflictStatus == ConflictStatus::Declared);
    auto* teamTable = f.find<QTableView>(u"memberTable"_s);
    CHECK(teamTable->model()->match(teamTable->model()->index(0, 0), Qt::DisplayRole, u"Jane Smith"_s).size()
          == 1);

    REQUIRE(f.saved(u"Jane Smith"_s).service.size() == 1);
    const ServiceRecord record = f.saved(u"Jane Smith"_s).service.first();
    CHECK(record.engagementId == EngagementRepository(f.window->session()->file().records()).engagement().id);
    CHECK(record.hostName == u"Northmoor District Council"_s);
    CHECK(record.days == 4);

    // The same peer again is refused.
    f.trigger(u"poolAddToTeamAction"_s);
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors.first().contains(u"Jane Smith is already on the team"_s));
    CHECK(f.members().size() == teamBefore + 1);

    // Undo in the engagement takes her off the team, and her record of service with her.
    f.window->session()->undoStack()->undo();
    CHECK(f.members().size() == teamBefore);
    CHECK(f.saved(u"Jane Smith"_s).service.isEmpty());
    f.window->session()->undoStack()->redo();
    CHECK(f.members().size() == teamBefore + 1);
    CHECK(f.saved(u"Jane Smith"_s).service.size() == 1);
}

TEST_CASE("Answering no to the conflict question adds nobody; a peer without a conflict is not asked",
          "[ui][pool]")
{
    PoolFixture f;
    const qsizetype teamBefore = f.members().size();
    f.clickRow(u"Jane Smith"_s);
    f.prompter.answer = false;
    f.trigger(u"poolAddToTeamAction"_s);
    CHECK(f.prompter.questions.size() == 1);
    CHECK(f.members().size() == teamBefore);
    CHECK(f.saved(u"Jane Smith"_s).service.isEmpty());

    f.clickRow(u"Ravi Patel"_s);
    f.trigger(u"poolAddToTeamAction"_s);
    CHECK(f.prompter.questions.size() == 1); // not asked again
    CHECK(f.members().size() == teamBefore + 1);
    CHECK(f.members().last().role == MemberRole::MemberPeer);
}

TEST_CASE("Add to Team waits for an engagement", "[ui][pool]")
{
    PoolFixture f(threePeers(), false);
    f.clickRow(u"Ann Lee"_s);
    auto* add = f.inPool<QAction>(u"poolAddToTeamAction"_s);
    CHECK_FALSE(add->isEnabled());
    CHECK(add->toolTip().contains(u"Open an engagement"_s));
    f.pool->setSession(f.window->session());
    CHECK(add->isEnabled());
    f.window->closeFile();
    CHECK_FALSE(add->isEnabled());
}

TEST_CASE("Edits in the form are saved at once and undone and redone with the keyboard", "[ui][pool][undo]")
{
    PoolFixture f;
    f.clickRow(u"Ravi Patel"_s);
    auto* jobTitle = f.inPool<QLineEdit>(u"poolJobTitleEdit"_s);
    jobTitle->setFocus();
    QTest::keyClicks(jobTitle, u"Cabinet member for housing"_s);
    QTest::keyClick(jobTitle, Qt::Key_Tab);
    CHECK(f.saved(u"Ravi Patel"_s).jobTitle == u"Cabinet member for housing"_s);

    auto* roles = f.inPool<QListWidget>(u"poolRolesList"_s);
    const QList<QListWidgetItem*> lead =
        roles->findItems(roleLabel(MemberRole::LeadMemberPeer), Qt::MatchExactly);
    REQUIRE(lead.size() == 1);
    lead.first()->setCheckState(Qt::Checked);
    CHECK(f.saved(u"Ravi Patel"_s).roles
          == QList<MemberRole>{MemberRole::LeadMemberPeer, MemberRole::MemberPeer});
    CHECK(f.table->model()->index(f.shownNames().indexOf(u"Ravi Patel"_s), 1).data().toString()
          == u"Lead member peer, Member peer"_s);
    CHECK(f.pool->undoStack()->count() == 2);

    f.table->setFocus();
    QTest::keyClick(f.pool.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.saved(u"Ravi Patel"_s).roles == QList<MemberRole>{MemberRole::MemberPeer});
    CHECK(lead.first()->checkState() == Qt::Unchecked);
    QTest::keyClick(f.pool.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.saved(u"Ravi Patel"_s).jobTitle.isEmpty());
    CHECK(jobTitle->text().isEmpty());
    QTest::keyClick(f.pool.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.saved(u"Ravi Patel"_s).jobTitle == u"Cabinet member for housing"_s);
}

TEST_CASE("An empty pool says what to do, and New Peer and Delete are undoable", "[ui][pool][undo]")
{
    PoolFixture f(QList<PoolPeer>{});
    auto* empty = f.inPool<QLabel>(u"poolEmpty"_s);
    CHECK(empty->isVisible());
    CHECK(empty->text()
          == u"Your peer pool is empty. Add a peer, import a CSV, or add members from a team."_s);
    CHECK_FALSE(f.table->isVisible());
    CHECK_FALSE(f.inPool<QAction>(u"poolDeleteAction"_s)->isEnabled());

    f.trigger(u"poolNewAction"_s);
    auto* name = f.inPool<QLineEdit>(u"poolNameEdit"_s);
    REQUIRE(QTest::qWaitFor([name] { return name->hasFocus(); }, 2000));
    QTest::keyClicks(name, u"Priya Raman"_s); // replaces the selected "New peer"
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(f.savedCount() == 1);
    CHECK(f.saved(u"Priya Raman"_s).roles == QList<MemberRole>{MemberRole::OfficerPeer});
    CHECK(f.table->isVisible());
    CHECK_FALSE(empty->isVisible());

    f.prompter.answer = true;
    f.trigger(u"poolDeleteAction"_s);
    CHECK(f.prompter.questions.last().contains(u"Delete Priya Raman from your peer pool?"_s));
    CHECK(f.savedCount() == 0);
    CHECK(empty->isVisible());
    f.pool->undoStack()->undo();
    CHECK(f.savedCount() == 1);
    CHECK(f.shownNames() == QStringList{u"Priya Raman"_s});
}

TEST_CASE("A CSV imported through the mapping dialog merges into the pool in one undoable step",
          "[ui][pool][undo]")
{
    PoolFixture f;
    const QString csv = f.folder.path(u"peers.csv"_s);
    writeAll(csv, "Full name,E-mail,Organisation,Party\n"
                  "Jane Smith,jane@example.org,Eastvale Borough Council,\n"
                  "Tom Hale,tom@example.org,\"Ashcombe, MBC\",Green\n"
                  "Una Obi,una@example.org,Harrowfield City Council,\n");
    f.prompter.nextOpen = csv;
    importWhenTheDialogOpens();
    f.trigger(u"poolImportAction"_s);
    CHECK(f.savedCount() == 5);
    CHECK(f.saved(u"Jane Smith"_s).email == u"jane@example.org"_s); // updated by name and organisation
    CHECK(f.saved(u"Tom Hale"_s).organisation == u"Ashcombe, MBC"_s);
    CHECK(f.pool->statusBar()->currentMessage() == u"Imported 3 peers: 2 added, 1 updated."_s);
    CHECK(f.inPool<QComboBox>(u"poolPartyFilter"_s)->findText(u"Green"_s) >= 0);

    f.pool->undoStack()->undo();
    CHECK(f.savedCount() == 3);
    CHECK(f.saved(u"Jane Smith"_s).email.isEmpty());
}

TEST_CASE("An edit that cannot be saved is reported, and the pool and the form stay as they were",
          "[ui][pool]")
{
    PoolFixture f;
    f.clickRow(u"Ravi Patel"_s);
    // The pool's folder becomes a file: nothing can be saved there any more.
    REQUIRE(QDir(f.poolDirectory).removeRecursively());
    writeAll(f.poolDirectory, "in the way");
    auto* jobTitle = f.inPool<QLineEdit>(u"poolJobTitleEdit"_s);
    jobTitle->setFocus();
    QTest::keyClicks(jobTitle, u"Cabinet member"_s);
    QTest::keyClick(jobTitle, Qt::Key_Return);
    REQUIRE(f.prompter.errors.size() == 1);
    CHECK(f.prompter.errors.first().contains(u"Could not"_s));
    CHECK(f.pool->undoStack()->count() == 0);
    const QList<PoolPeer> peers = f.pool->store().peers();
    const auto ravi = std::find_if(peers.cbegin(), peers.cend(),
                                   [](const PoolPeer& p) { return p.name == u"Ravi Patel"_s; });
    REQUIRE(ravi != peers.cend());
    CHECK(ravi->jobTitle.isEmpty());
    CHECK(jobTitle->text().isEmpty());
}

TEST_CASE("A pool file that cannot be read is shown and left exactly as it was", "[ui][pool]")
{
    TempFolder folder;
    const QString directory = folder.path(u"pool"_s);
    QDir().mkpath(directory);
    const QByteArray damaged = R"({"format":"peerchallenge-peer-pool","version":9,"peers":[]})";
    writeAll(QDir(directory).filePath(PoolStore::fileName()), damaged);
    ScriptedPrompter prompter;
    ui::PoolWindow pool(nullptr, prompter, directory);
    pool.show();
    auto* banner = pool.findChild<QLabel*>(u"poolBanner"_s);
    REQUIRE(banner);
    CHECK(banner->isVisible());
    CHECK(banner->text().contains(u"newer PeerChallenge"_s));
    CHECK(banner->text().contains(PoolStore::fileName()));
    CHECK_FALSE(pool.findChild<QAction*>(u"poolNewAction"_s)->isEnabled());
    CHECK_FALSE(pool.findChild<QAction*>(u"poolImportAction"_s)->isEnabled());
    CHECK(readAll(QDir(directory).filePath(PoolStore::fileName())) == damaged);
}

TEST_CASE("A team member added to the pool from the Team page is added once, then updated", "[ui][pool]")
{
    TempFolder folder;
    Member member;
    member.name = u"Priya Raman"_s;
    member.organisation = u"Eastvale Borough Council"_s;
    Engagement engagement;
    engagement.id = QUuid::createUuid();
    engagement.host.name = u"Northmoor District Council"_s;
    QString message;
    CHECK(ui::addMemberToPool(member, engagement, {}, folder.dir.path(), &message));
    CHECK(message == u"Priya Raman was added to your peer pool."_s);
    CHECK(ui::addMemberToPool(member, engagement, {}, folder.dir.path(), &message));
    CHECK(message.contains(u"already in your peer pool"_s));
    CHECK(PoolStore::open(folder.dir.path()).peers().size() == 1);
    CHECK(PoolStore::open(folder.dir.path()).peers().first().service.size() == 1);

    writeAll(folder.path(PoolStore::fileName()), "not json");
    CHECK_FALSE(ui::addMemberToPool(member, engagement, {}, folder.dir.path(), &message));
    CHECK(message.contains(PoolStore::fileName()));
    CHECK(readAll(folder.path(PoolStore::fileName())) == "not json");
}

namespace {

/// A few dozen fictional peers with varied roles, sectors, parties and records of service.
QList<PoolPeer> manyPeers()
{
    const QStringList first{u"Aisha"_s, u"Ben"_s,    u"Chloë"_s,  u"David"_s, u"Elena"_s, u"Farhan"_s,
                            u"Grace"_s, u"Hamish"_s, u"Imogen"_s, u"Jonah"_s, u"Kiran"_s, u"Lucy"_s};
    const QStringList last{u"Okafor"_s,  u"Marsh"_s,  u"Singh"_s, u"Whitaker"_s,
                           u"O'Neill"_s, u"Brontë"_s, u"Hughes"_s};
    const QStringList councils{u"Eastvale Borough Council"_s,
                               u"Kingsford Council"_s,
                               u"Westbrook Council"_s,
                               u"Harrowfield City Council"_s,
                               u"Ashcombe Metropolitan Borough Council"_s,
                               u"NHS Northmoor Integrated Care Board"_s,
                               u"Local Government Association"_s};
    const QStringList titles{u"Chief Executive"_s,
                             u"Director of Finance"_s,
                             u"Leader of the Council"_s,
                             u"Head of Housing"_s,
                             u"Cabinet Member for Adult Social Care"_s,
                             u"Director of Place"_s};
    const QStringList expertise{u"Finance, audit, commercial"_s, u"Housing, planning"_s,
                                u"Adult social care"_s,          u"Governance, scrutiny"_s,
                                u"Climate, transport"_s,         u"Children's services"_s};
    const QStringList parties{QString(),        u"Labour"_s, u"Conservative"_s, u"Liberal Democrat"_s,
                              u"Independent"_s, u"Green"_s};
    const QList<QList<MemberRole>> roles{{MemberRole::LeadOfficerPeer, MemberRole::OfficerPeer},
                                         {MemberRole::MemberPeer},
                                         {MemberRole::OfficerPeer},
                                         {MemberRole::LeadMemberPeer, MemberRole::MemberPeer},
                                         {MemberRole::SpecialistPeer}};
    QList<PoolPeer> peers;
    for (int i = 0; i < 36; ++i) {
        PoolPeer peer = makePeer(first.at(i % first.size()) + u' ' + last.at(i % last.size()),
                                 councils.at(i % councils.size()), expertise.at(i % expertise.size()));
        peer.jobTitle = titles.at(i % titles.size());
        peer.roles = roles.at(i % roles.size());
        peer.politicalGroup = peer.roles.contains(MemberRole::MemberPeer) ? parties.at(1 + i % 5) : QString();
        peer.sector = i % councils.size() == 5 ? Sector::Health : Sector::LocalGovernment;
        peer.accredited = QDate(2018 + i % 6, 1 + i % 12, 1 + i % 28);
        peer.email = u"peer%1@example.org"_s.arg(i);
        if (i == 0)
            peer.previousOrganisations = {u"Northmoor District Council"_s, u"Westbrook Council"_s};
        for (int served = 0; served < i % 4; ++served) {
            const QDate start(2025 - served * 2 - i % 3, 1 + (i * 5) % 12, 3 + served);
            peer.service.append(ServiceRecord{QUuid::createUuid(), u"Corporate Peer Challenge"_s,
                                              councils.at((i + served + 1) % 5), start, start.addDays(3), 4,
                                              peer.roles.first()});
        }
        peers.append(peer);
    }
    return peers;
}

} // namespace

TEST_CASE("Screenshots of the peer pool", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? pc::test::darkPalette() : light);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        {
            PoolFixture f(manyPeers());
            f.pool->resize(1360, 780);
            f.clickRow(u"David Whitaker"_s); // three engagements

            QTest::qWait(50);
            CHECK(
                f.pool->grab().save(u"%1/pool-%2-x%3.png"_s.arg(out, theme).arg(f.pool->devicePixelRatio())));
            QTest::keyClicks(f.inPool<QLineEdit>(u"poolSearch"_s), u"finance"_s);
            f.inPool<QComboBox>(u"poolUseFilter"_s)->setCurrentIndex(1);
            QTest::qWait(50);
            CHECK(f.pool->grab().save(
                u"%1/pool-filtered-%2-x%3.png"_s.arg(out, theme).arg(f.pool->devicePixelRatio())));
        }
        {
            PoolFixture f(QList<PoolPeer>{});
            f.pool->resize(1000, 640);
            QTest::qWait(50);
            CHECK(f.pool->grab().save(
                u"%1/pool-empty-%2-x%3.png"_s.arg(out, theme).arg(f.pool->devicePixelRatio())));
        }
    }
    QApplication::setPalette(light);
}
