// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a PDF (core/report/reportpdf), read back with poppler's pdftotext, pdfinfo, pdffonts.
#include "report/reportpdf.h"

#include "common/error.h"
#include "report/pdftext.h"
#include "report/sampledocument.h"
#include "support/testsupport.h"

#include <QDir>
#include <QRegularExpression>

using namespace pc;
using namespace Qt::StringLiterals;
using report::Block;
using report::Document;
using report::heading;
using report::headingText;
using report::paragraph;
using report::table;
using report::writeReportPdf;
namespace sample = pc::report::test;

namespace {

/// The body lines of a page after the title: without the running header and the footer.
QStringList bodyLines(const QString& page)
{
    QStringList lines = test::pdf::lines(page);
    if (!lines.isEmpty())
        lines.removeFirst();
    if (!lines.isEmpty() && lines.constLast().contains(QRegularExpression(u"Page \\d+ of \\d+$"_s)))
        lines.removeLast();
    return lines;
}

/// The first page (from 1) after `after` with a line that starts with `text`; 0 when none has.
int pageStartingLine(const QStringList& pages, const QString& text, int after)
{
    for (int page = after + 1; page <= pages.size(); ++page) {
        for (const QString& line : test::pdf::lines(pages.at(page - 1))) {
            if (line.startsWith(text))
                return page;
        }
    }
    return 0;
}

QStringList headingTexts(const Document& document)
{
    QStringList texts;
    for (const Block& block : document.blocks) {
        if (block.kind == Block::Kind::Heading)
            texts.append(headingText(block));
    }
    return texts;
}

} // namespace

TEST_CASE("The report is A4 with a title page, then page numbers and the running header", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    writeReportPdf(pdf, sample::sampleDocument(8, 80));
    REQUIRE(test::readAll(pdf).startsWith("%PDF-"));

    const QSizeF size = test::pdf::pageSize(pdf);
    CHECK(size.width() == Approx(595.28).margin(1));
    CHECK(size.height() == Approx(841.89).margin(1));
    CHECK(test::pdf::info(pdf, u"Title"_s) == u"Northmoor District Council – Feedback report"_s);
    CHECK(test::pdf::info(pdf, u"Creator"_s) == u"PeerChallenge"_s);

    const int pages = test::pdf::pageCount(pdf);
    CHECK(pages >= 12);
    const QStringList texts = test::pdf::pageTexts(pdf);
    REQUIRE(texts.size() == pages);

    const QString title = texts.constFirst();
    for (const QString& part : {u"CORPORATE PEER CHALLENGE"_s, u"Northmoor District Council"_s,
                                u"Feedback report"_s, u"10–13 March 2026"_s, u"Draft 2 – 14 April 2026"_s})
        CHECK(title.contains(part));
    CHECK_FALSE(title.contains(u"Page 1 of"_s));
    CHECK_FALSE(title.contains(u"Corporate peer challenge"_s)); // no running header

    for (int page = 2; page <= pages; ++page) {
        INFO("page " << page);
        const QStringList lines = test::pdf::lines(texts.at(page - 1));
        REQUIRE(lines.size() > 2);
        CHECK(lines.constFirst().startsWith(u"Northmoor District Council – Corporate peer challenge"_s));
        CHECK(lines.constLast().startsWith(u"Draft 2 – 14 April 2026"_s));
        CHECK(lines.constLast().endsWith(u"Page %1 of %2"_s.arg(page).arg(pages)));
    }
}

TEST_CASE("The contents lists each section and part with the page it is printed on", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    Document document = sample::sampleDocument(8, 80);
    document.blocks.insert(3, heading(2, QString(), u"A part the contents leaves out"_s, false));
    document.blocks.insert(4, paragraph(u"Its text."_s));
    writeReportPdf(pdf, document);
    const QStringList texts = test::pdf::pageTexts(pdf);

    // The contents starts on page 2 and runs until the first section's heading.
    const int firstBody = pageStartingLine(texts, u"1 Section 1 title"_s, 2);
    REQUIRE(firstBody > 2);
    REQUIRE(test::pdf::lines(texts.at(1)).value(1) == u"Contents"_s);
    const QRegularExpression entry(u"^(\\d+(?:\\.\\d+)? .+?)\\s{2,}(\\d+)$"_s);
    QList<std::pair<QString, int>> entries;
    for (int page = 2; page < firstBody; ++page) {
        for (const QString& line : bodyLines(texts.at(page - 1))) {
            const QRegularExpressionMatch match = entry.match(line);
            if (match.hasMatch())
                entries.append({match.captured(1), match.captured(2).toInt()});
        }
    }
    REQUIRE(entries.size() == 8 * 3);
    CHECK(entries.at(0).first == u"1 Section 1 title"_s);
    CHECK(entries.at(1).first == u"1.1 Part 1.1 heading"_s);
    CHECK(entries.at(5).first == u"2.2 Part 2.2 heading"_s);
    const QString contents = texts.mid(1, firstBody - 2).join(u'\n');
    CHECK_FALSE(contents.contains(u"Strengths of section"_s)); // level 3
    CHECK_FALSE(contents.contains(u"A part the contents leaves out"_s));
    CHECK(texts.join(u'\n').contains(u"A part the contents leaves out"_s));

    for (const auto& [text, page] : entries) {
        INFO(text.toStdString());
        CHECK(pageStartingLine(texts, text, firstBody - 1) == page);
    }
    // The table in section 2 pushes section 3 on by more than a page.
    CHECK(entries.at(6).second - entries.at(3).second >= 3);
}

