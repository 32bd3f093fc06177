// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a written PDF back with poppler-utils (pdfinfo, pdftotext, pdffonts) in the report tests.
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QSizeF>
#include <QStringList>

#include <catch2/catch.hpp>

namespace pc::test::pdf {

/// A tool's standard output; fails the test when it does not run cleanly.
inline QString run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(program.toStdString() << ": " << process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

/// One field of pdfinfo ("Pages", "Title", "Page size").
inline QString info(const QString& file, const QString& field)
{
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^%1:\\s+(.*)$").arg(QRegularExpression::escape(field)),
                           QRegularExpression::MultilineOption)
            .match(run(QStringLiteral("pdfinfo"), {file}));
    REQUIRE(match.hasMatch());
    return match.captured(1).trimmed();
}

inline int pageCount(const QString& file)
{
    return info(file, QStringLiteral("Pages")).toInt();
}

/// The first page's size in points.
inline QSizeF pageSize(const QString& file)
{
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^([\\d.]+) x ([\\d.]+) pts"))
                                              .match(info(file, QStringLiteral("Page size")));
    REQUIRE(match.hasMatch());
    return {match.captured(1).toDouble(), match.captured(2).toDouble()};
}

/// The text of each page, laid out as printed.
inline QStringList pageTexts(const QString& file)
{
    QStringList pages =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")}).split(u'\f');
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/// A page's non-blank lines, trimmed.
inline QStringList lines(const QString& page)
{
    QStringList result;
    for (const QString& line : page.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result.append(line.trimmed());
    }
    return result;
}

/// The names of the fonts pdffonts lists, each with whether it is embedded.
inline QList<std::pair<QString, bool>> fonts(const QString& file)
{
    QList<std::pair<QString, bool>> result;
    const QStringList rows = run(QStringLiteral("pdffonts"), {file}).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < rows.size(); ++i) { // after the heading and the dashes
        const QStringList columns = rows.at(i).split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 5);
        result.append({columns.constFirst(), columns.at(columns.size() - 5) == u"yes"});
    }
    return result;
}

/// A word as pdftotext -bbox places it, in points, with its page (from 1).
struct Word
{
    int page = 0;
    QString text;
    qreal height = 0;
};

inline QList<Word> words(const QString& file)
{
    QList<Word> result;
    const QString html =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), file, QStringLiteral("-")});
    const QRegularExpression tag(QStringLiteral("<page |<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" "
                                                "xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    int page = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(0).startsWith(QStringLiteral("<page")))
            ++page;
        else
            result.append(
                {page, match.captured(3), match.captured(2).toDouble() - match.captured(1).toDouble()});
    }
    return result;
}

} // namespace pc::test::pdf
