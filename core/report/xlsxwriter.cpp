// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan as an Excel workbook, through libxlsxwriter. libxlsxwriter writes only to a
// named file, so the workbook goes to a temporary file beside the target and is then committed
// over it with QSaveFile: a failed export never leaves a partial file, and the previous one stays.
#include "spreadsheet.h"

#include "common/error.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace pc::report {

namespace {

constexpr int titleRow = 0;
constexpr int subtitleRow = 1;
constexpr int headerRow = 3;
constexpr int firstDataRow = 4;
constexpr double defaultWidth = 15;
constexpr double maxWidth = 255; // Excel's limit
constexpr qsizetype maxSheetName = LXW_SHEETNAME_MAX;

constexpr lxw_color_t muted = 0x5F6B76;
constexpr lxw_color_t band = 0xDCE6F2;
constexpr lxw_color_t hairline = 0x7F8C99;

enum class Rag { None, Red, Amber, Green };

struct RagColours
{
    lxw_color_t fill;
    lxw_color_t text;
};

// Excel's own "Light Red Fill with Dark Red Text" and its amber and green siblings.
RagColours ragColours(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return {0xFFC7CE, 0x9C0006};
    case Rag::Amber:
        return {0xFFEB9C, 0x9C5700};
    case Rag::Green:
    case Rag::None:
        break;
    }
    return {0xC6EFCE, 0x006100};
}

Rag ragOf(const QVariant& value)
{
    if (value.typeId() != QMetaType::QString)
        return Rag::None;
    const QString text = value.toString().trimmed();
    if (text.compare(u"red", Qt::CaseInsensitive) == 0)
        return Rag::Red;
    if (text.compare(u"amber", Qt::CaseInsensitive) == 0)
        return Rag::Amber;
    if (text.compare(u"green", Qt::CaseInsensitive) == 0)
        return Rag::Green;
    return Rag::None;
}

/// Drops what XML 1.0 cannot hold (control characters other than tab and line feed, U+FFFE,
/// U+FFFF, unpaired surrogates); carriage returns become line feeds.
QString xmlSafe(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n')
                out += u'\n';
        } else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if ((c.unicode() >= 0x20 || c == u'\t' || c == u'\n') && !c.isSurrogate()
                   && c.unicode() != 0xFFFE && c.unicode() != 0xFFFF) {
            out += c;
        }
    }
    return out;
}

QByteArray utf8(const QString& text)
{
    return xmlSafe(text).toUtf8();
}

/// A name Excel accepts on a tab: at most 31 characters, none of []:*?/\, no apostrophe at
/// either end, not empty.
QString sheetNameFor(const QString& wanted)
{
    QString name = xmlSafe(wanted).simplified();
    for (QChar& c : name) {
        if (QStringView(u"[]:*?/\\").contains(c))
            c = u'-';
    }
    if (name.size() > maxSheetName)
        name.truncate(name.at(maxSheetName - 1).isHighSurrogate() ? maxSheetName - 1 : maxSheetName);
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.trimmed();
    return name.isEmpty() ? QStringLiteral("Sheet1") : name;
}

QByteArray fileNameBytes(const QString& path)
{
#ifdef Q_OS_WIN
    return path.toUtf8(); // libxlsxwriter widens UTF-8 names itself on Windows
#else
    return QFile::encodeName(path);
#endif
}

[[noreturn]] void fail(const QString& path, QString reason)
{
    if (!reason.endsWith(u'.')) // lxw_strerror's sentences end in one, Qt's error strings do not
        reason += u'.';
    throw Error(
        ErrorKind::Io,
        QObject::tr("Could not write the spreadsheet %1: %2").arg(QDir::toNativeSeparators(path), reason));
}

void check(lxw_error error, const QString& path)
{
    if (error != LXW_NO_ERROR)
        fail(path, QString::fromUtf8(lxw_strerror(error)));
}

struct WorkbookFree
{
    void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

/// Fills one worksheet. The workbook owns every format made here.
class SheetWriter
{
public:
    SheetWriter(lxw_workbook* workbook, const QString& path, const Spreadsheet& sheet)
        : m_workbook(workbook)
        , m_path(path)
        , m_sheet(sheet)
    {
        m_columns = int(sheet.header.size());
        for (const QList<QVariant>& row : sheet.rows)
            m_columns = std::max(m_columns, int(row.size()));
    }

    void write()
    {
        const QByteArray name = utf8(sheetNameFor(m_sheet.sheetName));
        check(workbook_validate_sheet_name(m_workbook, name.constData()), m_path);
        m_worksheet = workbook_add_worksheet(m_workbook, name.constData());
        if (!m_worksheet)
            check(LXW_ERROR_MEMORY_MALLOC_FAILED, m_path);
        titleRows();
        header();
        for (qsizetype r = 0; r < m_sheet.rows.size(); ++r) {
            const QList<QVariant>& row = m_sheet.rows.at(r);
            for (qsizetype c = 0; c < row.size(); ++c)
                cell(lxw_row_t(firstDataRow + r), lxw_col_t(c), row.at(c));
        }
        layout();
    }

private:
    lxw_format* newFormat()
    {
        lxw_format* format = workbook_add_format(m_workbook);
        if (!format)
            check(LXW_ERROR_MEMORY_MALLOC_FAILED, m_path);
        return format;
    }

