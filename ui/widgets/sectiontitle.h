// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QLabel;
class QString;
class QWidget;

namespace pc::ui {

/// The heading of a section of a page, in the one style every page uses.
[[nodiscard]] QLabel* sectionTitle(const QString& text, QWidget* parent);

} // namespace pc::ui
