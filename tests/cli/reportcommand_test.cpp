// SPDX-License-Identifier: GPL-3.0-or-later
// peerchallenge-cli export --what report|slides|briefing: every format of the demo's documents,
// read back with real readers, the refusals, and the final report's non-attribution gate.
#include "clisandbox.h"

#include "storage/contactrepository.h"
#include "storage/engagementfile.h"
#include "storage/findingrepository.h"
#include "storage/reportrepository.h"
#include "storage/scoperepository.h"

#include <QProcess>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("export writes the demo's report in every format, its slides and its briefing pack",
          "[cli][report]")
{
    const CliSandbox sandbox;
    const QString demo = sandbox.demo(u"demo.peerchallenge"_s);
    for (const QString& format : {u"pdf"_s, u"docx"_s, u"odt"_s, u"html"_s, u"md"_s}) {
        const QString out = sandbox.path(u"report."_s + format);
        const CliResult result =
            sandbox.run({u"export"_s, demo, u"--what"_s, u"report"_s, u"--format"_s, format, u"-o"_s, out});
        INFO(format.toStdString() << ": " << result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(QFileInfo(out).size() > 2000);
    }
    const QString text = pdfText(sandbox.path(u"report.pdf"_s));
    // Each heading is in the contents and then in the body: the body's come in order.
    qsizetype previous = 0;
    for (const QString& heading :
         {u"1 Introduction"_s, u"2 Executive summary"_s, u"3 Recommendations"_s,
          u"4 Summary of the peer challenge approach"_s, u"5 Feedback"_s, u"6 Next steps"_s}) {
        INFO(heading.toStdString());
        CHECK(text.count(heading) >= 2);
        const qsizetype at = text.lastIndexOf(heading);
        CHECK(at > previous);
        previous = at;
    }
    const QString markdown = QString::fromUtf8(readAll(sandbox.path(u"report.md"_s)));
    CHECK(markdown.contains(u"## 4 Summary of the peer challenge approach"_s));
    CHECK(markdown.contains(u"### 4.1 The peer team"_s));

    const QString slides = sandbox.path(u"slides.pdf"_s);
    REQUIRE(
        sandbox.run({u"export"_s, demo, u"--what"_s, u"slides"_s, u"--format"_s, u"pdf"_s, u"-o"_s, slides})
            .exitCode
        == 0);
    CHECK(pdfText(slides).contains(u"Key recommendations"_s));

    const QString briefing = sandbox.path(u"briefing.pdf"_s);
    REQUIRE(
        sandbox
            .run({u"export"_s, demo, u"--what"_s, u"briefing"_s, u"--format"_s, u"pdf"_s, u"-o"_s, briefing})
            .exitCode
        == 0);
    const QString pack = pdfText(briefing);
    for (const QString& part : {u"Scope and key questions"_s, u"The team"_s, u"Documents to read"_s,
                                u"Onsite timetable"_s, u"Logistics"_s})
        CHECK(pack.contains(part));
}

TEST_CASE("export refuses formats that make no sense for what is asked", "[cli][report]")
{
    const CliSandbox sandbox;
    const QString demo = sandbox.demo(u"demo.peerchallenge"_s);
    const QString out = sandbox.path(u"out.docx"_s);
    CliResult result =
        sandbox.run({u"export"_s, demo, u"--what"_s, u"slides"_s, u"--format"_s, u"docx"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"The slides exports as \"--format pdf\", not \"docx\"."_s));
    CHECK_FALSE(QFileInfo::exists(out));

    result =
        sandbox.run({u"export"_s, demo, u"--what"_s, u"report"_s, u"--format"_s, u"ics"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"not \"ics\""_s));

    result = sandbox.run({u"export"_s, demo, u"--what"_s, u"report"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"--format pdf, docx, odt, html, md"_s));

    result =
        sandbox.run({u"export"_s, demo, u"--what"_s, u"report"_s, u"--format"_s, u"html"_s, u"-o"_s, u"-"_s});
    CHECK(result.exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("A final report whose finding names a participant is not exported without --accept-names",
          "[cli][report]")
{
    const CliSandbox sandbox;
    const QString path = sandbox.path(u"final.peerchallenge"_s);
    {
        TestDevice device;
        auto file = makeEngagement(path, device, u"Northmoor peer challenge"_s);
        EngagementFile::Edit edit(*file);
        RecordStore& records = file->records();
        Contact leader;
        leader.name = u"Margaret Thornbury"_s;
        ContactRepository(records).addContact(leader);
        Theme theme;
        theme.title = u"Leadership"_s;
        const QUuid themeId = ScopeRepository(records).addTheme(theme);
        Finding finding;
        finding.theme = themeId;
        finding.title = u"Visible leadership"_s;
        finding.text = u"Staff said Margaret Thornbury is visible and trusted."_s;
        FindingRepository(records).addFinding(finding);
        ReportVersion final;
        final.state = ReportState::Final;
        final.issued = QDate(2026, 5, 2);
        ReportRepository(records).addVersion(final);
        edit.commit();
    }
    const QString out = sandbox.path(u"final.pdf"_s);
    CliResult result =
        sandbox.run({u"export"_s, path, u"--what"_s, u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"Margaret Thornbury"_s));
    CHECK(result.err.contains(u"--accept-names"_s));
    CHECK_FALSE(QFileInfo::exists(out));

    // With --accept-names the user takes the decision: the report is written.
    result = sandbox.run({u"export"_s, path, u"--what"_s, u"report"_s, u"--format"_s, u"pdf"_s, u"-o"_s, out,
                          u"--accept-names"_s});
    CHECK(result.exitCode == 0);
    CHECK(pdfText(out).contains(u"Final – 2 May 2026"_s));
}

TEST_CASE("export writes the action plan as CSV, XLSX and PDF and the progress review report",
          "[cli][followup]")
{
    const CliSandbox sandbox;
    const QString demo = sandbox.demo(u"demo.peerchallenge"_s);
    for (const QString& format : {u"csv"_s, u"xlsx"_s, u"pdf"_s}) {
        const QString out = sandbox.path(u"plan."_s + format);
        const CliResult result = sandbox.run(
            {u"export"_s, demo, u"--what"_s, u"action-plan"_s, u"--format"_s, format, u"-o"_s, out});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
    }
    // The spreadsheet read back with openpyxl: each action beside its recommendation's number and text.
    QProcess python;
    python.start(
        u"/usr/bin/python3"_s,
        {u"-c"_s,
         u"import sys, openpyxl\n"
         "ws = openpyxl.load_workbook(sys.argv[1]).active\n"
         "print(ws['A4'].value, '|', ws['B4'].value, '|', ws['G4'].value)\n"
         "print(ws['A5'].value, '|', ws['B5'].value[:30], '|', ws['C5'].value, '|', ws['G5'].value)\n"
         "print(ws.max_row)\n"_s,
         sandbox.path(u"plan.xlsx"_s)});
    REQUIRE(python.waitForFinished(60000));
    INFO(python.readAllStandardError().toStdString());
    REQUIRE(python.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n');
    CHECK(lines.value(0) == u"Ref | Recommendation | RAG"_s);
    CHECK(lines.value(1).startsWith(u"1 | Reduce the council plan to a s | Agree the approach"_s));
    CHECK(lines.value(2).toInt() > 20); // the demo's 27 actions under the four title rows
    CHECK(pdfText(sandbox.path(u"plan.pdf"_s)).contains(u"Recommendation 1"_s));

    const QString review = sandbox.path(u"review.pdf"_s);
    REQUIRE(sandbox
                .run({u"export"_s, demo, u"--what"_s, u"progress-review"_s, u"--format"_s, u"pdf"_s, u"-o"_s,
                      review})
                .exitCode
            == 0);
    const QString text = pdfText(review);
    for (const QString& part : {u"Summary of the approach"_s, u"The council's position statement"_s,
                                u"Progress made"_s, u"The action plan"_s, u"% green"_s})
        CHECK(text.contains(part));

    const CliResult refused = sandbox.run({u"export"_s, demo, u"--what"_s, u"action-plan"_s, u"--format"_s,
                                           u"docx"_s, u"-o"_s, sandbox.path(u"x.docx"_s)});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(u"\"--format csv\", \"xlsx\", \"pdf\""_s));
}
