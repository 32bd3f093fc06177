// SPDX-License-Identifier: GPL-3.0-or-later
// The Follow-up page in the main window, driven as a person would: add an action and set it red,
// see the summary change, undo; edit an action from the keyboard; import the council's plan; tick
// who came back for the progress review; export the plan and the progress review report.
#include "storage/engagementfile.h"
#include "storage/followuprepository.h"
#include "storage/reportrepository.h"
#include "support/demowindow.h"
#include "support/screenshots.h"
#include "support/whenopen.h"
#include "ui/dialogs/actiondialog.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/pages/followuppage.h"
#include "ui/widgets/markdownedit.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int followUpStage = 8;

struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(followUpStage)
        , page(find<ui::FollowUpPage>(u"followupPage"_s))
        , tree(find<QTreeWidget>(u"actionPlanTree"_s))
        , summary(find<QLabel>(u"actionPlanSummary"_s))
    {
    }

    [[nodiscard]] RecordStore& records() const { return window->session()->file().records(); }
    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    ui::FollowUpPage* page;
    QTreeWidget* tree;
    QLabel* summary;
};

void choose(QComboBox* combo, const QString& key)
{
    const int index = combo->findData(key);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

} // namespace

TEST_CASE("An action added and set red shows in the summary, and undo takes it out", "[ui][followup]")
{
    Fixture f;
    const int before = int(FollowUpRepository(f.records()).actions().size());
    REQUIRE(before > 0); // the demo's plan
    CHECK(f.summary->text().contains(u"%1 actions</b>"_s.arg(before)));
    CHECK(f.summary->text().contains(u"2 red"_s));

    whenDialogOpen<ui::ActionDialog>([&](ui::ActionDialog* opened) {
        ui::ActionDialog& dialog = *opened;
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        CHECK_FALSE(ok->isEnabled()); // nothing to do yet
        QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(u"actionDescription"_s),
                         u"Recruit a new chief finance officer"_s);
        choose(dialog.findChild<QComboBox*>(u"actionRag"_s), u"red"_s);
        choose(dialog.findChild<QComboBox*>(u"actionStatus"_s), u"in-progress"_s);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(f.find<QPushButton>(u"addActionButton"_s), Qt::LeftButton);
    CHECK(int(FollowUpRepository(f.records()).actions().size()) == before + 1);
    CHECK(f.summary->text().contains(u"%1 actions</b>"_s.arg(before + 1)));
    CHECK(f.summary->text().contains(u"3 red"_s));
    CHECK(f.tree->findItems(u"Recruit a new chief finance officer"_s, Qt::MatchExactly | Qt::MatchRecursive)
              .size()
          == 1);

    f.stack()->undo();
    CHECK(int(FollowUpRepository(f.records()).actions().size()) == before);
    CHECK(f.summary->text().contains(u"2 red"_s));
}

TEST_CASE("Enter on an action edits it; its RAG rating changes the summary", "[ui][followup]")
{
    Fixture f;
    QTreeWidgetItem* first = f.tree->topLevelItem(0)->child(0);
    REQUIRE(first);
    f.tree->setCurrentItem(first);
    f.tree->setFocus();
    whenDialogOpen<ui::ActionDialog>([&](ui::ActionDialog* opened) {
        ui::ActionDialog& dialog = *opened;
        choose(dialog.findChild<QComboBox*>(u"actionRag"_s), u"amber"_s);
        dialog.accept();
    });
    QTest::keyClick(f.tree, Qt::Key_Return);
    CHECK(FollowUpRepository(f.records()).actions().constFirst().rag == Rag::Amber);
    CHECK(f.stack()->undoText() == u"Edit Action"_s);
    f.stack()->undo();
    CHECK(FollowUpRepository(f.records()).actions().constFirst().rag != Rag::Amber);
}

TEST_CASE("The council's plan is imported from a CSV in one undoable step", "[ui][followup]")
{
    Fixture f;
    const QString csv = f.folder.path(u"plan.csv"_s);
    writeAll(csv, "Ref,Action,Lead officer,Due date,Status,RAG\n"
                  "1,Publish the corporate plan,Chief Executive,30/06/2027,In progress,Amber\n"
                  "R2,Refresh the partnership board,Director of Place,2027-09-30,Not started,\n");
    const int before = int(FollowUpRepository(f.records()).actions().size());
    f.prompter.nextOpen = csv;
    whenDialogOpen<ui::CsvImportDialog>([&](ui::CsvImportDialog* opened) {
        ui::CsvImportDialog& dialog = *opened;
        dialog.accept();
    });
    QTest::mouseClick(f.find<QPushButton>(u"importPlanButton"_s), Qt::LeftButton);
    CHECK(int(FollowUpRepository(f.records()).actions().size()) == before + 2);
    CHECK(f.stack()->undoText() == u"Import Action Plan"_s);
    f.stack()->undo();
    CHECK(int(FollowUpRepository(f.records()).actions().size()) == before);
}

TEST_CASE("Ticking who came back records the progress review's team, undoably", "[ui][followup]")
{
    Fixture f;
    f.find<QTabWidget>(u"followUpTabs"_s)->setCurrentIndex(1);
    auto* team = f.find<QListWidget>(u"reviewTeam"_s);
    const auto review = FollowUpRepository(f.records()).progressReview();
    REQUIRE(review);
    const int came = int(review->members.size());
    QListWidgetItem* absent = nullptr;
    for (int i = 0; i < team->count(); ++i) {
        if (team->item(i)->checkState() == Qt::Unchecked)
            absent = team->item(i);
    }
    REQUIRE(absent);
    absent->setCheckState(Qt::Checked);
    CHECK(int(FollowUpRepository(f.records()).progressReview()->members.size()) == came + 1);
    f.stack()->undo();
    CHECK(int(FollowUpRepository(f.records()).progressReview()->members.size()) == came);
    CHECK(absent->checkState() == Qt::Unchecked);
}

TEST_CASE("The progress review report is sent as a draft, then final, and its exports say so",
          "[ui][followup]")
{
    Fixture f;
    f.find<QTabWidget>(u"followUpTabs"_s)->setCurrentIndex(1);
    auto* state = f.find<QLabel>(u"reviewReportState"_s);
    CHECK(state->text().contains(u"Writing: Draft 1 – not yet issued"_s));
    f.prompter.answer = true;
    QTest::mouseClick(f.find<QPushButton>(u"sendReviewDraftButton"_s), Qt::LeftButton);
    CHECK(state->text().contains(u"Writing: Draft 2"_s));
    CHECK(state->text().contains(u"draft 1 sent on"_s));
    QTest::mouseClick(f.find<QPushButton>(u"sendReviewFinalButton"_s), Qt::LeftButton);
    CHECK(state->text().contains(u"Final report sent on"_s));
    CHECK_FALSE(f.find<QPushButton>(u"sendReviewFinalButton"_s)->isEnabled());

    f.prompter.nextSave = f.folder.path(u"review.md"_s);
    f.find<QAction>(u"exportProgressReview_md"_s)->trigger();
    const QString markdown = QString::fromUtf8(readAll(f.prompter.nextSave));
    CHECK(markdown.contains(u"Final – "_s));
    CHECK(f.stack()->undoText() == u"Send Final Report"_s);
    f.stack()->undo();
    CHECK(state->text().contains(u"Writing: Draft 2"_s));
}

TEST_CASE("The progress review report's introduction is written on the panel and used by the report",
          "[ui][followup]")
{
    Fixture f;
    f.find<QTabWidget>(u"followUpTabs"_s)->setCurrentIndex(1);
    f.find<QTabWidget>(u"reviewTexts"_s)->setCurrentIndex(2);
    auto* intro = f.find<ui::MarkdownEdit>(u"reviewSection_introduction"_s);
    CHECK(intro->markdown().trimmed().isEmpty()); // the standard words until written
    intro->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return intro->hasFocus(); }));
    QTest::keyClicks(intro, u"The team was glad to return to Northmoor."_s);
    f.tree->setFocus(); // leaving the editor stores it
    REQUIRE(QTest::qWaitFor([&] {
        return ReportRepository(f.records())
            .section(ReportKind::ProgressReview, u"introduction"_s)
            .contains(u"glad to return"_s);
    }));
    f.prompter.nextSave = f.folder.path(u"review.md"_s);
    f.find<QAction>(u"exportProgressReview_md"_s)->trigger();
    CHECK(QString::fromUtf8(readAll(f.prompter.nextSave))
              .contains(u"The team was glad to return to Northmoor."_s));
    f.stack()->undo();
    CHECK(ReportRepository(f.records()).section(ReportKind::ProgressReview, u"introduction"_s).isEmpty());
}

