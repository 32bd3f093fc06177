// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QColor>

namespace pc::ui {

/// A checkable tag drawn as a rounded chip, with an optional key badge ("3" for Alt+3). It never
/// takes the focus, so clicking it leaves the cursor where the user is typing. Colours come from
/// the palette, or an accent for the checked state (a strength green, a concern orange).
class ChipButton : public QAbstractButton
{
    Q_OBJECT

public:
    explicit ChipButton(const QString& text, QWidget* parent = nullptr);

    void setBadge(const QString& badge);
    [[nodiscard]] QString badge() const { return m_badge; }
    /// The fill of the checked chip; invalid: the palette's highlight.
    void setAccent(const QColor& accent);
    /// The widest the chip grows before its text is elided (the tooltip holds the whole).
    void setMaximumTextWidth(int pixels);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] int badgeWidth() const;

    QString m_badge;
    QColor m_accent;
    int m_maxTextWidth = 0;
};

} // namespace pc::ui