TEST_CASE("Without contents the first section follows the title page", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    Document document = sample::sampleDocument(2, 5);
    document.meta.contents = false;
    writeReportPdf(pdf, document);
    const QStringList texts = test::pdf::pageTexts(pdf);
    REQUIRE(texts.size() >= 3);
    CHECK_FALSE(texts.join(u'\n').contains(u"Contents"_s));
    CHECK(bodyLines(texts.at(1)).value(0) == u"1 Section 1 title"_s);
}

TEST_CASE("A table repeats its header row at the top of every page it runs onto", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    writeReportPdf(pdf, sample::sampleDocument(3, 120));
    const QStringList texts = test::pdf::pageTexts(pdf);

    const QRegularExpression row(u"^Member (\\d+)\\s+Role \\d+\\s+Organisation \\d+ Borough Council$"_s);
    const QRegularExpression header(u"^Name\\s+Role\\s+Organisation$"_s);
    QList<int> members;
    int tablePages = 0;
    for (qsizetype page = 1; page < texts.size(); ++page) {
        const QStringList lines = bodyLines(texts.at(page));
        const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                        [&](const QString& line) { return row.match(line).hasMatch(); });
        if (first == lines.cend())
            continue;
        INFO("page " << page + 1);
        ++tablePages;
        // Straight above the first row: the header row; on a page the table runs onto, it is the
        // first line of the body.
        REQUIRE(first != lines.cbegin());
        CHECK(header.match(*(first - 1)).hasMatch());
        if (tablePages > 1)
            CHECK(first - 1 == lines.cbegin());
        for (auto line = first; line != lines.cend(); ++line) {
            const QRegularExpressionMatch match = row.match(*line);
            if (match.hasMatch())
                members.append(match.captured(1).toInt());
        }
    }
    CHECK(tablePages >= 3);
    REQUIRE(members.size() == 120);
    for (int i = 0; i < members.size(); ++i)
        CHECK(members.at(i) == i + 1);
}

TEST_CASE("A table row taller than a page is cut between lines, and nothing is lost", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    Document document = sample::sampleDocument(1, 0);
    QStringList words;
    for (int i = 1; i <= 1500; ++i)
        words.append(u"w%1"_s.arg(i));
    document.blocks.append(table({u"Evidence"_s, u"Note"_s}, {{words.join(u' '), u"short"_s}}));
    writeReportPdf(pdf, document);
    const QStringList texts = test::pdf::pageTexts(pdf);
    const QString all = texts.join(u'\n');
    for (const QString& word : {u"w1"_s, u"w700"_s, u"w1499"_s, u"w1500"_s})
        CHECK(all.contains(QRegularExpression(u"\\b%1\\b"_s.arg(word))));
    CHECK(all.count(QRegularExpression(u"\\bw\\d+\\b"_s)) == 1500);
}

TEST_CASE("No page ends with a heading", "[report][pdf]")
{
    const test::TempFolder folder;
    // Lead-ins of different lengths move the headings across the foot of the page.
    for (int lead = 0; lead < 24; ++lead) {
        INFO("lead-in paragraphs: " << lead);
        Document document = sample::sampleDocument(2, 3);
        for (int i = 0; i < lead; ++i)
            document.blocks.insert(2,
                                   paragraph(u"A lead-in paragraph of some length, number %1, written to "
                                             u"move what follows down the page by a line or two."_s.arg(i)));
        const QStringList headings = headingTexts(document);
        const QString pdf = folder.path(u"report-%1.pdf"_s.arg(lead));
        writeReportPdf(pdf, document);
        const QStringList texts = test::pdf::pageTexts(pdf);
        for (qsizetype page = 1; page < texts.size(); ++page) {
            const QStringList lines = bodyLines(texts.at(page));
            REQUIRE_FALSE(lines.isEmpty());
            INFO("page " << page + 1 << " ends with: " << lines.constLast().toStdString());
            CHECK_FALSE(headings.contains(lines.constLast()));
            // ... nor with a heading and a single line of what follows.
            if (lines.size() >= 2)
                CHECK_FALSE(headings.contains(lines.at(lines.size() - 2)));
        }
    }
}

