// SPDX-License-Identifier: GPL-3.0-or-later
#include "findingedits.h"

#include "commands/evidencecommands.h"
#include "models/findingsdata.h"
#include "session/engagementsession.h"

#include <utility>

namespace pc::ui {

namespace {

/// The values whose place changes when the item at `from` moves to `to`, before and after: the
/// whole list is numbered 1..n again, so positions that tie (or were never set) still order.
template <typename T>
std::pair<QList<T>, QList<T>> moved(QList<T> ordered, qsizetype from, qsizetype to, double T::*field)
{
    std::pair<QList<T>, QList<T>> result;
    if (from < 0 || from >= ordered.size() || to < 0 || to >= ordered.size() || from == to)
        return result;
    ordered.move(from, to);
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        if (ordered[i].*field == double(i + 1))
            continue;
        result.first.append(ordered[i]);
        T after = ordered[i];
        after.*field = double(i + 1);
        result.second.append(after);
    }
    return result;
}

template <typename T>
qsizetype indexOfId(const QList<T>& values, const QUuid& id)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].id == id)
            return i;
    }
    return -1;
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

QString notesText(qsizetype n)
{
    return n == 1 ? FindingEdits::tr("1 note") : FindingEdits::tr("%1 notes").arg(n);
}

} // namespace

FindingEdits::FindingEdits(FindingsData& data)
    : m_data(data)
{
}

bool FindingEdits::push(std::unique_ptr<Command> command)
{
    return m_data.isEditable() && m_data.session()->push(std::move(command));
}

QUuid FindingEdits::addFinding(const QUuid& theme, FindingKind kind, const QString& title,
                               const QList<QUuid>& evidence)
{
    if (!m_data.isEditable() || theme.isNull())
        return {};
    Finding finding;
    finding.theme = theme;
    finding.kind = kind;
    finding.title = title;
    finding.evidence = evidence;
    const QString text = kind == FindingKind::Strength
                             ? tr("Add strength %1").arg(quoted(title))
                             : tr("Add area for consideration %1").arg(quoted(title));
    auto command = std::make_unique<AddFindings>(*m_data.session(), QList<Finding>{finding}, text);
    const AddFindings* adding = command.get();
    return push(std::move(command)) ? adding->ids().value(0) : QUuid();
}

bool FindingEdits::editFinding(const Finding& after, const QString& text)
{
    const Finding* before = m_data.finding(after.id);
    if (!before || *before == after)
        return false;
    return push(std::make_unique<EditFindings>(*m_data.session(), QList<Finding>{*before},
                                               QList<Finding>{after}, text));
}

bool FindingEdits::removeFinding(const QUuid& id)
{
    const Finding* finding = m_data.finding(id);
    if (!finding)
        return false;
    return push(std::make_unique<RemoveFindings>(*m_data.session(), QList<QUuid>{id},
                                                 tr("Delete finding %1").arg(quoted(finding->title))));
}

bool FindingEdits::moveFinding(const QUuid& id, int step)
{
    const Finding* finding = m_data.finding(id);
    if (!finding)
        return false;
    const QList<Finding> group = m_data.findingsOf(finding->theme, finding->kind);
    const qsizetype from = indexOfId(group, id);
    auto [before, after] = moved(group, from, from + step, &Finding::position);
    if (after.isEmpty())
        return false;
    const QString text = step < 0 ? tr("Move %1 up").arg(quoted(finding->title))
                                  : tr("Move %1 down").arg(quoted(finding->title));
    return push(std::make_unique<EditFindings>(*m_data.session(), before, after, text));
}

bool FindingEdits::link(const QUuid& finding, const QList<QUuid>& notes)
{
    const Finding* before = m_data.finding(finding);
    if (!before)
        return false;
    Finding after = *before;
    for (const QUuid& note : notes) {
        if (!after.evidence.contains(note) && m_data.note(note))
            after.evidence.append(note);
    }
    const qsizetype added = after.evidence.size() - before->evidence.size();
    if (added == 0)
        return false;
    return editFinding(after, tr("Link %1 to %2").arg(notesText(added), quoted(before->title)));
}

