// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/member.h"
#include "model/theme.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QTabWidget;

namespace pc::ui {

class Command;
class CommitLineEdit;
class CommitTextEdit;
class EngagementSession;
class LocationField;
class OptionalDateEdit;
class Prompter;
class ReadersGrid;

/// The form of one document of the pre-reading library: its own fields, its themes and its
/// readers. Every edit is a command pushed to the session; what it shows comes from
/// showDocument(), called by the page after each change.
class DocumentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentEditor(Prompter& prompter, QWidget* parent = nullptr);

    void setSession(EngagementSession* session);
    /// Shows `document` (an empty form, disabled, when it is null) with the scope's themes and the team.
    void showDocument(const Document* document, const QList<Theme>& themes, const QList<Member>& members);
    /// Puts the cursor in the title with the title selected, for a document just added.
    void focusTitle();

private:
    QWidget* buildFields();
    QWidget* buildThemes();
    QWidget* buildReaders();
    void updateTabTitles();
    void showThemes(const QList<Theme>& themes);
    void updateEditable();
    [[nodiscard]] bool isEditable() const;
    /// Pushes an edit of the shown document; when it is refused, shows the stored values again.
    void push(std::unique_ptr<Command> command);
    void commitField(const QString& field, const QVariant& value, const QString& text);
    void commitTitle(const QString& text);
    void toggleTheme(QListWidgetItem* item);
    void setAsked(const QUuid& member, bool asked);
    void setRead(const QUuid& member, bool read);
    void askEveryone();
    void markAllRead();
    [[nodiscard]] QString memberName(const QUuid& member) const;

    EngagementSession* m_session = nullptr;
    Document m_document; // what the form shows; a null id when nothing is selected
    QList<Theme> m_allThemes;
    QList<Member> m_members;
    bool m_showing = false; // the form is being filled in, not edited

    QTabWidget* m_tabs = nullptr;
    CommitLineEdit* m_title = nullptr;
    QComboBox* m_source = nullptr;
    OptionalDateEdit* m_received = nullptr;
    OptionalDateEdit* m_sent = nullptr;
    LocationField* m_location = nullptr;
    CommitTextEdit* m_notes = nullptr;
    QListWidget* m_themes = nullptr;
    ReadersGrid* m_readers = nullptr;
};

} // namespace pc::ui
