// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoengagement.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"

#include <QTest>

#include <memory>

namespace pc::test {

/// The main window, shown, on a fresh small demo engagement, with settings and dialogs of the
/// test's own, showing one stage's page. GUI tests build their fixtures on it.
struct DemoWindow
{
    explicit DemoWindow(int stage = 0)
        : settings(folder.path(QStringLiteral("settings.ini")))
        , path(folder.path(QStringLiteral("demo.peerchallenge")))
    {
        createDemoEngagement(path, device.installation, 1).reset();
        window = std::make_unique<ui::MainWindow>(device.installation, prompter, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openFile(path));
        window->showStage(stage);
    }

    /// The widget (or action) with this object name; the test fails when there is none.
    template <typename T>
    T* find(const QString& name) const
    {
        T* widget = window->findChild<T*>(name);
        REQUIRE(widget);
        return widget;
    }

    TempFolder folder;
    TestDevice device;
    ScriptedPrompter prompter;
    ui::AppSettings settings;
    QString path;
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace pc::test
