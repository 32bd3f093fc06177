// SPDX-License-Identifier: GPL-3.0-or-later
// Not a check: writes screenshots of the main window for a person to look at. Hidden from the
// normal run; `PC_SCREENSHOT_DIR=out QT_SCALE_FACTOR=2 ui_tests "[.screenshots]"` for 200%.
#include "demo/demoengagement.h"
#include "support/screenshots.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/dialogs/newengagementdialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

using namespace pc;
using namespace pc::test;

namespace {

} // namespace

TEST_CASE("Screenshots of the main window", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    TempFolder folder;
    TestDevice device(1, QDateTime::currentDateTimeUtc().toMSecsSinceEpoch());
    const QString path = folder.path(QStringLiteral("northmoor.peerchallenge"));
    createDemoEngagement(path, device.installation, 1).reset();
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : light);
        ScriptedPrompter prompter;
        ui::AppSettings settings(folder.path(QStringLiteral("settings.ini")));
        ui::MainWindow window(device.installation, prompter, settings);
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        for (int stage : {0, 1, 2, 3}) {
            if (stage == 0)
                REQUIRE(window.openFile(path));
            window.showStage(stage);
            QTest::qWait(50);
            const QString name = QStringLiteral("%1/%2-%3-x%4.png")
                                     .arg(out,
                                          stage == 0   ? QStringLiteral("overview")
                                          : stage == 1 ? QStringLiteral("scope")
                                          : stage == 2 ? QStringLiteral("team")
                                                       : QStringLiteral("documents"),
                                          dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                     .arg(window.devicePixelRatio());
            CHECK(window.grab().save(name));
            if (stage == 1) { // the scope agreement and the council's contacts
                auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("scopeTabs"));
                REQUIRE(tabs);
                for (const auto& [tab, suffix] : {std::pair(1, "agreement"), std::pair(2, "contacts")}) {
                    tabs->setCurrentIndex(tab);
                    QTest::qWait(50);
                    CHECK(window.grab().save(QString(name).replace(
                        QStringLiteral("/scope-"), QStringLiteral("/scope-%1-").arg(QLatin1String(suffix)))));
                }
                tabs->setCurrentIndex(0);
            }
            if (stage == 3) { // the document's themes and readers
                auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("documentTabs"));
                REQUIRE(tabs);
                for (const auto& [tab, suffix] : {std::pair(1, "themes"), std::pair(2, "readers")}) {
                    tabs->setCurrentIndex(tab);
                    QTest::qWait(50);
                    CHECK(window.grab().save(
                        QString(name).replace(QStringLiteral("/documents-"),
                                              QStringLiteral("/documents-%1-").arg(QLatin1String(suffix)))));
                }
                tabs->setCurrentIndex(0);
            }
            if (stage == 2) { // the member's interests and availability
                auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("memberTabs"));
                REQUIRE(tabs);
                tabs->setCurrentIndex(1);
                QTest::qWait(50);
                CHECK(window.grab().save(
                    QString(name).replace(QStringLiteral("/team-"), QStringLiteral("/team-interests-"))));
                tabs->setCurrentIndex(0);
            }
        }
        ui::NewEngagementDialog dialog(&window);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        CHECK(dialog.grab().save(QStringLiteral("%1/new-%2-x%3.png")
                                     .arg(out, dark ? QStringLiteral("dark") : QStringLiteral("light"))
                                     .arg(dialog.devicePixelRatio())));
    }
}