bool FindingEdits::unlink(const QUuid& finding, const QList<QUuid>& notes)
{
    const Finding* before = m_data.finding(finding);
    if (!before)
        return false;
    Finding after = *before;
    for (const QUuid& note : notes)
        after.evidence.removeAll(note);
    const qsizetype removed = before->evidence.size() - after.evidence.size();
    if (removed == 0)
        return false;
    return editFinding(after, tr("Unlink %1 from %2").arg(notesText(removed), quoted(before->title)));
}

QUuid FindingEdits::addRecommendation(const QUuid& theme, const QList<QUuid>& findings)
{
    if (!m_data.isEditable())
        return {};
    Recommendation recommendation;
    recommendation.theme = theme;
    recommendation.text = tr("New recommendation"); // a recommendation always says something
    recommendation.findings = findings;
    const qsizetype number = m_data.recommendations().size() + 1;
    auto command = std::make_unique<AddRecommendations>(
        *m_data.session(), QList<Recommendation>{recommendation}, tr("Add recommendation %1").arg(number));
    const AddRecommendations* adding = command.get();
    return push(std::move(command)) ? adding->ids().value(0) : QUuid();
}

bool FindingEdits::editRecommendation(const Recommendation& after, const QString& text)
{
    const Recommendation* before = m_data.recommendation(after.id);
    if (!before || *before == after)
        return false;
    return push(std::make_unique<EditRecommendations>(*m_data.session(), QList<Recommendation>{*before},
                                                      QList<Recommendation>{after}, text));
}

bool FindingEdits::removeRecommendation(const QUuid& id)
{
    const int number = m_data.numberOf(id);
    if (number == 0)
        return false;
    return push(std::make_unique<RemoveRecommendations>(*m_data.session(), QList<QUuid>{id},
                                                        tr("Delete recommendation %1").arg(number)));
}

bool FindingEdits::moveRecommendation(const QUuid& id, int step)
{
    const QList<Recommendation>& all = m_data.recommendations();
    const qsizetype from = indexOfId(all, id);
    auto [before, after] = moved(all, from, from + step, &Recommendation::position);
    if (after.isEmpty())
        return false;
    const QString text = step < 0 ? tr("Move recommendation %1 up").arg(from + 1)
                                  : tr("Move recommendation %1 down").arg(from + 1);
    return push(std::make_unique<EditRecommendations>(*m_data.session(), before, after, text));
}

bool FindingEdits::setKey(const QUuid& id, bool key)
{
    const Recommendation* before = m_data.recommendation(id);
    if (!before || before->isKey() == key)
        return false;
    Recommendation after = *before;
    after.keyPosition = 0;
    if (key) {
        for (const Recommendation& r : m_data.recommendations())
            after.keyPosition = std::max(after.keyPosition, r.keyPosition);
        after.keyPosition += 1;
    }
    const int number = m_data.numberOf(id);
    return editRecommendation(after, key ? tr("Make recommendation %1 key").arg(number)
                                         : tr("Take recommendation %1 out of the key ones").arg(number));
}

bool FindingEdits::moveKey(const QUuid& id, int step)
{
    const QList<Recommendation> keys = m_data.keyRecommendations();
    const qsizetype from = indexOfId(keys, id);
    auto [before, after] = moved(keys, from, from + step, &Recommendation::keyPosition);
    if (after.isEmpty())
        return false;
    const QString text = step < 0 ? tr("Move key recommendation %1 up").arg(m_data.numberOf(id))
                                  : tr("Move key recommendation %1 down").arg(m_data.numberOf(id));
    return push(std::make_unique<EditRecommendations>(*m_data.session(), before, after, text));
}

} // namespace pc::ui
