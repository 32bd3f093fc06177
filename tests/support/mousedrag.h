// SPDX-License-Identifier: GPL-3.0-or-later
// Mouse drags as a hand makes them, for widgets that do their own mouse handling (QTest has
// press, move and release, but its moves do not say that a button is held).
#pragma once

#include <QApplication>
#include <QMouseEvent>
#include <QTest>
#include <QWidget>

namespace pc::test {

/// A move with the left button held, which a drag needs in QMouseEvent::buttons().
inline void moveHeld(QWidget* widget, const QPoint& pos)
{
    QMouseEvent event(QEvent::MouseMove, pos, widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/// Presses at `from`, moves in steps as a hand does, and stays pressed at `to`.
inline void pressAndMove(QWidget* widget, const QPoint& from, const QPoint& to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        moveHeld(widget, from + (to - from) * step / 4);
}

inline void drag(QWidget* widget, const QPoint& from, const QPoint& to)
{
    pressAndMove(widget, from, to);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace pc::test
