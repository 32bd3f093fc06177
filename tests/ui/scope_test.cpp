// SPDX-License-Identifier: GPL-3.0-or-later
// The Scope page driven as a person would: the theme list, its buttons and the key questions.
#include "demo/demoengagement.h"
#include "storage/engagementfile.h"
#include "storage/scoperepository.h"
#include "support/demowindow.h"
#include "support/scriptedprompter.h"
#include "support/testsupport.h"
#include "ui/appsettings.h"
#include "ui/mainwindow.h"
#include "ui/session/engagementsession.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace pc;
using namespace pc::test;

namespace {

/// A window on a fresh demo engagement, showing the Scope page.
struct Fixture : DemoWindow
{
    Fixture()
        : DemoWindow(1)
    {
    }

    void click(const char* name) const
    {
        auto* button = find<QPushButton>(QString::fromLatin1(name));
        REQUIRE(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    QListWidget* themeList() const { return find<QListWidget>(QStringLiteral("themeList")); }
    QListWidget* questionList() const { return find<QListWidget>(QStringLiteral("questionList")); }

    QList<Theme> stored() const { return ScopeRepository(window->session()->file().records()).themes(); }

    std::optional<Theme> storedTheme(const QUuid& id) const
    {
        return ScopeRepository(window->session()->file().records()).theme(id);
    }

    QUuid currentThemeId() const { return themeList()->currentItem()->data(Qt::UserRole).toUuid(); }

    QStringList questionTexts() const
    {
        QStringList texts;
        for (int i = 0; i < questionList()->count(); ++i)
            texts.append(questionList()->item(i)->text());
        return texts;
    }

    /// Selects a question and gives it new text, as the in-place editor does when it commits.
    void editQuestion(int row, const QString& text) const
    {
        QListWidgetItem* item = questionList()->item(row);
        REQUIRE(item);
        questionList()->setCurrentItem(item);
        item->setText(text);
        REQUIRE(QTest::qWaitFor([this, row, text] {
            return questionList()->count() > row && questionList()->item(row)->text() == text
                   && storedQuestionTexts().value(row) == text;
        }));
    }

    QStringList storedQuestionTexts() const
    {
        QStringList texts;
        if (const auto theme = storedTheme(currentThemeId()))
            for (const KeyQuestion& question : theme->questions)
                texts.append(question.text);
        return texts;
    }

    QUndoStack* undoStack() const { return window->session()->undoStack(); }
};

} // namespace

TEST_CASE("The Scope page lists the demo's seven themes with the five core elements first", "[ui][scope]")
{
    Fixture f;
    QListWidget* list = f.themeList();
    REQUIRE(list->count() == 7);
    for (int row = 0; row < 5; ++row)
        CHECK(list->item(row)->text().endsWith(QStringLiteral("(core element)")));
    for (int row = 5; row < 7; ++row)
        CHECK(list->item(row)->text().endsWith(QStringLiteral("(focus area)")));
    CHECK_FALSE(f.find<QLabel>(QStringLiteral("scopeEmpty"))->isVisible());
    CHECK(list->currentRow() == 0);
    const Theme first = f.stored().first();
    CHECK(f.find<QLineEdit>(QStringLiteral("themeTitleEdit"))->text() == first.title);
    CHECK(f.questionList()->count() == first.questions.size());
}

TEST_CASE("Core elements cannot be removed, focus areas can", "[ui][scope]")
{
    Fixture f;
    auto* remove = f.find<QPushButton>(QStringLiteral("removeThemeButton"));
    f.themeList()->setCurrentRow(0);
    CHECK_FALSE(remove->isEnabled());
    CHECK(remove->toolTip() == QStringLiteral("Core elements of the programme cannot be removed"));
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("moveThemeUpButton"))->isEnabled());
    f.themeList()->setCurrentRow(4);
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("moveThemeDownButton"))->isEnabled()); // not past the core
    f.themeList()->setCurrentRow(5);
    CHECK(remove->isEnabled());
    CHECK(remove->toolTip().isEmpty());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("moveThemeUpButton"))->isEnabled());
}

