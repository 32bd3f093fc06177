// SPDX-License-Identifier: GPL-3.0-or-later
// The Report page in the main window, driven as a person would: write a section's narrative and
// undo it, log and decide the council's factual-accuracy comments, send a draft, meet the final
// report's non-attribution gate, and export the report, the slides and the briefing pack.
#include "storage/contactrepository.h"
#include "storage/engagementfile.h"
#include "storage/reportrepository.h"
#include "support/demowindow.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/dialogs/accuracycommentdialog.h"
#include "ui/pages/reportpage.h"
#include "ui/widgets/markdownedit.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int reportStage = 7;

struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(reportStage)
        , page(find<ui::ReportPage>(u"reportPage"_s))
        , outline(find<QTreeWidget>(u"reportOutline"_s))
        , edit(find<ui::MarkdownEdit>(u"reportNarrativeEdit"_s))
    {
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    void selectSection(const QString& key) const
    {
        for (QTreeWidgetItemIterator it(outline); *it; ++it) {
            if ((*it)->data(0, Qt::UserRole).toString() == key) {
                outline->setCurrentItem(*it);
                return;
            }
        }
        FAIL("no section " << key.toStdString());
    }

    ui::ReportPage* page;
    QTreeWidget* outline;
    ui::MarkdownEdit* edit;
};

QString pdfText(const QString& pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("A section's narrative is written in the editor, stored on leaving it and undone with Ctrl+Z",
          "[ui][report]")
{
    Fixture f;
    f.selectSection(u"introduction"_s);
    // The introduction has not been written: the template's words show, with the council's name.
    CHECK(f.edit->markdown().contains(u"Northmoor District Council asked the peer team"_s));
    CHECK(f.find<QLabel>(u"reportSectionHint"_s)->text().contains(u"template"_s));

    f.edit->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return f.edit->hasFocus(); }));
    f.edit->selectAll();
    QTest::keyClicks(f.edit, u"Our own introduction."_s);
    f.outline->setFocus(); // leaving the editor commits
    REQUIRE(QTest::qWaitFor([&] {
        return ReportRepository(f.records())
            .section(ReportKind::Feedback, u"introduction"_s)
            .contains(u"Our own"_s);
    }));
    CHECK(f.stack()->undoText() == u"Edit Report Text"_s);

    f.stack()->undo();
    CHECK(ReportRepository(f.records()).section(ReportKind::Feedback, u"introduction"_s).isEmpty());
    CHECK(f.edit->markdown().contains(u"asked the peer team"_s)); // the template's words again
}

