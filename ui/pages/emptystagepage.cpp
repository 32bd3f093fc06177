// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystagepage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pc::ui {

EmptyStagePage::EmptyStagePage(const QString& title, const QString& explanation, QWidget* parent)
    : Page(parent)
    , m_explanation(explanation)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    m_title = new QLabel(title, this);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(explanation, this);
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    // A fixed width lets the wrapped text report its true height (a word-wrapped label with a
    // flexible width in a centring layout is given one line's height and clipped).
    m_text->setFixedWidth(m_text->fontMetrics().averageCharWidth() * 60);
    m_text->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Minimum);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void EmptyStagePage::setSession(EngagementSession* session)
{
    Q_UNUSED(session);
}

} // namespace pc::ui
