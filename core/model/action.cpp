// SPDX-License-Identifier: GPL-3.0-or-later
#include "action.h"

#include <QObject>

namespace pc {

namespace {

const QUuid followUpSpace = QUuid::fromString(QStringLiteral("{3b9e1f52-7c4d-5a8e-b2f1-6d0c9a4e7b13}"));

} // namespace

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Completed:
        return QStringLiteral("completed");
    case ActionStatus::Continuous:
        return QStringLiteral("continuous");
    case ActionStatus::Dropped:
        return QStringLiteral("dropped");
    case ActionStatus::NotStarted:
        break;
    }
    return QStringLiteral("not-started");
}

ActionStatus actionStatusFromKey(const QString& key)
{
    for (const ActionStatus s : allActionStatuses) {
        if (actionStatusKey(s) == key)
            return s;
    }
    return ActionStatus::NotStarted;
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::InProgress:
        return QObject::tr("In progress");
    case ActionStatus::Completed:
        return QObject::tr("Completed");
    case ActionStatus::Continuous:
        return QObject::tr("Continuous");
    case ActionStatus::Dropped:
        return QObject::tr("Dropped");
    case ActionStatus::NotStarted:
        break;
    }
    return QObject::tr("Not started");
}

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::NotStarted || status == ActionStatus::InProgress;
}

QString ragKey(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Green:
        return QStringLiteral("green");
    case Rag::None:
        break;
    }
    return QStringLiteral("none");
}

Rag ragFromKey(const QString& key)
{
    for (const Rag r : allRags) {
        if (ragKey(r) == key)
            return r;
    }
    return Rag::None;
}

QString ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QObject::tr("Red");
    case Rag::Amber:
        return QObject::tr("Amber");
    case Rag::Green:
        return QObject::tr("Green");
    case Rag::None:
        break;
    }
    return QObject::tr("Not rated");
}

bool isOverdue(const Action& action, const QDate& today)
{
    return action.deadline.isValid() && action.deadline < today && isOpen(action.status);
}

QUuid progressReviewId()
{
    return QUuid::createUuidV5(followUpSpace, QStringLiteral("progress-review"));
}

QUuid assessmentId(const QUuid& recommendation)
{
    return QUuid::createUuidV5(followUpSpace, QStringLiteral("assessment/") + recommendation.toString());
}

} // namespace pc