TEST_CASE("A comment from the council is logged, accepted with its change, and undone", "[ui][report]")
{
    Fixture f;
    auto* tabs = f.find<QTabWidget>(u"reportTabs"_s);
    tabs->setCurrentIndex(2);
    auto* table = f.find<QTableWidget>(u"accuracyTable"_s);
    const int before = table->rowCount();
    REQUIRE(before == 3); // the demo's
    CHECK(f.find<QLabel>(u"accuracySummary"_s)->text().contains(u"1 still open"_s));

    whenDialogOpen<ui::AccuracyCommentDialog>([&](ui::AccuracyCommentDialog* opened) {
        ui::AccuracyCommentDialog& dialog = *opened;
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // no comment yet
        dialog.findChild<QPlainTextEdit*>(u"accuracyComment"_s)->setPlainText(u"The population is 98,000."_s);
        auto* decision = dialog.findChild<QComboBox*>(u"accuracyDecision"_s);
        decision->setCurrentIndex(decision->findData(u"accepted"_s));
        CHECK_FALSE(ok->isEnabled()); // accepted needs the change made
        CHECK(dialog.findChild<QLabel*>(u"accuracyProblem"_s)->text().contains(u"what was changed"_s));
        dialog.findChild<QPlainTextEdit*>(u"accuracyResponse"_s)->setPlainText(u"Corrected in 4.2."_s);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(f.find<QPushButton>(u"logCommentButton"_s), Qt::LeftButton);
    REQUIRE(table->rowCount() == before + 1);
    const QList<AccuracyComment> comments = ReportRepository(f.records()).comments(ReportKind::Feedback);
    const auto added = std::find_if(comments.begin(), comments.end(), [](const AccuracyComment& c) {
        return c.comment == u"The population is 98,000."_s;
    });
    REQUIRE(added != comments.end());
    CHECK(added->decision == AccuracyDecision::Accepted);
    CHECK(added->response == u"Corrected in 4.2."_s);
    CHECK(added->version == 1); // the draft the council has

    f.stack()->undo();
    CHECK(table->rowCount() == before);
}

TEST_CASE("Sending a draft moves the report on to the next draft; a final report meets the gate first",
          "[ui][report]")
{
    Fixture f;
    auto* version = f.find<QLabel>(u"reportVersion"_s);
    CHECK(version->text().startsWith(u"Writing: Draft 2 – not yet issued"_s));
    f.prompter.answer = true;
    QTest::mouseClick(f.find<QPushButton>(u"issueDraftButton"_s), Qt::LeftButton);
    CHECK(f.prompter.questions.constLast().contains(u"draft 2"_s));
    CHECK(version->text().startsWith(u"Writing: Draft 3 – not yet issued"_s));
    REQUIRE(ReportRepository(f.records()).latestVersion(ReportKind::Feedback)->number == 2);

    // A contact's name in the executive summary: the final report is held at the gate.
    const QString name = ContactRepository(f.records()).contacts().constFirst().name;
    {
        EngagementFile::Edit edit(f.window->session()->file());
        ReportRepository(f.records())
            .setSection(ReportKind::Feedback, u"executive-summary"_s,
                        u"As %1 told us, the council is ambitious."_s.arg(name));
        edit.commit();
    }
    f.prompter.answer = false;
    const qsizetype asked = f.prompter.questions.size();
    QTest::mouseClick(f.find<QPushButton>(u"issueFinalButton"_s), Qt::LeftButton);
    REQUIRE(f.prompter.questions.size() == asked + 1);
    CHECK(f.prompter.questions.constLast().contains(name));
    CHECK(f.find<QTabWidget>(u"reportTabs"_s)->currentIndex() == 3); // the names are shown
    CHECK(ReportRepository(f.records()).latestVersion(ReportKind::Feedback)->state == ReportState::Draft);
}

TEST_CASE("The report, the slides and the briefing pack are exported from the page", "[ui][report]")
{
    Fixture f;
    f.prompter.nextSave = f.folder.path(u"report.pdf"_s);
    f.find<QAction>(u"exportReport_pdf"_s)->trigger();
    REQUIRE(QFileInfo::exists(f.prompter.nextSave));
    const QString text = pdfText(f.prompter.nextSave);
    CHECK(text.contains(u"Executive summary"_s));
    CHECK(text.contains(u"Draft 2"_s));

    f.prompter.nextSave = f.folder.path(u"report.docx"_s);
    f.find<QAction>(u"exportReport_docx"_s)->trigger();
    CHECK(QFileInfo(f.prompter.nextSave).size() > 5000);

    f.prompter.nextSave = f.folder.path(u"slides.pdf"_s);
    f.find<QAction>(u"exportSlides_pdf"_s)->trigger();
    CHECK(pdfText(f.prompter.nextSave).contains(u"Key recommendations"_s));

    f.prompter.nextSave = f.folder.path(u"briefing.pdf"_s);
    f.find<QAction>(u"exportBriefing_pdf"_s)->trigger();
    CHECK(pdfText(f.prompter.nextSave).contains(u"Onsite timetable"_s));
    CHECK(f.prompter.errors.isEmpty());
}

TEST_CASE("Screenshots of the Report page", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    f.window->resize(1366, 768);
    f.selectSection(u"executive-summary"_s);
    auto* tabs = f.find<QTabWidget>(u"reportTabs"_s);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.window->devicePixelRatio());
        for (const auto& [index, name] : {std::pair{0, u"write"_s}, {1, u"preview"_s}, {2, u"accuracy"_s}}) {
            tabs->setCurrentIndex(index);
            QTest::qWait(500);
            CHECK(f.window->grab().save(u"%1/report-%2-%3"_s.arg(out, name, suffix)));
        }
    }
    QApplication::setPalette(light);
}
