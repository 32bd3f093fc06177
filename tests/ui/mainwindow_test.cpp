// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoengagement.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace pc;
using namespace pc::test;
using pc::test::ScriptedPrompter;

namespace {

/// Settings of the test's own, so nothing touches the user's.
struct TestSettings
{
    TempFolder folder;
    ui::AppSettings settings{folder.path(QStringLiteral("settings.ini"))};
};

} // namespace

TEST_CASE("The window opens an engagement chosen from File > Open and shows its facts", "[ui]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("demo.peerchallenge"));
    createDemoEngagement(path, device.installation, 1).reset();

    ScriptedPrompter prompter;
    TestSettings settings;
    ui::MainWindow window(device.installation, prompter, settings.settings);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* header = window.findChild<QLabel*>(QStringLiteral("engagementTitle"));
    REQUIRE(header);
    CHECK(header->text().contains(QStringLiteral("No engagement open")));

    prompter.nextOpen = path;
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    REQUIRE(window.session());
    CHECK(header->text().contains(QStringLiteral("Corporate Peer Challenge")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.peerchallenge")));
    auto* title = window.findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    REQUIRE(title);
    CHECK(title->text() == header->text());
    CHECK(prompter.errors.isEmpty());
}

TEST_CASE("A file that is not an engagement is refused with a reason and the open one stays", "[ui]")
{
    TempFolder folder;
    TestDevice device;
    const QString good = folder.path(QStringLiteral("demo.peerchallenge"));
    createDemoEngagement(good, device.installation, 1).reset();
    const QString bad = folder.path(QStringLiteral("notes.peerchallenge"));
    writeAll(bad, "These are my notes, not an engagement.\n");

    ScriptedPrompter prompter;
    TestSettings settings;
    ui::MainWindow window(device.installation, prompter, settings.settings);
    REQUIRE(window.openFile(good));
    CHECK_FALSE(window.openFile(bad));
    REQUIRE(prompter.errors.size() == 1);
    CHECK(prompter.errors.first().contains(QStringLiteral("is not a PeerChallenge engagement file")));
    REQUIRE(window.session());
    CHECK(window.session()->file().path() == good);
}

TEST_CASE("A file open elsewhere can be opened read-only, and the title says so", "[ui]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("demo.peerchallenge"));
    auto holder = createDemoEngagement(path, device.installation, 1); // keeps the lock

    ScriptedPrompter prompter;
    prompter.answer = true;
    TestSettings settings;
    ui::MainWindow window(device.installation, prompter, settings.settings);
    REQUIRE(window.openFile(path));
    REQUIRE(prompter.questions.size() == 1);
    CHECK(prompter.questions.first().contains(QStringLiteral("open for editing")));
    CHECK(window.session()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
}
