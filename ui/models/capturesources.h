// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/document.h"
#include "model/member.h"
#include "model/session.h"
#include "model/theme.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

namespace pc::ui {

/// What the Capture page reads besides the notes: where a note can come from, the themes it can
/// be tagged with (in scope order: the digit of Alt+1..9 is the position), and who writes.
struct CaptureContext
{
    QList<Session> sessions; // the timetable's reading order
    QList<Document> documents;
    QList<Theme> themes;
    QList<Member> members;

    friend bool operator==(const CaptureContext&, const CaptureContext&) = default;
};

/// The session running at `now` that `author` attends; else the first other session running
/// then; else a null id. `now` is read in the timetable's zone; cancelled sessions never run.
[[nodiscard]] QUuid runningSession(const QList<Session>& sessions, const QUuid& author, const QDateTime& now);

/// "Tue 10 Mar · 10:00–11:00 · Cabinet members": a session as the lists of the page name it.
[[nodiscard]] QString sessionChoiceText(const Session& session);

/// The 1-based place of a theme in the scope (its Alt+digit up to 9), or 0 when not in scope.
[[nodiscard]] int themeNumber(const QList<Theme>& themes, const QUuid& theme);

} // namespace pc::ui
