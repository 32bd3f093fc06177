// SPDX-License-Identifier: GPL-3.0-or-later
// Acting on popup menus and modal dialogs, which run their own event loop: the test arranges what
// to do before the click that opens them.
#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace pc::test {

/// Runs `act` on the popup menu or modal dialog of type T as soon as it is up. A dialog must also
/// be the active window: until it is, key events reach the shortcuts of the window behind it
/// (Enter there could open a second dialog), so the act waits for the activation.
template <typename T>
void whenOpen(std::function<T*()> find, std::function<void(T*)> act)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, find, act] {
        T* widget = find();
        if (!widget || !widget->isVisible())
            return;
        if (widget->windowType() != Qt::Popup && !widget->isActiveWindow()) {
            widget->activateWindow();
            return;
        }
        timer->stop();
        timer->deleteLater();
        act(widget);
    });
    timer->start(20);
}

/// Runs `act` on the modal dialog of type T that the next step opens.
template <typename T>
void whenDialogOpen(std::function<void(T*)> act)
{
    whenOpen<T>([] { return qobject_cast<T*>(QApplication::activeModalWidget()); }, std::move(act));
}

/// Clicks the action with this object name in the next popup menu that opens.
inline void chooseInMenuWhenOpen(const QString& actionName)
{
    whenOpen<QMenu>([] { return qobject_cast<QMenu*>(QApplication::activePopupWidget()); },
                    [actionName](QMenu* menu) {
                        auto* action = menu->findChild<QAction*>(actionName);
                        REQUIRE(action);
                        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
                    });
}

} // namespace pc::test
