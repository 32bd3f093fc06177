// SPDX-License-Identifier: GPL-3.0-or-later
// The Scope page's agreement tab driven as a person would: format with the toolbar and the
// shortcuts, leave the text and find Markdown in the file; Ctrl+Z reaches the window's undo.
#include "demo/demoengagement.h"
#include "storage/engagementfile.h"
#include "storage/engagementrepository.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/commands/setfield.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"
#include "ui/widgets/optionaldateedit.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QToolBar>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;

namespace {

const QString hint = QStringLiteral(
    "Write down what the council asked the team to look at, as agreed at the scoping meeting.");

/// Clicks a tab of the Scope page, as a person would.
void showScopeTab(const DemoWindow& w, int index)
{
    auto* tabs = w.find<QTabWidget>(QStringLiteral("scopeTabs"));
    QTabBar* bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
    REQUIRE(tabs->currentIndex() == index);
}

/// A window on a new blank engagement (an empty agreement, whatever the demo holds), showing
/// the Scope page's agreement tab.
struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(1)
    {
        prompter.nextEngagement =
            ui::NewEngagementChoice{QStringLiteral("blank"), {}, QStringLiteral("Empty")};
        prompter.nextSave = folder.path(QStringLiteral("blank.peerchallenge"));
        find<QAction>(QStringLiteral("actionNew"))->trigger();
        REQUIRE(window->session());
        window->showStage(1);
        showScopeTab(*this, 1);
        edit = find<QTextEdit>(QStringLiteral("scopeAgreementEdit"));
    }

    [[nodiscard]] Engagement stored() const
    {
        return EngagementRepository(window->session()->file().records()).engagement();
    }

    [[nodiscard]] QUndoStack* stack() const { return window->session()->undoStack(); }

    void focusText() const
    {
        edit->setFocus();
        REQUIRE(QTest::qWaitFor([this] { return edit->hasFocus(); }));
    }

    /// The agreement editor's own formatting action (the report's editor has actions of the same name).
    [[nodiscard]] QAction* formatAction(const char* name) const
    {
        auto* action = edit->findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        return action;
    }

    /// Clicks the toolbar button of a formatting action.
    void clickTool(const char* action) const
    {
        auto* bar = find<QToolBar>(QStringLiteral("scopeAgreementToolBar"));
        QWidget* button = bar->widgetForAction(formatAction(action));
        REQUIRE(button);
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    [[nodiscard]] bool checked(const char* action) const { return formatAction(action)->isChecked(); }

    /// Presses a key where the focus is, as the keyboard does.
    static void keyAtFocus(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, key, modifiers);
    }

    QTextEdit* edit = nullptr;
};

} // namespace

TEST_CASE("A new engagement's empty agreement says what to write", "[ui][scope][agreement]")
{
    Fixture f;
    CHECK(f.edit->isVisible());
    CHECK(f.edit->toPlainText().isEmpty());
    CHECK(f.edit->placeholderText() == hint);
    CHECK_FALSE(f.edit->isReadOnly());
    CHECK_FALSE(f.find<ui::OptionalDateEdit>(QStringLiteral("scopeAgreedDate"))->date().isValid());
}

