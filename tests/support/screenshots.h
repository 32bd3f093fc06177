// SPDX-License-Identifier: GPL-3.0-or-later
// What the hidden "[.screenshots]" cases share: the dark palette they check the pages against.
#pragma once

#include <QColor>
#include <QPalette>

namespace pc::test {

/// A dark palette for Fusion, close to the dark themes of Windows and KDE, with disabled colours
/// set so that a disabled control looks disabled, and a light enough Window/Mid that Fusion's
/// check-box outlines stay visible.
inline QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x3a));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x41));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6));
    p.setColor(QPalette::Mid, QColor(0x60, 0x63, 0x6a));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x8e, 0x96)); // Fusion's check-box and frame outlines
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7d, 0x84));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0x26, 0x27, 0x2b));
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x32, 0x36));
    return p;
}

} // namespace pc::test
