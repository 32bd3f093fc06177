// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>

#include <functional>

class QPdfWriter;

namespace pc::report {

/// The one way a PDF is written: refuses without a QGuiApplication (Qt's font database would
/// abort the process), gives `paint` a QPdfWriter at `dpi` with the page layout, title and creator
/// set, and writes through a QSaveFile, so an exception out of `paint` (an error, or Cancelled)
/// leaves nothing at `path`. `what` names the document in the error: "the report".
void writePdfFile(const QString& path, const QString& what, const QPageLayout& layout, int dpi,
                  const QString& title, const std::function<void(QPdfWriter&)>& paint);

} // namespace pc::report