TEST_CASE("A heading, bold text and a bulleted list typed in the agreement are stored as Markdown on "
          "leaving it, as one step that Ctrl+Z undoes",
          "[ui][scope][agreement][undo]")
{
    Fixture f;
    f.focusText();
    f.clickTool("markdownHeading1Action");
    CHECK(f.checked("markdownHeading1Action"));
    CHECK_FALSE(f.formatAction("markdownBoldAction")->isEnabled()); // not kept in headings
    QTest::keyClicks(f.edit, QStringLiteral("Housing delivery"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    CHECK_FALSE(
        f.checked("markdownHeading1Action")); // Return after a heading starts body text (Qt does this)
    QTest::keyClicks(f.edit, QStringLiteral("The council asked us to look at "));
    QTest::keyClick(f.edit, Qt::Key_B, Qt::ControlModifier);
    CHECK(f.checked("markdownBoldAction"));
    QTest::keyClicks(f.edit, QStringLiteral("two"));
    QTest::keyClick(f.edit, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(f.edit, QStringLiteral(" questions:"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    f.clickTool("markdownBulletsAction");
    CHECK(f.checked("markdownBulletsAction"));
    QTest::keyClicks(f.edit, QStringLiteral("Is the pipeline realistic?"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    QTest::keyClicks(f.edit, QStringLiteral("Who owns "));
    QTest::keyClick(f.edit, Qt::Key_I, Qt::ControlModifier);
    QTest::keyClicks(f.edit, QStringLiteral("delivery"));
    CHECK(f.stored().scopeAgreement.isEmpty()); // nothing yet: typing is committed on leaving or a pause

    QTest::keyClick(f.edit, Qt::Key_Tab); // leave the field
    REQUIRE_FALSE(f.edit->hasFocus());
    const QString markdown = QStringLiteral("# Housing delivery\n\n"
                                            "The council asked us to look at **two** questions:\n\n"
                                            "- Is the pipeline realistic?\n"
                                            "- Who owns *delivery*\n");
    CHECK(f.stored().scopeAgreement == markdown);
    CHECK(f.stack()->count() == 1);
    CHECK(f.stack()->undoText() == QStringLiteral("Edit scope agreement"));

    Fixture::keyAtFocus(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored().scopeAgreement.isEmpty());
    CHECK(f.edit->toPlainText().isEmpty());

    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Redo);
    CHECK(f.stored().scopeAgreement == markdown);
    const QTextBlock first = f.edit->document()->firstBlock();
    CHECK(first.text() == QStringLiteral("Housing delivery"));
    CHECK(first.blockFormat().headingLevel() == 1);
    CHECK(f.edit->document()->lastBlock().textList());
    CHECK_FALSE(f.edit->isUndoRedoEnabled()); // reloading must not bring the editor's own undo back
}

TEST_CASE("Ctrl+Z in the middle of typing commits what was typed and undoes it, and the date is its own step",
          "[ui][scope][agreement][undo]")
{
    Fixture f;
    f.focusText();
    QTest::keyClicks(f.edit, QStringLiteral("Draft one"));
    QTest::keyClick(f.edit, Qt::Key_Tab);
    REQUIRE(f.stored().scopeAgreement == QStringLiteral("Draft one\n"));

    auto* agreed = f.find<ui::OptionalDateEdit>(QStringLiteral("scopeAgreedDate"));
    const QDate day(2026, 1, 14);
    agreed->editor()->setFocus();
    agreed->editor()->setDate(day);
    QTest::keyClick(agreed->editor(), Qt::Key_Return);
    REQUIRE(f.stored().scopeAgreed == day);
    REQUIRE(f.stack()->count() == 2);

    f.focusText();
    QTest::keyClick(f.edit, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(f.edit, QStringLiteral(" and two"));
    QTest::keyClick(f.edit, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored().scopeAgreement == QStringLiteral("Draft one\n"));
    CHECK(f.edit->toPlainText() == QStringLiteral("Draft one"));
    CHECK(f.stack()->count() == 3);
    CHECK(f.stack()->index() == 2);

    QTest::keyClick(f.edit, Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.stored().scopeAgreed.isValid());
    CHECK_FALSE(agreed->date().isValid());
    QTest::keyClick(f.edit, Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.stored().scopeAgreement.isEmpty());

    for (int step = 0; step < 3; ++step)
        QTest::keySequence(f.edit, QKeySequence::Redo);
    CHECK(f.stored().scopeAgreement == QStringLiteral("Draft one and two\n"));
    CHECK(f.stored().scopeAgreed == day);
    CHECK(f.edit->toPlainText() == QStringLiteral("Draft one and two"));
}

TEST_CASE("A pause in typing commits the agreement without leaving it, merged with the typing before",
          "[ui][scope][agreement][undo]")
{
    Fixture f;
    f.focusText();
    QTest::keyClicks(f.edit, QStringLiteral("Pause here"));
    REQUIRE(
        QTest::qWaitFor([&f] { return f.stored().scopeAgreement == QStringLiteral("Pause here\n"); }, 4000));
    CHECK(f.edit->hasFocus());
    CHECK(f.stack()->count() == 1);
    QTest::keyClicks(f.edit, QStringLiteral(", then go on"));
    REQUIRE(QTest::qWaitFor(
        [&f] { return f.stored().scopeAgreement == QStringLiteral("Pause here, then go on\n"); }, 4000));
    CHECK(f.stack()->count() == 1); // one step for the whole burst of typing
    CHECK(f.edit->toPlainText() == QStringLiteral("Pause here, then go on"));
}

TEST_CASE("A change from outside reloads the agreement and keeps the cursor, and untouched text is never "
          "written back",
          "[ui][scope][agreement]")
{
    Fixture f;
    f.focusText();
    QTest::keyClicks(f.edit, QStringLiteral("Alpha beta"));
    QTest::keyClick(f.edit, Qt::Key_Tab);
    REQUIRE(f.stack()->count() == 1);

    // As a merge would: the record changes while the text shows the old one, cursor after "Alpha".
    f.focusText();
    QTextCursor cursor = f.edit->textCursor();
    cursor.setPosition(5);
    f.edit->setTextCursor(cursor);
    ui::EngagementSession& session = *f.window->session();
    REQUIRE(session.push(
        std::make_unique<ui::SetField>(session, QStringLiteral("engagement"), session.file().engagementId(),
                                       QStringLiteral("scope_agreement"),
                                       QStringLiteral("Alpha beta\n\n- gamma\n"), QStringLiteral("Merge"))));
    CHECK(f.edit->toPlainText() == QStringLiteral("Alpha beta\ngamma"));
    CHECK(f.edit->textCursor().position() == 5);
    const int steps = f.stack()->count();

    QTest::keyClick(f.edit, Qt::Key_Tab); // leaving without typing writes nothing
    CHECK(f.stack()->count() == steps);
    CHECK(f.stored().scopeAgreement == QStringLiteral("Alpha beta\n\n- gamma\n"));
}

TEST_CASE("A read-only engagement shows its agreement without editing", "[ui][scope][agreement]")
{
    DemoWindow held(1, DemoWindow::Access::HeldElsewhere);
    ui::MainWindow& window = *held.window;
    auto* edit = window.findChild<QTextEdit*>(QStringLiteral("scopeAgreementEdit"));
    REQUIRE(edit);
    CHECK(edit->isReadOnly());
    for (const char* name : {"markdownHeading1Action", "markdownHeading2Action", "markdownBoldAction",
                             "markdownItalicAction", "markdownBulletsAction", "markdownNumbersAction"}) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action);
        CHECK_FALSE(action->isEnabled());
    }
    auto* agreed = window.findChild<ui::OptionalDateEdit*>(QStringLiteral("scopeAgreedDate"));
    REQUIRE(agreed);
    CHECK(agreed->editor()->isReadOnly());
}
