// SPDX-License-Identifier: GPL-3.0-or-later
#include "chipbutton.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOption>

namespace pc::ui {

namespace {

constexpr int hPad = 10;
constexpr int vPad = 4;
constexpr int gap = 6;

QColor mix(const QColor& a, const QColor& b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

ChipButton::ChipButton(const QString& text, QWidget* parent)
    : QAbstractButton(parent)
{
    setText(text);
    setCheckable(true);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAttribute(Qt::WA_Hover);
}

void ChipButton::setBadge(const QString& badge)
{
    m_badge = badge;
    updateGeometry();
    update();
}

void ChipButton::setAccent(const QColor& accent)
{
    m_accent = accent;
    update();
}

void ChipButton::setMaximumTextWidth(int pixels)
{
    m_maxTextWidth = pixels;
    updateGeometry();
}

int ChipButton::badgeWidth() const
{
    if (m_badge.isEmpty())
        return 0;
    return std::max(fontMetrics().height(), fontMetrics().horizontalAdvance(m_badge) + 8);
}

QSize ChipButton::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    int textWidth = fm.horizontalAdvance(text());
    if (m_maxTextWidth > 0)
        textWidth = std::min(textWidth, m_maxTextWidth);
    const int badge = badgeWidth();
    return {2 * hPad + textWidth + (badge > 0 ? badge + gap : 0), fm.height() + 2 * vPad + 2};
}

QSize ChipButton::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int badge = badgeWidth();
    return {2 * hPad + fm.horizontalAdvance(QStringLiteral("Mmmm\u2026")) + (badge > 0 ? badge + gap : 0),
            sizeHint().height()};
}

void ChipButton::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const bool on = isChecked();
    const bool enabled = isEnabled();
    const QColor accent = m_accent.isValid() ? m_accent : pal.color(QPalette::Highlight);
    QColor fill = on ? accent : pal.color(QPalette::Base);
    if (!on && enabled && (underMouse() || isDown()))
        fill = mix(fill, accent, 0.12);
    if (!enabled)
        fill = mix(fill, pal.color(QPalette::Window), 0.6);
    const QColor border =
        on ? accent.darker(115) : mix(pal.color(QPalette::Mid), pal.color(QPalette::Base), 0.2);
    const QColor ink =
        on ? QColor(Qt::white) : pal.color(enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);

    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    p.setPen(QPen(border, 1));
    p.setBrush(fill);
    p.drawRoundedRect(box, radius, radius);

    int x = hPad;
    const QFontMetrics fm = fontMetrics();
    if (!m_badge.isEmpty()) {
        const int size = fm.height() - 2;
        const QRectF badge(x - 4, (height() - size) / 2.0, badgeWidth() - 2, size);
        p.setPen(Qt::NoPen);
        p.setBrush(on ? QColor(255, 255, 255, 60)
                      : mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.12));
        p.drawRoundedRect(badge, size / 2.0, size / 2.0);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        small.setWeight(QFont::DemiBold);
        p.setFont(small);
        p.setPen(ink);
        p.drawText(badge, Qt::AlignCenter, m_badge);
        p.setFont(font());
        x += badgeWidth() + gap - 4;
    }
    p.setPen(ink);
    const QRect textRect(x, 0, width() - x - hPad, height());
    p.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(text(), Qt::ElideRight, textRect.width()));
}

} // namespace pc::ui
