// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QDate;

namespace pc::ui {

class EngagementSession;
class MarkdownEdit;
class OptionalDateEdit;

/// The Scope page's agreement tab: what the council asked the team to look at (Markdown, on
/// the engagement record) and the date it was agreed. Typing is committed after a pause or on
/// leaving the text, as SetField edits that merge while the typing goes on.
class ScopeAgreementSection : public QWidget
{
    Q_OBJECT

public:
    explicit ScopeAgreementSection(QWidget* parent = nullptr);
    void setSession(EngagementSession* session);

private:
    void refresh();
    void commitText(const QString& markdown);
    void commitDate(const QDate& date);

    EngagementSession* m_session = nullptr;
    OptionalDateEdit* m_agreed = nullptr;
    MarkdownEdit* m_text = nullptr;
};

} // namespace pc::ui
