// SPDX-License-Identifier: GPL-3.0-or-later
// Scope checks: DOMAIN.md "Implications" > Validations > Scope.
#include "checkfamilies.h"

#include <QObject>

#include <algorithm>

namespace pc {

namespace {

const QString themesId = QStringLiteral("scope.themes");
const QString focusAreasId = QStringLiteral("scope.focus-areas");

constexpr qsizetype usualMaxFocusAreas = 3;

QList<Problem> themes(const CheckInput& input)
{
    if (!input.themes.isEmpty())
        return {};
    return {{themesId, Severity::Blocking, Stage::Scope, QObject::tr("Add the themes of the scope."), {}}};
}

QList<Problem> focusAreas(const CheckInput& input)
{
    const qsizetype count = std::count_if(input.themes.cbegin(), input.themes.cend(),
                                          [](const Theme& theme) { return theme.kind == ThemeKind::Focus; });
    if (count <= usualMaxFocusAreas)
        return {};
    return {{focusAreasId,
             Severity::Advice,
             Stage::Scope,
             QObject::tr("The scope has %1 local focus areas, more than the usual %2: consider merging or "
                         "dropping some so that the team can cover each one.")
                 .arg(count)
                 .arg(usualMaxFocusAreas),
             {}}};
}

} // namespace

QList<CheckDef> scopeChecks()
{
    return {
        {themesId, Stage::Scope, QObject::tr("The scope has themes"), themes},
        {focusAreasId, Stage::Scope, QObject::tr("At most 3 local focus areas"), focusAreas},
    };
}

} // namespace pc
