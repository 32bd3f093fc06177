// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace pc::ui {

class CommitLineEdit;
class ContactModel;
class EngagementSession;
class Prompter;

/// The Scope page's contacts tab: the host council's people (personal data, used to plan
/// sessions and never printed in reports) as a table, with a form that edits the selected one.
class ContactsSection : public QWidget
{
    Q_OBJECT

public:
    explicit ContactsSection(Prompter& prompter, QWidget* parent = nullptr);
    void setSession(EngagementSession* session);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* buildNote();
    QWidget* buildTable();
    QWidget* buildEditor();
    CommitLineEdit* addLineEdit(const char* name, const QString& label, const QString& field);
    void refresh();
    void fitColumns();
    void showContact();
    void showEmailWarning();
    void select(const QUuid& id);
    void updateEnabled();
    [[nodiscard]] QUuid currentId() const;
    void commitField(const QString& field, const QVariant& value, const QString& label);
    void commitNotes();
    void addContact();
    void removeContact();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    ContactModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QUuid m_selected; // kept across model resets
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QAction* m_delete = nullptr;
    QWidget* m_editor = nullptr;
    QList<CommitLineEdit*> m_lineEdits;
    CommitLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    CommitLineEdit* m_jobTitle = nullptr;
    CommitLineEdit* m_email = nullptr;
    QAction* m_emailWarning = nullptr;
    CommitLineEdit* m_phone = nullptr;
    QPlainTextEdit* m_notes = nullptr;
};

} // namespace pc::ui
