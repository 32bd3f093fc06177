// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demoengagement.h"
#include "support/testsupport.h"
#include "ui/mainwindow.h"
#include "ui/prompter.h"

#include <QLabel>
#include <QTest>
#include <QTextBrowser>

using namespace pc;
using namespace pc::test;

namespace {

/// Answers the window's questions as the test says; records what it was told.
class ScriptedPrompter final : public ui::Prompter
{
public:
    void showError(QWidget*, const QString&, const QString& message) override { errors.append(message); }
    bool confirm(QWidget*, const QString&, const QString& question) override
    {
        questions.append(question);
        return answer;
    }
    QString fileToOpen(QWidget*, const QString&, const QString&) override { return nextFile; }

    QStringList errors;
    QStringList questions;
    bool answer = false;
    QString nextFile;
};

} // namespace

TEST_CASE("The window opens an engagement chosen from File > Open and shows its facts", "[ui]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("demo.peerchallenge"));
    createDemoEngagement(path, device.installation, 1).reset();

    ScriptedPrompter prompter;
    ui::MainWindow window(device.installation, prompter);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* header = window.findChild<QLabel*>(QStringLiteral("engagementHeader"));
    REQUIRE(header);
    CHECK(header->text().contains(QStringLiteral("No engagement open")));

    prompter.nextFile = path;
    QTest::keyClick(&window, Qt::Key_O, Qt::ControlModifier);
    REQUIRE(window.file());
    CHECK(header->text().contains(QStringLiteral("Corporate Peer Challenge")));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.peerchallenge")));
    auto* view = window.findChild<QTextBrowser*>(QStringLiteral("summaryView"));
    REQUIRE(view);
    CHECK(view->toPlainText().contains(QStringLiteral("Onsite start")));
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
    ui::MainWindow window(device.installation, prompter);
    REQUIRE(window.openFile(good));
    CHECK_FALSE(window.openFile(bad));
    REQUIRE(prompter.errors.size() == 1);
    CHECK(prompter.errors.first().contains(QStringLiteral("is not a PeerChallenge engagement file")));
    REQUIRE(window.file());
    CHECK(window.file()->path() == good);
}

TEST_CASE("A file open elsewhere can be opened read-only, and the title says so", "[ui]")
{
    TempFolder folder;
    TestDevice device;
    const QString path = folder.path(QStringLiteral("demo.peerchallenge"));
    auto holder = createDemoEngagement(path, device.installation, 1); // keeps the lock

    ScriptedPrompter prompter;
    prompter.answer = true;
    ui::MainWindow window(device.installation, prompter);
    REQUIRE(window.openFile(path));
    REQUIRE(prompter.questions.size() == 1);
    CHECK(prompter.questions.first().contains(QStringLiteral("open for editing")));
    CHECK(window.file()->isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
}
