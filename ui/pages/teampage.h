// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

#include <QUuid>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace pc::ui {

class CommitLineEdit;
class MemberDeclarationForm;
class MemberThemesList;
class MemberModel;
class ProblemList;

/// The Team stage: the live team checks, the table of members and a form that edits the
/// selected one. Every edit is a command; the page redraws from the session's changed() signal.
class TeamPage : public Page
{
    Q_OBJECT

public:
    explicit TeamPage(Prompter& prompter, QWidget* parent = nullptr);
    void setSession(EngagementSession* session) override;
    /// Where the user's peer pool lives, for "Add to pool".
    void setPoolDirectory(const QString& directory) { m_poolDirectory = directory; }

private:
    QWidget* buildChecks();
    QWidget* buildTable();
    QWidget* buildEditor();
    CommitLineEdit* addLineEdit(const char* name, const QString& label, const QString& field);
    void refresh();
    void refreshChecks();
    void showMember();
    void select(const QUuid& id);
    void updateEnabled();
    [[nodiscard]] QUuid currentId() const;
    void commitField(const QString& field, const QVariant& value, const QString& label);
    void addMember();
    void removeMember();
    void addToPool();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    MemberModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QUuid m_selected; // kept across model resets
    ProblemList* m_checks = nullptr;
    QLabel* m_checksPassed = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_toPool = nullptr;
    QString m_poolDirectory;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_editor = nullptr; // the Details tab
    MemberDeclarationForm* m_declaration = nullptr;
    MemberThemesList* m_themesLed = nullptr;
    QLabel* m_partyMix = nullptr;
    QList<CommitLineEdit*> m_lineEdits;
    CommitLineEdit* m_name = nullptr;
    CommitLineEdit* m_jobTitle = nullptr;
    CommitLineEdit* m_organisation = nullptr;
    CommitLineEdit* m_politicalGroup = nullptr;
    CommitLineEdit* m_email = nullptr;
    CommitLineEdit* m_phone = nullptr;
    CommitLineEdit* m_expertise = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_sector = nullptr;
};

} // namespace pc::ui
