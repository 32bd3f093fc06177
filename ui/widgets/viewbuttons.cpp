// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewbuttons.h"

#include <QBoxLayout>
#include <QButtonGroup>
#include <QToolButton>

namespace pc::ui {

void addViewButton(QButtonGroup& group, QBoxLayout& layout, int id, const QString& text,
                   const char* objectName, const QString& toolTip)
{
    auto* button = new QToolButton(layout.parentWidget());
    button->setText(text);
    button->setObjectName(QLatin1String(objectName));
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(false);
    group.addButton(button, id);
    layout.addWidget(button);
}

} // namespace pc::ui
