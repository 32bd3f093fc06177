// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QButtonGroup;
class QBoxLayout;

namespace pc::ui {

/// Adds one button of a page's view switcher (Timetable / List / Now, Findings / Recommendations /
/// Huddle): checkable, in the exclusive `group` under `id`, laid out in `layout`. The text carries
/// the Alt mnemonic, which the tooltip repeats.
void addViewButton(QButtonGroup& group, QBoxLayout& layout, int id, const QString& text,
                   const char* objectName, const QString& toolTip);

} // namespace pc::ui
