// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/demoengagement.h"
#include "storage/engagementfile.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"

#include <QTest>

#include <memory>

namespace pc::test {

/// The main window, shown, on a fresh small demo engagement, with settings and dialogs of the
/// test's own, showing one stage's page. GUI tests build their fixtures on it.
struct DemoWindow
{
    /// HeldElsewhere keeps the file open for writing, as another laptop would, so the window
    /// opens it read-only (the prompter accepts the offer).
    enum class Access { Writable, HeldElsewhere };

    explicit DemoWindow(int stage = 0, Access access = Access::Writable)
        : settings(folder.path(QStringLiteral("settings.ini")))
        , path(folder.path(QStringLiteral("demo.peerchallenge")))
    {
        holder = createDemoEngagement(path, device.installation, 1);
        if (access == Access::Writable)
            holder.reset();
        else
            prompter.answer = true; // open it read-only
        window = std::make_unique<ui::MainWindow>(device.installation, prompter, settings);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openFile(path));
        REQUIRE(window->session()->isReadOnly() == (access == Access::HeldElsewhere));
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
    std::unique_ptr<EngagementFile> holder; // the other writer, with HeldElsewhere
    std::unique_ptr<ui::MainWindow> window;
};

} // namespace pc::test
