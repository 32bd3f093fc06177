// SPDX-License-Identifier: GPL-3.0-or-later
// What can be exported from an engagement's reports, in which formats, and the one place that
// sends a built document to its writer. The app and the CLI both come through here.
#pragma once

#include "report/reportdocument.h"
#include "report/slidedeck.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace pc {

class Clock;
class RecordStore;

namespace report {

enum class Product { Report, Slides, Briefing, ActionPlan, ProgressReview };
enum class Format { Pdf, Docx, Odt, Html, Markdown, Csv, Xlsx };

/// "report", "slides", "briefing", "action-plan", "progress-review": the CLI's --what.
[[nodiscard]] QString productKey(Product product);
[[nodiscard]] std::optional<Product> productFromKey(const QString& key);
/// "pdf", "docx", "odt", "html", "md", "csv", "xlsx": the CLI's --format and the file suffix.
[[nodiscard]] QString formatKey(Format format);
[[nodiscard]] std::optional<Format> formatFromKey(const QString& key);
/// "PDF", "Word (DOCX)", "OpenDocument (ODT)", "Web page (HTML)", "Markdown".
[[nodiscard]] QString formatLabel(Format format);
/// The formats a product comes in: slides only as a PDF, the action plan as CSV, XLSX or PDF,
/// documents in the five document formats.
[[nodiscard]] QList<Format> formatsOf(Product product);

/// A document written in a format (text formats through QSaveFile too). Throws pc::Error(Io) when
/// the file cannot be written, Error(Cancelled) when progress says stop; either way no file.
void writeDocument(const Document& document, Format format, const QString& path,
                   const Progress& progress = {});

/// Builds a product from the file and writes it: the whole export, from one read of the file.
/// A format the product does not come in: Error(InvalidInput).
void exportProduct(RecordStore& records, Product product, Format format, const QString& path,
                   const QDateTime& now, const Progress& progress = {});

/// The same from the file at `enginePath`, opened read-only on a connection of its own (and with an
/// installation of its own, so nothing of the caller's is shared): what a worker thread runs while
/// the window keeps the file open for writing.
void exportFromFile(const QString& enginePath, const Clock& clock, Product product, Format format,
                    const QString& path, const QDateTime& now, const Progress& progress = {});

} // namespace report
} // namespace pc
