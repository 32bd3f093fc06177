// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include "common/error.h"
#include "common/savefile.h"
#include "common/uuidsource.h"
#include "exchange/actionplancsv.h"
#include "report/briefingpack.h"
#include "report/docxwriter.h"
#include "report/feedbackreport.h"
#include "report/feedbackslides.h"
#include "report/followupreport.h"
#include "report/htmlwriter.h"
#include "report/markdownwriter.h"
#include "report/odtwriter.h"
#include "report/reportpdf.h"
#include "report/slidespdf.h"
#include "storage/engagementfile.h"
#include "storage/installation.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>

namespace pc::report {

namespace {

const QList<std::pair<Format, QString>> formatKeys{
    {Format::Pdf, QStringLiteral("pdf")},     {Format::Docx, QStringLiteral("docx")},
    {Format::Odt, QStringLiteral("odt")},     {Format::Html, QStringLiteral("html")},
    {Format::Markdown, QStringLiteral("md")}, {Format::Csv, QStringLiteral("csv")},
    {Format::Xlsx, QStringLiteral("xlsx")}};

const QList<std::pair<Product, QString>> productKeys{
    {Product::Report, QStringLiteral("report")},
    {Product::Slides, QStringLiteral("slides")},
    {Product::Briefing, QStringLiteral("briefing")},
    {Product::ActionPlan, QStringLiteral("action-plan")},
    {Product::ProgressReview, QStringLiteral("progress-review")}};

} // namespace

QString productKey(Product product)
{
    for (const auto& [p, key] : productKeys) {
        if (p == product)
            return key;
    }
    return {};
}

std::optional<Product> productFromKey(const QString& key)
{
    for (const auto& [p, k] : productKeys) {
        if (k == key)
            return p;
    }
    return std::nullopt;
}

QString formatKey(Format format)
{
    for (const auto& [f, key] : formatKeys) {
        if (f == format)
            return key;
    }
    return {};
}

std::optional<Format> formatFromKey(const QString& key)
{
    for (const auto& [f, k] : formatKeys) {
        if (k == key)
            return f;
    }
    return std::nullopt;
}

QString formatLabel(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QObject::tr("PDF");
    case Format::Docx:
        return QObject::tr("Word (DOCX)");
    case Format::Odt:
        return QObject::tr("OpenDocument (ODT)");
    case Format::Html:
        return QObject::tr("Web page (HTML)");
    case Format::Markdown:
        return QObject::tr("Markdown");
    case Format::Csv:
        return QObject::tr("CSV");
    case Format::Xlsx:
        return QObject::tr("Excel (XLSX)");
    }
    return {};
}

QList<Format> formatsOf(Product product)
{
    if (product == Product::Slides)
        return {Format::Pdf};
    if (product == Product::ActionPlan)
        return {Format::Csv, Format::Xlsx, Format::Pdf};
    return {Format::Pdf, Format::Docx, Format::Odt, Format::Html, Format::Markdown};
}

void writeDocument(const Document& document, Format format, const QString& path, const Progress& progress)
{
    switch (format) {
    case Format::Pdf:
        writeReportPdf(path, document, progress);
        return;
    case Format::Docx:
        writeDocx(path, document, progress);
        return;
    case Format::Odt:
        writeOdt(path, document, progress);
        return;
    case Format::Html:
        saveFile(path, toHtml(document));
        return;
    case Format::Markdown:
        saveFile(path, toMarkdown(document));
        return;
    case Format::Csv:
    case Format::Xlsx:
        break;
    }
    throw Error(ErrorKind::InvalidInput,
                QObject::tr("A document cannot be written as %1.").arg(formatLabel(format)));
}

void exportProduct(RecordStore& records, Product product, Format format, const QString& path,
                   const QDateTime& now, const Progress& progress)
{
    if (!formatsOf(product).contains(format))
        throw Error(
            ErrorKind::InvalidInput,
            QObject::tr("The %1 cannot be written as %2.").arg(productKey(product), formatLabel(format)));
    switch (product) {
    case Product::Report: {
        const FeedbackReportData data = readFeedbackReport(records, now);
        writeDocument(buildFeedbackReport(data, ReportTemplate::forProgramme(data.engagement.programme)),
                      format, path, progress);
        return;
    }
    case Product::Slides:
        writeSlidesPdf(path, buildFeedbackSlides(readFeedbackReport(records, now)), progress);
        return;
    case Product::Briefing:
        writeDocument(buildBriefingPack(readBriefingPack(records)), format, path, progress);
        return;
    case Product::ActionPlan: {
        const FollowUpData data = readFollowUp(records, now);
        if (format == Format::Csv)
            saveFile(path, exchange::actionPlanToCsv(data.actions, data.report.recommendations));
        else if (format == Format::Xlsx)
            writeXlsx(path, buildActionPlanSheet(data));
        else
            writeDocument(buildActionPlanDocument(data), format, path, progress);
        return;
    }
    case Product::ProgressReview:
        writeDocument(buildProgressReviewReport(readFollowUp(records, now)), format, path, progress);
        return;
    }
}

void exportFromFile(const QString& enginePath, const Clock& clock, Product product, Format format,
                    const QString& path, const QDateTime& now, const Progress& progress)
{
    RandomUuidSource ids;
    Installation reader(QUuid::createUuid(), QStringLiteral("report export"), clock, ids);
    OpenOptions options;
    options.readOnly = true;
    options.dailyBackup = false;
    const auto file = EngagementFile::open(enginePath, reader, options);
    exportProduct(file->records(), product, format, path, now, progress);
}

} // namespace pc::report
