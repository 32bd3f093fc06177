// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "findingedits.h"
#include "page.h"

#include <QUuid>

class QButtonGroup;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace pc::ui {

class EvidenceNoteModel;
class FindingsData;
class FindingsView;
class HuddleView;
class RecommendationsView;

/// Stage 6, what the team concluded: per theme, the strengths and areas for consideration with the
/// evidence behind each (triangulated, thin evidence flagged); the recommendations numbered across
/// the report, with the key ones for the executive summary; and the evening huddle, where the
/// day's unlinked notes are clustered into findings. Every edit is a command.
class FindingsPage : public Page
{
    Q_OBJECT

public:
    enum class View { Findings, Recommendations, Huddle };

    /// The page asks no blocking questions (every edit undoes), so it keeps no prompter.
    explicit FindingsPage(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session) override;
    void showView(View view);
    [[nodiscard]] View view() const;
    void setTheme(const QUuid& theme);
    [[nodiscard]] QUuid theme() const { return m_theme; }

    [[nodiscard]] FindingsView* findingsView() const { return m_findings; }
    [[nodiscard]] RecommendationsView* recommendationsView() const { return m_recommendations; }
    [[nodiscard]] HuddleView* huddleView() const { return m_huddle; }

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* buildToolbar();
    void refresh();
    void fillThemes();
    void refreshSummary();

    FindingsData* m_data = nullptr;
    FindingEdits m_edits;
    EvidenceNoteModel* m_notes = nullptr;
    QUuid m_theme;

    QComboBox* m_themes = nullptr;
    QLabel* m_themesLabel = nullptr;
    QButtonGroup* m_views = nullptr;
    QLabel* m_summary = nullptr;
    QStackedWidget* m_content = nullptr; // the views, or what to do first
    QStackedWidget* m_stack = nullptr;   // one view at a time
    QLabel* m_empty = nullptr;
    FindingsView* m_findings = nullptr;
    RecommendationsView* m_recommendations = nullptr;
    HuddleView* m_huddle = nullptr;
};

} // namespace pc::ui
