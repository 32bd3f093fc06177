// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/theme.h"
#include "page.h"

#include <QUuid>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace pc::ui {

class Command;
class CommitLineEdit;
class ContactsSection;
class ScopeAgreementSection;

/// Stage 1, in three tabs: the themes of the scope (the programme's core elements, then the
/// council's focus areas) with, for the selected theme, its title, description and key
/// questions; the scope agreement; and the council's contacts.
class ScopePage : public Page
{
    Q_OBJECT

public:
    explicit ScopePage(Prompter& prompter, QWidget* parent = nullptr);
    void setSession(EngagementSession* session) override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildThemes();
    QWidget* buildDetails();
    QPushButton* button(const char* name, const QString& text, const QString& accessible, QWidget* parent);
    void refresh();
    void showTheme();
    void updateActions();
    [[nodiscard]] const Theme* currentTheme() const;
    [[nodiscard]] int currentQuestionRow() const;
    bool push(std::unique_ptr<Command> command);

    void addFocusArea();
    void removeTheme();
    void moveTheme(int step);
    void addQuestion();
    void removeQuestion();
    void moveQuestion(int step);
    void commitTitle(const QString& text);
    void commitDescription();
    void commitQuestion(QListWidgetItem* item);

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QList<Theme> m_themes;
    QUuid m_selectedTheme;
    QUuid m_selectedQuestion;
    bool m_refreshing = false;

    QTabWidget* m_tabs = nullptr;
    ScopeAgreementSection* m_agreement = nullptr;
    ContactsSection* m_contacts = nullptr;

    QLabel* m_empty = nullptr;
    QListWidget* m_themeList = nullptr;
    QPushButton* m_addTheme = nullptr;
    QPushButton* m_removeTheme = nullptr;
    QPushButton* m_moveThemeUp = nullptr;
    QPushButton* m_moveThemeDown = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_kind = nullptr;
    CommitLineEdit* m_title = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QListWidget* m_questionList = nullptr;
    QPushButton* m_addQuestion = nullptr;
    QPushButton* m_removeQuestion = nullptr;
    QPushButton* m_moveQuestionUp = nullptr;
    QPushButton* m_moveQuestionDown = nullptr;
};

} // namespace pc::ui
