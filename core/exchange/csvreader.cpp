// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "common/error.h"
#include "csvdecode.h"

#include <QDir>
#include <QFile>
#include <QObject>

#include <algorithm>

namespace pc::csv {

namespace {

constexpr QChar quote = u'"';

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const QString& field) { return field.isEmpty(); });
}

/// One pass over the text. Tracks the physical line so that every record and every error can be
/// named by it; a CRLF counts as one line end.
class Parser
{
public:
    Parser(const QString& text, QChar separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    CsvTable run();

private:
    QStringList readRecord();
    QString readField();
    QString readPlain();
    QString readQuoted();
    void skipSpaces();
    void skipLineEnd();
    [[nodiscard]] bool atEnd() const { return m_pos >= m_text.size(); }
    [[nodiscard]] QChar current() const { return m_text.at(m_pos); }
    [[noreturn]] static void refuse(int line, const QString& what);

    const QString& m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
};

CsvTable Parser::run()
{
    CsvTable table;
    bool haveHeader = false;
    while (!atEnd()) {
        const int line = m_line;
        QStringList fields = readRecord();
        if (isBlank(fields))
            continue;
        if (!haveHeader) {
            for (QString& name : fields)
                name = name.trimmed();
            table.header = fields;
            table.headerLine = line;
            haveHeader = true;
        } else {
            table.rows.append(fields);
            table.lines.append(line);
        }
    }
    return table;
}

QStringList Parser::readRecord()
{
    QStringList fields;
    for (;;) {
        fields.append(readField());
        if (atEnd())
            break;
        if (current() != m_separator) { // readField stops only at a separator or a line end
            skipLineEnd();
            break;
        }
        ++m_pos;
    }
    return fields;
}

QString Parser::readField()
{
    const qsizetype start = m_pos;
    skipSpaces();
    if (!atEnd() && current() == quote) {
        ++m_pos;
        return readQuoted();
    }
    m_pos = start;
    return readPlain();
}

QString Parser::readPlain()
{
    const qsizetype start = m_pos;
    while (!atEnd()) {
        const QChar c = current();
        if (c == m_separator || isLineEnd(c))
            break;
        if (c == quote)
            refuse(m_line, QObject::tr("a quote appears inside a field that does not start with one; put the "
                                       "whole field in quotes and double the quotes inside it."));
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}

QString Parser::readQuoted()
{
    const int startLine = m_line;
    QString value;
    for (;;) {
        if (atEnd())
            refuse(startLine, QObject::tr("a quoted field is not closed."));
        const QChar c = current();
        if (c == quote) {
            ++m_pos;
            if (atEnd() || current() != quote)
                break;
            value.append(quote);
            ++m_pos;
        } else if (isLineEnd(c)) {
            skipLineEnd();
            value.append(u'\n');
        } else {
            value.append(c);
            ++m_pos;
        }
    }
    skipSpaces();
    if (!atEnd() && current() != m_separator && !isLineEnd(current()))
        refuse(m_line, QObject::tr("there is text after the closing quote of a field."));
    return value;
}

void Parser::skipSpaces()
{
    while (!atEnd() && current() == u' ' && m_separator != u' ')
        ++m_pos;
}

void Parser::skipLineEnd()
{
    if (current() == u'\r' && m_pos + 1 < m_text.size() && m_text.at(m_pos + 1) == u'\n')
        ++m_pos;
    ++m_pos;
    ++m_line;
}

void Parser::refuse(int line, const QString& what)
{
    throw Error(ErrorKind::InvalidInput, QObject::tr("Line %1: %2").arg(line).arg(what));
}

QString firstLineOf(const QString& text)
{
    const auto end = std::find_if(text.cbegin(), text.cend(), isLineEnd);
    return QString(text.cbegin(), end - text.cbegin());
}

} // namespace

CsvTable parse(const QString& text, QChar separator)
{
    return Parser(text, separator).run();
}

QChar detectSeparator(const QString& firstLine)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : firstLine) {
        if (c == quote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == u',')
            ++comma;
        else if (c == u';')
            ++semicolon;
        else if (c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

CsvTable readFile(const QString& path, const QString& what)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io, QObject::tr("Could not read %1: %2.").arg(shown, file.errorString()));
    if (file.size() > maxFileBytes)
        throw Error(ErrorKind::InvalidInput, QObject::tr("%1 is too large to be %2.").arg(shown, what));
    return read(file.readAll());
}

CsvTable read(const QByteArray& bytes)
{
    const QString text = decodeText(bytes);
    return parse(text, detectSeparator(firstLineOf(text)));
}

QList<QStringList> preview(const CsvTable& table, int rows)
{
    const qsizetype width = table.header.size();
    const qsizetype count = std::clamp<qsizetype>(rows, 0, table.rows.size());
    QList<QStringList> shown;
    shown.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        QStringList row = table.rows.at(i).mid(0, width);
        while (row.size() < width)
            row.append(QString());
        shown.append(row);
    }
    return shown;
}

} // namespace pc::csv
