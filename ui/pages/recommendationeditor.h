// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;

namespace pc {
struct Recommendation;
}

namespace pc::ui {

class CommitTextEdit;
class FindingEdits;
class FindingsData;

/// One recommendation: its text, the theme it belongs to (or none: cross-cutting), the team's
/// agreement, whether it is key, and the findings it answers, ticked in a list of every finding
/// by theme. Each change is one undo step.
class RecommendationEditor : public QWidget
{
    Q_OBJECT

public:
    RecommendationEditor(FindingsData& data, FindingEdits& edits, QWidget* parent = nullptr);

    void showRecommendation(const QUuid& id);
    void focusText();

private:
    QWidget* buildForm();
    void refresh();
    void fillFindings(const Recommendation& shown);
    void findingToggled(QListWidgetItem* item);
    void commit(const Recommendation& after, const QString& what);

    FindingsData& m_data;
    FindingEdits& m_edits;
    QUuid m_id;
    bool m_filling = false; // the findings list is being filled, not ticked by a person
    QWidget* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_placeholder = nullptr;
    CommitTextEdit* m_text = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_key = nullptr;
    QListWidget* m_findings = nullptr;
    QLabel* m_answersNothing = nullptr;
};

} // namespace pc::ui
