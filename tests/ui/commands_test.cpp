// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/engagementrepository.h"
#include "support/testsupport.h"
#include "ui/commands/setfield.h"
#include "ui/session/engagementsession.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;

namespace {

struct Fixture
{
    Fixture()
        : session(makeEngagement(folder.path(QStringLiteral("e.peerchallenge")), device))
    {
    }

    bool setTitle(const QString& title)
    {
        return session.push(std::make_unique<ui::SetField>(
            session, QStringLiteral("engagement"), session.file().engagementId(), QStringLiteral("title"),
            title, QStringLiteral("Change title")));
    }

    QString title() { return EngagementRepository(session.file().records()).engagement().title; }

    TempFolder folder;
    TestDevice device;
    ui::EngagementSession session;
};

} // namespace

TEST_CASE("A field edit is one undoable step, and the next edit of the same field joins it", "[ui][undo]")
{
    Fixture f;
    const QString original = f.title();
    QSignalSpy changed(&f.session, &ui::EngagementSession::changed);
    REQUIRE(f.setTitle(QStringLiteral("First")));
    CHECK(changed.count() == 1);
    REQUIRE(f.setTitle(QStringLiteral("Second")));
    CHECK(f.session.undoStack()->count() == 1);
    f.session.undoStack()->undo();
    CHECK(f.title() == original);
    f.session.undoStack()->redo();
    CHECK(f.title() == QStringLiteral("Second"));
}

TEST_CASE("Edits that end where they started leave no step behind", "[ui][undo]")
{
    Fixture f;
    const QString original = f.title();
    REQUIRE(f.setTitle(QStringLiteral("Changed")));
    REQUIRE(f.setTitle(original));
    CHECK(f.title() == original);
    CHECK(f.session.undoStack()->count() == 0);
}

TEST_CASE("An edit core refuses is reported, dropped from the history and changes nothing", "[ui][undo]")
{
    Fixture f;
    const QString original = f.title();
    QSignalSpy failed(&f.session, &ui::EngagementSession::commandFailed);
    CHECK_FALSE(f.setTitle(QStringLiteral("   ")));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("must not be empty")));
    CHECK(f.session.undoStack()->count() == 0);
    CHECK(f.title() == original);
}

TEST_CASE("A read-only file refuses edits with its reason", "[ui][undo]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("e.peerchallenge"));
    makeEngagement(path, device).reset();
    OpenOptions options;
    options.readOnly = true;
    ui::EngagementSession session(EngagementFile::open(path, device.installation, options));
    QSignalSpy failed(&session, &ui::EngagementSession::commandFailed);
    CHECK_FALSE(session.push(std::make_unique<ui::SetField>(
        session, QStringLiteral("engagement"), session.file().engagementId(), QStringLiteral("title"),
        QStringLiteral("New"), QStringLiteral("Change title"))));
    REQUIRE(failed.count() == 1);
    CHECK(failed.first().first().toString().contains(QStringLiteral("read-only")));
    CHECK(session.undoStack()->count() == 0);
}
