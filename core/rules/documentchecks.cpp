// SPDX-License-Identifier: GPL-3.0-or-later
// Document checks: the pre-reading of DOMAIN.md section 3.
#include "checkfamilies.h"

#include <QLocale>
#include <QObject>

#include <algorithm>

namespace pc {

namespace {

const QString positionStatementId = QStringLiteral("documents.position-statement");
const QString notSentId = QStringLiteral("documents.not-sent");
const QString noReadersId = QStringLiteral("documents.no-readers");

Problem documentProblem(const QString& id, Severity severity, const QString& message,
                        const QUuid& record = {})
{
    return {id, severity, Stage::Documents, message, record};
}

QString quoted(const QString& title)
{
    return QStringLiteral("\u201c%1\u201d").arg(title);
}

QList<Problem> positionStatement(const CheckInput& input)
{
    const QDate due = input.engagement.date(Milestone::PositionStatementDue);
    if (!due.isValid() || input.today <= due)
        return {};
    const bool received =
        std::any_of(input.documents.cbegin(), input.documents.cend(), [](const Document& d) {
            return d.title.contains(QStringLiteral("position statement"), Qt::CaseInsensitive)
                   && d.received.isValid();
        });
    if (received)
        return {};
    return {
        documentProblem(positionStatementId, Severity::Warning,
                        QObject::tr("The council's position statement was due on %1 and is not in the "
                                    "library: add it (with \u201cposition statement\u201d in its title) and "
                                    "the date it arrived, or chase it.")
                            .arg(QLocale().toString(due, QStringLiteral("d MMMM yyyy"))))};
}

QList<Problem> notSent(const CheckInput& input)
{
    const QDate sendBy = input.engagement.date(Milestone::PreReadingSent);
    if (!sendBy.isValid() || input.today < sendBy)
        return {};
    QStringList titles;
    QUuid first;
    for (const Document& document : input.documents) {
        if (document.received.isValid() && !document.sent.isValid()) {
            titles.append(quoted(document.title));
            if (first.isNull())
                first = document.id;
        }
    }
    if (titles.isEmpty())
        return {};
    return {
        documentProblem(notSentId, Severity::Warning,
                        (titles.size() == 1 ? QObject::tr("1 document received but not sent to the team: "
                                                          "%1. Send it and record the date.")
                                            : QObject::tr("%1 documents received but not sent to the team: "
                                                          "%2. Send them and record the date.")
                                                  .arg(titles.size()))
                            .arg(namesInWords(titles)),
                        first)};
}

QList<Problem> noReaders(const CheckInput& input)
{
    QStringList titles;
    QUuid first;
    for (const Document& document : input.documents) {
        if (document.readers.isEmpty()) {
            titles.append(quoted(document.title));
            if (first.isNull())
                first = document.id;
        }
    }
    if (titles.isEmpty())
        return {};
    return {
        documentProblem(noReadersId, Severity::Advice,
                        QObject::tr("No one is asked to read %1: ask the leads of its themes, or everyone.")
                            .arg(namesInWords(titles)),
                        first)};
}

} // namespace

QList<CheckDef> documentChecks()
{
    return {
        {positionStatementId, Stage::Documents, QObject::tr("The position statement has arrived"),
         positionStatement},
        {notSentId, Stage::Documents, QObject::tr("Every document received is sent to the team"), notSent},
        {noReadersId, Stage::Documents, QObject::tr("Every document has readers"), noReaders},
    };
}

} // namespace pc
