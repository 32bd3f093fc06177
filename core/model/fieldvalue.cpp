// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalue.h"

#include "registry.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QUuid>

#include <cmath>

namespace pc {

QVariant normalizedValue(const FieldDef& field, const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (field.type) {
    case FieldType::Text:
    case FieldType::Choice:
        return value.toString();
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Bool:
        return value.typeId() == QMetaType::QString ? QVariant(value.toString() == QStringLiteral("1"))
                                                    : QVariant(value.toBool());
    case FieldType::Date: {
        const QDate date = value.typeId() == QMetaType::QDate
                               ? value.toDate()
                               : QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : QVariant();
    }
    case FieldType::DateTime: {
        QDateTime time = value.typeId() == QMetaType::QDateTime
                             ? value.toDateTime()
                             : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        return time.isValid() ? QVariant(time.toUTC()) : QVariant();
    }
    case FieldType::Reference: {
        const QUuid id =
            value.typeId() == QMetaType::QUuid ? value.toUuid() : QUuid::fromString(value.toString());
        return id.isNull() ? QVariant() : QVariant(id);
    }
    }
    return {};
}

QVariant defaultValue(const FieldDef& field)
{
    if (!field.required || field.type == FieldType::Reference)
        return {};
    switch (field.type) {
    case FieldType::Choice:
        return field.choices.value(0);
    case FieldType::Integer:
        return qint64(0);
    case FieldType::Real:
        return 0.0;
    case FieldType::Bool:
        return false;
    default:
        return QString();
    }
}

std::optional<QString> valueProblem(const FieldDef& field, const QVariant& value)
{
    const bool missing = !value.isValid() || value.isNull();
    if (missing)
        return field.required ? std::optional<QString>(QObject::tr("must have a value")) : std::nullopt;
    switch (field.type) {
    case FieldType::Text: {
        const QString text = value.toString();
        const int limit = field.maxLength > 0 ? field.maxLength : defaultMaxTextLength;
        if (field.nonEmpty && text.trimmed().isEmpty())
            return QObject::tr("must not be empty");
        if (text.size() > limit)
            return QObject::tr("is longer than %1 characters").arg(limit);
        return std::nullopt;
    }
    case FieldType::Choice:
        if (!field.choices.contains(value.toString()))
            return QObject::tr("must be one of: %1").arg(field.choices.join(QStringLiteral(", ")));
        return std::nullopt;
    case FieldType::Integer: {
        const qint64 number = value.toLongLong();
        if (number < field.minimum || number > field.maximum)
            return QObject::tr("must be a whole number from %1 to %2").arg(field.minimum).arg(field.maximum);
        return std::nullopt;
    }
    case FieldType::Real:
        if (!std::isfinite(value.toDouble()))
            return QObject::tr("must be a finite number");
        return std::nullopt;
    case FieldType::Date:
    case FieldType::DateTime:
    case FieldType::Reference:
        if (normalizedValue(field, value).isNull()) {
            if (field.type == FieldType::Reference)
                return QObject::tr("must be a record id (a UUID)");
            return field.type == FieldType::Date ? QObject::tr("must be a date in the form YYYY-MM-DD")
                                                 : QObject::tr("must be a date and time in ISO 8601 form");
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace pc