TEST_CASE("A focus area added, renamed and given questions undoes step by step and redoes",
          "[ui][scope][undo]")
{
    Fixture f;
    const QList<Theme> before = f.stored();
    REQUIRE(f.undoStack()->count() == 0);

    f.click("addThemeButton");
    REQUIRE(f.themeList()->count() == 8);
    CHECK(f.themeList()->currentRow() == 7);
    const QUuid added = f.currentThemeId();
    auto* title = f.find<QLineEdit>(QStringLiteral("themeTitleEdit"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Housing delivery"));
    QTest::keyClick(title, Qt::Key_Return);
    REQUIRE(f.storedTheme(added)->title == QStringLiteral("Housing delivery"));
    CHECK(f.themeList()->currentItem()->text() == QStringLiteral("Housing delivery (focus area)"));

    f.click("addQuestionButton");
    f.editQuestion(0, QStringLiteral("Is the pipeline realistic?"));
    f.click("addQuestionButton");
    f.editQuestion(1, QStringLiteral("Who owns delivery?"));
    CHECK(f.questionList()->currentRow() == 1);
    f.click("moveQuestionUpButton");
    const QStringList reordered{QStringLiteral("Who owns delivery?"),
                                QStringLiteral("Is the pipeline realistic?")};
    CHECK(f.questionTexts() == reordered);
    CHECK(f.storedQuestionTexts() == reordered);
    CHECK(f.questionList()->currentRow() == 0); // the moved question stays selected
    const QList<Theme> after = f.stored();
    REQUIRE(f.undoStack()->count() == 7); // add, rename, two adds, two edits, move

    QAction* undo = f.find<QAction>(QStringLiteral("actionUndo"));
    QAction* redo = f.find<QAction>(QStringLiteral("actionRedo"));
    undo->trigger(); // the move
    CHECK(
        f.questionTexts()
        == QStringList({QStringLiteral("Is the pipeline realistic?"), QStringLiteral("Who owns delivery?")}));
    undo->trigger(); // second question's text
    CHECK(f.questionTexts().value(1) == QStringLiteral("New key question"));
    undo->trigger(); // second question
    CHECK(f.questionTexts() == QStringList({QStringLiteral("Is the pipeline realistic?")}));
    undo->trigger(); // first question's text
    undo->trigger(); // first question
    CHECK(f.questionList()->count() == 0);
    CHECK(f.currentThemeId() == added); // the selection follows the theme by id
    undo->trigger();                    // the rename
    CHECK(f.storedTheme(added)->title == QStringLiteral("New focus area"));
    CHECK(title->text() == QStringLiteral("New focus area"));
    undo->trigger(); // the focus area itself
    CHECK(f.themeList()->count() == 7);
    CHECK_FALSE(f.storedTheme(added));
    CHECK(f.stored() == before);
    CHECK_FALSE(undo->isEnabled());

    for (int step = 0; step < 7; ++step)
        redo->trigger();
    CHECK(f.stored() == after);
    CHECK(f.themeList()->count() == 8);
    CHECK_FALSE(redo->isEnabled());
}

TEST_CASE("A focus area removed comes back with its questions on undo", "[ui][scope][undo]")
{
    Fixture f;
    const QList<Theme> before = f.stored();
    f.themeList()->setCurrentRow(6);
    const QUuid focus = f.currentThemeId();
    f.click("addQuestionButton");
    f.editQuestion(f.questionList()->count() - 1, QStringLiteral("Is the council ready?"));
    const std::optional<Theme> withQuestions = f.storedTheme(focus);
    REQUIRE(withQuestions);
    REQUIRE_FALSE(withQuestions->questions.isEmpty());

    f.click("removeThemeButton");
    CHECK(f.themeList()->count() == 6);
    CHECK_FALSE(f.storedTheme(focus));

    f.find<QAction>(QStringLiteral("actionUndo"))->trigger();
    REQUIRE(f.themeList()->count() == 7);
    CHECK(f.storedTheme(focus) == withQuestions);
    CHECK(f.themeList()->item(6)->data(Qt::UserRole).toUuid() == focus);
    CHECK(f.stored().size() == before.size());
}

TEST_CASE("Moving a core element swaps it with its neighbour and undo puts it back", "[ui][scope][undo]")
{
    Fixture f;
    const QList<Theme> before = f.stored();
    f.themeList()->setCurrentRow(1);
    const QUuid moved = f.currentThemeId();
    f.click("moveThemeUpButton");
    CHECK(f.themeList()->currentRow() == 0);
    CHECK(f.currentThemeId() == moved);
    CHECK(f.stored().first().id == moved);
    f.find<QAction>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.stored() == before);
    CHECK(f.themeList()->currentRow() == 1);
}

TEST_CASE("A scope without themes says what to do, and the first focus area replaces that", "[ui][scope]")
{
    Fixture f;
    f.prompter.nextEngagement = ui::NewEngagementChoice{QStringLiteral("blank"), {}, QStringLiteral("Empty")};
    f.prompter.nextSave = f.folder.path(QStringLiteral("empty.peerchallenge"));
    f.find<QAction>(QStringLiteral("actionNew"))->trigger();
    REQUIRE(f.stored().isEmpty());
    f.window->showStage(1);
    auto* empty = f.find<QLabel>(QStringLiteral("scopeEmpty"));
    CHECK(empty->isVisible());
    CHECK(empty->text().startsWith(QStringLiteral("Add the themes of the scope")));
    CHECK_FALSE(f.themeList()->isVisible());
    CHECK_FALSE(f.find<QPushButton>(QStringLiteral("removeThemeButton"))->isEnabled());

    f.click("addThemeButton");
    CHECK_FALSE(empty->isVisible());
    REQUIRE(f.themeList()->count() == 1);
    CHECK(f.themeList()->isVisible());
}

TEST_CASE("A read-only engagement shows its scope without editing", "[ui][scope]")
{
    DemoWindow held(1, DemoWindow::Access::HeldElsewhere);
    ui::MainWindow& window = *held.window;
    auto* list = window.findChild<QListWidget*>(QStringLiteral("themeList"));
    REQUIRE(list);
    CHECK(list->count() == 7);
    list->setCurrentRow(6);
    for (const char* name :
         {"addThemeButton", "removeThemeButton", "moveThemeUpButton", "moveThemeDownButton",
          "addQuestionButton", "removeQuestionButton", "moveQuestionUpButton", "moveQuestionDownButton"}) {
        auto* button = window.findChild<QPushButton*>(QString::fromLatin1(name));
        REQUIRE(button);
        CHECK_FALSE(button->isEnabled());
    }
    CHECK(window.findChild<QLineEdit*>(QStringLiteral("themeTitleEdit"))->isReadOnly());
    CHECK(window.findChild<QPlainTextEdit*>(QStringLiteral("themeDescriptionEdit"))->isReadOnly());
    auto* questions = window.findChild<QListWidget*>(QStringLiteral("questionList"));
    REQUIRE(questions);
    for (int i = 0; i < questions->count(); ++i)
        CHECK_FALSE(questions->item(i)->flags().testFlag(Qt::ItemIsEditable));
}

TEST_CASE("A theme's description is committed when the field loses focus, as one undoable edit",
          "[ui][scope][undo]")
{
    Fixture f;
    f.themeList()->setCurrentRow(2);
    const QUuid theme = f.currentThemeId();
    const QString before = f.storedTheme(theme)->description;
    auto* description = f.find<QPlainTextEdit>(QStringLiteral("themeDescriptionEdit"));
    description->setFocus();
    REQUIRE(QTest::qWaitFor([description] { return description->hasFocus(); }));
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("How the council leads its place"));
    f.find<QLineEdit>(QStringLiteral("themeTitleEdit"))->setFocus();
    REQUIRE(QTest::qWaitFor([&f, theme] {
        return f.storedTheme(theme)->description == QStringLiteral("How the council leads its place");
    }));
    CHECK(f.undoStack()->count() == 1);
    f.find<QAction>(QStringLiteral("actionUndo"))->trigger();
    CHECK(f.storedTheme(theme)->description == before);
    CHECK(description->toPlainText() == before);
}
