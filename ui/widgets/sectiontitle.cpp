// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontitle.h"

#include <QLabel>

namespace pc::ui {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    label->setFont(font);
    return label;
}

} // namespace pc::ui