TEST_CASE("The action plan and the progress review report are exported from the page", "[ui][followup]")
{
    Fixture f;
    for (const QString& name : {u"exportActionPlan_xlsx"_s, u"exportActionPlan_csv"_s,
                                u"exportProgressReview_pdf"_s, u"exportProgressReview_docx"_s}) {
        f.prompter.nextSave = f.folder.path(name + u'.' + name.section(u'_', 1));
        f.find<QAction>(name)->trigger();
        INFO(name.toStdString());
        CHECK(QFileInfo(f.prompter.nextSave).size() > 1000);
    }
    CHECK(f.prompter.errors.isEmpty());
}

TEST_CASE("Screenshots of the Follow-up page", "[.screenshots]")
{
    const QString out = qEnvironmentVariable("PC_SCREENSHOT_DIR");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    Fixture f;
    f.window->resize(1366, 768);
    auto* tabs = f.find<QTabWidget>(u"followUpTabs"_s);
    const QPalette light = QApplication::palette();
    for (const bool dark : {false, true}) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(dark ? darkPalette() : light);
        const QString suffix =
            u"%1-x%2.png"_s.arg(dark ? u"dark"_s : u"light"_s).arg(f.window->devicePixelRatio());
        for (const auto& [index, name] : {std::pair{0, u"plan"_s}, {1, u"review"_s}}) {
            tabs->setCurrentIndex(index);
            QTest::qWait(300);
            CHECK(f.window->grab().save(u"%1/followup-%2-%3"_s.arg(out, name, suffix)));
        }
    }
    QApplication::setPalette(light);
}
