// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace pc::ui {

class FindingEdits;
class FindingsData;
class RecommendationEditor;
class RecommendationModel;

/// The recommendations of the whole report: numbered 1 to n in the order on the left (Alt+Up and
/// Alt+Down reorder), the selected one in the middle, and on the right the key recommendations in
/// the order the executive summary gives them.
class RecommendationsView : public QWidget
{
    Q_OBJECT

public:
    RecommendationsView(FindingsData& data, FindingEdits& edits, QWidget* parent = nullptr);

    [[nodiscard]] QUuid currentRecommendation() const { return m_current; }
    void selectRecommendation(const QUuid& id);
    /// The theme a new recommendation belongs to (the page's theme).
    void setTheme(const QUuid& theme) { m_theme = theme; }

private:
    QWidget* buildList();
    QWidget* buildKeys();
    QToolButton* addButton(QWidget* parent, const QString& text, const char* name, const QString& tip);
    void restoreSelection();
    void updateState();
    void add();
    void remove();
    void move(int step);
    void moveKey(int step);
    [[nodiscard]] QUuid currentKey() const;

    FindingsData& m_data;
    FindingEdits& m_edits;
    RecommendationModel* m_model = nullptr;
    RecommendationModel* m_keyModel = nullptr;
    QUuid m_current; // kept across model resets
    QUuid m_currentKey;
    QUuid m_theme;
    QTreeView* m_list = nullptr;
    QTreeView* m_keys = nullptr;
    QLabel* m_keysEmpty = nullptr;
    RecommendationEditor* m_editor = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_remove = nullptr;
    QToolButton* m_up = nullptr;
    QToolButton* m_down = nullptr;
    QToolButton* m_keyUp = nullptr;
    QToolButton* m_keyDown = nullptr;
    QToolButton* m_notKey = nullptr;
};

} // namespace pc::ui
