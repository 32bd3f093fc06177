// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/session.h"

#include <QComboBox>
#include <QHash>
#include <QUuid>

namespace pc::ui {

/// Where a note came from: no session, a session of the timetable, or a pre-reading document.
/// The capture box, the note editor and the notes filter share it; the filter adds "All" first.
class SourceCombo : public QComboBox
{
    Q_OBJECT

public:
    enum class Kind { None, Session, Document, Any };
    static constexpr int kindRole = Qt::UserRole + 1;

    explicit SourceCombo(QWidget* parent = nullptr);

    /// Offers "All sessions" before everything else (for filtering).
    void setAnyChoice(const QString& text);
    /// Refills the list, keeping the choice when it is still there (else the first item), without
    /// announcing it: the caller reads the choice afterwards.
    void setSources(const QList<Session>& sessions, const QList<Document>& documents);
    /// Marks a session as the one running now (or none, with a null id).
    void setRunning(const QUuid& session);

    [[nodiscard]] Kind currentKind() const;
    /// The session or document chosen; null for "No session" and "All".
    [[nodiscard]] QUuid currentId() const;
    /// Chooses a session or document by id; a null id chooses "No session". Returns whether found.
    bool choose(const QUuid& id);
    /// Steps to the previous (-1) or next (+1) session or document, past the separator.
    void step(int direction);

private:
    void addChoice(Kind kind, const QUuid& id, const QString& text);

    QString m_anyText;
    QUuid m_running;
    QHash<QUuid, QString> m_sessionTexts;
};

} // namespace pc::ui
