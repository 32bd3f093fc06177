// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QUuid>

namespace pc {

enum class ThemeKind { Core, Focus };

/// A line of enquiry under a theme.
struct KeyQuestion
{
    QUuid id;
    QUuid themeId;
    QString text;
    double position = 0;

    friend bool operator==(const KeyQuestion&, const KeyQuestion&) = default;
};

/// A theme of the scope: a programme's core element or one of the council's focus areas.
struct Theme
{
    QUuid id;
    QString title;
    ThemeKind kind = ThemeKind::Core;
    QString templateKey; // the programme template's key for a core element, empty for focus areas
    QString description;
    double position = 0;
    QList<KeyQuestion> questions; // filled by ScopeRepository::themes()

    friend bool operator==(const Theme&, const Theme&) = default;
};

} // namespace pc