TEST_CASE("Text comes out verbatim, lists numbered from their start", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    writeReportPdf(pdf, sample::sampleDocument(3, 4));
    const QString all = test::pdf::pageTexts(pdf).join(u'\n');
    CHECK(all.contains(sample::hostileText));
    CHECK(all.contains(u"Opening words of section 1. A bold claim. An italic aside."_s));
    CHECK(all.contains(
        QRegularExpression(u"^\\s*5\\.\\s+Recommendation one$"_s, QRegularExpression::MultilineOption)));
    CHECK(all.contains(
        QRegularExpression(u"^\\s*6\\.\\s+Recommendation two$"_s, QRegularExpression::MultilineOption)));
    CHECK(all.contains(
        QRegularExpression(u"^\\s*•\\s+First strength$"_s, QRegularExpression::MultilineOption)));
    CHECK(all.contains(u"Third strength, a longer one"_s));
    CHECK(all.contains(u"Strengths of section 3"_s));
}

TEST_CASE("A draft is marked DRAFT on every page and a final report is not", "[report][pdf]")
{
    const test::TempFolder folder;
    Document document = sample::sampleDocument(2, 10);
    const QString draft = folder.path(u"draft.pdf"_s);
    writeReportPdf(draft, document);
    const QStringList texts = test::pdf::pageTexts(draft);
    for (const QString& page : texts)
        CHECK(page.contains(u"DRAFT"_s));
    for (qsizetype page = 1; page < texts.size(); ++page)
        CHECK(test::pdf::lines(texts.at(page)).constFirst().endsWith(u"DRAFT"_s));

    document.meta.draft = false;
    document.meta.version = u"Final – 2 May 2026"_s;
    const QString final = folder.path(u"final.pdf"_s);
    writeReportPdf(final, document);
    const QString all = test::pdf::pageTexts(final).join(u'\n');
    CHECK_FALSE(all.contains(u"DRAFT"_s));
    CHECK(all.contains(u"Final – 2 May 2026"_s));
}

TEST_CASE("The report's fonts are the embedded Carlito faces", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    writeReportPdf(pdf, sample::sampleDocument(2, 4));
    const auto fonts = test::pdf::fonts(pdf);
    REQUIRE(fonts.size() >= 3); // regular, bold, italic
    for (const auto& [name, embedded] : fonts) {
        INFO(name.toStdString());
        CHECK(name.contains(u"Carlito"_s));
        CHECK(embedded);
    }
}

TEST_CASE("Progress counts the pages, and a cancel leaves no file", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"report.pdf"_s);
    const Document document = sample::sampleDocument(3, 20);
    QList<std::pair<int, int>> calls;
    writeReportPdf(pdf, document, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    const int pages = test::pdf::pageCount(pdf);
    REQUIRE(calls.size() == pages);
    for (int i = 0; i < pages; ++i)
        CHECK(calls.at(i) == std::pair{i + 1, pages});

    const QString cancelled = folder.path(u"cancelled.pdf"_s);
    try {
        writeReportPdf(cancelled, document, [](int done, int) { return done < 3; });
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Cancelled);
    }
    CHECK_FALSE(QFileInfo::exists(cancelled));
    CHECK(QDir(folder.dir.path()).entryList(QDir::Files) == QStringList{u"report.pdf"_s});
}

TEST_CASE("A report that cannot be written is an error that names the file", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"missing/report.pdf"_s);
    try {
        writeReportPdf(pdf, sample::sampleDocument(1, 2));
        FAIL("no error");
    } catch (const Error& error) {
        CHECK(error.kind() == ErrorKind::Io);
        CHECK(error.message().contains(QDir::toNativeSeparators(pdf)));
    }
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("A report without blocks is its title page", "[report][pdf]")
{
    const test::TempFolder folder;
    const QString pdf = folder.path(u"empty.pdf"_s);
    Document document = sample::sampleDocument(0, 0);
    writeReportPdf(pdf, document);
    CHECK(test::pdf::pageCount(pdf) == 1);
    CHECK(test::pdf::pageTexts(pdf).join(u'\n').contains(u"Northmoor District Council"_s));
}
