// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "appsettings.h"
#include "models/capturesources.h"

#include <QDateTime>
#include <QList>
#include <QUuid>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pc::ui {

class ChipButton;
class SourceCombo;

/// The capture box: a note typed during a conversation, where it came from, its themes, kind and
/// sentiment. Built so the hands never leave the keyboard and the text box never loses the focus:
/// Alt+1..9 toggle the scope's themes, Alt+S strength, Alt+C concern, Alt+K the kind, Alt+Up and
/// Alt+Down choose another session, Alt+0 goes back to the session running now, Ctrl+Enter saves.
/// It knows nothing of the file: the page gives it the context and the time, and saves.
class CaptureEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CaptureEditor(QWidget* parent = nullptr);

    /// The sessions, documents, themes and members to offer; choices still offered are kept.
    void setContext(const CaptureContext& context);
    /// The time now: the session running is offered first, and chosen unless the user chose another.
    void setNow(const QDateTime& now);
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const { return m_editable; }

    [[nodiscard]] QUuid author() const { return m_author; }
    void setAuthor(const QUuid& member);
    [[nodiscard]] CaptureDraft draft() const;
    void setDraft(const CaptureDraft& draft);
    /// After a save: empties the text and starts the next note (themes kept only when asked).
    void startNextNote(bool keepThemes);
    [[nodiscard]] bool keepsThemes() const;
    void setKeepsThemes(bool keep);
    /// The session running now for the author (null when none).
    [[nodiscard]] QUuid runningSession() const { return m_running; }

    [[nodiscard]] QPlainTextEdit* textEdit() const { return m_text; }
    void focusText();

signals:
    /// Ctrl+Enter or the Save button.
    void saveRequested();
    /// The text, themes, kind, sentiment or source changed (for the draft kept on disk).
    void draftChanged();
    void authorChosen(const QUuid& member);
    void keepThemesChanged(bool keep);

private:
    QWidget* buildSourceRow();
    QWidget* buildFooter();
    void addShortcuts();
    void rebuildThemes();
    void rebuildAuthors();
    void toggleTheme(int index);
    void toggleSentiment(Sentiment sentiment);
    void setSentiment(Sentiment sentiment);
    void stepKind(int direction);
    void stepSource(int direction);
    void followClock();
    void sourceChosen();
    void updateFollowHint();
    void changed();

    CaptureContext m_context;
    QDateTime m_now;
    QUuid m_author;
    QUuid m_running;
    bool m_pinned = false; // the user chose the source; the clock leaves it alone
    bool m_editable = true;
    bool m_quiet = false;  // restoring: no draftChanged()
    QList<QUuid> m_themes; // ticked, in scope order
    Sentiment m_sentiment = Sentiment::Neutral;

    SourceCombo* m_source = nullptr;
    QLabel* m_followHint = nullptr;
    QComboBox* m_authorCombo = nullptr;
    QLabel* m_themesHeading = nullptr;
    QGridLayout* m_themeGrid = nullptr;
    QList<ChipButton*> m_themeChips;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_kind = nullptr;
    ChipButton* m_strength = nullptr;
    ChipButton* m_concern = nullptr;
    QCheckBox* m_keepThemes = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace pc::ui
