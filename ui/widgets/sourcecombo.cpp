// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcecombo.h"

#include "models/capturesources.h"

#include <QSignalBlocker>

namespace pc::ui {

SourceCombo::SourceCombo(QWidget* parent)
    : QComboBox(parent)
{
    // Long session titles are elided rather than widening the page.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setMaxVisibleItems(20);
}

void SourceCombo::setAnyChoice(const QString& text)
{
    m_anyText = text;
}

void SourceCombo::addChoice(Kind kind, const QUuid& id, const QString& text)
{
    addItem(text, id);
    setItemData(count() - 1, int(kind), kindRole);
    setItemData(count() - 1, text, Qt::ToolTipRole);
}

void SourceCombo::setSources(const QList<Session>& sessions, const QList<Document>& documents)
{
    const Kind kind = currentKind();
    const QUuid id = currentId();
    const bool hadChoice = currentIndex() >= 0;
    const QSignalBlocker blocker(this); // the caller reads the choice afterwards
    clear();
    m_sessionTexts.clear();
    if (!m_anyText.isEmpty())
        addChoice(Kind::Any, {}, m_anyText);
    addChoice(Kind::None, {}, tr("No session"));
    for (const Session& s : sessions) {
        if (s.isCancelled())
            continue;
        m_sessionTexts.insert(s.id, sessionChoiceText(s));
        addChoice(Kind::Session, s.id, m_sessionTexts.value(s.id));
    }
    if (!documents.isEmpty())
        insertSeparator(count());
    for (const Document& d : documents)
        addChoice(Kind::Document, d.id, tr("Document: %1").arg(d.title));
    int index = 0;
    if (hadChoice && kind != Kind::Any && kind != Kind::None)
        index = std::max(0, findData(id));
    else if (hadChoice && kind == Kind::None)
        index = m_anyText.isEmpty() ? 0 : 1;
    setCurrentIndex(index);
    setRunning(m_running);
}

void SourceCombo::setRunning(const QUuid& session)
{
    m_running = session;
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, kindRole).toInt() != int(Kind::Session))
            continue;
        const QUuid id = itemData(i).toUuid();
        const QString text = m_sessionTexts.value(id);
        setItemText(i, id == session ? tr("Now: %1").arg(text) : text);
    }
}

SourceCombo::Kind SourceCombo::currentKind() const
{
    return currentIndex() < 0 ? Kind::None : Kind(currentData(kindRole).toInt());
}

QUuid SourceCombo::currentId() const
{
    return currentData().toUuid();
}

bool SourceCombo::choose(const QUuid& id)
{
    int index = -1;
    for (int i = 0; i < count() && index < 0; ++i) {
        const Kind kind = Kind(itemData(i, kindRole).toInt());
        if (id.isNull() ? kind == Kind::None : (kind != Kind::Any && itemData(i).toUuid() == id))
            index = i;
    }
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

void SourceCombo::step(int direction)
{
    for (int i = currentIndex() + direction; i >= 0 && i < count(); i += direction) {
        if (!itemData(i, kindRole).isNull()) { // a separator has no kind
            setCurrentIndex(i);
            return;
        }
    }
}

} // namespace pc::ui
