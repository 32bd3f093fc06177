// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"
#include "report/reportexport.h"

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace pc::ui {

class AccuracyLogPanel;
class MarkdownEdit;
class ProblemList;

/// The Report stage: the feedback report's outline, the narrative of the section chosen (what the
/// team writes; the rest is generated from the file and said so), a live preview, the versions
/// sent to the council, the factual-accuracy log, the names the non-attribution checks find, and
/// exports of the report, the last-day slides and the team briefing pack.
class ReportPage : public Page
{
    Q_OBJECT

public:
    explicit ReportPage(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session) override;

    /// Exports through the file dialog, the final report's gate and the progress dialog.
    void exportProduct(report::Product product, report::Format format);
    /// Records the next version as sent to the council today (a draft, or the final report).
    void issueVersion(bool final);

private:
    void buildOutline();
    void showSection();
    void commitText(const QString& markdown);
    void refresh();
    void refreshPreview();
    void refreshNames();
    [[nodiscard]] QString currentKey() const;
    /// The names found, shown for a decision; true when there are none or the user goes on.
    [[nodiscard]] bool passesGate();

    Prompter& m_prompter;
    EngagementSession* m_session = nullptr;
    QTreeWidget* m_outline;
    QLabel* m_sectionTitle;
    QLabel* m_sectionHint;
    MarkdownEdit* m_text;
    QTextBrowser* m_preview;
    AccuracyLogPanel* m_log;
    ProblemList* m_names;
    QTabWidget* m_tabs;
    QLabel* m_version;
    QPushButton* m_issueDraft;
    QPushButton* m_issueFinal;
    QToolButton* m_export;
    QTimer* m_previewTimer;
    bool m_previewAtSection = false; // the next preview opens at the section chosen
};

} // namespace pc::ui