    /// One format per combination a data cell can need, made on first use.
    lxw_format* dataFormat(bool wrap, bool date, Rag rag)
    {
        const int key = int(wrap) | (int(date) << 1) | (int(rag) << 2);
        if (lxw_format* known = m_dataFormats.value(key))
            return known;
        lxw_format* format = newFormat();
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        if (wrap)
            format_set_text_wrap(format);
        if (date)
            format_set_num_format(format, "d mmm yyyy");
        if (rag != Rag::None) {
            const RagColours colours = ragColours(rag);
            format_set_pattern(format, LXW_PATTERN_SOLID);
            format_set_bg_color(format, colours.fill);
            format_set_font_color(format, colours.text);
        }
        m_dataFormats.insert(key, format);
        return format;
    }

    void text(lxw_row_t row, lxw_col_t column, const QString& value, lxw_format* format)
    {
        // Always a string cell: "=SUM(A1)" typed into a finding stays text, never a formula.
        check(worksheet_write_string(m_worksheet, row, column, utf8(value).constData(), format), m_path);
    }

    void titleRows()
    {
        lxw_format* title = newFormat();
        format_set_bold(title);
        format_set_font_size(title, 14);
        text(titleRow, 0, m_sheet.title, title);
        lxw_format* subtitle = newFormat();
        format_set_font_color(subtitle, muted);
        text(subtitleRow, 0, m_sheet.subtitle, subtitle);
    }

    void header()
    {
        lxw_format* format = newFormat();
        format_set_bold(format);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, band);
        format_set_bottom(format, LXW_BORDER_THIN);
        format_set_bottom_color(format, hairline);
        for (qsizetype c = 0; c < m_sheet.header.size(); ++c)
            text(headerRow, lxw_col_t(c), m_sheet.header.at(c), format);
    }

    void cell(lxw_row_t row, lxw_col_t column, const QVariant& value)
    {
        const bool wrap = m_sheet.wrapColumns.contains(int(column));
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            return;
        case QMetaType::QDate: {
            const QDate date = value.toDate();
            if (!date.isValid())
                return;
            if (date.year() < 1900 || date.year() > 9999) { // outside Excel's calendar
                text(row, column, date.toString(u"d MMM yyyy"), dataFormat(wrap, false, Rag::None));
                return;
            }
            lxw_datetime datetime = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            check(worksheet_write_datetime(m_worksheet, row, column, &datetime,
                                           dataFormat(wrap, true, Rag::None)),
                  m_path);
            return;
        }
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Float: {
            const double number = value.toDouble();
            if (!std::isfinite(number)) // Excel has no NaN or infinity
                return;
            check(
                worksheet_write_number(m_worksheet, row, column, number, dataFormat(wrap, false, Rag::None)),
                m_path);
            return;
        }
        default:
            break;
        }
        const Rag rag = int(column) == m_sheet.ragColumn ? ragOf(value) : Rag::None;
        text(row, column, value.toString(), dataFormat(wrap, false, rag));
    }

    /// Widths, frozen header, filter and the printed page.
    void layout()
    {
        for (int c = 0; c < m_columns; ++c) {
            double width = c < m_sheet.widths.size() ? m_sheet.widths.at(c) : defaultWidth;
            if (!std::isfinite(width) || width <= 0)
                width = defaultWidth;
            check(worksheet_set_column(m_worksheet, lxw_col_t(c), lxw_col_t(c), std::min(width, maxWidth),
                                       nullptr),
                  m_path);
        }
        worksheet_freeze_panes(m_worksheet, firstDataRow, 0);
        if (m_columns > 0) {
            const auto lastRow = lxw_row_t(headerRow + m_sheet.rows.size());
            check(worksheet_autofilter(m_worksheet, headerRow, 0, lastRow, lxw_col_t(m_columns - 1)), m_path);
        }
        worksheet_set_landscape(m_worksheet);
        worksheet_fit_to_pages(m_worksheet, 1, 0);
        check(worksheet_repeat_rows(m_worksheet, headerRow, headerRow), m_path);
    }

    lxw_workbook* m_workbook;
    const QString& m_path;
    const Spreadsheet& m_sheet;
    lxw_worksheet* m_worksheet = nullptr;
    int m_columns = 0;
    QHash<int, lxw_format*> m_dataFormats;
};

/// Writes the whole workbook to `file` (an existing, closed temporary file).
void writeWorkbook(const QString& file, const QString& path, const Spreadsheet& sheet)
{
    const QByteArray fileName = fileNameBytes(file);
    std::unique_ptr<lxw_workbook, WorkbookFree> workbook(workbook_new(fileName.constData()));
    if (!workbook)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED, path);

    QByteArray title = utf8(sheet.title);
    lxw_doc_properties properties = {};
    properties.title = title.data();
    check(workbook_set_properties(workbook.get(), &properties), path);

    SheetWriter(workbook.get(), path, sheet).write();
    // workbook_close frees the workbook whatever it returns.
    check(workbook_close(workbook.release()), path);
}

} // namespace

void writeXlsx(const QString& path, const Spreadsheet& sheet)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(
        target.absoluteDir().filePath(u'.' + target.fileName() + QStringLiteral(".XXXXXX")));
    if (!temporary.open())
        fail(path, temporary.errorString());
    temporary.close(); // libxlsxwriter opens it by name; the object still removes it at the end

    writeWorkbook(temporary.fileName(), path, sheet);

    QFile written(temporary.fileName());
    if (!written.open(QIODevice::ReadOnly))
        fail(path, written.errorString());
    const QByteArray bytes = written.readAll();
    written.close();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        fail(path, file.errorString());
}

} // namespace pc::report
