// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/reportrecords.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pc::ui {

class EngagementSession;
class Prompter;

/// The factual-accuracy round: the council's comments on a draft, each with its decision and
/// the change or reason; log, edit (Enter or double-click), remove (Delete), export as CSV.
class AccuracyLogPanel : public QWidget
{
    Q_OBJECT

public:
    AccuracyLogPanel(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Section (key, title) pairs in report order, for the section column and the dialog.
    void setSections(const QList<std::pair<QString, QString>>& sections);
    void reload();

    void addComment();
    void editCurrent();
    void removeCurrent();
    void exportCsv();

signals:
    void statusMessage(const QString& message);

private:
    [[nodiscard]] QString sectionTitle(const QString& key) const;
    [[nodiscard]] const AccuracyComment* current() const;
    void updateButtons();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QList<std::pair<QString, QString>> m_sections;
    QList<AccuracyComment> m_comments;
    QLabel* m_summary;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_export;
};

} // namespace pc::ui
