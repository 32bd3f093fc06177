// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pc {

/// The words of a title or an expertise tag that say what it is about: lower case, four letters
/// or more, without the words any title shares ("services", "council", "strategy", "management").
[[nodiscard]] QStringList subjectWords(const QString& text);

/// Whether any expertise tag speaks to a theme: a tag and the theme's title share a subject word,
/// compared on their first six letters so that "homeless" meets "homelessness" and "regenerating"
/// meets "regeneration". A heuristic, stated in the check's message, never a hard rule.
[[nodiscard]] bool expertiseCovers(const QStringList& tags, const QString& themeTitle);

} // namespace pc
