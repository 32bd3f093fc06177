// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordkinds.h"

#include "model/registry.h"
#include "storage/recordstore.h"

#include <QCoreApplication>
#include <QHash>

namespace pc::ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordKinds", text);
}

QString singularLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("engagement"), QT_TRANSLATE_NOOP("RecordKinds", "Engagement")},
        {QStringLiteral("theme"), QT_TRANSLATE_NOOP("RecordKinds", "Theme")},
        {QStringLiteral("key_question"), QT_TRANSLATE_NOOP("RecordKinds", "Key question")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("RecordKinds", "Team member")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("RecordKinds", "Council contact")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("RecordKinds", "Document")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("RecordKinds", "Location")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("RecordKinds", "Session")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("RecordKinds", "Note")},
        {QStringLiteral("finding"), QT_TRANSLATE_NOOP("RecordKinds", "Finding")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("RecordKinds", "Recommendation")},
    };
    const auto it = labels.constFind(table);
    return it == labels.cend() ? recordKindLabel(table) : tr(*it);
}

} // namespace

QString recordKindLabel(const QString& table)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("RecordKinds", "Laptops that edited the file")},
        {QStringLiteral("engagement"), QT_TRANSLATE_NOOP("RecordKinds", "Engagement details")},
        {QStringLiteral("theme"), QT_TRANSLATE_NOOP("RecordKinds", "Themes")},
        {QStringLiteral("key_question"), QT_TRANSLATE_NOOP("RecordKinds", "Key questions")},
        {QStringLiteral("member"), QT_TRANSLATE_NOOP("RecordKinds", "Team members")},
        {QStringLiteral("theme_lead"), QT_TRANSLATE_NOOP("RecordKinds", "Theme leads")},
        {QStringLiteral("availability"), QT_TRANSLATE_NOOP("RecordKinds", "Availability")},
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("RecordKinds", "Council contacts")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("RecordKinds", "Documents")},
        {QStringLiteral("document_theme"), QT_TRANSLATE_NOOP("RecordKinds", "Documents' themes")},
        {QStringLiteral("document_reader"), QT_TRANSLATE_NOOP("RecordKinds", "Readers asked")},
        {QStringLiteral("document_read"), QT_TRANSLATE_NOOP("RecordKinds", "Documents read")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("RecordKinds", "Locations")},
        {QStringLiteral("session"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions")},
        {QStringLiteral("session_member"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions' team")},
        {QStringLiteral("session_group"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions' participant groups")},
        {QStringLiteral("session_theme"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions' themes")},
        {QStringLiteral("session_question"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions' key questions")},
        {QStringLiteral("session_contact"), QT_TRANSLATE_NOOP("RecordKinds", "Sessions' attendees")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("RecordKinds", "Evidence notes")},
        {QStringLiteral("note_theme"), QT_TRANSLATE_NOOP("RecordKinds", "Notes' themes")},
        {QStringLiteral("finding"), QT_TRANSLATE_NOOP("RecordKinds", "Findings")},
        {QStringLiteral("finding_note"), QT_TRANSLATE_NOOP("RecordKinds", "Evidence behind findings")},
        {QStringLiteral("recommendation"), QT_TRANSLATE_NOOP("RecordKinds", "Recommendations")},
        {QStringLiteral("recommendation_finding"),
         QT_TRANSLATE_NOOP("RecordKinds", "Findings recommendations answer")},
    };
    const auto it = labels.constFind(table);
    if (it != labels.cend())
        return tr(*it);
    return fieldLabel(table); // a table this list does not know yet still reads as words
}

QString fieldLabel(const QString& field)
{
    QString words = field;
    if (words.endsWith(QLatin1String("_id")))
        words.chop(3);
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString describeRecord(RecordStore& records, const QString& table, const QUuid& id)
{
    const TableDef* def = records.registry().findTable(table);
    const std::optional<Record> record =
        def ? records.find(*def, id, Visibility::IncludeDeleted) : std::nullopt;
    if (record) {
        for (const char* field : {"title", "name", "text"}) {
            const QString value = record->value(QLatin1String(field)).toString().simplified();
            if (!value.isEmpty())
                return tr("%1 \u201c%2\u201d").arg(singularLabel(table), displayValue(value, 60));
        }
    }
    return singularLabel(table);
}

QString displayValue(const QVariant& value, int limit)
{
    if (!value.isValid() || value.isNull())
        return tr("(empty)");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toString().simplified();
    if (text.isEmpty())
        return tr("(empty)");
    return text.size() > limit ? text.left(limit - 1) + QChar(0x2026) : text;
}

} // namespace pc::ui
