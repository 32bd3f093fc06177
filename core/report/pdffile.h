// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace pc::report {

/// The look every PDF here shares: the resolution it is laid out at and its colours.
namespace pdf {

inline constexpr int dpi = 300;

/// Millimetres and points in device pixels at `dpi`.
inline qreal mm(qreal millimetres)
{
    return millimetres * dpi / 25.4;
}

inline qreal points(qreal value)
{
    return value * dpi / 72.0;
}

inline const QColor ink{0x1f, 0x29, 0x33};
inline const QColor muted{0x5f, 0x6b, 0x76};
inline const QColor accent{0x1d, 0x4e, 0x89};
inline const QColor accentDeep{0x14, 0x38, 0x63};
inline const QColor accentPale{0xc9, 0xd8, 0xea};
inline const QColor band{0xec, 0xf1, 0xf7};
inline const QColor hairline{0xd3, 0xd9, 0xe0};
inline const QColor warning{0xa3, 0x1d, 0x1d};

} // namespace pdf

/// The one way a PDF is written: refuses without a QGuiApplication (Qt's font database would
/// abort the process), gives `paint` a QPdfWriter at `dpi` with the page layout, title and creator
/// set, and writes through a QSaveFile, so an exception out of `paint` (an error, or Cancelled)
/// leaves nothing at `path`. `what` names the document in the error: "the report".
void writePdfFile(const QString& path, const QString& what, const QPageLayout& layout, int dpi,
                  const QString& title, const std::function<void(QPdfWriter&)>& paint);

} // namespace pc::report
